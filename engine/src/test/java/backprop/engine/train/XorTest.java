package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.Examples;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.Loss;
import backprop.engine.nn.Network;
import backprop.engine.nn.Rng;
import org.junit.jupiter.api.Test;

class XorTest {
    @Test
    void twoFourOneTanhLearnsXor() {
        Examples xor = new Examples(2, 1,
                new double[] {-1, -1, -1, 1, 1, -1, 1, 1},
                new double[] {-1, 1, 1, -1});
        Network net = new Network(new int[] {2, 4, 1}, Activation.TANH, Activation.TANH, Init.DEFAULT,
                Rng.fromSeed("xor"));
        Trainer trainer = new Trainer(net, xor, xor, Loss.SQUARE, Rng.fromSeed("order"));
        trainer.setLearningRate(0.1);
        trainer.setBatchSize(1);
        double start = trainer.trainLoss();
        for (int i = 0; i < 2000 && trainer.trainLoss() >= 0.01; i++) {
            trainer.trainEpoch();
        }
        assertTrue(trainer.trainLoss() < 0.01, "loss " + trainer.trainLoss() + " after " + trainer.epoch()
                + " epochs, started at " + start);
        assertTrue(trainer.trainAccuracy() == 1.0);
    }
}
