package backprop.engine.state;

import backprop.engine.data.Dataset;
import backprop.engine.data.DigitTask;
import backprop.engine.data.Feature;
import backprop.engine.data.Problem;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Regularization;
import java.util.Random;

/** Random valid presets for the codec's round-trip tests (java.util.Random: test code only). */
final class RandomPresets {
    private static final String WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-";
    /** Seed characters that need escaping, plus a 2-, a 3- and a 4-byte UTF-8 character (a surrogate pair). */
    private static final String[] SEED_PARTS = {"a", "Z", "0", ".", "&", "=", "%", "#", "+", " ", "?", "/", "é", "€",
        "\uD83D\uDE00", "~", "\"", "'", "<", ","};

    private RandomPresets() {
    }

    static Preset random(Random r) {
        Preset p = new Preset();
        Activation[] hidden = {Activation.LINEAR, Activation.RELU, Activation.LEAKY_RELU, Activation.ELU,
            Activation.TANH, Activation.SIGMOID};
        p.activation = hidden[r.nextInt(hidden.length)];
        p.regularization = pick(r, Regularization.values());
        p.batchSize = 1 + r.nextInt(Limits.MAX_BATCH_SIZE);
        p.dataset = pick(r, Dataset.forProblem(Problem.CLASSIFICATION));
        p.regDataset = pick(r, Dataset.forProblem(Problem.REGRESSION));
        p.learningRate = r.nextBoolean() ? 10 * (1 - r.nextDouble()) : Math.pow(10, 1 - 13 * r.nextDouble());
        p.regularizationRate = r.nextInt(4) == 0 ? 0 : 10 * r.nextDouble();
        p.noise = r.nextInt(Limits.MAX_NOISE + 1);
        p.networkShape = new int[r.nextInt(Limits.MAX_HIDDEN_LAYERS + 1)];
        for (int i = 0; i < p.networkShape.length; i++) {
            p.networkShape[i] = 1 + r.nextInt(Limits.MAX_NEURONS);
        }
        p.seed = r.nextInt(4) == 0 ? "" : seed(r);
        p.showTestData = r.nextBoolean();
        p.discretize = r.nextBoolean();
        p.percTrainData = Limits.MIN_PERC_TRAIN + r.nextInt(Limits.MAX_PERC_TRAIN - Limits.MIN_PERC_TRAIN + 1);
        do {
            for (Feature f : Feature.values()) {
                p.setFeature(f, r.nextBoolean());
            }
        } while (p.enabledFeatureCount() == 0);
        p.collectStats = r.nextBoolean();
        p.problem = pick(r, Problem.values());
        p.hideText = r.nextBoolean();
        p.init = pick(r, Init.values());
        p.optimizer = pick(r, OptimizerType.values());
        p.momentum = r.nextBoolean() ? 0.9 : r.nextDouble();
        p.beta1 = r.nextBoolean() ? 0.9 : r.nextDouble();
        p.beta2 = r.nextBoolean() ? 0.999 : r.nextDouble();
        p.epsilon = r.nextBoolean() ? 1e-8 : Math.pow(10, -20 * r.nextDouble());
        p.loss = pick(r, LossChoice.values());
        p.outputActivation = r.nextBoolean() ? null : pick(r, Activation.values());
        p.datasetId = r.nextBoolean() ? "" : word(r, 1 + r.nextInt(Limits.MAX_DATASET_ID_LENGTH));
        p.explainIndex = r.nextBoolean() ? -1 : r.nextInt(Limits.MAX_EXPLAIN_INDEX + 1);
        p.explainTest = p.explainIndex >= 0 && r.nextBoolean();
        p.phase = pick(r, ExplainPhase.values());
        p.explainStep = r.nextInt(Limits.MAX_EXPLAIN_STEP + 1);
        p.showChanges = r.nextBoolean();
        p.speed = r.nextInt(3) == 0 ? 0 : r.nextInt(Limits.MAX_SPEED + 1);
        p.logLoss = r.nextBoolean();
        p.startOver = r.nextBoolean();
        p.digits = r.nextBoolean() ? null : pick(r, DigitTask.values());
        p.digitSide = r.nextBoolean() ? DigitsConfig.FULL_SIDE : DigitsConfig.HALF_SIDE;
        p.digitLayers = new int[r.nextInt(Limits.MAX_DIGIT_LAYERS + 1)];
        for (int i = 0; i < p.digitLayers.length; i++) {
            p.digitLayers[i] = 1 + r.nextInt(Limits.MAX_DIGIT_NEURONS);
        }
        p.textbook = r.nextBoolean();
        p.tbIn = numbers(r, 2, TextbookKeys.BOUND);
        p.tbT = numbers(r, 2, TextbookKeys.BOUND);
        p.tbW = numbers(r, 8, TextbookKeys.BOUND);
        p.tbB = numbers(r, 4, TextbookKeys.BOUND);
        p.tbRate = 10 * (1 - r.nextDouble());
        p.tbFixedBiases = r.nextBoolean();
        p.compare = r.nextBoolean();
        p.compareB = compareB(r);
        p.lrSchedule = pick(r, ScheduleChoice.values());
        p.lrEvery = 1 + r.nextInt(r.nextBoolean() ? 500 : Limits.MAX_SCHEDULE_EPOCHS);
        p.lrGamma = r.nextBoolean() ? 0.5 : 1 - r.nextDouble();
        p.lrMin = r.nextBoolean() ? 0 : r.nextDouble();
        p.stopLoss = r.nextBoolean() ? 0 : Limits.MAX_STOP_LOSS * r.nextDouble();
        p.stopEpochs = r.nextBoolean() ? 0 : r.nextInt(Limits.MAX_SCHEDULE_EPOCHS + 1);
        p.lesson = r.nextInt(Limits.LESSON_CHAPTERS + 1);
        p.lessonInputs = numbers(r, 2, Limits.LESSON_MAX_INPUT);
        p.lessonTarget = r.nextBoolean() ? 0.2 : r.nextDouble();
        p.lessonWeights = numbers(r, 6, Limits.LESSON_MAX_WEIGHT);
        p.lessonBiases = numbers(r, 3, Limits.LESSON_MAX_WEIGHT);
        p.lessonRate = r.nextBoolean() ? 0.5 : Limits.LESSON_MAX_RATE * (1 - r.nextDouble());
        String[] ofX = {"2*sin(x)", "x^2/6-3", "-x", "abs(x)-pi", "exp(x/3)*0.5"};
        String[] ofXy = {"sin(x)*cos(y)", "x*y*y", "sin(3*x)", "-(x+y)^2", "log(x)", "sqrt(x^2+y^2)/e"};
        p.formula = pick(r, ofX);
        p.regFormula = pick(r, ofXy);
        StringBuilder typed = new StringBuilder();
        for (int i = r.nextInt(5); i > 0; i--) {
            typed.append(typed.length() == 0 ? "" : ",").append(pick(r, ofXy));
        }
        p.featureFormulas = typed.toString();
        p.layerActivations = new Activation[r.nextInt(3) == 0 ? 0 : r.nextInt(Limits.MAX_HIDDEN_LAYERS + 1)];
        for (int i = 0; i < p.layerActivations.length; i++) {
            p.layerActivations[i] = r.nextInt(3) == 0 ? null : hidden[r.nextInt(hidden.length)];
        }
        p.layerActivations = ActivationList.canonical(p.layerActivations);
        p.dropout = new double[r.nextInt(3) == 0 ? 0 : r.nextInt(Limits.MAX_HIDDEN_LAYERS + 1)];
        for (int i = 0; i < p.dropout.length; i++) {
            p.dropout[i] = r.nextInt(3) == 0 ? 0 : r.nextBoolean() ? 0.5 : LayerKeys.MAX_DROPOUT * r.nextDouble();
        }
        p.dropout = RateList.canonical(p.dropout);
        int hiddenControls = r.nextInt(10) == 0 ? Limits.MAX_HIDDEN_CONTROLS : r.nextInt(4);
        while (p.hiddenControls().size() < hiddenControls) {
            p.setHidden(word(r, 1 + r.nextInt(Limits.MAX_CONTROL_NAME_LENGTH)), true);
        }
        return p;
    }

    /** Side B's settings: a random few of them, each a value within its limits. */
    private static String compareB(Random r) {
        String[] entries = {"learningRate:" + (r.nextBoolean() ? "0.3" : Integer.toString(1 + r.nextInt(10))), "batchSize:" + (1 + r.nextInt(30)),
            "optimizer:adam", "activation:relu", "regularization:L1", "regularizationRate:0.003",
            "networkShape:" + (1 + r.nextInt(8))};
        StringBuilder s = new StringBuilder();
        for (String e : entries) {
            if (r.nextInt(3) == 0) {
                s.append(s.length() == 0 ? "" : ";").append(e);
            }
        }
        return s.toString();
    }

    /** {@code count} numbers in [−max, max], now and then exactly a bound or a short decimal. */
    private static double[] numbers(Random r, int count, double max) {
        double[] d = new double[count];
        for (int i = 0; i < count; i++) {
            int kind = r.nextInt(4);
            d[i] = kind == 0 ? (r.nextBoolean() ? max : -max) : kind == 1 ? (r.nextInt(21) - 10) * max / 10
                    : max * (2 * r.nextDouble() - 1);
        }
        return d;
    }

    private static String seed(Random r) {
        if (r.nextBoolean()) {
            return "0." + (10000 + r.nextInt(90000));
        }
        StringBuilder s = new StringBuilder();
        int n = 1 + r.nextInt(Limits.MAX_SEED_LENGTH);
        while (s.length() < n) {
            String part = SEED_PARTS[r.nextInt(SEED_PARTS.length)];
            if (s.length() + part.length() <= n) {
                s.append(part);
            }
        }
        return s.toString().trim();
    }

    static String word(Random r, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(WORD.charAt(r.nextInt(WORD.length())));
        }
        return s.toString();
    }

    private static <T> T pick(Random r, T[] options) {
        return options[r.nextInt(options.length)];
    }
}
