package backprop.engine.state;

import backprop.engine.data.Dataset;
import backprop.engine.data.DigitTask;
import backprop.engine.data.Feature;
import backprop.engine.data.Problem;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Regularization;
import backprop.engine.text.NumberText;
import backprop.engine.text.PercentEncoding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One decoding pass of {@link PresetCodec#decode}: splits the hash into keys
 * and values (by hand — no regex under TeaVM), then reads each known key into
 * the preset, falling back and noting a problem whenever a value is unusable.
 */
final class PresetReader {
    /** How much of a bad value a problem message quotes. */
    private static final int QUOTE_LENGTH = 40;

    private final Preset p;
    private final List<String> problems;
    private final Map<String, String> values = new LinkedHashMap<>();

    PresetReader(Preset preset, List<String> problems) {
        this.p = preset;
        this.problems = problems;
    }

    void read(String hash) {
        if (hash.length() > Limits.MAX_HASH_LENGTH) {
            problems.add("the link is longer than " + Limits.MAX_HASH_LENGTH + " characters; read only its start");
            hash = hash.substring(0, Limits.MAX_HASH_LENGTH);
        }
        split(hash.startsWith("#") ? hash.substring(1) : hash);

        p.activation = choice("activation", p.activation, hiddenActivations(), false);
        p.regularization = choice("regularization", p.regularization, Regularization.values(), false);
        p.batchSize = whole("batchSize", p.batchSize, Limits.MIN_BATCH_SIZE, Limits.MAX_BATCH_SIZE);
        p.dataset = choice("dataset", p.dataset, Dataset.forProblem(Problem.CLASSIFICATION), false);
        p.regDataset = choice("regDataset", p.regDataset, Dataset.forProblem(Problem.REGRESSION), false);
        p.learningRate = number("learningRate", p.learningRate, 0, false, Limits.MAX_LEARNING_RATE, true);
        p.regularizationRate = number("regularizationRate", p.regularizationRate, 0, true,
                Limits.MAX_REGULARIZATION_RATE, true);
        p.noise = whole("noise", p.noise, 0, Limits.MAX_NOISE);
        readNetworkShape();
        readSeed();
        p.showTestData = bool("showTestData", p.showTestData);
        p.discretize = bool("discretize", p.discretize);
        p.percTrainData = whole("percTrainData", p.percTrainData, Limits.MIN_PERC_TRAIN, Limits.MAX_PERC_TRAIN);
        for (Feature f : Feature.values()) {
            p.setFeature(f, bool(f.id(), p.feature(f)));
        }
        if (p.enabledFeatureCount() == 0) {
            problems.add("x, y: every input feature was off; turned on x and y");
            p.setFeature(Feature.X, true);
            p.setFeature(Feature.Y, true);
        }
        p.collectStats = bool("collectStats", p.collectStats);
        p.problem = choice("problem", p.problem, Problem.values(), false);
        p.hideText = bool("hideText", p.hideText);

        p.optimizer = choice("optimizer", p.optimizer, OptimizerType.values(), false);
        p.momentum = number("momentum", p.momentum, 0, true, Limits.MAX_BETA_EXCLUSIVE, false);
        p.beta1 = number("beta1", p.beta1, 0, true, Limits.MAX_BETA_EXCLUSIVE, false);
        p.beta2 = number("beta2", p.beta2, 0, true, Limits.MAX_BETA_EXCLUSIVE, false);
        p.epsilon = number("epsilon", p.epsilon, 0, false, Limits.MAX_EPSILON, true);
        p.loss = choice("loss", p.loss, LossChoice.values(), false);
        readInit();
        p.outputActivation = choice("outputActivation", p.outputActivation, Activation.values(), true);
        readDatasetId();
        p.speed = whole("speed", p.speed, 0, Limits.MAX_SPEED);
        p.logLoss = bool("logLoss", p.logLoss);
        readExplain();
        p.phase = choice("phase", p.phase, ExplainPhase.values(), false);
        p.explainStep = whole("explainStep", p.explainStep, 0, Limits.MAX_EXPLAIN_STEP);
        p.showChanges = bool("showChanges", p.showChanges);
        p.startOver = bool("startOver", p.startOver);
        readDigits();
        readHiddenControls();
    }

    /** Splits "k=v&k=v" into the map (decoded; the last repeat wins; parts without '=' ignored). */
    private void split(String hash) {
        int start = 0;
        int eq = -1;
        while (start <= hash.length()) {
            int end = hash.indexOf('&', start);
            if (end < 0) {
                end = hash.length();
            }
            if (eq < start) {
                // the next '=' at or after start (remembered, so that "&&&…" stays linear)
                eq = hash.indexOf('=', start);
                if (eq < 0) {
                    eq = Integer.MAX_VALUE;
                }
            }
            if (eq < end) {
                String key = PercentEncoding.decode(hash.substring(start, eq));
                values.remove(key);
                values.put(key, PercentEncoding.decode(hash.substring(eq + 1, end)));
            }
            start = end + 1;
        }
    }

    /** The value of {@code key}, or null when absent or blank (TensorFlow Playground's "hasKey"). */
    private String present(String key) {
        String v = values.get(key);
        return v == null || v.trim().isEmpty() ? null : v;
    }

    private <T> T choice(String key, T current, T[] allowed, boolean autoMeansNull) {
        String v = present(key);
        if (v == null) {
            return current;
        }
        if (autoMeansNull && v.equals("auto")) {
            return null;
        }
        StringBuilder names = new StringBuilder(autoMeansNull ? "auto" : "");
        for (T option : allowed) {
            String id = idOf(option);
            if (id.equals(v)) {
                return option;
            }
            names.append(names.length() == 0 ? "" : ", ").append(id);
        }
        problem(key, v, "is not one of " + names, "kept " + (current == null ? "auto" : idOf(current)));
        return current;
    }

    private boolean bool(String key, boolean current) {
        String v = present(key);
        if (v == null) {
            return current;
        }
        boolean value = !v.equals("false");
        if (!value || v.equals("true")) {
            return value;
        }
        problem(key, v, "is not true or false", "read as true (only 'false' is false)");
        return true;
    }

    /** A number in the range; a bound that is exclusive keeps {@code current} instead of clamping to it. */
    private double number(String key, double current, double min, boolean minInclusive, double max,
            boolean maxInclusive) {
        String v = present(key);
        if (v == null) {
            return current;
        }
        double d = NumberText.parse(v.trim());
        if (d != d) {
            problem(key, v, "is not a number", "kept " + NumberText.format(current));
            return current;
        }
        if (d < min || (d == min && !minInclusive)) {
            return outOfRange(key, v, (minInclusive ? "is below " : "is not above ") + NumberText.format(min),
                    minInclusive, min, current);
        }
        if (d > max || (d == max && !maxInclusive)) {
            return outOfRange(key, v, (maxInclusive ? "is above " : "is not below ") + NumberText.format(max),
                    maxInclusive, max, current);
        }
        return d;
    }

    private double outOfRange(String key, String v, String why, boolean clamp, double bound, double current) {
        double used = clamp ? bound : current;
        problem(key, v, why, (clamp ? "used " : "kept ") + NumberText.format(used));
        return used;
    }

    /** A whole number in [min, max]: fractions are rounded half up, out-of-range values clamped. */
    private int whole(String key, int current, int min, int max) {
        String v = present(key);
        if (v == null) {
            return current;
        }
        double d = NumberText.parse(v.trim());
        if (d != d) {
            problem(key, v, "is not a number", "kept " + current);
            return current;
        }
        double rounded = Math.floor(d + 0.5);
        int used = (int) Math.max(min, Math.min(max, rounded));
        if (rounded < min || rounded > max) {
            problem(key, v, "is outside " + min + ".." + max, "used " + used);
        } else if (rounded != d) {
            problem(key, v, "is not a whole number", "used " + used);
        }
        return used;
    }

    /** Comma-separated neurons per hidden layer; empty means no hidden layer. */
    private void readNetworkShape() {
        int[] shape = layerList("networkShape", p.networkShape, Limits.MAX_HIDDEN_LAYERS, Limits.MIN_NEURONS,
                Limits.MAX_NEURONS, "4,2");
        if (shape != null) {
            p.networkShape = shape;
        }
    }

    /**
     * Reads a comma-separated list of layer sizes under {@code key}: null when the key is
     * absent or unreadable (then {@code current} stays, with a problem); layers beyond
     * {@code maxLayers} are dropped and sizes clamped to {@code min..max}, with a problem.
     */
    private int[] layerList(String key, int[] current, int maxLayers, int min, int max, String example) {
        String v = values.get(key);
        if (v == null) {
            return null;
        }
        List<String> notes = new ArrayList<>();
        List<Integer> layers = new ArrayList<>();
        int start = v.trim().isEmpty() ? v.length() + 1 : 0;
        while (start <= v.length()) {
            int end = v.indexOf(',', start);
            if (end < 0) {
                end = v.length();
            }
            String item = v.substring(start, end).trim();
            start = end + 1;
            if (item.isEmpty()) {
                addOnce(notes, "an empty entry");
                continue;
            }
            double d = NumberText.parse(item);
            if (d != d || d != Math.floor(d)) {
                problem(key, v, "is not a list of whole numbers like " + example, "kept " + PresetCodec.shape(current));
                return null;
            }
            double clamped = Math.max(min, Math.min(max, d));
            if (clamped != d) {
                addOnce(notes, "a layer outside " + min + ".." + max + " neurons");
            }
            if (layers.size() < maxLayers) {
                layers.add((int) clamped);
            } else {
                addOnce(notes, "more than " + maxLayers + " layers");
            }
        }
        int[] shape = new int[layers.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = layers.get(i);
        }
        if (!notes.isEmpty()) {
            StringBuilder why = new StringBuilder("has ");
            for (int i = 0; i < notes.size(); i++) {
                why.append(i == 0 ? "" : i == notes.size() - 1 ? " and " : ", ").append(notes.get(i));
            }
            problem(key, v, why.toString(), "used '" + PresetCodec.shape(shape) + "'");
        }
        return shape;
    }

    /** The digits mode: {@code digits=five|digit}, {@code digitSide=28|14}, {@code digitLayers=64,32}. */
    private void readDigits() {
        p.digits = choice("digits", p.digits, DigitTask.values(), false);
        String side = present("digitSide");
        if (side != null) {
            String s = side.trim();
            if (s.equals("28") || s.equals("14")) {
                p.digitSide = s.equals("28") ? DigitsConfig.FULL_SIDE : DigitsConfig.HALF_SIDE;
            } else {
                problem("digitSide", side, "is not 28 or 14", "kept " + p.digitSide);
            }
        }
        int[] layers = layerList("digitLayers", p.digitLayers, Limits.MAX_DIGIT_LAYERS, 1, Limits.MAX_DIGIT_NEURONS,
                "64,32");
        if (layers != null) {
            p.digitLayers = layers;
        }
    }

    /** Any text, trimmed, without control characters or unpaired surrogates, at most 64 characters. */
    private void readSeed() {
        String v = present("seed");
        if (v == null) {
            return;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean pair = PercentEncoding.isHigh(c) && i + 1 < v.length() && PercentEncoding.isLow(v.charAt(i + 1));
            if (pair) {
                s.append(c).append(v.charAt(++i));
            } else if (c >= 0x20 && c != 0x7F && !PercentEncoding.isHigh(c) && !PercentEncoding.isLow(c)) {
                s.append(c);
            }
        }
        String seed = s.toString().trim();
        boolean cleaned = seed.length() != v.trim().length();
        if (seed.length() > Limits.MAX_SEED_LENGTH) {
            int cut = Limits.MAX_SEED_LENGTH;
            if (PercentEncoding.isHigh(seed.charAt(cut - 1))) {
                cut--;
            }
            seed = seed.substring(0, cut).trim();
            problem("seed", v, "is longer than " + Limits.MAX_SEED_LENGTH + " characters", "used its start");
        } else if (cleaned) {
            problem("seed", v, "contains control characters", "dropped them");
        }
        p.seed = seed;
    }

    /** {@code init=…}, then TensorFlow Playground's {@code initZero=true}, which means zero. */
    private void readInit() {
        p.init = choice("init", p.init, Init.values(), false);
        if (bool("initZero", false)) {
            if (p.init != Init.DEFAULT && p.init != Init.ZERO) {
                problems.add("init: initZero=true overrides init=" + p.init.id() + "; used zero");
            }
            p.init = Init.ZERO;
        }
    }

    /** {@code explain=train:N} or {@code explain=test:N}: the example the step-through view explains. */
    private void readExplain() {
        String v = present("explain");
        if (v == null) {
            return;
        }
        int colon = v.indexOf(':');
        String set = colon < 0 ? "" : v.substring(0, colon).trim();
        double index = colon < 0 ? Double.NaN : NumberText.parse(v.substring(colon + 1).trim());
        if (!(set.equals("train") || set.equals("test")) || index != index || index != Math.floor(index)) {
            problem("explain", v, "is not train:N or test:N with a whole number N", "explained nothing");
            return;
        }
        if (index < 0 || index > Limits.MAX_EXPLAIN_INDEX) {
            problem("explain", v, "is outside 0.." + Limits.MAX_EXPLAIN_INDEX, "explained nothing");
            return;
        }
        p.explainTest = set.equals("test");
        p.explainIndex = (int) index;
    }

    private void readDatasetId() {
        String v = present("datasetId");
        if (v == null) {
            return;
        }
        if (Limits.isDatasetId(v)) {
            p.datasetId = v;
        } else {
            problem("datasetId", v, "is not a dataset id (up to " + Limits.MAX_DATASET_ID_LENGTH
                    + " of A-Z a-z 0-9 _ -)", "used none");
        }
    }

    /** {@code <name>_hide=true} hides the control; any other value shows it. */
    private void readHiddenControls() {
        for (Map.Entry<String, String> e : values.entrySet()) {
            String key = e.getKey();
            if (!key.endsWith(PresetCodec.HIDE_SUFFIX)) {
                continue;
            }
            String name = key.substring(0, key.length() - PresetCodec.HIDE_SUFFIX.length());
            String v = e.getValue();
            if (!Limits.isControlName(name)) {
                problem(key, v, "does not name a control", "ignored it");
            } else if (v.equals("true")) {
                if (p.hiddenControls().size() < Limits.MAX_HIDDEN_CONTROLS) {
                    p.setHidden(name, true);
                } else {
                    problem(key, v, "is more than " + Limits.MAX_HIDDEN_CONTROLS + " hidden controls", "ignored it");
                }
            } else if (!v.equals("false") && !v.trim().isEmpty()) {
                problem(key, v, "is not true or false", "read as false (only 'true' hides)");
            }
        }
    }

    private static Activation[] hiddenActivations() {
        Activation[] all = Activation.values();
        Activation[] hidden = new Activation[all.length - 1];
        int k = 0;
        for (Activation a : all) {
            if (a != Activation.SOFTMAX) {
                hidden[k++] = a;
            }
        }
        return hidden;
    }

    private static String idOf(Object option) {
        if (option instanceof Activation) {
            return ((Activation) option).id();
        } else if (option instanceof Regularization) {
            return ((Regularization) option).id();
        } else if (option instanceof Dataset) {
            return ((Dataset) option).id();
        } else if (option instanceof Problem) {
            return ((Problem) option).id();
        } else if (option instanceof OptimizerType) {
            return ((OptimizerType) option).id();
        } else if (option instanceof LossChoice) {
            return ((LossChoice) option).id();
        } else if (option instanceof Init) {
            return ((Init) option).id();
        } else if (option instanceof ExplainPhase) {
            return ((ExplainPhase) option).id();
        } else if (option instanceof DigitTask) {
            return ((DigitTask) option).id();
        }
        throw new IllegalArgumentException("no id for " + option);
    }

    private static void addOnce(List<String> notes, String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    /** "key: 'value' why; what was done". */
    private void problem(String key, String value, String why, String action) {
        String shown = value.length() > QUOTE_LENGTH ? value.substring(0, QUOTE_LENGTH) + "\u2026" : value;
        problems.add(quote(key) + ": '" + shown + "' " + why + "; " + action);
    }

    private static String quote(String key) {
        return key.length() > QUOTE_LENGTH ? key.substring(0, QUOTE_LENGTH) + "\u2026" : key;
    }
}
