package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.state.Preset;
import backprop.engine.state.PresetCodec;
import org.junit.jupiter.api.Test;

/** The compare mode's two runs: identical with the same settings, apart with different ones, on the same data. */
class RunPairTest {
    private static final String CIRCLE = "dataset=circle&seed=compare-1&noise=10&compare=true";

    private static RunPair pair(String compareB) {
        Preset p = PresetCodec.decode(CIRCLE + "&compareB=" + compareB).preset;
        return RunPair.create(p);
    }

    @Test
    void theSameSettingsStayBitIdenticalForAThousandEpochs() {
        for (String sameAsA : new String[] {"", "learningRate:0.03;batchSize:10;networkShape:4,2"}) {
            RunPair pair = pair(sameAsA);
            Trainer a = pair.a().trainer();
            Trainer b = pair.b().trainer();
            double startLoss = a.trainLoss();
            for (int epoch = 1; epoch <= 1000; epoch++) {
                assertTrue(pair.trainEpoch());
                assertEquals(epoch, a.epoch());
                assertEquals(epoch, b.epoch());
                assertEquals(Double.doubleToRawLongBits(a.trainLoss()), Double.doubleToRawLongBits(b.trainLoss()),
                        "training loss at epoch " + epoch);
                assertEquals(Double.doubleToRawLongBits(a.testLoss()), Double.doubleToRawLongBits(b.testLoss()),
                        "test loss at epoch " + epoch);
                if (epoch % 100 == 0) {
                    assertEquals(WeightsSnapshot.export(pair.a().network()), WeightsSnapshot.export(pair.b().network()),
                            "weights at epoch " + epoch);
                }
            }
            // the runs did learn (an untrained pair would be identical too)
            assertTrue(a.trainLoss() < startLoss / 4, a.trainLoss() + " after 1000 epochs, from " + startLoss);
            assertFalse(a.diverged());
        }
    }

    @Test
    void differentLearningRatesStartTheSameAndGoApart() {
        RunPair pair = pair("learningRate:3");
        assertEquals(0.03, pair.presetA().learningRate);
        assertEquals(3, pair.presetB().learningRate);
        sameData(pair);
        assertEquals(WeightsSnapshot.export(pair.a().network()), WeightsSnapshot.export(pair.b().network()),
                "the same initial weights");
        pair.trainEpoch();
        assertNotEquals(WeightsSnapshot.export(pair.a().network()), WeightsSnapshot.export(pair.b().network()));
        for (int epoch = 1; epoch < 200; epoch++) {
            pair.trainEpoch();
        }
        assertNotEquals(pair.a().trainer().trainLoss(), pair.b().trainer().trainLoss());
    }

    @Test
    void anotherShapeTrainsOnTheSameData() {
        RunPair pair = pair("networkShape:3");
        assertArrayEquals(new int[] {2, 4, 2, 1}, pair.a().network().shape());
        assertArrayEquals(new int[] {2, 3, 1}, pair.b().network().shape());
        sameData(pair);
        pair.trainEpoch();
        assertEquals(1, pair.b().trainer().epoch());
    }

    @Test
    void sideBsDropoutMasksItsTrainingOnly() {
        RunPair pair = pair("dropout:0.5,0.5");
        assertEquals(0, pair.a().network().dropoutRate(0));
        assertEquals(0.5, pair.b().network().dropoutRate(0));
        assertEquals(0.5, pair.b().network().dropoutRate(1));
        sameData(pair);
        assertEquals(WeightsSnapshot.export(pair.a().network()), WeightsSnapshot.export(pair.b().network()),
                "the same initial weights");
        pair.trainEpoch();
        assertNotEquals(WeightsSnapshot.export(pair.a().network()), WeightsSnapshot.export(pair.b().network()),
                "dropped neurons change side B's updates");
    }

    @Test
    void sideBsScheduleStepsItsLearningRateWithAsEveryAndGamma() {
        RunPair pair = RunPair.create(PresetCodec.decode(CIRCLE + "&learningRate=0.1&lrEvery=3&lrGamma=0.5"
                + "&compareB=lrSchedule:step").preset);
        for (int epoch = 0; epoch < 10; epoch++) {
            // η·γ^⌊epoch/every⌋ for side B, η for side A
            assertEquals(0.1 * Math.pow(0.5, epoch / 3), pair.b().trainer().learningRateNow(), 1e-15, "epoch " + epoch);
            assertEquals(0.1, pair.a().trainer().learningRateNow());
            pair.trainEpoch();
        }
    }

    @Test
    void aDivergedSideStandsStillWhileTheOtherTrains() {
        RunPair pair = RunPair.create(PresetCodec.decode("problem=regression&regDataset=reg-plane&seed=compare-2"
                + "&compare=true&compareB=learningRate:10;batchSize:1;activation:relu").preset);
        for (int epoch = 0; epoch < 300 && !pair.b().trainer().diverged(); epoch++) {
            pair.trainEpoch();
        }
        assertTrue(pair.b().trainer().diverged(), "η = 10 on a linear output diverges");
        int stopped = pair.b().trainer().epoch();
        int before = pair.a().trainer().epoch();
        assertTrue(pair.trainEpoch());
        assertEquals(stopped, pair.b().trainer().epoch());
        assertEquals(before + 1, pair.a().trainer().epoch());
        assertFalse(pair.bothDiverged());
    }

    private static void sameData(RunPair pair) {
        assertArrayEquals(pair.a().trainPoints().x, pair.b().trainPoints().x);
        assertArrayEquals(pair.a().trainPoints().y, pair.b().trainPoints().y);
        assertArrayEquals(pair.a().testPoints().x, pair.b().testPoints().x);
    }
}
