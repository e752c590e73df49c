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
        k.add(tf("activation", Choice.of(hiddenActivations()),
                Activation.TANH, Reset.RESHAPE));
        k.add(tf("regularization", Choice.of(Regularization.values()), Regularization.NONE, Reset.NETWORK));
        k.add(tf("batchSize", ValueType.whole(Limits.MIN_BATCH_SIZE, Limits.MAX_BATCH_SIZE), 10, Reset.NETWORK));
        k.add(tf("dataset", Choice.of(Dataset.forProblem(Problem.CLASSIFICATION)), Dataset.CIRCLE, Reset.NEW_DATA)
                .onlyFor(Problem.CLASSIFICATION));
        k.add(tf("regDataset", Choice.of(Dataset.forProblem(Problem.REGRESSION)), Dataset.REG_PLANE, Reset.NEW_DATA)
                .onlyFor(Problem.REGRESSION));
        k.add(tf("learningRate", ValueType.decimal(0, false, Limits.MAX_LEARNING_RATE, true), 0.03, Reset.TRAINING));
        k.add(tf("regularizationRate", ValueType.decimal(0, true, Limits.MAX_REGULARIZATION_RATE, true), 0.0, Reset.NETWORK));
        k.add(tf("noise", ValueType.whole(0, Limits.MAX_NOISE), 0,
                Reset.NEW_DATA));
        k.add(tf("networkShape", new LayerList(Limits.MAX_HIDDEN_LAYERS, Limits.MIN_NEURONS, Limits.MAX_NEURONS,
                "4,2"), new int[] {4, 2}, Reset.RESHAPE));
        k.add(tf("seed", TextValue.SEED, "", Reset.NEW_DATA).writtenOnlyWhenSet());
        k.add(tf("showTestData", ValueType.BOOLEAN, false,
                Reset.VIEW));
        k.add(tf("discretize", ValueType.BOOLEAN, false, Reset.VIEW));
        k.add(tf("percTrainData", ValueType.whole(Limits.MIN_PERC_TRAIN, Limits.MAX_PERC_TRAIN), 50, Reset.NEW_DATA));
        int features = k.size();
        Feature[] all = Feature.values();
        List<Key<?>> featureKeys = new ArrayList<>();
        for (Feature f : all) {
            featureKeys.add(feature(f, f == all[all.length - 1]));
        }
        for (Feature f : FEATURE_KEY_ORDER) {
            k.add(featureKeys.get(f.ordinal()));
        }
        k.add(tf("collectStats", ValueType.BOOLEAN, false,
                Reset.VIEW));
        k.add(tf("problem", Choice.of(Problem.values()),
                Problem.CLASSIFICATION, Reset.NEW_DATA));
        k.add(InitKeys.initZero());
        k.add(tf("hideText", ValueType.BOOLEAN, false, Reset.VIEW));
        // --- ours ---
        k.add(own("optimizer", Choice.of(OptimizerType.values()),
                OptimizerType.SGD, Reset.TRAINING));
        k.add(own("momentum", beta(), 0.9, Reset.TRAINING));
        k.add(own("beta1", beta(), 0.9, Reset.TRAINING));
        k.add(own("beta2", beta(), 0.999, Reset.TRAINING));
        k.add(own("epsilon", ValueType.decimal(0, false, Limits.MAX_EPSILON, true), 1e-8, Reset.TRAINING));
        k.add(own("loss", Choice.of(LossChoice.values()), LossChoice.SQUARE,
                Reset.TASK));
        k.add(InitKeys.init());
        k.add(own("outputActivation", Choice.orNone(Activation.values(), true), null, Reset.TASK));
        k.add(own("datasetId", TextValue.DATASET_ID, "",
                Reset.NEW_DATA));
        k.add(own("speed", ValueType.whole(0, Limits.MAX_SPEED), 1,
                Reset.VIEW));
        k.add(own("logLoss", ValueType.BOOLEAN, false, Reset.VIEW));
        k.add(new ExplainKey());
        k.add(own("phase", Choice.of(ExplainPhase.values()),
                ExplainPhase.FORWARD, Reset.VIEW));
        k.add(own("explainStep", ValueType.whole(0, Limits.MAX_EXPLAIN_STEP), 0, Reset.VIEW));
        k.add(own("showChanges", ValueType.BOOLEAN, false,
                Reset.VIEW));
        k.add(own("startOver", ValueType.BOOLEAN, false, Reset.VIEW));
        // the lessons: the chapter open (0: none) and the hand-set values of the lessons' small network
        k.add(own("lesson", ValueType.whole(0, Limits.LESSON_CHAPTERS), 0, Reset.VIEW));
        k.add(own("lessonX", new NumberList(2, -Limits.LESSON_MAX_INPUT, Limits.LESSON_MAX_INPUT),
                new double[] {1, 0.5}, Reset.VIEW));
        k.add(own("lessonT", ValueType.decimal(0, true, 1, true), 0.2, Reset.VIEW));
        k.add(own("lessonW", new NumberList(6, -Limits.LESSON_MAX_WEIGHT, Limits.LESSON_MAX_WEIGHT),
                new double[] {0.5, -0.4, 0.3, 0.8, 0.9, -0.6}, Reset.VIEW));
        k.add(own("lessonB", new NumberList(3, -Limits.LESSON_MAX_WEIGHT, Limits.LESSON_MAX_WEIGHT),
                new double[] {0.1, -0.2, 0.3}, Reset.VIEW));
        k.add(own("lessonRate", ValueType.decimal(0, false, Limits.LESSON_MAX_RATE, true), 0.5, Reset.VIEW));
        // the digits page's own settings: they change nothing of the playground's run
        k.add(own("digits", Choice.orNone(DigitTask.values(), false), null,
                Reset.VIEW));
        k.add(own("digitSide", ValueType.oneOf(DigitsConfig.FULL_SIDE, DigitsConfig.HALF_SIDE), DigitsConfig.FULL_SIDE, Reset.VIEW));
        k.add(own("digitLayers", new LayerList(Limits.MAX_DIGIT_LAYERS, 1, Limits.MAX_DIGIT_NEURONS, "64,32"), new int[] {32}, Reset.VIEW));
        TextbookKeys.addTo(k);
        SideB.addTo(k);
        FormulaKeys.addTo(k);
        LayerKeys.addTo(k);
        ScheduleKeys.addTo(k);
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

    private static <T> Key<T> tf(String name, ValueType<T> type, T byDefault, Reset reset) {
        return new Key<>(name, true, type, byDefault, reset);
    }

    private static <T> Key<T> own(String name, ValueType<T> type, T byDefault, Reset reset) {
        return new Key<>(name, false, type, byDefault, reset);
    }

    /** An input feature's key: x and y are on by default. The {@code last} one read makes sure one is on. */
    private static Key<Boolean> feature(Feature f, boolean last) {
        boolean on = f == Feature.X || f == Feature.Y;
        return new Key<>(f.id(), true, ValueType.BOOLEAN, on, Reset.RESHAPE) {
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
