package backprop.engine.state;

import backprop.engine.data.Dataset;
import backprop.engine.data.DigitTask;
import backprop.engine.data.Feature;
import backprop.engine.data.Problem;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Regularization;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random valid presets for jqwik that vary every key: one generator per key name, written from
 * the limits the URL documents, and a check that {@link Keys} has no key without one.
 */
final class PresetArbitraries {
    private static final String WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-";
    /** Seed characters that need escaping, plus a 2-, a 3- and a 4-byte UTF-8 character (a surrogate pair). */
    private static final String[] SEED_PARTS = {"a", "Z", "0", ".", "&", "=", "%", "#", "+", " ", "?", "/", "é", "€",
        "\uD83D\uDE00", "~", "\"", "'", "<", ","};

    private PresetArbitraries() {
    }

    /** For each key name, random edits that give it a valid value. */
    static Map<String, Arbitrary<Consumer<Preset>>> edits() {
        Map<String, Arbitrary<Consumer<Preset>>> m = new HashMap<>();
        List<Activation> hidden = new ArrayList<>();
        for (Activation a : Activation.values()) {
            if (a != Activation.SOFTMAX) {
                hidden.add(a);
            }
        }
        m.put("activation", Arbitraries.of(hidden).map(v -> p -> p.activation = v));
        m.put("regularization", Arbitraries.of(Regularization.values()).map(v -> p -> p.regularization = v));
        m.put("batchSize", ints(Limits.MIN_BATCH_SIZE, Limits.MAX_BATCH_SIZE).map(v -> p -> p.batchSize = v));
        m.put("dataset", Arbitraries.of(Dataset.forProblem(Problem.CLASSIFICATION)).map(v -> p -> p.dataset = v));
        m.put("regDataset", Arbitraries.of(Dataset.forProblem(Problem.REGRESSION)).map(v -> p -> p.regDataset = v));
        m.put("learningRate", doubles(0, false, Limits.MAX_LEARNING_RATE, true).map(v -> p -> p.learningRate = v));
        m.put("regularizationRate", doubles(0, true, Limits.MAX_REGULARIZATION_RATE, true)
                .map(v -> p -> p.regularizationRate = v));
        m.put("noise", ints(0, Limits.MAX_NOISE).map(v -> p -> p.noise = v));
        m.put("networkShape", layers(Limits.MAX_HIDDEN_LAYERS, Limits.MAX_NEURONS).map(v -> p -> p.networkShape = v));
        m.put("seed", seeds().map(v -> p -> p.seed = v));
        m.put("showTestData", Arbitraries.of(true, false).map(v -> p -> p.showTestData = v));
        m.put("discretize", Arbitraries.of(true, false).map(v -> p -> p.discretize = v));
        m.put("percTrainData", ints(Limits.MIN_PERC_TRAIN, Limits.MAX_PERC_TRAIN).map(v -> p -> p.percTrainData = v));
        for (Feature f : Feature.values()) {
            m.put(f.id(), Arbitraries.of(true, false).map(v -> p -> p.setFeature(f, v)));
        }
        m.put("collectStats", Arbitraries.of(true, false).map(v -> p -> p.collectStats = v));
        m.put("problem", Arbitraries.of(Problem.values()).map(v -> p -> p.problem = v));
        m.put("hideText", Arbitraries.of(true, false).map(v -> p -> p.hideText = v));
        m.put("optimizer", Arbitraries.of(OptimizerType.values()).map(v -> p -> p.optimizer = v));
        m.put("momentum", doubles(0, true, 1, false).map(v -> p -> p.momentum = v));
        m.put("beta1", doubles(0, true, 1, false).map(v -> p -> p.beta1 = v));
        m.put("beta2", doubles(0, true, 1, false).map(v -> p -> p.beta2 = v));
        m.put("epsilon", doubles(0, false, Limits.MAX_EPSILON, true).map(v -> p -> p.epsilon = v));
        m.put("loss", Arbitraries.of(LossChoice.values()).map(v -> p -> p.loss = v));
        m.put("init", Arbitraries.of(Init.values()).map(v -> p -> p.init = v));
        m.put("outputActivation", Arbitraries.of(Activation.values()).injectNull(0.3)
                .map(v -> p -> p.outputActivation = v));
        m.put("datasetId", Arbitraries.strings().withChars(WORD).ofMaxLength(Limits.MAX_DATASET_ID_LENGTH)
                .map(v -> p -> p.datasetId = v));
        m.put("speed", ints(0, Limits.MAX_SPEED).map(v -> p -> p.speed = v));
        m.put("logLoss", Arbitraries.of(true, false).map(v -> p -> p.logLoss = v));
        m.put("explain", Combinators.combine(ints(-1, Limits.MAX_EXPLAIN_INDEX), Arbitraries.of(true, false))
                .as((index, test) -> p -> {
                    p.explainIndex = index;
                    p.explainTest = index >= 0 && test; // a closed view has no set of examples
                }));
        m.put("phase", Arbitraries.of(ExplainPhase.values()).map(v -> p -> p.phase = v));
        m.put("explainStep", ints(0, Limits.MAX_EXPLAIN_STEP).map(v -> p -> p.explainStep = v));
        m.put("showChanges", Arbitraries.of(true, false).map(v -> p -> p.showChanges = v));
        m.put("startOver", Arbitraries.of(true, false).map(v -> p -> p.startOver = v));
        m.put("digits", Arbitraries.of(DigitTask.values()).injectNull(0.5).map(v -> p -> p.digits = v));
        m.put("digitSide", Arbitraries.of(DigitsConfig.FULL_SIDE, DigitsConfig.HALF_SIDE).map(v -> p -> p.digitSide = v));
        m.put("digitLayers", layers(Limits.MAX_DIGIT_LAYERS, Limits.MAX_DIGIT_NEURONS).map(v -> p -> p.digitLayers = v));
        return m;
    }

    /** Valid presets with every key (and the hidden controls) drawn at random. */
    static Arbitrary<Preset> presets() {
        Map<String, Arbitrary<Consumer<Preset>>> edits = edits();
        List<Arbitrary<Consumer<Preset>>> all = new ArrayList<>();
        for (Key<?> key : Keys.ALL) {
            if (!key.derived()) {
                Arbitrary<Consumer<Preset>> edit = edits.get(key.name());
                if (edit == null) {
                    throw new AssertionError("no generator for the key " + key.name());
                }
                all.add(edit);
            }
        }
        all.add(Arbitraries.strings().withChars(WORD).ofMinLength(1).ofMaxLength(Limits.MAX_CONTROL_NAME_LENGTH)
                .set().ofMaxSize(Limits.MAX_HIDDEN_CONTROLS).map(names -> p -> names.forEach(n -> p.setHidden(n, true))));
        return Combinators.combine(all).as(list -> {
            Preset p = new Preset();
            for (Consumer<Preset> edit : list) {
                edit.accept(p);
            }
            return p;
        }).filter(p -> p.enabledFeatureCount() > 0);
    }

    private static Arbitrary<Integer> ints(int min, int max) {
        return Arbitraries.integers().between(min, max);
    }

    /** Short decimals, and doubles of any bit pattern within the range (the shortest-text round trip). */
    private static Arbitrary<Double> doubles(double min, boolean minIncluded, double max, boolean maxIncluded) {
        Arbitrary<Double> decimals = Arbitraries.doubles().between(min, minIncluded, max, maxIncluded).ofScale(4);
        Arbitrary<Double> anyBits = Arbitraries.longs().between(0, Double.doubleToLongBits(max))
                .map(Double::longBitsToDouble)
                .filter(d -> (minIncluded ? d >= min : d > min) && (maxIncluded ? d <= max : d < max));
        return Arbitraries.oneOf(decimals, anyBits);
    }

    private static Arbitrary<int[]> layers(int maxLayers, int maxNeurons) {
        return Arbitraries.integers().between(1, maxNeurons).array(int[].class).ofMaxSize(maxLayers);
    }

    /** Seeds as the page keeps them: trimmed, printable, at most 64 characters. */
    private static Arbitrary<String> seeds() {
        return Arbitraries.of(SEED_PARTS).list().ofMaxSize(40).map(parts -> String.join("", parts).trim())
                .filter(s -> s.length() <= Limits.MAX_SEED_LENGTH);
    }
}
