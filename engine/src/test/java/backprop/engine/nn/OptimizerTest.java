package backprop.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.Examples;
import backprop.engine.train.Trainer;
import org.junit.jupiter.api.Test;

class OptimizerTest {
    /** A 1-1 linear network: o = w·x + b, so the square loss is a quadratic in (w, b). */
    private static Network line(double w, double b) {
        Network net = new Network(new int[] {1, 1}, Activation.LINEAR, Activation.LINEAR, Init.ZERO, new Rng(1));
        net.weights(0)[0] = w;
        net.biases(0)[0] = b;
        return net;
    }

    /** Points on t = 3x − 1: the minimum of the mean square loss is w = 3, b = −1, loss 0. */
    private static Examples lineData() {
        return new Examples(1, 1, new double[] {-1, 0.5, 2}, new double[] {-4, 0.5, 5});
    }

    private static Trainer fullBatch(Network net) {
        Trainer trainer = new Trainer(net, lineData(), lineData(), Loss.SQUARE, new Rng(5));
        trainer.setBatchSize(3);
        return trainer;
    }

    @Test
    void sgdMinimisesAQuadratic() {
        Trainer trainer = fullBatch(line(0, 0));
        trainer.setLearningRate(0.1);
        for (int i = 0; i < 1000; i++) {
            trainer.trainEpoch();
        }
        assertTrue(trainer.trainLoss() < 1e-10, "loss " + trainer.trainLoss());
        assertEquals(3.0, trainer.network().weights(0)[0], 1e-5);
        assertEquals(-1.0, trainer.network().biases(0)[0], 1e-5);
    }

    @Test
    void momentumMinimisesAQuadratic() {
        Trainer trainer = fullBatch(line(0, 0));
        trainer.setLearningRate(0.02);
        trainer.setMomentum(0.9);
        for (int i = 0; i < 1000; i++) {
            trainer.trainEpoch();
        }
        assertTrue(trainer.trainLoss() < 1e-10, "loss " + trainer.trainLoss());
        assertEquals(3.0, trainer.network().weights(0)[0], 1e-5);
    }

    @Test
    void adamMinimisesAQuadratic() {
        Trainer trainer = fullBatch(line(0, 0));
        trainer.setLearningRate(0.05);
        trainer.setAdam(0.9, 0.999, 1e-8);
        for (int i = 0; i < 3000; i++) {
            trainer.trainEpoch();
        }
        assertTrue(trainer.trainLoss() < 1e-8, "loss " + trainer.trainLoss());
        assertEquals(3.0, trainer.network().weights(0)[0], 1e-3);
    }

    @Test
    void adamFirstTwoStepsFollowTheFormula() {
        double w = 0.5;
        double b = -0.2;
        double x = 2.0;
        double t = 1.0;
        double eta = 0.01;
        double beta1 = 0.8;
        double beta2 = 0.95;
        double eps = 1e-3;
        Network net = line(w, b);
        Optimizer adam = new Optimizer(OptimizerType.ADAM, net.shape());
        adam.setAdamParameters(beta1, beta2, eps);

        // by hand: o = w x + b; ∂L/∂w = (o − t) x; ∂L/∂b = o − t
        double mw = 0;
        double vw = 0;
        double mb = 0;
        double vb = 0;
        for (int step = 1; step <= 2; step++) {
            double o = w * x + b;
            double gw = (o - t) * x;
            double gb = o - t;
            mw = beta1 * mw + (1 - beta1) * gw;
            vw = beta2 * vw + (1 - beta2) * gw * gw;
            mb = beta1 * mb + (1 - beta1) * gb;
            vb = beta2 * vb + (1 - beta2) * gb * gb;
            double dw = -eta * (mw / (1 - Math.pow(beta1, step))) / (Math.sqrt(vw / (1 - Math.pow(beta2, step))) + eps);
            double db = -eta * (mb / (1 - Math.pow(beta1, step))) / (Math.sqrt(vb / (1 - Math.pow(beta2, step))) + eps);
            w += dw;
            b += db;

            net.forward(new double[] {x}, 0);
            net.backward(Loss.SQUARE, new double[] {t}, 0);
            assertTrue(net.applyUpdate(adam, eta, Regularization.NONE, 0));
            assertEquals(dw, net.weightChanges(0)[0], 1e-15, "Δw at step " + step);
            assertEquals(db, net.biasChanges(0)[0], 1e-15, "Δb at step " + step);
            assertEquals(w, net.weights(0)[0], 1e-15);
            assertEquals(b, net.biases(0)[0], 1e-15);
            assertEquals(mw, adam.firstMomentWeights(0)[0], 1e-15);
            assertEquals(vw, adam.secondMomentWeights(0)[0], 1e-15);
            assertEquals(step, adam.steps());
        }
    }

    @Test
    void momentumFirstTwoStepsFollowTheFormula() {
        double w = 0.5;
        double x = -1.5;
        double t = 2.0;
        double eta = 0.1;
        double beta = 0.7;
        Network net = line(w, 0);
        Optimizer momentum = new Optimizer(OptimizerType.MOMENTUM, net.shape());
        momentum.setMomentum(beta);
        double v = 0;
        double b = 0;
        double vb = 0;
        for (int step = 1; step <= 2; step++) {
            double o = w * x + b;
            v = beta * v - eta * (o - t) * x;
            vb = beta * vb - eta * (o - t);
            w += v;
            b += vb;
            net.forward(new double[] {x}, 0);
            net.backward(Loss.SQUARE, new double[] {t}, 0);
            net.applyUpdate(momentum, eta, Regularization.NONE, 0);
            assertEquals(v, net.weightChanges(0)[0], 1e-15);
            assertEquals(w, net.weights(0)[0], 1e-15);
            assertEquals(v, momentum.velocityWeights(0)[0], 1e-15);
        }
    }

    @Test
    void switchingTypeStartsFreshStateAndChangingParametersKeepsIt() {
        Network net = line(0.3, 0.1);
        Optimizer optimizer = new Optimizer(OptimizerType.MOMENTUM, net.shape());
        net.forward(new double[] {1}, 0);
        net.backward(Loss.SQUARE, new double[] {2}, 0);
        net.applyUpdate(optimizer, 0.1, Regularization.NONE, 0);
        double velocity = optimizer.velocityWeights(0)[0];
        assertNotEquals(0.0, velocity);
        optimizer.setMomentum(0.5);
        assertEquals(velocity, optimizer.velocityWeights(0)[0]);
        optimizer.setType(OptimizerType.MOMENTUM);
        assertEquals(velocity, optimizer.velocityWeights(0)[0]);
        optimizer.setType(OptimizerType.ADAM);
        assertEquals(0.0, optimizer.firstMomentWeights(0)[0]);
        assertEquals(0, optimizer.steps());
        optimizer.setType(OptimizerType.MOMENTUM);
        assertEquals(0.0, optimizer.velocityWeights(0)[0]);
    }

    @Test
    void learningRateAndOptimizerChangeMidTrainingWithoutResettingTheNetwork() {
        Trainer trainer = fullBatch(line(0, 0));
        trainer.setLearningRate(0.1);
        trainer.trainEpoch();
        double w = trainer.network().weights(0)[0];
        trainer.setAdam(0.9, 0.999, 1e-8);
        trainer.setLearningRate(0.01);
        assertEquals(w, trainer.network().weights(0)[0]);
        trainer.trainEpoch();
        assertEquals(0.01, Math.abs(trainer.network().weightChanges(0)[0]), 1e-6,
                "Adam's first step is ±η whatever the gradient");
    }
}
