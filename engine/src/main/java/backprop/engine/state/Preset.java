package backprop.engine.state;

import backprop.engine.data.DataPoints;
import backprop.engine.data.Dataset;
import backprop.engine.data.DigitTask;
import backprop.engine.data.Feature;
import backprop.engine.data.FeatureFormulas;
import backprop.engine.data.FeatureSet;
import backprop.engine.data.Problem;
import backprop.engine.data.TargetEncoding;
import backprop.engine.formula.Formula;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.Loss;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Regularization;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole playground configuration — the one state object the page, the URL,
 * the server's short links and the tests share. Field names are the URL keys
 * (TensorFlow Playground's, then ours); {@link Keys} declares each one once — its URL name, type,
 * limits, default and what a change of it resets — and the defaults of a new Preset, {@link #copy},
 * {@link #equals}, {@link PresetCodec} and {@link Limits#violations} all follow that declaration.
 */
public final class Preset {
    // --- TensorFlow Playground's keys ---
    /** Activation of every hidden neuron ({@code activation}, default tanh; never softmax). */
    public Activation activation;
    public Regularization regularization;
    /** Examples per weight update. */
    public int batchSize;
    /** The dataset used when {@link #problem} is classification. */
    public Dataset dataset;
    /** The dataset used when {@link #problem} is regression. */
    public Dataset regDataset;
    /** η in Δw = −η · ∂L/∂w. */
    public double learningRate;
    /** λ, the weight of the regularization penalty. */
    public double regularizationRate;
    /** Noise as a percentage 0..50; the generators take {@code noise / 100.0}. */
    public int noise;
    /** Neurons per hidden layer, input side first; empty = inputs wired straight to the output. */
    public int[] networkShape;
    /** The seed text; empty = none given (the page then picks one and writes it back). */
    public String seed;
    public boolean showTestData;
    /** Show the output heatmap thresholded to classes instead of shaded. */
    public boolean discretize;
    /** Percentage of the points used for training (the rest test), 10..90. */
    public int percTrainData;
    public boolean collectStats;
    public Problem problem;
    public boolean hideText;
    // --- ours ---
    /** How weights start; TensorFlow Playground's {@code initZero=true} reads as {@link Init#ZERO}. */
    public Init init;
    public OptimizerType optimizer;
    /** β of momentum: v ← β·v − η·∂L/∂w, then Δw = v (∂L/∂w the mean over the batch). */
    public double momentum;
    /** Adam's β1 (decay of the mean of gradients). */
    public double beta1;
    /** Adam's β2 (decay of the mean of squared gradients). */
    public double beta2;
    /** Adam's ε in Δw = −η·m̂ / (√v̂ + ε). */
    public double epsilon;
    public LossChoice loss;
    /** The output neurons' activation, or {@code null} for the automatic rule (see {@link #outputActivation(int)}). */
    public Activation outputActivation;
    /**
     * Each hidden layer's own activation, input side first; null (or no entry): {@link #activation}.
     * No trailing null ({@code layerActivations}; see {@link #hiddenActivation(int)}).
     */
    public Activation[] layerActivations;
    /** The dropout rate p of each hidden layer, input side first; no entry: 0. No trailing 0 ({@code dropout}). */
    public double[] dropout;
    /** Id of a user-uploaded dataset that replaces the generated one; empty = none. */
    public String datasetId;
    /** Epochs trained per animation frame, 1..{@link Limits#MAX_SPEED}; 0 = as many as fit the frame's time budget. */
    public int speed;
    /** Draw the loss chart on a logarithmic scale. */
    public boolean logLoss;
    /** The example the step-through view explains ({@code explain=train:12}), or −1 when it is closed. */
    public int explainIndex;
    /** Whether {@link #explainIndex} counts test examples (else training examples). */
    public boolean explainTest;
    /** The phase the step-through view shows. */
    public ExplainPhase phase;
    /**
     * Layers reached within the forward or backward phase (1 = the first layer
     * of the pass); 0 = the whole phase.
     */
    public int explainStep;
    /** While training, let the links glow by the size of their last change Δw. */
    public boolean showChanges;
    /**
     * TensorFlow Playground's rule: a change of shape, input features or
     * activation starts the network over from its seed. By default (false) the
     * network is reshaped and keeps learning (see {@link backprop.engine.train.NetworkSurgery}).
     */
    public boolean startOver;
    // --- the digits page ---
    /** The digits task, or {@code null} for the 2-D playground ({@code digits=five|digit}). */
    public DigitTask digits;
    /** Pixels per side of a digit as the network sees it: 28 (784 inputs) or 14 (196). */
    public int digitSide;
    /** Neurons per hidden layer of the digits network, 0..3 layers of 1..128 (separate from {@link #networkShape}). */
    public int[] digitLayers;
    // --- the textbook example (a 2-2-2 sigmoid network, square loss; see TextbookKeys) ---
    /** Whether the textbook example's view is shown instead of the playground. */
    public boolean textbook;
    /** Its inputs i1, i2. */
    public double[] tbIn;
    /** Its targets t1, t2. */
    public double[] tbT;
    /** Its weights w1..w8: i1→h1, i2→h1, i1→h2, i2→h2, h1→o1, h2→o1, h1→o2, h2→o2. */
    public double[] tbW;
    /** Its biases b1..b4 of h1, h2, o1, o2. */
    public double[] tbB;
    /** Its η. */
    public double tbRate;
    /** Whether its update keeps the biases (as classic worked examples do). */
    public boolean tbFixedBiases;
    // --- compare mode (see SideB) ---
    /** Whether two copies of the network train side by side, side B with {@link #compareB}'s settings. */
    public boolean compare;
    /** Side B's settings that differ from this preset's, as {@code learningRate:3;batchSize:1} ({@link SideB}). */
    public String compareB;
    // --- the learning-rate schedule and the stop conditions (see ScheduleKeys) ---
    /** How η changes over the epochs ({@code lrSchedule}); see {@code train.LearningRateSchedule}. */
    public ScheduleChoice lrSchedule;
    /** The schedule's period in epochs: a step's length, the decay's scale, the cosine's length, a cycle. */
    public int lrEvery;
    /** γ in (0, 1]: the factor per step (step and exponential decay). */
    public double lrGamma;
    /** ηmin ≥ 0: where the cosine ends and the bottom of a cycle. */
    public double lrMin;
    /** Pause when the training loss falls below this (0: never). */
    public double stopLoss;
    /** Pause when this many epochs are trained (0: never). */
    public int stopEpochs;
    // --- the lessons ---
    /** The lesson chapter open ({@code lesson=1..7}), or 0 when none is. */
    public int lesson;
    /** The lessons' small 2-2-1 network: its two inputs x₁, x₂ ({@code lessonX}). */
    public double[] lessonInputs;
    /** The target t of its one example ({@code lessonT}). */
    public double lessonTarget;
    /** Its six weights, hidden layer row by row (w₁₁ w₁₂ w₂₁ w₂₂), then the output's (v₁ v₂) ({@code lessonW}). */
    public double[] lessonWeights;
    /** Its three biases: the two hidden neurons', then the output's ({@code lessonB}). */
    public double[] lessonBiases;
    /** The learning rate η of the lessons' update ({@code lessonRate}). */
    public double lessonRate;

    // --- your own functions (see FormulaKeys), in canonical form ---
    /** The boundary f of the dataset "formula": points with y &gt; f(x) are +1. */
    public String formula;
    /** The surface f of the dataset "reg-formula": the target is z = f(x, y). */
    public String regFormula;
    /** Typed input features after the built-in ones, comma-separated; empty: none. */
    public String featureFormulas;

    /** features[f.ordinal()]: whether input feature f is on (x and y by default). */
    private final boolean[] features = new boolean[Feature.values().length];
    /**
     * Names of hidden controls ({@code <name>_hide=true}), sorted, each once. A sorted list, not a
     * TreeSet: the few names need no tree, and TreeMap's code cost the page's Wasm ~0.8 KB of Brotli.
     */
    private final ArrayList<String> hidden = new ArrayList<>();

    /** The defaults, as {@link Keys} declares them. */
    public Preset() {
        for (Key<?> key : Keys.ALL) {
            key.setDefault(this);
        }
    }

    /** Whether the step-through view is open. */
    public boolean explaining() {
        return explainIndex >= 0;
    }

    /** The dataset in play: {@link #regDataset} for regression, else {@link #dataset}. */
    public Dataset activeDataset() {
        return problem == Problem.REGRESSION ? regDataset : dataset;
    }

    /** The typed formula of the dataset in play ({@link #formula} or {@link #regFormula}). */
    public Formula activeFormula() {
        return problem == Problem.REGRESSION ? Formula.parse(regFormula) : Formula.parseOfX(formula);
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

    /** The enabled features, then the typed ones, as the network's inputs; throws when no built-in one is on. */
    public FeatureSet featureSet() {
        return FeatureSet.fromFlags(features).withTyped(FeatureFormulas.parse(featureFormulas));
    }

    /** Whether the control {@code name} is hidden ({@code name_hide=true} in the URL). */
    public boolean isHidden(String name) {
        return hidden.contains(name);
    }

    public void setHidden(String name, boolean hide) {
        int at = 0;
        while (at < hidden.size() && hidden.get(at).compareTo(name) < 0) {
            at++;
        }
        boolean present = at < hidden.size() && hidden.get(at).equals(name);
        if (hide && !present) {
            hidden.add(at, name);
        } else if (!hide && present) {
            hidden.remove(at);
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

    /** The activation of hidden layer h (0 = the first): its own, or the global {@link #activation}. */
    public Activation hiddenActivation(int h) {
        return h < layerActivations.length && layerActivations[h] != null ? layerActivations[h] : activation;
    }

    /** The dropout rate of hidden layer h (0 = the first); 0 when the list does not reach it. */
    public double dropoutRate(int h) {
        return h < dropout.length ? dropout[h] : 0.0;
    }

    /** Sets hidden layer h's own activation (null: the global one), keeping the list canonical. */
    public void setHiddenActivation(int h, Activation a) {
        Activation[] list = new Activation[Math.max(layerActivations.length, h + 1)];
        for (int i = 0; i < layerActivations.length; i++) {
            list[i] = layerActivations[i];
        }
        list[h] = a;
        layerActivations = ActivationList.canonical(list);
    }

    /** Sets hidden layer h's dropout rate, keeping the list canonical. */
    public void setDropoutRate(int h, double rate) {
        double[] list = java.util.Arrays.copyOf(dropout, Math.max(dropout.length, h + 1));
        list[h] = rate;
        dropout = RateList.canonical(list);
    }

    /** Drops the per-layer entries beyond the hidden layers of {@link #networkShape} (after removing a layer). */
    public void fitLayerLists() {
        int n = networkShape.length;
        if (layerActivations.length > n) {
            layerActivations = ActivationList.resized(layerActivations, n);
        }
        if (dropout.length > n) {
            dropout = RateList.canonical(java.util.Arrays.copyOf(dropout, n));
        }
    }

    /** The loss for data with {@code classes}: see {@link LossChoice#resolve}. */
    public Loss lossFor(int classes) {
        return loss.resolve(classes == 0 ? Problem.REGRESSION : Problem.CLASSIFICATION, outputsFor(classes));
    }

    /** The target encoding that matches {@link #outputActivation(int)}. */
    public TargetEncoding targetEncoding(int classes) {
        return TargetEncoding.choose(classes, outputActivation(classes));
    }

    /** A copy that shares nothing mutable with this preset. */
    public Preset copy() {
        Preset c = new Preset();
        for (Key<?> key : Keys.ALL) {
            if (!key.derived()) {
                key.copy(this, c);
            }
        }
        c.hidden.addAll(hidden);
        return c;
    }

    /** Equal when every key ({@link Keys}) and the hidden controls are. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Preset)) {
            return false;
        }
        Preset p = (Preset) o;
        for (Key<?> key : Keys.ALL) {
            if (!key.derived() && !key.same(this, p)) {
                return false;
            }
        }
        return hidden.equals(p.hidden);
    }

    @Override
    public int hashCode() {
        int h = hidden.hashCode();
        for (Key<?> key : Keys.ALL) {
            if (!key.derived()) {
                h = 31 * h + key.hash(this);
            }
        }
        return h;
    }

    /** The canonical URL form ({@link PresetCodec#encode}). */
    @Override
    public String toString() {
        return PresetCodec.encode(this);
    }
}
