package backprop.ui.bench;

import backprop.engine.nn.Activation;
import backprop.engine.data.Examples;
import backprop.engine.train.GridEvaluator;
import backprop.engine.nn.Init;
import backprop.engine.data.InputFeatures;
import backprop.engine.nn.Loss;
import backprop.engine.nn.Network;
import backprop.engine.nn.Optimizer;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Regularization;
import backprop.engine.nn.Rng;
import backprop.engine.train.Trainer;

/**
 * One configuration of the speed benchmark, built exactly as
 * {@code shared/perf/bench-core.js} builds it for the hand-written reference,
 * so that the figures compare like with like: the same mulberry32 seed
 * (1234 + id), the same initial weights (uniform [−0.5, 0.5) drawn layer by
 * layer, biases 0.1), then the same data from the same generator; tanh on
 * every layer, square loss, SGD with η = 0.03.
 *
 * <p>Plain Java (no DOM): the page's two builds export it through
 * {@code backprop.ui.Main}, and {@link BenchmarkJvm} runs it on the JVM.
 */
public final class BenchmarkCase {
    static final int CONFIGS = 3;
    static final double LEARNING_RATE = 0.03;
    static final int DENSITY = 100;
    static final double DOMAIN = 6;

    final int id;
    final int[] shape;
    final int batch;
    final Network network;
    final Examples data;
    final Trainer trainer;
    private GridEvaluator grid;

    private BenchmarkCase(int id, int[] shape, int batch, Network network, Examples data, Trainer trainer) {
        this.id = id;
        this.shape = shape;
        this.batch = batch;
        this.network = network;
        this.data = data;
        this.trainer = trainer;
    }

    /** Configuration 1, 2 or 3 with the reference's seed; {@code seed} replaces it when not 0. */
    public static BenchmarkCase create(int id, int seed) {
        int[] shape;
        int batch = 10;
        switch (id) {
            case 1:
                shape = new int[] {2, 4, 2, 1};
                break;
            case 2:
                shape = new int[] {2, 8, 8, 8, 8, 8, 8, 1};
                break;
            case 3:
                shape = new int[] {784, 64, 10};
                batch = 32;
                break;
            default:
                throw new IllegalArgumentException("benchmark configurations are 1, 2 and 3, got " + id);
        }
        Rng rng = new Rng(seed != 0 ? seed : 1234 + id);
        Network network = new Network(shape, Activation.TANH, Activation.TANH, Init.DEFAULT, rng);
        Examples data = id == 3 ? digits(320, shape[0], shape[shape.length - 1], rng) : circle(250, rng);
        Examples none = new Examples(shape[0], shape[shape.length - 1], new double[0], new double[0]);
        Trainer trainer = new Trainer(network, data, none, Loss.SQUARE, new Rng(seed != 0 ? seed : 1234 + id));
        trainer.setLearningRate(LEARNING_RATE);
        trainer.setBatchSize(batch);
        return new BenchmarkCase(id, shape, batch, network, data, trainer);
    }

    /** bench-core's circleData: half inside radius 2.5 (+1), half in the ring 3.5..5 (−1), shuffled. */
    private static Examples circle(int n, Rng random) {
        double[] px = new double[n];
        double[] py = new double[n];
        double[] label = new double[n];
        for (int k = 0; k < n; k++) {
            boolean inside = k < n / 2.0;
            double r = inside ? random.nextDouble() * 2.5 : 3.5 + random.nextDouble() * 1.5;
            double angle = random.nextDouble() * 2 * Math.PI;
            px[k] = r * Math.sin(angle);
            py[k] = r * Math.cos(angle);
            label[k] = inside ? 1 : -1;
        }
        for (int k = n - 1; k > 0; k--) {
            int j = (int) Math.floor(random.nextDouble() * (k + 1));
            swap(px, k, j);
            swap(py, k, j);
            swap(label, k, j);
        }
        double[] inputs = new double[2 * n];
        for (int k = 0; k < n; k++) {
            inputs[2 * k] = px[k];
            inputs[2 * k + 1] = py[k];
        }
        return new Examples(2, 1, inputs, label);
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** bench-core's digitsData: inputs uniform in [0, 1), one-hot targets in {−1, +1}. */
    private static Examples digits(int n, int inDim, int outDim, Rng random) {
        double[] x = new double[n * inDim];
        double[] y = new double[n * outDim];
        for (int e = 0; e < n; e++) {
            for (int i = 0; i < inDim; i++) {
                x[e * inDim + i] = random.nextDouble();
            }
            int cls = (int) Math.floor(random.nextDouble() * outDim);
            for (int k = 0; k < outDim; k++) {
                y[e * outDim + k] = k == cls ? 1 : -1;
            }
        }
        return new Examples(inDim, outDim, x, y);
    }

    /** Examples per epoch. */
    public int count() {
        return data.count;
    }

    /** Trains whole epochs the way the page does (shuffled order, an update every batch). */
    public void train(int epochs) {
        for (int e = 0; e < epochs; e++) {
            trainer.trainEpoch();
        }
    }

    /**
     * Trains whole epochs in the reference's fixed order (no shuffle) through the
     * four public phases; used for the cross-check of the maths, not for timing.
     */
    public void trainInOrder(int epochs) {
        Optimizer sgd = new Optimizer(OptimizerType.SGD, shape);
        int in = data.inputWidth;
        int out = data.targetWidth;
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int e = 0; e < data.count; e++) {
                network.forward(data.inputs, e * in);
                network.backward(Loss.SQUARE, data.targets, e * out);
                if ((e + 1) % batch == 0) {
                    network.applyUpdate(sgd, LEARNING_RATE, Regularization.NONE, 0);
                }
            }
        }
    }

    /** Mean square loss ½Σ(o − t)² over the data, as the reference's {@code loss()}. */
    public double loss() {
        double total = 0;
        int in = data.inputWidth;
        int out = data.targetWidth;
        for (int e = 0; e < data.count; e++) {
            network.forward(data.inputs, e * in);
            total += network.loss(Loss.SQUARE, data.targets, e * out);
        }
        return total / data.count;
    }

    /** Sum of every input and target: the page compares it with the reference's data. */
    public double dataChecksum() {
        double sum = 0;
        for (double v : data.inputs) {
            sum += v;
        }
        for (double v : data.targets) {
            sum += v * 0.5;
        }
        return sum;
    }

    /** Hidden + output neurons: the planes one heatmap refresh computes. */
    public int neurons() {
        int n = 0;
        for (int k = 1; k < shape.length; k++) {
            n += shape[k];
        }
        return n;
    }

    /** The output and every neuron over a DENSITY² grid of [−6, 6]² (what the reference's heatmap() does). */
    public GridEvaluator heatmap() {
        if (grid == null) {
            grid = new GridEvaluator(DENSITY, -DOMAIN, DOMAIN, true);
        }
        grid.evaluate(network, XY);
        return grid;
    }

    /** The evaluator of the last {@link #heatmap()}. */
    public GridEvaluator heatmapGrid() {
        return grid == null ? heatmap() : grid;
    }

    /** The plain (x, y) inputs. */
    private static final InputFeatures XY = new InputFeatures() {
        @Override
        public int width() {
            return 2;
        }

        @Override
        public void compute(double x, double y, double[] into, int offset) {
            into[offset] = x;
            into[offset + 1] = y;
        }
    };
}
