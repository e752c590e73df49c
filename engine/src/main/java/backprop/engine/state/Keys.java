package backprop.engine.state;

import backprop.engine.data.Dataset;
import backprop.engine.data.DigitTask;
import backprop.engine.data.Feature;
import backprop.engine.data.Problem;
import backprop.engine.nn.Activation;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Regularization;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Every key of the share state, declared once ({@link Key}), in the order the URL writes them:
 * TensorFlow Playground's keys in its order, then ours. The {@code <name>_hide} flags are the one
 * family of keys not listed: their names are the controls' ({@link Preset#isHidden}).
 */
public final class Keys {
    /** The features in the order TensorFlow Playground writes their keys. */
    private static final Feature[] FEATURE_KEY_ORDER = {
        Feature.X, Feature.Y, Feature.X_TIMES_Y, Feature.X_SQUARED, Feature.Y_SQUARED,
        Feature.COS_X, Feature.SIN_X, Feature.COS_Y, Feature.SIN_Y,
    };

    /** All keys, in the URL's order. */
    public static final List<Key<?>> ALL;
    /**
     * All keys, in the order the reader reads them (and so reports their problems): the URL's,
     * but for the input features, read in their canonical order ({@link Feature}).
     */
    static final List<Key<?>> READ_ORDER;

    static {
        List<Key<?>> k = new ArrayList<>();
        // --- TensorFlow Playground's ---
        k.add(tf("activation", Choice.of(hiddenActivations()), p -> p.activation, (p, v) -> p.activation = v,
                Activation.TANH, Reset.RESHAPE));
        k.add(tf("regularization", Choice.of(Regularization.values()), p -> p.regularization,
                (p, v) -> p.regularization = v, Regularization.NONE, Reset.NETWORK));
        k.add(tf("batchSize", ValueType.whole(Limits.MIN_BATCH_SIZE, Limits.MAX_BATCH_SIZE), p -> p.batchSize,
                (p, v) -> p.batchSize = v, 10, Reset.NETWORK));
        k.add(tf("dataset", Choice.of(Dataset.forProblem(Problem.CLASSIFICATION)), p -> p.dataset,
                (p, v) -> p.dataset = v, Dataset.CIRCLE, Reset.NEW_DATA)
                .countsWhen(p -> p.problem == Problem.CLASSIFICATION));
        k.add(tf("regDataset", Choice.of(Dataset.forProblem(Problem.REGRESSION)), p -> p.regDataset,
                (p, v) -> p.regDataset = v, Dataset.REG_PLANE, Reset.NEW_DATA)
                .countsWhen(p -> p.problem == Problem.REGRESSION));
        k.add(tf("learningRate", ValueType.decimal(0, false, Limits.MAX_LEARNING_RATE, true), p -> p.learningRate,
                (p, v) -> p.learningRate = v, 0.03, Reset.TRAINING));
        k.add(tf("regularizationRate", ValueType.decimal(0, true, Limits.MAX_REGULARIZATION_RATE, true),
                p -> p.regularizationRate, (p, v) -> p.regularizationRate = v, 0.0, Reset.NETWORK));
        k.add(tf("noise", ValueType.whole(0, Limits.MAX_NOISE), p -> p.noise, (p, v) -> p.noise = v, 0,
                Reset.NEW_DATA));
        k.add(tf("networkShape", new LayerList(Limits.MAX_HIDDEN_LAYERS, Limits.MIN_NEURONS, Limits.MAX_NEURONS,
                "4,2"), p -> p.networkShape, (p, v) -> p.networkShape = v, new int[] {4, 2}, Reset.RESHAPE));
        k.add(tf("seed", TextValue.SEED, p -> p.seed, (p, v) -> p.seed = v, "", Reset.NEW_DATA).writtenOnlyWhenSet());
        k.add(tf("showTestData", ValueType.BOOLEAN, p -> p.showTestData, (p, v) -> p.showTestData = v, false,
                Reset.VIEW));
        k.add(tf("discretize", ValueType.BOOLEAN, p -> p.discretize, (p, v) -> p.discretize = v, false, Reset.VIEW));
        k.add(tf("percTrainData", ValueType.whole(Limits.MIN_PERC_TRAIN, Limits.MAX_PERC_TRAIN),
                p -> p.percTrainData, (p, v) -> p.percTrainData = v, 50, Reset.NEW_DATA));
        int features = k.size();
        Feature[] all = Feature.values();
        List<Key<?>> featureKeys = new ArrayList<>();
        for (Feature f : all) {
            featureKeys.add(feature(f, f == all[all.length - 1]));
        }
        for (Feature f : FEATURE_KEY_ORDER) {
            k.add(featureKeys.get(f.ordinal()));
        }
        k.add(tf("collectStats", ValueType.BOOLEAN, p -> p.collectStats, (p, v) -> p.collectStats = v, false,
                Reset.VIEW));
        k.add(tf("problem", Choice.of(Problem.values()), p -> p.problem, (p, v) -> p.problem = v,
                Problem.CLASSIFICATION, Reset.NEW_DATA));
        k.add(InitKeys.initZero());
        k.add(tf("hideText", ValueType.BOOLEAN, p -> p.hideText, (p, v) -> p.hideText = v, false, Reset.VIEW));
        // --- ours ---
        k.add(own("optimizer", Choice.of(OptimizerType.values()), p -> p.optimizer, (p, v) -> p.optimizer = v,
                OptimizerType.SGD, Reset.TRAINING));
        k.add(own("momentum", beta(), p -> p.momentum, (p, v) -> p.momentum = v, 0.9, Reset.TRAINING));
        k.add(own("beta1", beta(), p -> p.beta1, (p, v) -> p.beta1 = v, 0.9, Reset.TRAINING));
        k.add(own("beta2", beta(), p -> p.beta2, (p, v) -> p.beta2 = v, 0.999, Reset.TRAINING));
        k.add(own("epsilon", ValueType.decimal(0, false, Limits.MAX_EPSILON, true), p -> p.epsilon,
                (p, v) -> p.epsilon = v, 1e-8, Reset.TRAINING));
        k.add(own("loss", Choice.of(LossChoice.values()), p -> p.loss, (p, v) -> p.loss = v, LossChoice.SQUARE,
                Reset.TASK));
        k.add(InitKeys.init());
        k.add(own("outputActivation", Choice.orNone(Activation.values(), true), p -> p.outputActivation,
                (p, v) -> p.outputActivation = v, null, Reset.TASK));
        k.add(own("datasetId", TextValue.DATASET_ID, p -> p.datasetId, (p, v) -> p.datasetId = v, "",
                Reset.NEW_DATA));
        k.add(own("speed", ValueType.whole(0, Limits.MAX_SPEED), p -> p.speed, (p, v) -> p.speed = v, 0,
                Reset.VIEW));
        k.add(own("logLoss", ValueType.BOOLEAN, p -> p.logLoss, (p, v) -> p.logLoss = v, false, Reset.VIEW));
        k.add(new ExplainKey());
        k.add(own("phase", Choice.of(ExplainPhase.values()), p -> p.phase, (p, v) -> p.phase = v,
                ExplainPhase.FORWARD, Reset.VIEW));
        k.add(own("explainStep", ValueType.whole(0, Limits.MAX_EXPLAIN_STEP), p -> p.explainStep,
                (p, v) -> p.explainStep = v, 0, Reset.VIEW));
        k.add(own("showChanges", ValueType.BOOLEAN, p -> p.showChanges, (p, v) -> p.showChanges = v, false,
                Reset.VIEW));
        k.add(own("startOver", ValueType.BOOLEAN, p -> p.startOver, (p, v) -> p.startOver = v, false, Reset.VIEW));
        // the digits page's own settings: they change nothing of the playground's run
        k.add(own("digits", Choice.orNone(DigitTask.values(), false), p -> p.digits, (p, v) -> p.digits = v, null,
                Reset.VIEW));
        k.add(own("digitSide", ValueType.oneOf(DigitsConfig.FULL_SIDE, DigitsConfig.HALF_SIDE), p -> p.digitSide,
                (p, v) -> p.digitSide = v, DigitsConfig.FULL_SIDE, Reset.VIEW));
        k.add(own("digitLayers", new LayerList(Limits.MAX_DIGIT_LAYERS, 1, Limits.MAX_DIGIT_NEURONS, "64,32"),
                p -> p.digitLayers, (p, v) -> p.digitLayers = v, new int[] {32}, Reset.VIEW));
        ALL = Collections.unmodifiableList(k);
        List<Key<?>> read = new ArrayList<>(k);
        for (int i = 0; i < all.length; i++) {
            read.set(features + i, featureKeys.get(i));
        }
        READ_ORDER = Collections.unmodifiableList(read);
    }

    private Keys() {
    }

    /** What going from {@code before} to {@code after} resets: the largest reset of the keys that differ. */
    public static Reset resetBetween(Preset before, Preset after) {
        Reset r = Reset.VIEW;
        for (Key<?> key : ALL) {
            if (!key.derived()) {
                r = r.max(key.resetBetween(before, after));
            }
        }
        return r;
    }

    /** The key named {@code name}, or null. */
    public static Key<?> named(String name) {
        for (Key<?> key : ALL) {
            if (key.name().equals(name)) {
                return key;
            }
        }
        return null;
    }

    private static <T> Key<T> tf(String name, ValueType<T> type, Function<Preset, T> get,
            BiConsumer<Preset, T> set, T byDefault, Reset reset) {
        return new Key<>(name, true, type, get, set, byDefault, reset);
    }

    private static <T> Key<T> own(String name, ValueType<T> type, Function<Preset, T> get,
            BiConsumer<Preset, T> set, T byDefault, Reset reset) {
        return new Key<>(name, false, type, get, set, byDefault, reset);
    }

    /** An input feature's key: x and y are on by default. The {@code last} one read makes sure one is on. */
    private static Key<Boolean> feature(Feature f, boolean last) {
        boolean on = f == Feature.X || f == Feature.Y;
        return new Key<>(f.id(), true, ValueType.BOOLEAN, p -> p.feature(f), (p, v) -> p.setFeature(f, v), on,
                Reset.RESHAPE) {
            @Override
            void read(PresetReader reader, Preset p) {
                super.read(reader, p);
                if (last && p.enabledFeatureCount() == 0) {
                    reader.note("x, y: every input feature was off; turned on x and y");
                    p.setFeature(Feature.X, true);
                    p.setFeature(Feature.Y, true);
                }
            }
        };
    }

    /** β of momentum, β1 and β2 of Adam: in [0, 1). */
    private static ValueType<Double> beta() {
        return ValueType.decimal(0, true, Limits.MAX_BETA_EXCLUSIVE, false);
    }

    /** The activations a hidden layer may use: all but softmax. */
    private static Activation[] hiddenActivations() {
        Activation[] all = Activation.values();
        Activation[] hidden = new Activation[all.length - 1];
        int n = 0;
        for (Activation a : all) {
            if (a.elementwise()) {
                hidden[n++] = a;
            }
        }
        return hidden;
    }
}
