package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.state.PresetCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A run carried across a page load (two builds) comes back bit for bit, or not at all. */
class RunSnapshotTest {

    private static final String STATE = "dataset=spiral&seed=0.42&learningRate=0.03&networkShape=6,3";

    private static Experiment fresh() {
        return Experiment.create(PresetCodec.decode(STATE).preset);
    }

    /** A run trained for {@code epochs}, its history sampled every epoch into {@code history}. */
    private static Experiment trained(int epochs, LossHistory history) {
        Experiment e = fresh();
        for (int i = 0; i < epochs; i++) {
            e.trainer().trainEpoch();
            Trainer t = e.trainer();
            history.record(t.epoch(), t.trainLoss(), t.testLoss(), t.trainAccuracy(), t.testAccuracy());
        }
        return e;
    }

    @Test
    void aRunComesBackBitForBitWithItsProgressAndHistory() {
        LossHistory history = new LossHistory(8);
        Experiment original = trained(37, history);
        String text = RunSnapshot.write(original, history);

        Experiment copy = fresh();
        LossHistory copiedHistory = new LossHistory(8);
        RunSnapshot.read(text, copy, copiedHistory);

        assertEquals(WeightsSnapshot.export(original.network()), WeightsSnapshot.export(copy.network()));
        assertEquals(37, copy.trainer().epoch());
        assertEquals(original.trainer().examplesTrained(), copy.trainer().examplesTrained());
        assertEquals(original.trainer().updates(), copy.trainer().updates());
        assertTrue(history.stride() > 1, "the history was thinned, so the stride is carried too");
        assertEquals(history.stride(), copiedHistory.stride());
        assertEquals(history.size(), copiedHistory.size());
        for (int i = 0; i < history.size(); i++) {
            assertEquals(history.epoch(i), copiedHistory.epoch(i));
            assertEquals(Double.doubleToRawLongBits(history.trainLoss(i)), Double.doubleToRawLongBits(copiedHistory.trainLoss(i)));
            assertEquals(Double.doubleToRawLongBits(history.testAccuracy(i)), Double.doubleToRawLongBits(copiedHistory.testAccuracy(i)));
        }
        // The same losses from the carried weights, so the chart goes on where it was.
        assertEquals(original.trainer().trainLoss(), copy.trainer().trainLoss());
    }

    @Test
    void trainingGoesOnFromTheCarriedWeights() {
        LossHistory history = new LossHistory(400);
        Experiment original = trained(20, history);
        Experiment copy = fresh();
        RunSnapshot.read(RunSnapshot.write(original, history), copy, new LossHistory(400));
        double before = copy.trainer().trainLoss();
        copy.trainer().trainEpoch();
        assertEquals(21, copy.trainer().epoch());
        assertTrue(copy.trainer().trainLoss() < before * 1.5, "one more epoch from the carried weights");
    }

    /**
     * Carried between epochs, a run trains on exactly as it would have without the hand-over:
     * the same weights, bit for bit, ten epochs later — for plain SGD and for the rules that keep
     * state (momentum's velocity, Adam's moments and step count), with the same shuffling.
     */
    @ParameterizedTest
    @ValueSource(strings = {"sgd", "momentum", "adam"})
    void theCarriedRunTrainsOnExactlyAsTheOriginal(String optimizer) {
        String state = STATE + "&optimizer=" + optimizer;
        Experiment original = Experiment.create(PresetCodec.decode(state).preset);
        LossHistory history = new LossHistory(400);
        for (int i = 0; i < 15; i++) {
            original.trainer().trainEpoch();
        }
        Experiment copy = Experiment.create(PresetCodec.decode(state).preset);
        RunSnapshot.read(RunSnapshot.write(original, history), copy, new LossHistory(400));
        for (int i = 0; i < 10; i++) {
            original.trainer().trainEpoch();
            copy.trainer().trainEpoch();
        }
        assertEquals(WeightsSnapshot.export(original.network()), WeightsSnapshot.export(copy.network()), optimizer);
        assertEquals(original.trainer().updates(), copy.trainer().updates());

        // Without the generator's and the optimizer's state the runs part ways (so the test can fail).
        Experiment fresh = Experiment.create(PresetCodec.decode(state).preset);
        WeightsSnapshot.importInto(fresh.network(), WeightsSnapshot.export(copy.network()));
        assertEquals(WeightsSnapshot.export(copy.network()), WeightsSnapshot.export(fresh.network()));
        copy.trainer().trainEpoch();
        fresh.trainer().trainEpoch();
        assertNotEquals(WeightsSnapshot.export(copy.network()), WeightsSnapshot.export(fresh.network()), optimizer);
    }

    @Test
    void nonFiniteLossesInTheHistoryAreCarriedAsTheyAre() {
        LossHistory history = new LossHistory(4);
        history.record(1, Double.NaN, Double.POSITIVE_INFINITY, 0.5, 0.25);
        Experiment e = fresh();
        LossHistory copied = new LossHistory(4);
        RunSnapshot.read(RunSnapshot.write(e, history), fresh(), copied);
        assertTrue(Double.isNaN(copied.trainLoss(0)));
        assertEquals(Double.POSITIVE_INFINITY, copied.testLoss(0));
    }

    /** With dropout the masks go on as they would have: the generator of the masks is carried too. */
    @Test
    void aRunWithDropoutTrainsOnWithTheSameMasks() {
        String state = STATE + "&dropout=0.5,0.3";
        Experiment original = Experiment.create(PresetCodec.decode(state).preset);
        for (int i = 0; i < 7; i++) {
            original.trainer().trainEpoch();
        }
        Experiment copy = Experiment.create(PresetCodec.decode(state).preset);
        RunSnapshot.read(RunSnapshot.write(original, new LossHistory(400)), copy, new LossHistory(400));
        Experiment withoutMasks = Experiment.create(PresetCodec.decode(state).preset);
        RunSnapshot.read(RunSnapshot.write(original, new LossHistory(400)), withoutMasks, new LossHistory(400));
        withoutMasks.trainer().setDropoutRng(backprop.engine.nn.Rng.fromSeed("another"));
        for (int i = 0; i < 5; i++) {
            original.trainer().trainEpoch();
            copy.trainer().trainEpoch();
            withoutMasks.trainer().trainEpoch();
        }
        assertEquals(WeightsSnapshot.export(original.network()), WeightsSnapshot.export(copy.network()));
        assertNotEquals(WeightsSnapshot.export(original.network()), WeightsSnapshot.export(withoutMasks.network()),
                "other masks part the runs, so the test can fail");
    }

    @Test
    void textThatDoesNotFitChangesNothing() {
        LossHistory history = new LossHistory(8);
        String good = RunSnapshot.write(trained(5, history), history);
        Experiment other = Experiment.create(PresetCodec.decode("dataset=spiral&seed=0.42&networkShape=4").preset);
        String[] bad = {
            "", "r1", "r9" + good.substring(2), good.substring(0, good.length() - 3),
            good.replaceFirst(";5;", ";x;"), good.replaceFirst(";5;", ";99999999999;"),
        };
        for (String text : bad) {
            Experiment e = fresh();
            String before = WeightsSnapshot.export(e.network());
            LossHistory h = new LossHistory(8);
            assertThrows(IllegalArgumentException.class, () -> RunSnapshot.read(text, e, h), text);
            assertEquals(before, WeightsSnapshot.export(e.network()), text);
            assertEquals(0, e.trainer().epoch(), text);
            assertEquals(0, h.size(), text);
        }
        String wrongShape = WeightsSnapshot.export(other.network());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RunSnapshot.read(RunSnapshot.write(other, new LossHistory(4)), fresh(), new LossHistory(4)));
        assertTrue(e.getMessage().contains("shape"), e.getMessage());
        assertFalse(wrongShape.isEmpty());
    }

    @Test
    void aHistoryLongerThanTheReceiverHoldsIsRefused() {
        LossHistory big = new LossHistory(400);
        Experiment e = trained(30, big);
        assertThrows(IllegalArgumentException.class, () -> RunSnapshot.read(RunSnapshot.write(e, big), fresh(), new LossHistory(8)));
    }

    @Test
    void theVersionLeadsTheText() {
        assertTrue(RunSnapshot.write(fresh(), new LossHistory(4)).startsWith("r3;0;0;1;0;"));
    }
}
