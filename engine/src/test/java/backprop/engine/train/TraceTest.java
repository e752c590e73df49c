package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import backprop.engine.data.Examples;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.Loss;
import backprop.engine.nn.Network;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Regularization;
import backprop.engine.nn.Rng;
import org.junit.jupiter.api.Test;

class TraceTest {
    private static Trainer trainer(OptimizerType type) {
        Rng rng = new Rng(11);
        double[] in = new double[30];
        double[] out = new double[10];
        for (int i = 0; i < 30; i++) {
            in[i] = rng.uniform(-1, 1);
        }
        for (int i = 0; i < 10; i++) {
            out[i] = rng.uniform(-1, 1);
        }
        Examples data = new Examples(3, 1, in, out);
        Network net = new Network(new int[] {3, 4, 3, 1}, Activation.TANH, Activation.TANH, Init.DEFAULT,
                new Rng(12));
        Trainer trainer = new Trainer(net, data, data, Loss.SQUARE, new Rng(13));
        trainer.setBatchSize(1);
        trainer.setLearningRate(0.05);
        trainer.setOptimizer(type);
        trainer.setRegularization(Regularization.L2, 0.01);
        trainer.trainExamples(4); // so that momentum and Adam have a state to carry
        return trainer;
    }

    private static void traceEqualsOneTrainingStep(OptimizerType type) {
        Trainer trainer = trainer(type);
        Network net = trainer.network();
        int version = net.version();
        Trace trace = trainer.trace(false, trainer.upcomingExample(0));
        assertEquals(version, net.version(), "recording a trace changes nothing");
        double[][] before = new double[net.depth()][];
        double[][] beforeB = new double[net.depth()][];
        for (int k = 0; k < net.depth(); k++) {
            before[k] = net.weights(k).clone();
            beforeB[k] = net.biases(k).clone();
            assertArrayEquals(before[k], trace.before().weights(k));
        }
        trainer.trainExamples(1);
        for (int k = 0; k < net.depth(); k++) {
            for (int i = 0; i < before[k].length; i++) {
                assertEquals(net.weights(k)[i] - before[k][i], trace.weightChanges(k)[i], 1e-17,
                        type + " Δw layer " + k);
            }
            for (int j = 0; j < beforeB[k].length; j++) {
                assertEquals(net.biases(k)[j] - beforeB[k][j], trace.biasChanges(k)[j], 1e-17, type + " Δb");
            }
            assertArrayEquals(net.weights(k), trace.after().weights(k));
        }
    }

    @Test
    void traceOfSgdEqualsTheChangeOfOneTrainingStep() {
        traceEqualsOneTrainingStep(OptimizerType.SGD);
    }

    @Test
    void traceOfMomentumEqualsTheChangeOfOneTrainingStep() {
        traceEqualsOneTrainingStep(OptimizerType.MOMENTUM);
    }

    @Test
    void traceOfAdamEqualsTheChangeOfOneTrainingStep() {
        traceEqualsOneTrainingStep(OptimizerType.ADAM);
    }

    @Test
    void applyingATraceMakesTheSameStepAsTraining() {
        for (OptimizerType type : OptimizerType.values()) {
            Trainer trained = trainer(type);
            Trainer traced = trainer(type);
            int example = trained.upcomingExample(0);
            Trace trace = traced.trace(false, example);
            traced.applyTrace(trace);
            trained.trainExamples(1);
            for (int k = 0; k < trained.network().depth(); k++) {
                assertArrayEquals(trained.network().weights(k), traced.network().weights(k), type.id());
                assertArrayEquals(trained.network().weightChanges(k), traced.network().weightChanges(k));
            }
            if (type == OptimizerType.ADAM) {
                assertArrayEquals(trained.optimizer().secondMomentWeights(0), traced.optimizer().secondMomentWeights(0));
                assertEquals(trained.optimizer().steps(), traced.optimizer().steps());
                assertEquals(trace.optimizerBefore().steps() + 1, trace.optimizerAfter().steps());
            }
            Trace stale = traced.trace(false, 0);
            traced.trainExamples(1);
            assertThrows(IllegalArgumentException.class, () -> traced.applyTrace(stale));
        }
    }

    @Test
    void traceRecordsTheFourPhasesOfTheExample() {
        Trainer trainer = trainer(OptimizerType.SGD);
        Examples data = trainer.trainingExamples();
        Trace trace = trainer.trace(false, 5);
        Network net = trainer.network();
        // forward pass by hand with Math.tanh as the independent oracle
        double[] a = {data.inputs[15], data.inputs[16], data.inputs[17]};
        for (int k = 0; k < net.depth(); k++) {
            double[] w = net.weights(k);
            double[] next = new double[net.biases(k).length];
            for (int j = 0; j < next.length; j++) {
                double z = net.biases(k)[j];
                for (int i = 0; i < a.length; i++) {
                    z += w[j * a.length + i] * a[i];
                }
                assertEquals(z, trace.preActivations(k)[j], 1e-15);
                next[j] = Math.tanh(z);
                assertEquals(next[j], trace.outputs(k)[j], 1e-15);
            }
            a = next;
        }
        double diff = a[0] - data.targets[5];
        assertEquals(0.5 * diff * diff, trace.loss(), 1e-15);
        // output δ and the last layer's ∂L/∂w = δ·a_prev
        double delta = diff * (1 - a[0] * a[0]);
        assertEquals(delta, trace.deltas(2)[0], 1e-15);
        for (int i = 0; i < 3; i++) {
            assertEquals(delta * trace.outputs(1)[i], trace.weightGradients(2)[i], 1e-15);
        }
        assertEquals(delta, trace.biasGradients(2)[0], 1e-15);
    }
}
