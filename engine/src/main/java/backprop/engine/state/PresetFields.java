package backprop.engine.state;

import backprop.engine.data.Dataset;
import backprop.engine.data.DigitTask;
import backprop.engine.data.Feature;
import backprop.engine.data.Problem;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Regularization;

/**
 * The field of {@link Preset} behind each key of {@link Keys}, by the key's name. A switch rather
 * than a getter and a setter lambda per key: under TeaVM every lambda is a class of its own, and
 * ninety of them made the page's WebAssembly 15 KB larger (3 KB with Brotli, from a budget with
 * little room). The property tests check every field against the codec, equality and copies.
 */
final class PresetFields {
    private PresetFields() {
    }

    static Object get(Preset p, String key) {
        switch (key) {
            case "activation": return p.activation;
            case "regularization": return p.regularization;
            case "batchSize": return p.batchSize;
            case "dataset": return p.dataset;
            case "regDataset": return p.regDataset;
            case "learningRate": return p.learningRate;
            case "regularizationRate": return p.regularizationRate;
            case "noise": return p.noise;
            case "networkShape": return p.networkShape;
            case "seed": return p.seed;
            case "showTestData": return p.showTestData;
            case "discretize": return p.discretize;
            case "percTrainData": return p.percTrainData;
            case "collectStats": return p.collectStats;
            case "problem": return p.problem;
            case "initZero": return p.init == Init.ZERO;
            case "hideText": return p.hideText;
            case "optimizer": return p.optimizer;
            case "momentum": return p.momentum;
            case "beta1": return p.beta1;
            case "beta2": return p.beta2;
            case "epsilon": return p.epsilon;
            case "loss": return p.loss;
            case "init": return p.init;
            case "outputActivation": return p.outputActivation;
            case "layerActivations": return p.layerActivations;
            case "dropout": return p.dropout;
            case "datasetId": return p.datasetId;
            case "speed": return p.speed;
            case "logLoss": return p.logLoss;
            case "explain": return p.explainIndex;
            case "phase": return p.phase;
            case "explainStep": return p.explainStep;
            case "showChanges": return p.showChanges;
            case "startOver": return p.startOver;
            case "digits": return p.digits;
            case "digitSide": return p.digitSide;
            case "digitLayers": return p.digitLayers;
            case "textbook": return p.textbook;
            case "tbIn": return p.tbIn;
            case "tbT": return p.tbT;
            case "tbW": return p.tbW;
            case "tbB": return p.tbB;
            case "tbRate": return p.tbRate;
            case "tbFixedBiases": return p.tbFixedBiases;
            case "compare": return p.compare;
            case "compareB": return p.compareB;
            case "lrSchedule": return p.lrSchedule;
            case "lrEvery": return p.lrEvery;
            case "lrGamma": return p.lrGamma;
            case "lrMin": return p.lrMin;
            case "stopLoss": return p.stopLoss;
            case "stopEpochs": return p.stopEpochs;
            case "lesson": return p.lesson;
            case "lessonX": return p.lessonInputs;
            case "lessonT": return p.lessonTarget;
            case "lessonW": return p.lessonWeights;
            case "lessonB": return p.lessonBiases;
            case "lessonRate": return p.lessonRate;
            case "formula": return p.formula;
            case "regFormula": return p.regFormula;
            case "featureFormulas": return p.featureFormulas;
            default: return p.feature(feature(key));
        }
    }

    static void set(Preset p, String key, Object v) {
        switch (key) {
            case "activation": p.activation = (Activation) v; break;
            case "regularization": p.regularization = (Regularization) v; break;
            case "batchSize": p.batchSize = (Integer) v; break;
            case "dataset": p.dataset = (Dataset) v; break;
            case "regDataset": p.regDataset = (Dataset) v; break;
            case "learningRate": p.learningRate = (Double) v; break;
            case "regularizationRate": p.regularizationRate = (Double) v; break;
            case "noise": p.noise = (Integer) v; break;
            case "networkShape": p.networkShape = (int[]) v; break;
            case "seed": p.seed = (String) v; break;
            case "showTestData": p.showTestData = (Boolean) v; break;
            case "discretize": p.discretize = (Boolean) v; break;
            case "percTrainData": p.percTrainData = (Integer) v; break;
            case "collectStats": p.collectStats = (Boolean) v; break;
            case "problem": p.problem = (Problem) v; break;
            case "initZero": break; // a view of init, which init's key writes
            case "hideText": p.hideText = (Boolean) v; break;
            case "optimizer": p.optimizer = (OptimizerType) v; break;
            case "momentum": p.momentum = (Double) v; break;
            case "beta1": p.beta1 = (Double) v; break;
            case "beta2": p.beta2 = (Double) v; break;
            case "epsilon": p.epsilon = (Double) v; break;
            case "loss": p.loss = (LossChoice) v; break;
            case "init": p.init = (Init) v; break;
            case "outputActivation": p.outputActivation = (Activation) v; break;
            case "layerActivations": p.layerActivations = (Activation[]) v; break;
            case "dropout": p.dropout = (double[]) v; break;
            case "datasetId": p.datasetId = (String) v; break;
            case "speed": p.speed = (Integer) v; break;
            case "logLoss": p.logLoss = (Boolean) v; break;
            case "explain": p.explainIndex = (Integer) v; break;
            case "phase": p.phase = (ExplainPhase) v; break;
            case "explainStep": p.explainStep = (Integer) v; break;
            case "showChanges": p.showChanges = (Boolean) v; break;
            case "startOver": p.startOver = (Boolean) v; break;
            case "digits": p.digits = (DigitTask) v; break;
            case "digitSide": p.digitSide = (Integer) v; break;
            case "digitLayers": p.digitLayers = (int[]) v; break;
            case "textbook": p.textbook = (Boolean) v; break;
            case "tbIn": p.tbIn = (double[]) v; break;
            case "tbT": p.tbT = (double[]) v; break;
            case "tbW": p.tbW = (double[]) v; break;
            case "tbB": p.tbB = (double[]) v; break;
            case "tbRate": p.tbRate = (Double) v; break;
            case "tbFixedBiases": p.tbFixedBiases = (Boolean) v; break;
            case "compare": p.compare = (Boolean) v; break;
            case "compareB": p.compareB = (String) v; break;
            case "lrSchedule": p.lrSchedule = (ScheduleChoice) v; break;
            case "lrEvery": p.lrEvery = (Integer) v; break;
            case "lrGamma": p.lrGamma = (Double) v; break;
            case "lrMin": p.lrMin = (Double) v; break;
            case "stopLoss": p.stopLoss = (Double) v; break;
            case "stopEpochs": p.stopEpochs = (Integer) v; break;
            case "lesson": p.lesson = (Integer) v; break;
            case "lessonX": p.lessonInputs = (double[]) v; break;
            case "lessonT": p.lessonTarget = (Double) v; break;
            case "lessonW": p.lessonWeights = (double[]) v; break;
            case "lessonB": p.lessonBiases = (double[]) v; break;
            case "lessonRate": p.lessonRate = (Double) v; break;
            case "formula": p.formula = (String) v; break;
            case "regFormula": p.regFormula = (String) v; break;
            case "featureFormulas": p.featureFormulas = (String) v; break;
            default: p.setFeature(feature(key), (Boolean) v);
        }
    }

    private static Feature feature(String key) {
        Feature f = Feature.fromId(key);
        if (f == null) {
            throw new IllegalArgumentException("no field for the key " + key);
        }
        return f;
    }
}
