package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.Examples;
import backprop.engine.data.InputFeatures;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.Loss;
import backprop.engine.nn.Network;
import backprop.engine.nn.Optimizer;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Regularization;
import backprop.engine.nn.Rng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input at every public entry point is an IllegalArgumentException whose message says what to fix. */
class ValidationTest {
    private static void bad(String fragment, Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call, fragment);
        assertTrue(e.getMessage() != null && e.getMessage().contains(fragment),
                "expected \"" + fragment + "\" in: " + e.getMessage());
    }

    private static Network net() {
        return new Network(new int[] {2, 3, 1}, Activation.TANH, Activation.TANH, Init.DEFAULT, new Rng(1));
    }

    private static Examples data() {
        return new Examples(2, 1, new double[] {0, 1, 1, 0}, new double[] {1, -1});
    }

    @Test
    void networkConstructor() {
        Rng rng = new Rng(1);
        bad("got null", () -> new Network(null, Activation.TANH, Activation.TANH, Init.DEFAULT, rng));
        bad("got [2]", () -> new Network(new int[] {2}, Activation.TANH, Activation.TANH, Init.DEFAULT, rng));
        bad("the input layer has 0", () -> new Network(new int[] {0, 1}, Activation.TANH, Activation.TANH,
                Init.DEFAULT, rng));
        bad("hidden layer 1 has -3", () -> new Network(new int[] {2, -3, 1}, Activation.TANH, Activation.TANH,
                Init.DEFAULT, rng));
        bad("the output layer has 0", () -> new Network(new int[] {2, 0}, Activation.TANH, Activation.TANH,
                Init.DEFAULT, rng));
        bad("at most", () -> new Network(new int[] {4000, 4000, 1}, Activation.TANH, Activation.TANH,
                Init.DEFAULT, rng));
        bad("hidden layers", () -> new Network(new int[40], Activation.TANH, Activation.TANH, Init.DEFAULT, rng));
        bad("softmax can only be the output", () -> new Network(new int[] {2, 2, 2}, Activation.SOFTMAX,
                Activation.SOFTMAX, Init.DEFAULT, rng));
        bad("hidden activation", () -> new Network(new int[] {2, 1}, null, Activation.TANH, Init.DEFAULT, rng));
        bad("output activation", () -> new Network(new int[] {2, 1}, Activation.TANH, null, Init.DEFAULT, rng));
        bad("init", () -> new Network(new int[] {2, 1}, Activation.TANH, Activation.TANH, null, rng));
        bad("rng", () -> new Network(new int[] {2, 1}, Activation.TANH, Activation.TANH, Init.DEFAULT, null));
    }

    @Test
    void networkCalls() {
        Network n = net();
        Optimizer sgd = new Optimizer(OptimizerType.SGD, n.shape());
        bad("inputs must not be null", () -> n.forward(null, 0));
        bad("needs 2 values from offset 1", () -> n.forward(new double[] {1, 2}, 1));
        bad("offset -1", () -> n.forward(new double[] {1, 2}, -1));
        bad("loss must not be null", () -> n.loss(null, new double[] {1}, 0));
        bad("crossEntropy loss needs softmax", () -> n.loss(Loss.CATEGORICAL_CROSS_ENTROPY, new double[] {1}, 0));
        bad("binaryCrossEntropy loss needs sigmoid", () -> n.backward(Loss.BINARY_CROSS_ENTROPY,
                new double[] {1}, 0));
        bad("targets needs 1 values", () -> n.backward(Loss.SQUARE, new double[0], 0));
        bad("optimizer", () -> n.applyUpdate(null, 0.1, Regularization.NONE, 0));
        bad("learning rate must be 0 or more", () -> n.applyUpdate(sgd, -1, Regularization.NONE, 0));
        bad("learning rate must be a finite", () -> n.applyUpdate(sgd, Double.NaN, Regularization.NONE, 0));
        bad("regularization must not be null", () -> n.applyUpdate(sgd, 0.1, null, 0));
        bad("regularization rate", () -> n.applyUpdate(sgd, 0.1, Regularization.L2, -0.5));
        bad("weight layer must be in 0..1", () -> n.weights(2));
        bad("weight layer", () -> n.deltas(-1));
        bad("layer must be in 0..2", () -> n.layerSize(3));
        bad("softmax can only be the output", () -> n.setHiddenActivation(Activation.SOFTMAX));
        bad("hidden activation", () -> n.setHiddenActivation(null));
        bad("output activation", () -> n.setOutputActivation(null));
        bad("init", () -> n.initialize(null, new Rng(1)));
        bad("regularization", () -> n.regularizationPenalty(null));
        Network other = new Network(new int[] {2, 2, 1}, Activation.TANH, Activation.TANH, Init.DEFAULT, new Rng(1));
        other.forward(new double[] {1, 1}, 0);
        other.backward(Loss.SQUARE, new double[] {1}, 0);
        bad("another shape", () -> other.applyUpdate(sgd, 0.1, Regularization.NONE, 0));
    }

    @Test
    void optimizer() {
        bad("shape", () -> new Optimizer(OptimizerType.SGD, null));
        bad("optimizer type", () -> new Optimizer(null, new int[] {2, 1}));
        Optimizer o = new Optimizer(OptimizerType.ADAM, new int[] {2, 1});
        bad("momentum must be in [0, 1)", () -> o.setMomentum(1.0));
        bad("beta1 must be in [0, 1)", () -> o.setAdamParameters(-0.1, 0.9, 1e-8));
        bad("beta2 must be in [0, 1)", () -> o.setAdamParameters(0.9, 1.5, 1e-8));
        bad("epsilon must be more than 0", () -> o.setAdamParameters(0.9, 0.99, 0));
        bad("optimizer type", () -> o.setType(null));
        assertThrows(IllegalStateException.class, () -> o.velocityWeights(0));
    }

    @Test
    void trainer() {
        Examples d = data();
        bad("network", () -> new Trainer(null, d, d, Loss.SQUARE, new Rng(1)));
        bad("training examples", () -> new Trainer(net(), null, d, Loss.SQUARE, new Rng(1)));
        bad("test examples", () -> new Trainer(net(), d, null, Loss.SQUARE, new Rng(1)));
        bad("loss", () -> new Trainer(net(), d, d, null, new Rng(1)));
        bad("rng", () -> new Trainer(net(), d, d, Loss.SQUARE, null));
        Examples wide = new Examples(3, 1, new double[] {0, 1, 2}, new double[] {1});
        bad("3 inputs and 1 targets, but the network has 2 inputs", () -> new Trainer(net(), wide, d, Loss.SQUARE,
                new Rng(1)));
        bad("needs softmax", () -> new Trainer(net(), d, d, Loss.CATEGORICAL_CROSS_ENTROPY, new Rng(1)));
        Trainer t = new Trainer(net(), d, d, Loss.SQUARE, new Rng(1));
        bad("batch size must be at least 1, got 0", () -> t.setBatchSize(0));
        bad("learning rate", () -> t.setLearningRate(-0.1));
        bad("learning rate", () -> t.setLearningRate(Double.POSITIVE_INFINITY));
        bad("regularization", () -> t.setRegularization(null, 0.1));
        bad("regularization rate", () -> t.setRegularization(Regularization.L1, Double.NaN));
        bad("optimizer type", () -> t.setOptimizer(null));
        bad("momentum", () -> t.setMomentum(2));
        bad("beta1", () -> t.setAdam(1, 0.999, 1e-8));
        bad("must be 0 or more", () -> t.trainExamples(-1));
        bad("time budget", () -> t.trainFor(-1));
        bad("training example must be in 0..1", () -> t.trace(false, 2));
        bad("test example", () -> t.trace(true, -1));
        bad("trace", () -> t.applyTrace(null));
        bad("examples are left in this epoch", () -> t.upcomingExample(2));
        bad("needs sigmoid", () -> t.setLoss(Loss.BINARY_CROSS_ENTROPY));
        bad("loss", () -> t.setLoss(null));
        t.network().setOutputActivation(Activation.SOFTMAX);
        t.network().setOutputActivation(Activation.SIGMOID);
        bad("targets in [0, 1]", () -> t.setLoss(Loss.BINARY_CROSS_ENTROPY));
        t.network().setOutputActivation(Activation.SOFTMAX);
        t.trainExamples(1); // square loss works with softmax
    }

    @Test
    void traceAndGrid() {
        Network n = net();
        Optimizer o = new Optimizer(OptimizerType.SGD, n.shape());
        double[] in = {1, 2};
        double[] target = {1};
        bad("network", () -> Trace.record(null, o, Loss.SQUARE, 0.1, Regularization.NONE, 0, in, 0, target, 0));
        bad("optimizer", () -> Trace.record(n, null, Loss.SQUARE, 0.1, Regularization.NONE, 0, in, 0, target, 0));
        bad("inputs", () -> Trace.record(n, o, Loss.SQUARE, 0.1, Regularization.NONE, 0, in, 1, target, 0));
        bad("targets", () -> Trace.record(n, o, Loss.SQUARE, 0.1, Regularization.NONE, 0, in, 0, null, 0));
        bad("learning rate", () -> Trace.record(n, o, Loss.SQUARE, -1, Regularization.NONE, 0, in, 0, target, 0));
        bad("needs softmax", () -> Trace.record(n, o, Loss.CATEGORICAL_CROSS_ENTROPY, 0.1, Regularization.NONE, 0,
                in, 0, target, 0));

        bad("resolution must be 1..", () -> new GridEvaluator(0, -1, 1));
        bad("min < max", () -> new GridEvaluator(10, 1, 1));
        bad("grid min", () -> new GridEvaluator(10, Double.NaN, 1));
        GridEvaluator grid = new GridEvaluator(5, -1, 1);
        InputFeatures three = new InputFeatures() {
            @Override
            public int width() {
                return 3;
            }

            @Override
            public void compute(double x, double y, double[] into, int offset) {
            }
        };
        bad("give 3 inputs, but the network takes 2", () -> grid.evaluate(n, three));
        bad("network", () -> grid.evaluate(null, three));
        bad("input features", () -> grid.evaluate(n, null));
        assertThrows(IllegalStateException.class, () -> grid.cells(0, 0));
        bad("column", () -> grid.x(5));
    }
}
