package backprop.engine.state;

import backprop.engine.data.Dataset;
import backprop.engine.text.PercentEncoding;
import java.util.ArrayList;
import java.util.List;

/**
 * Every bound on a playground configuration, in one place. The codec clamps
 * or rejects values against these; the page may apply stricter caps of its own
 * (e.g. 8 layers × 16 neurons) but never looser ones.
 */
public final class Limits {
    /** The playground's caps on the hidden layers (TensorFlow Playground: 6 × 8). */
    public static final int MAX_HIDDEN_LAYERS = 8;
    public static final int MIN_NEURONS = 1;
    public static final int MAX_NEURONS = 16;
    /** Epochs per animation frame at the most; 0 means "as fast as it goes". */
    public static final int MAX_SPEED = 1000;
    /** TensorFlow Playground offers 1..30; a full pass over the largest training set still fits. */
    public static final int MIN_BATCH_SIZE = 1;
    public static final int MAX_BATCH_SIZE = 1000;
    /** η must be above 0 (exclusive) and at most this. */
    public static final double MAX_LEARNING_RATE = 10;
    public static final double MAX_REGULARIZATION_RATE = 10;
    /** The URL's noise is a percentage 0..50 (generators take it / 100). */
    public static final int MAX_NOISE = 50;
    public static final int MIN_PERC_TRAIN = 10;
    public static final int MAX_PERC_TRAIN = 90;
    public static final int MAX_SEED_LENGTH = 64;
    public static final int MAX_DATASET_ID_LENGTH = 64;
    /** β of momentum, β1 and β2 of Adam lie in [0, 1). */
    public static final double MAX_BETA_EXCLUSIVE = 1;
    /** Adam's ε lies in (0, MAX_EPSILON]. */
    public static final double MAX_EPSILON = 1;
    public static final int MAX_HIDDEN_CONTROLS = 40;
    /** The largest example index {@code explain=train:N} may name (the page checks it against the data). */
    public static final int MAX_EXPLAIN_INDEX = Dataset.MAX_COUNT - 1;
    /** Layers a pass can reach: the hidden layers and the output. */
    public static final int MAX_EXPLAIN_STEP = MAX_HIDDEN_LAYERS + 1;
    public static final int MAX_CONTROL_NAME_LENGTH = 40;
    /** The codec reads at most this many characters of a hash; longer input is cut (and reported). */
    public static final int MAX_HASH_LENGTH = 8192;
    /** The digits network's caps ({@code digitLayers}): 0..3 hidden layers of 1..128 neurons. */
    public static final int MAX_DIGIT_LAYERS = DigitsConfig.MAX_HIDDEN_LAYERS;
    public static final int MAX_DIGIT_NEURONS = DigitsConfig.MAX_NEURONS;
    /** The lesson chapters ({@code lesson=1..7}); 0 is "no lesson open". */
    public static final int LESSON_CHAPTERS = 7;
    /** The lessons' hand-set inputs lie in [−5, 5], their weights and biases in [−10, 10]. */
    public static final double LESSON_MAX_INPUT = 5;
    public static final double LESSON_MAX_WEIGHT = 10;
    /** The lessons' η lies in (0, 100]: large enough to show a step that overshoots. */
    public static final double LESSON_MAX_RATE = 100;

    /** The learning-rate schedule's period and the stop's epoch count are at most a million epochs. */
    public static final int MAX_SCHEDULE_EPOCHS = 1_000_000;
    /** "Stop when the training loss is below x" takes x in [0, 1000] (0: never). */
    public static final double MAX_STOP_LOSS = 1000;

    private Limits() {
    }

    /**
     * Each way {@code p} breaks a limit, as a sentence; empty when the preset is valid. The limits
     * of each key are declared with it ({@link Keys}); here are the ones across keys.
     */
    public static List<String> violations(Preset p) {
        List<String> v = new ArrayList<>();
        for (Key<?> key : Keys.ALL) {
            String broken = key.violation(p);
            if (broken != null) {
                v.add(broken);
            }
        }
        if (p.enabledFeatureCount() == 0) {
            v.add("at least one input feature must be on");
        }
        List<String> hidden = p.hiddenControls();
        if (hidden.size() > MAX_HIDDEN_CONTROLS) {
            v.add("at most " + MAX_HIDDEN_CONTROLS + " hidden controls");
        }
        for (String name : hidden) {
            if (!isControlName(name)) {
                v.add("'" + name + "' is not a control name");
            }
        }
        return v;
    }

    /**
     * Seed text: no control characters, no unpaired surrogates (so it survives
     * UTF-8 in a URL) and no spaces at either end (the codec trims them).
     */
    public static boolean isSeedText(String s) {
        if (!s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ')) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return false;
            }
            if (PercentEncoding.isHigh(c)) {
                if (i + 1 >= s.length() || !PercentEncoding.isLow(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (PercentEncoding.isLow(c)) {
                return false;
            }
        }
        return true;
    }

    /** Empty, or 1..64 of A-Z a-z 0-9 _ -. */
    public static boolean isDatasetId(String s) {
        return s.length() <= MAX_DATASET_ID_LENGTH && isWord(s);
    }

    /** The name before {@code _hide}: 1..40 of A-Z a-z 0-9 _ -. */
    public static boolean isControlName(String s) {
        return !s.isEmpty() && s.length() <= MAX_CONTROL_NAME_LENGTH && isWord(s);
    }

    private static boolean isWord(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
