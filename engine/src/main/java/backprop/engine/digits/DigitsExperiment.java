package backprop.engine.digits;

import backprop.engine.data.DigitTask;
import backprop.engine.data.Examples;
import backprop.engine.nn.BatchPass;
import backprop.engine.nn.Checks;
import backprop.engine.nn.Network;
import backprop.engine.nn.Rng;
import backprop.engine.state.DigitsConfig;
import backprop.engine.train.Experiment;
import backprop.engine.train.Trainer;

/**
 * One digits run: the digits at the chosen size, the fixed {@link DigitsSplit}, the network
 * (inputs = side², outputs by {@link DigitTask}) and its trainer; plus what the digits views
 * read: predictions for a drawn digit, and a test evaluation (accuracy, confusion matrix,
 * mistakes) that can be spread over several frames.
 *
 * <p>Inputs are pixel values in [0, 1]. The config's seed fixes the initial weights
 * ({@code seed + "|init"}) and the order of examples ({@code seed + "|order"}), as in
 * {@link Experiment}; the split does not depend on it.
 */
public final class DigitsExperiment {
    private final DigitsConfig config;
    private final Digits digits;
    private final DigitsSplit split;
    private final Network network;
    private final Trainer trainer;

    // Test evaluation: a snapshot of the network taken when a pass starts, evaluated k examples at a time.
    private final Network snapshot;
    private final int[] passPredictions;
    /**
     * The pass runs the snapshot over blocks of test digits at once ({@link BatchPass}: each weight
     * row read once per block, the very sums of {@code Network.forward}, so the same predictions).
     */
    private final BatchPass passForward;
    private final double[] passBlock;
    private int passPosition = -1;
    private double passExamplesTrained;
    private int[] predictions;
    private int[][] confusion;
    private double evaluatedAt = -1;

    private DigitsExperiment(DigitsConfig config, Digits digits, DigitsSplit split, Network network, Trainer trainer) {
        this.config = config;
        this.digits = digits;
        this.split = split;
        this.network = network;
        this.trainer = trainer;
        this.snapshot = network.copy();
        this.passPredictions = new int[split.testCount()];
        this.passForward = new BatchPass(network.shape(), BatchPass.MAX_BLOCK);
        this.passBlock = new double[BatchPass.MAX_BLOCK * network.inputCount()];
    }

    /**
     * Builds the run; {@code data} is the decoded file at 28×28 (halved here when the config
     * asks for 14×14).
     *
     * @throws IllegalArgumentException listing every violation when the config is out of range
     */
    public static DigitsExperiment create(Digits data, DigitsConfig config) {
        Checks.notNull(data, "digits");
        Checks.notNull(config, "config");
        java.util.List<String> violations = config.violations();
        if (!violations.isEmpty()) {
            StringBuilder text = new StringBuilder("The digits settings are out of range: ");
            for (int i = 0; i < violations.size(); i++) {
                text.append(i == 0 ? "" : "; ").append(violations.get(i));
            }
            throw new IllegalArgumentException(text.toString());
        }
        DigitsConfig c = config.copy();
        Digits digits = c.side == data.width() ? data : data.downsample();
        if (digits.width() != c.side || digits.height() != c.side) {
            throw new IllegalArgumentException("Digits of " + data.width() + "×" + data.height()
                    + " pixels cannot be shown at " + c.side + "×" + c.side);
        }
        DigitsSplit split = DigitsSplit.standard(digits.count());
        int[] shape = new int[c.hidden.length + 2];
        shape[0] = digits.pixelsPerImage();
        System.arraycopy(c.hidden, 0, shape, 1, c.hidden.length);
        shape[shape.length - 1] = c.task.outputs();
        Network network = new Network(shape, c.activation, c.task.outputActivation(), c.init,
                Rng.fromSeed(c.seed + "|init"));
        Trainer trainer = new Trainer(network, examples(digits, split, c.task, true),
                examples(digits, split, c.task, false), c.task.loss(), Rng.fromSeed(c.seed + "|order"));
        DigitsExperiment experiment = new DigitsExperiment(c, digits, split, network, trainer);
        experiment.applyTrainingSettings(c);
        return experiment;
    }

    /** The training (or test) examples of the split: pixel values in [0, 1], targets by task. */
    static Examples examples(Digits digits, DigitsSplit split, DigitTask task, boolean training) {
        int n = training ? split.trainCount() : split.testCount();
        int width = digits.pixelsPerImage();
        double[] inputs = new double[n * width];
        double[] targets = new double[n * task.outputs()];
        for (int k = 0; k < n; k++) {
            int digit = training ? split.trainDigit(k) : split.testDigit(k);
            digits.copyImage(digit, inputs, k * width);
            task.writeTargets(digits.label(digit), targets, k * task.outputs());
        }
        return new Examples(width, task.outputs(), inputs, targets);
    }

    /** Applies the settings that change live (η, batch size, optimizer, hidden activation) without touching the weights. */
    public void applyTrainingSettings(DigitsConfig c) {
        trainer.setLearningRate(c.learningRate);
        trainer.setBatchSize(c.batchSize);
        trainer.setOptimizer(c.optimizer);
        if (c.activation != null && c.activation.elementwise()) {
            network.setHiddenActivation(c.activation);
        }
        config.learningRate = c.learningRate;
        config.batchSize = c.batchSize;
        config.optimizer = c.optimizer;
        config.activation = network.hiddenActivation();
    }

    // ---- What the run is made of ----------------------------------------------------------------

    /** A copy of the settings the run uses. */
    public DigitsConfig config() {
        return config.copy();
    }

    public DigitTask task() {
        return config.task;
    }

    /** Pixels per side of the network's input image: 28 or 14. */
    public int side() {
        return config.side;
    }

    /** The digits at the run's size. */
    public Digits digits() {
        return digits;
    }

    public DigitsSplit split() {
        return split;
    }

    public Network network() {
        return network;
    }

    public Trainer trainer() {
        return trainer;
    }

    /** The class (see {@link DigitTask#classOf}) of test example k. */
    public int testClass(int k) {
        return config.task.classOf(digits.label(split.testDigit(k)));
    }

    /** How many test digits each class has (from their labels: no evaluation needed). */
    public int[] testClassCounts() {
        int[] counts = new int[config.task.classes()];
        for (int k = 0; k < split.testCount(); k++) {
            counts[testClass(k)]++;
        }
        return counts;
    }

    // ---- A drawn digit --------------------------------------------------------------------------

    /**
     * The network's outputs for one 28×28 image of values in [0, 1] (e.g. from
     * {@link DigitPreprocessor#fromCanvas}), halved first when the run uses 14×14:
     * [P(5)] for {@link DigitTask#IS_FIVE}, [P(0) … P(9)] for {@link DigitTask#WHICH_DIGIT}.
     * A new array; the network's state is that of this forward pass afterwards.
     */
    public double[] predict(double[] image784) {
        Checks.slice(image784, 0, DigitPreprocessor.SIDE * DigitPreprocessor.SIDE, "image");
        double[] input = image784;
        if (config.side != DigitPreprocessor.SIDE) {
            input = Digits.downsample(image784, DigitPreprocessor.SIDE, DigitPreprocessor.SIDE);
        }
        return network.forward(input, 0).clone();
    }

    /** The class {@link #predict} picks (for IS_FIVE: 1 = "a 5"). */
    int classify(double[] image784) {
        return config.task.predictedClass(predict(image784));
    }

    // ---- Test evaluation ------------------------------------------------------------------------

    /**
     * Evaluates the whole test set now, on the current weights (a forward pass of every test
     * digit: a few tens of milliseconds at 784-64-10 — use {@link #evaluateTest(int)} from an
     * animation loop).
     */
    void evaluateTestNow() {
        passPosition = -1;
        while (!evaluateTest(split.testCount() + 1)) {
            // one call finishes the pass
        }
    }

    /**
     * Advances the current test pass by up to {@code maxExamples} test digits. A pass
     * starts by copying the network's weights, so training may continue between calls: a
     * finished pass describes the network as it was when the pass began
     * ({@link #evaluatedAtExample()}). Returns true when this call finished a pass and
     * published its results.
     */
    public boolean evaluateTest(int maxExamples) {
        if (passPosition < 0) {
            startPass();
        }
        int n = split.testCount();
        Examples test = trainer.testExamples();
        int end = Math.min(n, passPosition + Math.max(1, maxExamples));
        int width = test.inputWidth;
        int classes = config.task.outputs();
        for (int first = passPosition; first < end; first += BatchPass.MAX_BLOCK) {
            int m = Math.min(BatchPass.MAX_BLOCK, end - first);
            // A loop rather than System.arraycopy: TeaVM-JS makes a typed-array view per arraycopy.
            for (int q = 0, from = first * width, to = m * width; q < to; q++, from++) {
                passBlock[q] = test.inputs[from];
            }
            passForward.forward(snapshot, passBlock, m);
            double[] out = passForward.outputs(snapshot.depth() - 1);
            for (int e = 0; e < m; e++) {
                passPredictions[first + e] = config.task.predictedClass(out, e * classes);
            }
        }
        passPosition = end;
        if (passPosition < n) {
            return false;
        }
        publishPass();
        passPosition = -1;
        return true;
    }

    private void startPass() {
        for (int k = 0; k < network.depth(); k++) {
            System.arraycopy(network.weights(k), 0, snapshot.weights(k), 0, network.weights(k).length);
            System.arraycopy(network.biases(k), 0, snapshot.biases(k), 0, network.biases(k).length);
        }
        snapshot.setHiddenActivation(network.hiddenActivation());
        snapshot.changed();
        passExamplesTrained = trainer.examplesTrained();
        passPosition = 0;
    }

    private void publishPass() {
        int classes = config.task.classes();
        int[][] matrix = new int[classes][classes];
        for (int k = 0; k < passPredictions.length; k++) {
            matrix[testClass(k)][passPredictions[k]]++;
        }
        predictions = passPredictions.clone();
        confusion = matrix;
        evaluatedAt = passExamplesTrained;
    }

    /** Whether a test pass has finished since the run was built. */
    public boolean evaluated() {
        return predictions != null;
    }

    /** Training examples seen when the last finished pass began; −1 before the first. */
    public double evaluatedAtExample() {
        return evaluatedAt;
    }

    /** The predicted class of each test example in the last finished pass. */
    public int[] testPredictions() {
        requireEvaluated();
        return predictions.clone();
    }

    /**
     * Counts over the test set of the last finished pass: [actual class][predicted class],
     * 10×10 for {@link DigitTask#WHICH_DIGIT}, 2×2 (0 = not a 5, 1 = a 5) for {@link DigitTask#IS_FIVE}.
     */
    public int[][] confusionMatrix() {
        requireEvaluated();
        int[][] copy = new int[confusion.length][];
        for (int i = 0; i < confusion.length; i++) {
            copy[i] = confusion[i].clone();
        }
        return copy;
    }

    /** Fraction of test examples classified right in the last finished pass. */
    public double evaluatedTestAccuracy() {
        requireEvaluated();
        int right = 0;
        for (int i = 0; i < confusion.length; i++) {
            right += confusion[i][i];
        }
        return predictions.length == 0 ? 0.0 : (double) right / predictions.length;
    }

    /** The test examples (indices k, ascending) of one cell of the confusion matrix. */
    public int[] testExamplesIn(int actual, int predicted) {
        requireEvaluated();
        Checks.index(actual, config.task.classes(), "actual class");
        Checks.index(predicted, config.task.classes(), "predicted class");
        int[] found = new int[confusion[actual][predicted]];
        int n = 0;
        for (int k = 0; k < predictions.length; k++) {
            if (predictions[k] == predicted && testClass(k) == actual) {
                found[n++] = k;
            }
        }
        return found;
    }

    /** Up to {@code max} misclassified test examples (indices k, ascending) of the last finished pass. */
    public int[] testMistakes(int max) {
        requireEvaluated();
        int[] found = new int[Math.max(0, Math.min(max, predictions.length))];
        int n = 0;
        for (int k = 0; k < predictions.length && n < found.length; k++) {
            if (predictions[k] != testClass(k)) {
                found[n++] = k;
            }
        }
        int[] result = new int[n];
        System.arraycopy(found, 0, result, 0, n);
        return result;
    }

    private void requireEvaluated() {
        if (predictions == null) {
            throw new IllegalStateException("No test pass has finished yet: call evaluateTest first");
        }
    }
}
