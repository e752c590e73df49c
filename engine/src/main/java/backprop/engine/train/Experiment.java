package backprop.engine.train;

import backprop.engine.data.DataPoints;
import backprop.engine.data.DataSplit;
import backprop.engine.data.Dataset;
import backprop.engine.data.Examples;
import backprop.engine.data.FeatureSet;
import backprop.engine.data.TargetEncoding;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Checks;
import backprop.engine.nn.Network;
import backprop.engine.nn.Optimizer;
import backprop.engine.nn.Rng;
import backprop.engine.state.Limits;
import backprop.engine.state.Preset;

/**
 * One playground run built from a {@link Preset}: the generated points split
 * into training and test sets, the input features, the network and its
 * trainer. The seed fixes everything: the data, the initial weights and the
 * order of examples each come from their own generator derived from it, so
 * rebuilding from the same preset gives the same run.
 */
public final class Experiment {
    private final DataPoints trainPoints;
    private final DataPoints testPoints;
    private FeatureSet features;
    private final Trainer trainer;
    private final int classes;

    private Experiment(DataPoints trainPoints, DataPoints testPoints, FeatureSet features, Trainer trainer,
            int classes) {
        this.trainPoints = trainPoints;
        this.testPoints = testPoints;
        this.features = features;
        this.trainer = trainer;
        this.classes = classes;
    }

    /** Builds the run a preset describes; the preset must be within {@link Limits}. */
    public static Experiment create(Preset preset) {
        Rng dataRng = Rng.fromSeed(preset.seed + "|data");
        DataPoints all = points(preset, dataRng);
        return create(preset, all, dataRng);
    }

    /**
     * The points a preset generates: its dataset's, or for a typed function those where it is
     * defined ({@link FormulaData}).
     */
    public static DataPoints points(Preset preset, Rng dataRng) {
        Dataset dataset = preset.activeDataset();
        if (dataset.typed()) {
            return dataset.generate(preset.activeFormula(), preset.noise / 100.0, dataRng).points;
        }
        return dataset.generate(preset.noise / 100.0, dataRng);
    }

    /** Builds a run on given points (e.g. an uploaded dataset) with the preset's other settings. */
    public static Experiment create(Preset preset, DataPoints all, Rng splitRng) {
        DataSplit split = DataSplit.of(all, preset.percTrainData, splitRng);
        FeatureSet features = preset.featureSet();
        int classes = all.classes;
        Activation output = preset.outputActivation(classes);
        TargetEncoding encoding = preset.targetEncoding(classes);
        Examples train = encoding.toExamples(split.train, features);
        Examples test = encoding.toExamples(split.test, features);
        int[] hidden = preset.networkShape;
        int[] shape = new int[hidden.length + 2];
        shape[0] = features.width();
        System.arraycopy(hidden, 0, shape, 1, hidden.length);
        shape[shape.length - 1] = Preset.outputsFor(classes);
        Network network = new Network(shape, preset.activation, output, preset.init,
                Rng.fromSeed(preset.seed + "|init"));
        for (int h = 0; h < hidden.length; h++) {
            network.setActivation(h, preset.hiddenActivation(h));
        }
        Trainer trainer = new Trainer(network, train, test, preset.lossFor(classes),
                Rng.fromSeed(preset.seed + "|order"));
        trainer.setDropoutRng(Rng.fromSeed(preset.seed + "|dropout"));
        Experiment experiment = new Experiment(split.train, split.test, features, trainer, classes);
        experiment.applyTrainingSettings(preset);
        return experiment;
    }

    /** Applies the settings that change live (dropout rates among them), without touching the weights. */
    public void applyTrainingSettings(Preset preset) {
        Network network = trainer.network();
        for (int h = 0; h < network.depth() - 1; h++) {
            if (network.dropoutRate(h) != preset.dropoutRate(h)) {
                network.setDropoutRate(h, preset.dropoutRate(h));
            }
        }
        trainer.setLearningRate(preset.learningRate);
        trainer.setSchedule(LearningRateSchedule.of(preset));
        trainer.setBatchSize(preset.batchSize);
        trainer.setRegularization(preset.regularization, preset.regularizationRate);
        trainer.setOptimizer(preset.optimizer);
        trainer.optimizer().setMomentum(preset.momentum);
        trainer.optimizer().setAdamParameters(preset.beta1, preset.beta2, preset.epsilon);
    }

    /**
     * Applies the preset's loss (and the output activation and targets it
     * needs, say sigmoid on 0/1 for cross-entropy) and keeps the weights.
     */
    public void applyTask(Preset preset) {
        Activation output = preset.outputActivation(classes);
        TargetEncoding encoding = preset.targetEncoding(classes);
        trainer.setTask(output, preset.lossFor(classes), encoding.toExamples(trainPoints, features),
                encoding.toExamples(testPoints, features));
    }

    /**
     * Goes on training with a reshaped network (see {@link NetworkSurgery})
     * whose inputs are {@code features}: the data, the settings and the
     * progress (epoch, counters) are kept; the examples are re-encoded for the
     * new inputs when they changed.
     */
    public void reshape(Network network, Optimizer optimizer, FeatureSet features) {
        Checks.notNull(network, "network");
        Checks.notNull(features, "features");
        Examples train = trainer.trainingExamples();
        Examples test = trainer.testExamples();
        if (!features.equals(this.features) || network.outputActivation() != trainer.network().outputActivation()) {
            TargetEncoding encoding = TargetEncoding.choose(classes, network.outputActivation());
            train = encoding.toExamples(trainPoints, features);
            test = encoding.toExamples(testPoints, features);
        }
        trainer.replaceNetwork(network, optimizer, train, test);
        this.features = features;
    }

    /** A copy of the run's network, optimizer state, inputs and progress, for {@link #restore}. */
    public Checkpoint checkpoint() {
        return new Checkpoint(trainer.network().copy(), trainer.optimizer().copy(), features, trainer.epoch(),
                trainer.examplesTrained(), trainer.updates(), trainer.diverged());
    }

    /**
     * Puts the run back to a checkpoint of this experiment: every weight and
     * bias bit for bit, the optimizer state, the inputs and the progress. The
     * checkpoint stays usable (a copy of its network is installed).
     */
    public void restore(Checkpoint checkpoint) {
        Checks.notNull(checkpoint, "checkpoint");
        reshape(checkpoint.network.copy(), checkpoint.optimizer.copy(), checkpoint.features);
        trainer.restoreProgress(checkpoint.epoch, checkpoint.examplesTrained, checkpoint.updates,
                checkpoint.diverged);
    }

    public DataPoints trainPoints() {
        return trainPoints;
    }

    public DataPoints testPoints() {
        return testPoints;
    }

    public FeatureSet features() {
        return features;
    }

    /** The network being trained (a reshape swaps in another one). */
    public Network network() {
        return trainer.network();
    }

    public Trainer trainer() {
        return trainer;
    }

    /** As in {@link DataPoints#classes}: 0 for regression, 2 for two classes, k for k classes. */
    public int classes() {
        return classes;
    }

    /** True when the single output is a probability in [0, 1] (sigmoid) rather than a value in [−1, 1]. */
    public boolean outputIsProbability() {
        return trainer.network().outputActivation() == Activation.SIGMOID;
    }
}
