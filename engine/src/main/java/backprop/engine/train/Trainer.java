package backprop.engine.train;

import backprop.engine.data.Examples;
import backprop.engine.nn.Activation;
import backprop.engine.nn.BatchPass;
import backprop.engine.nn.Checks;
import backprop.engine.nn.Init;
import backprop.engine.nn.Loss;
import backprop.engine.nn.Network;
import backprop.engine.nn.Optimizer;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Rng;

/**
 * Trains one {@link Network} on training {@link Examples} by mini-batch
 * gradient descent and measures it on test examples. Every setting can change
 * between any two steps without resetting the network.
 *
 * <p>An epoch is one pass over all training examples in an order its
 * {@link Rng} shuffles anew each epoch; an update is applied after every
 * {@code batchSize} examples, and the last, partial batch of an epoch is
 * applied at the end of that epoch (TensorFlow Playground carries it over
 * into the next one; we do not).
 *
 * <p>Divergence: when an update would make a weight non-finite, or a
 * measured loss is non-finite, the trainer enters the {@linkplain #diverged()
 * diverged} state: the network keeps its last finite weights, training calls
 * do nothing, {@link #trainLoss()}/{@link #testLoss()} report
 * {@code Double.POSITIVE_INFINITY}, and accuracies count non-finite outputs as
 * wrong. {@link #reset} leaves that state. No metric ever reports NaN.
 *
 * <p>The settings of the updates (batch size, η and its schedule, regularization) and their
 * checks are in {@link UpdateSettings}; the figures and the divergence rule they follow in
 * {@link Measuring}.
 */
public final class Trainer extends UpdateSettings {
    private Network network;
    private final EpochOrder epochs;
    private Optimizer optimizer;
    private Examples train;
    private Examples test;
    private Loss loss;

    private double examplesTrained;
    private double updates;
    private boolean diverged;

    private final BlockTraining blocks = new BlockTraining();
    /** Draws the dropout masks of training (see {@link Network#forwardTraining}). */
    private Rng dropoutRng = Rng.fromSeed("dropout");

    private final Measuring measuring = new Measuring();

    /**
     * A trainer with SGD, learning rate 0.03, batch size 10 and no
     * regularization (TensorFlow Playground's defaults).
     *
     * @param test may have no examples (then its metrics are 0)
     */
    public Trainer(Network network, Examples train, Examples test, Loss loss, Rng rng) {
        this.network = Checks.notNull(network, "network");
        this.epochs = new EpochOrder(Checks.notNull(rng, "rng"));
        this.optimizer = new Optimizer(OptimizerType.SGD, network.shape());
        this.loss = Checks.notNull(loss, "loss");
        loss.checkOutput(network.outputActivation());
        setData(train, test);
    }

    // ---- Settings -------------------------------------------------------------------------------

    /**
     * Replaces the training and test examples (widths must fit the network);
     * the network is kept, the current epoch restarts with a new order, and
     * gradients of an unfinished batch are dropped.
     */
    public void setData(Examples train, Examples test) {
        ExamplesFit.check(network, loss, train, test);
        useData(train, test, true);
    }

    /** Takes the (checked) examples: a new order when asked, no half-done batch, no cached metrics. */
    private void useData(Examples train, Examples test, boolean newOrder) {
        this.train = train;
        this.test = test;
        if (newOrder) {
            epochs.resize(train.count);
        }
        network.clearGradients();
        measuring.forget();
    }

    /** Changes the loss (it must suit the output activation and the targets). */
    void setLoss(Loss loss) {
        Checks.notNull(loss, "loss");
        loss.checkOutput(network.outputActivation());
        ExamplesFit.check(network, loss, train, test);
        this.loss = loss;
        measuring.forget();
    }

    /**
     * Changes the output activation, the loss and the examples together (say
     * from tanh + square loss on ±1 targets to sigmoid + cross-entropy on 0/1
     * targets), so that no call in between sees a mismatched pair. Everything
     * is checked before anything changes; the weights are kept.
     */
    public void setTask(Activation output, Loss loss, Examples train, Examples test) {
        Checks.notNull(output, "output activation");
        Checks.notNull(loss, "loss");
        loss.checkOutput(output);
        ExamplesFit.check(network, loss, train, test);
        network.setOutputActivation(output);
        this.loss = loss;
        setData(train, test);
    }

    /** The generator of the dropout masks (a seeded one makes runs with dropout reproducible). */
    public void setDropoutRng(Rng rng) {
        dropoutRng = Checks.notNull(rng, "rng");
    }

    /** Switches the optimizer; a different type starts with a fresh state, the same type keeps its state. */
    public void setOptimizer(OptimizerType type) {
        optimizer.setType(type);
    }

    /** Switches to momentum with this β (velocity kept if momentum was already in use). */
    public void setMomentum(double beta) {
        optimizer.setMomentum(beta);
        optimizer.setType(OptimizerType.MOMENTUM);
    }

    /** Switches to Adam with these parameters (moments kept if Adam was already in use). */
    public void setAdam(double beta1, double beta2, double epsilon) {
        optimizer.setAdamParameters(beta1, beta2, epsilon);
        optimizer.setType(OptimizerType.ADAM);
    }

    /**
     * Re-initialises the network's weights, starts the optimizer state, the
     * epoch count and the order afresh, and leaves the diverged state.
     */
    public void reset(Init init, Rng initRng) {
        network.initialize(init, initRng);
        optimizer.reset();
        epochs.reset();
        examplesTrained = 0;
        updates = 0;
        diverged = false;
    }

    // ---- Changing the network while it learns -----------------------------------------------

    /**
     * Swaps in another network (say one with a neuron more, made by
     * {@link NetworkSurgery}) with its optimizer and the examples that fit its
     * inputs, and goes on: the epoch count, the examples and updates counted,
     * the settings and the order of the current epoch are kept (the order is
     * drawn anew only when the number of training examples changed). Gradients
     * of an unfinished batch are dropped. Everything is checked before anything
     * changes.
     */
    public void replaceNetwork(Network network, Optimizer optimizer, Examples train, Examples test) {
        Checks.notNull(network, "network");
        Checks.notNull(optimizer, "optimizer");
        if (!network.sameShape(optimizer.shape())) {
            throw new IllegalArgumentException("The optimizer was made for another shape than the network's");
        }
        loss.checkOutput(network.outputActivation());
        ExamplesFit.check(network, loss, train, test);
        this.network = network;
        this.optimizer = optimizer;
        useData(train, test, this.train.count != train.count);
    }

    /**
     * Puts the progress counters back to a checkpoint's (after
     * {@link #replaceNetwork} with that checkpoint's network): the next epoch
     * starts afresh with a new order.
     */
    void restoreProgress(int epoch, double examplesTrained, double updates, boolean diverged) {
        epochs.restore(epoch);
        this.examplesTrained = examplesTrained;
        this.updates = updates;
        this.diverged = diverged;
    }

    // ---- Training -------------------------------------------------------------------------------

    /** Trains the rest of the current epoch (a whole epoch when at its start). */
    public void trainEpoch() {
        if (train.count > 0) {
            trainExamples(epochs.remaining());
        }
    }

    /**
     * Trains {@code n} more examples in the current order, applying an update
     * after each full batch and at the end of each epoch. Does nothing when
     * diverged or when there are no training examples.
     */
    public void trainExamples(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("the number of examples to train must be 0 or more, got " + n);
        }
        loss.checkOutput(network.outputActivation());
        int count = train.count;
        if (count == 0) {
            return;
        }
        double[] inputs = train.inputs;
        double[] targets = train.targets;
        int inW = train.inputWidth;
        int outW = train.targetWidth;
        boolean dropout = network.hasDropout();
        int batchSize = batchSize();
        boolean batched = useBatched();
        int done = 0;
        while (done < n && !diverged) {
            int m = 1;
            if (batched) {
                // The examples up to the next update, together: the same sums, bit for bit.
                m = blocks.train(network, loss, train, epochs, Math.min(n - done, batchSize - network.accumulatedExamples()));
            } else {
                int e = epochs.next();
                // Unchecked: the examples' widths and the loss were checked when they were set and above.
                if (dropout) {
                    network.forwardTraining(inputs, e * inW, dropoutRng);
                } else {
                    network.forwardUnchecked(inputs, e * inW);
                }
                network.backwardUnchecked(loss, targets, e * outW);
            }
            examplesTrained += m;
            done += m;
            int epoch = epochs.epoch(); // the batch's epoch, before its last example ends it (a block never crosses it)
            if (epochs.endEpochIfDone() || network.accumulatedExamples() >= batchSize) {
                update(epoch);
            }
        }
    }

    /** Whether training passes blocks of examples through {@link BatchPass}: the one place the path is chosen. */
    private boolean useBatched() {
        // Dropout draws a mask per example, which the batched kernels do not: with it, one example at a time.
        return !network.hasDropout() && BatchPass.pays(network, batchSize());
    }

    /**
     * Trains whole batches until about {@code budgetMillis} have passed (the
     * clock is read once per batch); returns the number of examples trained.
     */
    public int trainFor(double budgetMillis) {
        Checks.nonNegative(budgetMillis, "time budget");
        long start = System.nanoTime();
        double budgetNanos = budgetMillis * 1e6;
        int trained = 0;
        while (!diverged && train.count > 0) {
            int n = Math.max(1, Math.min(batchSize() - network.accumulatedExamples(), epochs.remaining()));
            trainExamples(n);
            trained += n;
            if ((double) (System.nanoTime() - start) >= budgetNanos) {
                break;
            }
        }
        return trained;
    }

    private void update(int epoch) {
        if (network.applyUpdate(optimizer, learningRateIn(epoch), regularization(), regularizationRate())) {
            updates++;
        } else {
            diverged = true;
        }
    }

    /**
     * Index of the training example trained {@code ahead} examples from now
     * within the current epoch (0 = the next one).
     */
    int upcomingExample(int ahead) {
        return epochs.upcoming(ahead);
    }

    // ---- Trace ----------------------------------------------------------------------------------

    /**
     * The four phases of one example (training set unless {@code fromTest}), with the current
     * settings; with dropout, under the masks the trainer's generator would draw next (a copy of it
     * draws them, so training's own masks stay as they were).
     */
    public Trace trace(boolean fromTest, int example) {
        Examples set = fromTest ? test : train;
        Checks.index(example, set.count, fromTest ? "test example" : "training example");
        Rng masks = new Rng(0);
        masks.setState(dropoutRng.state());
        return Trace.record(network, optimizer, loss, learningRateNow(), regularization(), regularizationRate(),
                set.inputs, example * set.inputWidth, set.targets, example * set.targetWidth, masks);
    }

    /** Applies exactly the update the trace recorded (the network must not have changed since). */
    public void applyTrace(Trace trace) {
        Checks.notNull(trace, "trace");
        if (diverged) {
            return;
        }
        trace.applyTo(network, optimizer);
        if (network.hasDropout()) {
            dropoutRng.setState(trace.dropoutRngAfter()); // the next trace draws the masks after these
        }
        examplesTrained++;
        updates++;
    }

    // ---- Metrics (see Measuring) ------------------------------------------------------------------

    public boolean diverged() {
        return diverged;
    }

    /** Mean loss over the training examples (without the regularization penalty); +∞ when diverged. */
    public double trainLoss() {
        return measure(false, train).loss;
    }

    /** Mean loss over the test examples; +∞ when diverged; 0 when there are none. */
    public double testLoss() {
        return measure(true, test).loss;
    }

    /** Fraction of training examples classified right (see {@link Metrics}). */
    public double trainAccuracy() {
        return measure(false, train).accuracy;
    }

    public double testAccuracy() {
        return measure(true, test).accuracy;
    }

    /** Root-mean-square error of the outputs on the test examples (regression's figure; +∞ when diverged). */
    public double testRmse() {
        return measure(true, test).rmse;
    }

    /** R² of the outputs on the test examples ({@link Metrics}; −∞ when diverged). */
    public double testR2() {
        return measure(true, test).r2;
    }

    private Metrics measure(boolean testSet, Examples examples) {
        Metrics metrics = measuring.measure(testSet, network, loss, examples, diverged);
        diverged |= measuring.foundDivergence();
        return metrics;
    }

    public Network network() {
        return network;
    }

    /** The generator that shuffles each epoch (its state travels in a {@link RunSnapshot}). */
    Rng shuffler() {
        return epochs.shuffler();
    }

    /** The generator of dropout's masks (carried with a run, as the shuffler is). */
    Rng dropoutRng() {
        return dropoutRng;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    public Loss loss() {
        return loss;
    }

    /** The examples it trains on ({@link #trainExamples(int)} trains on them). */
    public Examples trainingExamples() {
        return train;
    }

    public Examples testExamples() {
        return test;
    }

    /** The η the updates of the current epoch use: the schedule's η(epoch) from the base η. */
    public double learningRateNow() {
        return learningRateIn(epochs.epoch());
    }

    /** Completed passes over the training examples. */
    public int epoch() {
        return epochs.epoch();
    }

    /** Examples already trained in the current epoch. */
    int positionInEpoch() {
        return epochs.position();
    }

    /** Examples trained since the start (a double: exact up to 2^53, no {@code long} in TeaVM-JS). */
    public double examplesTrained() {
        return examplesTrained;
    }

    /** Updates applied since the start. */
    public double updates() {
        return updates;
    }
}
