package backprop.ui.lessons;

import backprop.engine.data.Feature;
import backprop.engine.data.Problem;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Network;
import backprop.engine.state.Limits;
import backprop.engine.state.LossChoice;
import backprop.engine.state.Preset;
import backprop.ui.base.Playground;

/**
 * "Open this in the playground" for chapters 1–4: the playground gets the lesson's network — two
 * inputs (x and y), one hidden layer of two sigmoid neurons, a sigmoid output, the square loss, the
 * lesson's η (within the playground's limit) — and then the lesson's very weights and biases. The
 * lesson's one example is not a dataset, so the playground keeps its data: the network meets a
 * whole dataset there.
 */
final class SmallNetworkCarry {
    private SmallNetworkCarry() {
    }

    static void open(Playground playground, Preset lesson) {
        double[] weights = lesson.lessonWeights.clone();
        double[] biases = lesson.lessonBiases.clone();
        double rate = Math.min(Limits.MAX_LEARNING_RATE, lesson.lessonRate);
        playground.change(p -> {
            p.lesson = 0;
            p.problem = Problem.CLASSIFICATION;
            p.networkShape = new int[] {2};
            p.activation = Activation.SIGMOID;
            p.outputActivation = Activation.SIGMOID;
            p.loss = LossChoice.SQUARE;
            p.learningRate = rate;
            for (Feature f : Feature.values()) {
                p.setFeature(f, f == Feature.X || f == Feature.Y);
            }
        });
        playground.pause();
        playground.whenDataReady(() -> playground.changeRun((experiment, history) -> {
            Network n = experiment.network();
            if (n.sameShape(new int[] {2, 2, 1})) {
                System.arraycopy(weights, 0, n.weights(0), 0, 4);
                System.arraycopy(weights, 4, n.weights(1), 0, 2);
                System.arraycopy(biases, 0, n.biases(0), 0, 2);
                n.biases(1)[0] = biases[2];
                n.changed();
            }
        }));
    }
}
