package backprop.engine.state;

import backprop.engine.data.DataPoints;
import backprop.engine.data.Dataset;
import backprop.engine.data.DigitTask;
import backprop.engine.data.Feature;
import backprop.engine.data.FeatureSet;
import backprop.engine.data.Problem;
import backprop.engine.data.TargetEncoding;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.Loss;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Regularization;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A whole playground configuration — the one state object the page, the URL,
 * the server's short links and the tests share. Field names are the URL keys
 * (TensorFlow Playground's, then ours); a new Preset holds the defaults.
 * {@link PresetCodec} reads and writes it; {@link Limits#violations} checks it.
 */
public final class Preset {
    // --- TensorFlow Playground's keys ---
    /** Activation of every hidden neuron ({@code activation}, default tanh; never softmax). */
    public Activation activation = Activation.TANH;
    public Regularization regularization = Regularization.NONE;
    /** Examples per weight update. */
    public int batchSize = 10;
    /** The dataset used when {@link #problem} is classification. */
    public Dataset dataset = Dataset.CIRCLE;
    /** The dataset used when {@link #problem} is regression. */
    public Dataset regDataset = Dataset.REG_PLANE;
    /** η in Δw = −η · ∂L/∂w. */
    public double learningRate = 0.03;
    /** λ, the weight of the regularization penalty. */
    public double regularizationRate = 0;
    /** Noise as a percentage 0..50; the generators take {@code noise / 100.0}. */
    public int noise = 0;
    /** Neurons per hidden layer, input side first; empty = inputs wired straight to the output. */
    public int[] networkShape = {4, 2};
    /** The seed text; empty = none given (the page then picks one and writes it back). */
    public String seed = "";
    public boolean showTestData = false;
    /** Show the output heatmap thresholded to classes instead of shaded. */
    public boolean discretize = false;
    /** Percentage of the points used for training (the rest test), 10..90. */
    public int percTrainData = 50;
    public boolean collectStats = false;
    public Problem problem = Problem.CLASSIFICATION;
    public boolean hideText = false;
    // --- ours ---
    /** How weights start; TensorFlow Playground's {@code initZero=true} reads as {@link Init#ZERO}. */
    public Init init = Init.DEFAULT;
    public OptimizerType optimizer = OptimizerType.SGD;
    /** β of momentum: v ← β·v + ∂L/∂w. */
    public double momentum = 0.9;
    /** Adam's β1 (decay of the mean of gradients). */
    public double beta1 = 0.9;
    /** Adam's β2 (decay of the mean of squared gradients). */
    public double beta2 = 0.999;
    /** Adam's ε in Δw = −η·m̂ / (√v̂ + ε). */
    public double epsilon = 1e-8;
    public LossChoice loss = LossChoice.SQUARE;
    /** The output neurons' activation, or {@code null} for the automatic rule (see {@link #outputActivation(int)}). */
    public Activation outputActivation = null;
    /** Id of a user-uploaded dataset that replaces the generated one; empty = none. */
    public String datasetId = "";
    /** Epochs trained per animation frame, 1..{@link Limits#MAX_SPEED}; 0 = as many as fit the frame's time budget. */
    public int speed = 0;
    /** Draw the loss chart on a logarithmic scale. */
    public boolean logLoss = false;
    /** The example the step-through view explains ({@code explain=train:12}), or −1 when it is closed. */
    public int explainIndex = -1;
    /** Whether {@link #explainIndex} counts test examples (else training examples). */
    public boolean explainTest = false;
    /** The phase the step-through view shows. */
    public ExplainPhase phase = ExplainPhase.FORWARD;
    /**
     * Layers reached within the forward or backward phase (1 = the first layer
     * of the pass); 0 = the whole phase.
     */
    public int explainStep = 0;
    /** While training, let the links glow by the size of their last change Δw. */
    public boolean showChanges = false;
    /**
     * TensorFlow Playground's rule: a change of shape, input features or
     * activation starts the network over from its seed. By default (false) the
     * network is reshaped and keeps learning (see {@link backprop.engine.train.NetworkSurgery}).
     */
    public boolean startOver = false;
    // --- digits mode (issue 7) ---
    /** The digits task, or {@code null} for the 2-D playground ({@code digits=five|digit}). */
    public DigitTask digits = null;
    /** Pixels per side of a digit as the network sees it: 28 (784 inputs) or 14 (196). */
    public int digitSide = DigitsConfig.FULL_SIDE;
    /** Neurons per hidden layer of the digits network, 0..3 layers of 1..128 (separate from {@link #networkShape}). */
    public int[] digitLayers = {32};

    /** features[f.ordinal()]: whether input feature f is on (x and y by default). */
    private final boolean[] features = new boolean[Feature.values().length];
    /** Names of hidden controls ({@code <name>_hide=true}), sorted. */
    private final TreeSet<String> hidden = new TreeSet<>();

    public Preset() {
        features[Feature.X.ordinal()] = true;
        features[Feature.Y.ordinal()] = true;
    }

    /** Whether the step-through view is open. */
    public boolean explaining() {
        return explainIndex >= 0;
    }

    /** The dataset in play: {@link #regDataset} for regression, else {@link #dataset}. */
    public Dataset activeDataset() {
        return problem == Problem.REGRESSION ? regDataset : dataset;
    }

    public boolean feature(Feature f) {
        return features[f.ordinal()];
    }

    public void setFeature(Feature f, boolean on) {
        features[f.ordinal()] = on;
    }

    public int enabledFeatureCount() {
        int n = 0;
        for (boolean b : features) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    /** The enabled features as the network's inputs; throws when none is on. */
    public FeatureSet featureSet() {
        return FeatureSet.fromFlags(features);
    }

    /** Whether the control {@code name} is hidden ({@code name_hide=true} in the URL). */
    public boolean isHidden(String name) {
        return hidden.contains(name);
    }

    public void setHidden(String name, boolean hide) {
        if (hide) {
            hidden.add(name);
        } else {
            hidden.remove(name);
        }
    }

    /** The hidden control names, sorted (a copy). */
    public List<String> hiddenControls() {
        return new ArrayList<>(hidden);
    }

    /**
     * Outputs of the network for data with {@code classes} (as in {@link DataPoints#classes}):
     * one per class for k ≥ 3 classes, else one.
     */
    public static int outputsFor(int classes) {
        return classes >= 3 ? classes : 1;
    }

    /**
     * The output activation for data with {@code classes}. Cross-entropy on
     * classes needs probabilities, so it fixes the output to sigmoid (one output)
     * or softmax (several). Otherwise an explicit {@link #outputActivation} wins
     * (except softmax on one output, which would be constant); the automatic rule
     * is TensorFlow Playground's — linear for regression, tanh for two classes —
     * and softmax for k ≥ 3 classes.
     */
    public Activation outputActivation(int classes) {
        int outputs = outputsFor(classes);
        if (classes != 0 && loss == LossChoice.CROSS_ENTROPY) {
            return outputs == 1 ? Activation.SIGMOID : Activation.SOFTMAX;
        }
        if (outputActivation != null && !(outputActivation == Activation.SOFTMAX && outputs == 1)) {
            return outputActivation;
        }
        if (classes == 0) {
            return Activation.LINEAR;
        }
        return outputs == 1 ? Activation.TANH : Activation.SOFTMAX;
    }

    /** The loss for data with {@code classes}: see {@link LossChoice#resolve}. */
    public Loss lossFor(int classes) {
        return loss.resolve(classes == 0 ? Problem.REGRESSION : Problem.CLASSIFICATION, outputsFor(classes));
    }

    /** The target encoding that matches {@link #outputActivation(int)}. */
    public TargetEncoding targetEncoding(int classes) {
        return TargetEncoding.choose(classes, outputActivation(classes));
    }

    public Preset copy() {
        Preset c = new Preset();
        c.activation = activation;
        c.regularization = regularization;
        c.batchSize = batchSize;
        c.dataset = dataset;
        c.regDataset = regDataset;
        c.learningRate = learningRate;
        c.regularizationRate = regularizationRate;
        c.noise = noise;
        c.networkShape = networkShape == null ? null : networkShape.clone();
        c.seed = seed;
        c.showTestData = showTestData;
        c.discretize = discretize;
        c.percTrainData = percTrainData;
        c.collectStats = collectStats;
        c.problem = problem;
        c.hideText = hideText;
        c.init = init;
        c.optimizer = optimizer;
        c.momentum = momentum;
        c.beta1 = beta1;
        c.beta2 = beta2;
        c.epsilon = epsilon;
        c.loss = loss;
        c.outputActivation = outputActivation;
        c.datasetId = datasetId;
        c.speed = speed;
        c.logLoss = logLoss;
        c.explainIndex = explainIndex;
        c.explainTest = explainTest;
        c.phase = phase;
        c.explainStep = explainStep;
        c.showChanges = showChanges;
        c.startOver = startOver;
        c.digits = digits;
        c.digitSide = digitSide;
        c.digitLayers = digitLayers == null ? null : digitLayers.clone();
        System.arraycopy(features, 0, c.features, 0, features.length);
        c.hidden.addAll(hidden);
        return c;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Preset)) {
            return false;
        }
        Preset p = (Preset) o;
        return activation == p.activation && regularization == p.regularization && batchSize == p.batchSize
                && dataset == p.dataset && regDataset == p.regDataset
                && Double.compare(learningRate, p.learningRate) == 0
                && Double.compare(regularizationRate, p.regularizationRate) == 0
                && noise == p.noise && Arrays.equals(networkShape, p.networkShape) && Objects.equals(seed, p.seed)
                && showTestData == p.showTestData && discretize == p.discretize && percTrainData == p.percTrainData
                && collectStats == p.collectStats && problem == p.problem && hideText == p.hideText
                && init == p.init && optimizer == p.optimizer
                && Double.compare(momentum, p.momentum) == 0 && Double.compare(beta1, p.beta1) == 0
                && Double.compare(beta2, p.beta2) == 0 && Double.compare(epsilon, p.epsilon) == 0
                && loss == p.loss && outputActivation == p.outputActivation && Objects.equals(datasetId, p.datasetId)
                && speed == p.speed && logLoss == p.logLoss
                && explainIndex == p.explainIndex && explainTest == p.explainTest && phase == p.phase
                && explainStep == p.explainStep && showChanges == p.showChanges && startOver == p.startOver
                && digits == p.digits && digitSide == p.digitSide && Arrays.equals(digitLayers, p.digitLayers)
                && Arrays.equals(features, p.features) && hidden.equals(p.hidden);
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(activation, regularization, batchSize, dataset, regDataset, learningRate,
                regularizationRate, noise, seed, showTestData, discretize, percTrainData, collectStats, problem,
                hideText, init, optimizer, momentum, beta1, beta2, epsilon, loss, outputActivation, datasetId, hidden,
                speed, logLoss, explainIndex, explainTest, phase, explainStep, showChanges, startOver);
        h = 31 * h + Objects.hash(digits, digitSide) + Arrays.hashCode(digitLayers);
        return 31 * (31 * h + Arrays.hashCode(networkShape)) + Arrays.hashCode(features);
    }

    /** The canonical URL form ({@link PresetCodec#encode}). */
    @Override
    public String toString() {
        return PresetCodec.encode(this);
    }
}
