package backprop.engine.train;

import backprop.engine.data.Examples;
import backprop.engine.nn.Checks;
import backprop.engine.nn.Loss;
import backprop.engine.nn.Network;
import backprop.engine.text.NumberText;

/**
 * The check that training and test examples suit a network and a loss: as many inputs and
 * targets as the network has inputs and outputs, and every target one the loss accepts (the
 * cross-entropies need targets in [0, 1]). The trainer checks once, when examples, loss or
 * network change, so that its training loop need not.
 */
final class ExamplesFit {
    private ExamplesFit() {
    }

    /** Checks the training examples, then the test examples; a message a person can act on otherwise. */
    static void check(Network network, Loss loss, Examples train, Examples test) {
        check(network, loss, Checks.notNull(train, "training examples"), "training");
        check(network, loss, Checks.notNull(test, "test examples"), "test");
    }

    private static void check(Network network, Loss loss, Examples examples, String which) {
        if (examples.inputWidth != network.inputCount() || examples.targetWidth != network.outputCount()) {
            throw new IllegalArgumentException("The " + which + " examples have " + examples.inputWidth
                    + " inputs and " + examples.targetWidth + " targets, but the network has "
                    + network.inputCount() + " inputs and " + network.outputCount() + " outputs");
        }
        double[] t = examples.targets;
        for (int i = 0; i < t.length; i++) {
            if (!loss.acceptsTarget(t[i])) {
                throw new IllegalArgumentException("The " + loss.id() + " loss needs targets in [0, 1], but "
                        + which + " example " + (i / examples.targetWidth) + " has " + NumberText.format(t[i])
                        + "; use the square loss or targets in [0, 1]");
            }
        }
    }
}
