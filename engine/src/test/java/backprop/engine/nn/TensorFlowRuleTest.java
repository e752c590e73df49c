package backprop.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.Examples;
import backprop.engine.state.DecodeResult;
import backprop.engine.state.PresetCodec;
import backprop.engine.train.Experiment;
import backprop.engine.train.Trainer;
import org.junit.jupiter.api.Test;

/**
 * The engine trains as TensorFlow Playground's {@code nn.ts} does, regularization included: a
 * reference written here, one object per node and per link as {@code nn.ts} keeps them, runs
 * side by side with the engine from the same weights on the same examples in the same order.
 */
class TensorFlowRuleTest {
    private static final int[] SHAPE = {2, 4, 2, 1};
    private static final int BATCH = 10;
    private static final int BATCHES = 25;

    /** A link as nn.ts keeps it. */
    private static final class Link {
        final Node source;
        final Node dest;
        double weight;
        boolean isDead;
        double errorDer;
        double accErrorDer;
        int numAccumulatedDers;

        Link(Node source, Node dest, double weight) {
            this.source = source;
            this.dest = dest;
            this.weight = weight;
        }
    }

    /** A node as nn.ts keeps it (tanh everywhere, as in the runs compared). */
    private static final class Node {
        final java.util.List<Link> inputLinks = new java.util.ArrayList<>();
        final java.util.List<Link> outputs = new java.util.ArrayList<>();
        double bias;
        double totalInput;
        double output;
        double outputDer;
        double inputDer;
        double accInputDer;
        int numAccumulatedDers;
    }

    /** TensorFlow Playground's network, its forward and backward passes and its update, for SGD. */
    private static final class Reference {
        final Node[][] layers;

        /** Takes the engine's weights: link i → j of weight layer k is weights(k)[j·in + i]. */
        Reference(Network net) {
            int[] shape = net.shape();
            layers = new Node[shape.length][];
            for (int l = 0; l < shape.length; l++) {
                layers[l] = new Node[shape[l]];
                for (int j = 0; j < shape[l]; j++) {
                    Node node = new Node();
                    layers[l][j] = node;
                    if (l > 0) {
                        node.bias = net.biases(l - 1)[j];
                        for (int i = 0; i < shape[l - 1]; i++) {
                            Node source = layers[l - 1][i];
                            Link link = new Link(source, node, net.weights(l - 1)[j * shape[l - 1] + i]);
                            source.outputs.add(link);
                            node.inputLinks.add(link);
                        }
                    }
                }
            }
        }

        double forward(double... inputs) {
            for (int i = 0; i < inputs.length; i++) {
                layers[0][i].output = inputs[i];
            }
            for (int l = 1; l < layers.length; l++) {
                for (Node node : layers[l]) {
                    node.totalInput = node.bias;
                    for (Link link : node.inputLinks) {
                        node.totalInput += link.weight * link.source.output;
                    }
                    node.output = Math.tanh(node.totalInput);
                }
            }
            return layers[layers.length - 1][0].output;
        }

        /** Square error ½(o − t)²: its derivative is o − t; tanh's is 1 − tanh². */
        void backward(double target) {
            Node out = layers[layers.length - 1][0];
            out.outputDer = out.output - target;
            for (int l = layers.length - 1; l >= 1; l--) {
                for (Node node : layers[l]) {
                    double t = Math.tanh(node.totalInput);
                    node.inputDer = node.outputDer * (1 - t * t);
                    node.accInputDer += node.inputDer;
                    node.numAccumulatedDers++;
                }
                for (Node node : layers[l]) {
                    for (Link link : node.inputLinks) {
                        if (link.isDead) {
                            continue;
                        }
                        link.errorDer = node.inputDer * link.source.output;
                        link.accErrorDer += link.errorDer;
                        link.numAccumulatedDers++;
                    }
                }
                if (l == 1) {
                    continue;
                }
                for (Node node : layers[l - 1]) {
                    node.outputDer = 0;
                    for (Link output : node.outputs) {
                        node.outputDer += output.weight * output.dest.inputDer;
                    }
                }
            }
        }

        void update(double learningRate, Regularization regularization, double regularizationRate) {
            for (int l = 1; l < layers.length; l++) {
                for (Node node : layers[l]) {
                    if (node.numAccumulatedDers > 0) {
                        node.bias -= learningRate * node.accInputDer / node.numAccumulatedDers;
                        node.accInputDer = 0;
                        node.numAccumulatedDers = 0;
                    }
                    for (Link link : node.inputLinks) {
                        if (link.isDead) {
                            continue;
                        }
                        double regulDer = regularization == Regularization.L1
                                ? (link.weight < 0 ? -1 : (link.weight > 0 ? 1 : 0))
                                : regularization == Regularization.L2 ? link.weight : 0;
                        if (link.numAccumulatedDers > 0) {
                            link.weight = link.weight - (learningRate / link.numAccumulatedDers) * link.accErrorDer;
                            double newLinkWeight = link.weight - (learningRate * regularizationRate) * regulDer;
                            if (regularization == Regularization.L1 && link.weight * newLinkWeight < 0) {
                                link.weight = 0;
                                link.isDead = true;
                            } else {
                                link.weight = newLinkWeight;
                            }
                            link.accErrorDer = 0;
                            link.numAccumulatedDers = 0;
                        }
                    }
                }
            }
        }
    }

    /** Trains both side by side; returns how many links are dead in the end (the same in both). */
    private static int compare(Regularization regularization, double rate, double learningRate) {
        Network net = new Network(SHAPE, Activation.TANH, Activation.TANH, Init.XAVIER, new Rng(7));
        Reference tf = new Reference(net);
        Optimizer sgd = new Optimizer(OptimizerType.SGD, net.shape());
        Rng data = new Rng(11);
        double[] x = new double[2];
        double[] t = new double[1];
        for (int batch = 0; batch < BATCHES; batch++) {
            for (int e = 0; e < BATCH; e++) {
                x[0] = data.uniform(-6, 6);
                x[1] = data.uniform(-6, 6);
                t[0] = x[0] * x[1] >= 0 ? 1 : -1;
                double o = net.forward(x, 0)[0];
                net.backward(Loss.SQUARE, t, 0);
                assertEquals(tf.forward(x[0], x[1]), o, 1e-15, "output, batch " + batch);
                tf.backward(t[0]);
            }
            net.applyUpdate(sgd, learningRate, regularization, rate);
            tf.update(learningRate, regularization, rate);
        }
        return agree(net, tf, regularization);
    }

    /** Asserts that the engine's network and the reference agree; returns how many links are dead. */
    private static int agree(Network net, Reference tf, Regularization regularization) {
        int[] shape = net.shape();
        int dead = 0;
        for (int k = 0; k < net.depth(); k++) {
            for (int j = 0; j < shape[k + 1]; j++) {
                Node node = tf.layers[k + 1][j];
                assertEquals(node.bias, net.biases(k)[j], 1e-15 * Math.max(1, Math.abs(node.bias)));
                for (int i = 0; i < shape[k]; i++) {
                    Link link = node.inputLinks.get(i);
                    double w = net.weights(k)[j * shape[k] + i];
                    String what = regularization + " w" + k + "," + j + "," + i;
                    assertEquals(link.weight, w, 1e-15 * Math.max(1, Math.abs(link.weight)), what);
                    assertEquals(link.isDead, net.deadLinks().isDead(k, j * shape[k] + i), what);
                    dead += link.isDead ? 1 : 0;
                }
            }
        }
        assertEquals(dead, net.deadLinks().count());
        return dead;
    }

    /**
     * A TensorFlow Playground link with regularization trains as TensorFlow Playground would: the
     * reference follows the trainer example by example (the example is the one whose inputs the
     * network saw; an update wherever the trainer made one).
     */
    private static int trainTensorFlowLink(String regularization, String rate) {
        String link = "activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane&learningRate=0.03"
                + "&regularizationRate=" + rate + "&noise=0&networkShape=4,2&seed=0.12345&showTestData=false"
                + "&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false"
                + "&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification"
                + "&initZero=false&hideText=false&regularization=" + regularization;
        DecodeResult decoded = PresetCodec.decode(link);
        assertEquals(java.util.List.of(), decoded.problems);
        Experiment experiment = Experiment.create(decoded.preset);
        Trainer trainer = experiment.trainer();
        assertEquals(Regularization.fromId(regularization), trainer.regularization());
        Network net = experiment.network();
        Reference tf = new Reference(net);
        Examples train = trainer.trainingExamples();
        assertEquals(1, train.targetWidth);
        for (int step = 0; step < 2000; step++) {
            double updates = trainer.updates();
            trainer.trainExamples(1);
            double[] x = net.inputs().clone();
            tf.forward(x);
            tf.backward(train.targets[indexOf(train, x)]);
            if (trainer.updates() != updates) {
                tf.update(trainer.learningRate(), trainer.regularization(), trainer.regularizationRate());
            }
        }
        return agree(net, tf, trainer.regularization());
    }

    private static int indexOf(Examples examples, double[] inputs) {
        int found = -1;
        for (int e = 0; e < examples.count; e++) {
            boolean same = true;
            for (int i = 0; i < inputs.length; i++) {
                same &= examples.inputs[e * examples.inputWidth + i] == inputs[i];
            }
            if (same) {
                assertEquals(-1, found, "the examples' inputs are all different");
                found = e;
            }
        }
        assertTrue(found >= 0);
        return found;
    }

    @Test
    void tensorFlowLinksWithL1OrL2TrainAsTensorFlowPlaygroundWould() {
        assertEquals(0, trainTensorFlowLink("L2", "0.01"));
        trainTensorFlowLink("L1", "0.01");
        assertTrue(trainTensorFlowLink("L1", "0.1") > 0, "a link died, so the dead links are compared too");
    }

    @Test
    void withL2TheEngineTrainsAsTensorFlowPlaygroundDoes() {
        assertEquals(0, compare(Regularization.L2, 0.01, 0.03));
        assertEquals(0, compare(Regularization.L2, 0.3, 0.1));
    }

    @Test
    void withL1TheEngineTrainsAsTensorFlowPlaygroundDoesDeadLinksIncluded() {
        compare(Regularization.L1, 0.01, 0.03); // TensorFlow Playground's default rates
        assertTrue(compare(Regularization.L1, 0.1, 0.1) > 0, "a link died, so the test covers dead links");
        assertTrue(compare(Regularization.L1, 0.3, 0.1) > 0);
    }

    @Test
    void withoutRegularizationToo() {
        assertEquals(0, compare(Regularization.NONE, 0, 0.03));
    }
}
