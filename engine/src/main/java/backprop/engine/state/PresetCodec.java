package backprop.engine.state;

import backprop.engine.data.Feature;
import backprop.engine.nn.Init;
import backprop.engine.text.NumberText;
import backprop.engine.text.PercentEncoding;
import java.util.ArrayList;
import java.util.List;

/**
 * The one codec of the share state: a {@link Preset} ⇄ {@code key=value&…}
 * (the page's hash without '#'). Keys are TensorFlow Playground's, in its order,
 * so its links open here with the same meaning and ours open there; our own
 * keys follow, then the {@code <name>_hide} flags.
 *
 * <p>Writing is canonical: the same configuration gives the same string.
 * TensorFlow Playground's keys are always written; ours only when they differ
 * from the default (short links; TensorFlow Playground ignores them anyway);
 * {@code seed} only when one is set; {@code _hide} only for hidden controls.
 *
 * <p>Reading never throws: see {@link #decode}.
 */
public final class PresetCodec {
    /** Suffix of the keys that hide a control: {@code dataset_hide=true} hides "dataset". */
    public static final String HIDE_SUFFIX = "_hide";

    /** TensorFlow Playground's keys, in the order it writes them. */
    static final String[] TF_KEYS = {
        "activation", "regularization", "batchSize", "dataset", "regDataset", "learningRate",
        "regularizationRate", "noise", "networkShape", "seed", "showTestData", "discretize", "percTrainData",
        "x", "y", "xTimesY", "xSquared", "ySquared", "cosX", "sinX", "cosY", "sinY",
        "collectStats", "problem", "initZero", "hideText",
    };

    /** Our keys, in the order we write them. */
    static final String[] OWN_KEYS = {
        "optimizer", "momentum", "beta1", "beta2", "epsilon", "loss", "init", "outputActivation", "datasetId",
        "speed", "logLoss", "explain", "phase", "explainStep", "showChanges", "startOver",
        "digits", "digitSide", "digitLayers",
    };

    /** The features in the order TensorFlow Playground writes their keys. */
    private static final Feature[] FEATURE_KEY_ORDER = {
        Feature.X, Feature.Y, Feature.X_TIMES_Y, Feature.X_SQUARED, Feature.Y_SQUARED,
        Feature.COS_X, Feature.SIN_X, Feature.COS_Y, Feature.SIN_Y,
    };

    private PresetCodec() {
    }

    /** The canonical share string of {@code p}. Null fields (an unfinished preset) are left out. */
    public static String encode(Preset p) {
        Preset d = new Preset();
        List<String> parts = new ArrayList<>();
        put(parts, "activation", p.activation == null ? null : p.activation.id());
        put(parts, "regularization", p.regularization == null ? null : p.regularization.id());
        put(parts, "batchSize", Integer.toString(p.batchSize));
        put(parts, "dataset", p.dataset == null ? null : p.dataset.id());
        put(parts, "regDataset", p.regDataset == null ? null : p.regDataset.id());
        put(parts, "learningRate", NumberText.format(p.learningRate));
        put(parts, "regularizationRate", NumberText.format(p.regularizationRate));
        put(parts, "noise", Integer.toString(p.noise));
        put(parts, "networkShape", p.networkShape == null ? null : shape(p.networkShape));
        if (p.seed != null && !p.seed.isEmpty()) {
            put(parts, "seed", PercentEncoding.encode(p.seed));
        }
        put(parts, "showTestData", bool(p.showTestData));
        put(parts, "discretize", bool(p.discretize));
        put(parts, "percTrainData", Integer.toString(p.percTrainData));
        for (Feature f : FEATURE_KEY_ORDER) {
            put(parts, f.id(), bool(p.feature(f)));
        }
        put(parts, "collectStats", bool(p.collectStats));
        put(parts, "problem", p.problem == null ? null : p.problem.id());
        put(parts, "initZero", bool(p.init == Init.ZERO));
        put(parts, "hideText", bool(p.hideText));

        if (p.optimizer != null && p.optimizer != d.optimizer) {
            put(parts, "optimizer", p.optimizer.id());
        }
        putIfChanged(parts, "momentum", p.momentum, d.momentum);
        putIfChanged(parts, "beta1", p.beta1, d.beta1);
        putIfChanged(parts, "beta2", p.beta2, d.beta2);
        putIfChanged(parts, "epsilon", p.epsilon, d.epsilon);
        if (p.loss != null && p.loss != d.loss) {
            put(parts, "loss", p.loss.id());
        }
        if (p.init != null && p.init != Init.DEFAULT && p.init != Init.ZERO) {
            put(parts, "init", p.init.id());
        }
        if (p.outputActivation != null) {
            put(parts, "outputActivation", p.outputActivation.id());
        }
        if (p.datasetId != null && !p.datasetId.isEmpty()) {
            put(parts, "datasetId", PercentEncoding.encode(p.datasetId));
        }
        if (p.speed != d.speed) {
            put(parts, "speed", Integer.toString(p.speed));
        }
        if (p.logLoss) {
            put(parts, "logLoss", "true");
        }
        if (p.explainIndex >= 0) {
            put(parts, "explain", (p.explainTest ? "test:" : "train:") + p.explainIndex);
        }
        if (p.phase != null && p.phase != d.phase) {
            put(parts, "phase", p.phase.id());
        }
        if (p.explainStep != d.explainStep) {
            put(parts, "explainStep", Integer.toString(p.explainStep));
        }
        if (p.showChanges) {
            put(parts, "showChanges", "true");
        }
        if (p.startOver) {
            put(parts, "startOver", "true");
        }
        if (p.digits != null) {
            put(parts, "digits", p.digits.id());
        }
        if (p.digitSide != d.digitSide) {
            put(parts, "digitSide", Integer.toString(p.digitSide));
        }
        if (p.digitLayers != null && !java.util.Arrays.equals(p.digitLayers, d.digitLayers)) {
            put(parts, "digitLayers", shape(p.digitLayers));
        }
        for (String name : p.hiddenControls()) {
            put(parts, PercentEncoding.encode(name) + HIDE_SUFFIX, "true");
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            out.append(i == 0 ? "" : "&").append(parts.get(i));
        }
        return out.toString();
    }

    /**
     * Reads a share string, with or without its leading '#', percent-escapes
     * decoded. Never throws, and the preset always satisfies {@link Limits}:
     * <ul>
     * <li>unknown keys, and keys without '=', are ignored (no problem);</li>
     * <li>as in TensorFlow Playground, an empty value leaves the default, except
     *     {@code networkShape=}, which means no hidden layer; a boolean is true
     *     unless the value is exactly {@code false}; {@code initZero=true} means
     *     {@code init=zero}; the last of repeated keys wins;</li>
     * <li>a value that cannot be read keeps the default, one out of range is
     *     clamped (or keeps the default when the bound is exclusive), a fraction
     *     where a whole number belongs is rounded — each with a problem naming the key.</li>
     * </ul>
     */
    public static DecodeResult decode(String hash) {
        List<String> problems = new ArrayList<>();
        Preset preset = new Preset();
        try {
            new PresetReader(preset, problems).read(hash == null ? "" : hash);
        } catch (RuntimeException e) {
            // Unreachable by design (the fuzz test checks it); a bug must still not break the page.
            problems.clear();
            problems.add("the link could not be read (" + e.getClass().getSimpleName() + "); used the defaults");
            preset = new Preset();
        }
        return new DecodeResult(preset, problems);
    }

    /** "4,2" for {4, 2}; "" for no hidden layer. */
    static String shape(int[] neurons) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < neurons.length; i++) {
            s.append(i == 0 ? "" : ",").append(neurons[i]);
        }
        return s.toString();
    }

    private static String bool(boolean b) {
        return b ? "true" : "false";
    }

    private static void put(List<String> parts, String key, String value) {
        if (value != null) {
            parts.add(key + "=" + value);
        }
    }

    private static void putIfChanged(List<String> parts, String key, double value, double byDefault) {
        if (Double.compare(value, byDefault) != 0) {
            put(parts, key, NumberText.format(value));
        }
    }
}
