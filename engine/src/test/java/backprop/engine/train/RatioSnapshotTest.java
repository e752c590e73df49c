package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.state.PresetCodec;
import org.junit.jupiter.api.Test;

/** The ratio chart's history carried across a page load comes back bit for bit. */
class RatioSnapshotTest {

    @Test
    void aThinnedHistoryComesBackBitForBit() {
        Experiment e = Experiment.create(PresetCodec.decode("dataset=spiral&seed=0.42&networkShape=6,3").preset);
        UpdateRatios ratios = new UpdateRatios(8);
        for (int i = 0; i < 40; i++) {
            e.trainer().trainEpoch();
            ratios.record(e.trainer().epoch(), e.network());
        }
        assertTrue(ratios.stride() > 1, "the history was thinned, so the stride is carried too");
        String text = RatioSnapshot.write(ratios);

        UpdateRatios copy = new UpdateRatios(8);
        RatioSnapshot.read(text, copy);
        assertEquals(ratios.size(), copy.size());
        assertEquals(3, copy.layers());
        assertEquals(ratios.stride(), copy.stride());
        for (int i = 0; i < ratios.size(); i++) {
            assertEquals(ratios.epoch(i), copy.epoch(i));
            for (int k = 0; k < 3; k++) {
                assertEquals(Double.doubleToRawLongBits(ratios.ratio(k, i)), Double.doubleToRawLongBits(copy.ratio(k, i)));
            }
        }
        // It goes on recording where it was.
        e.trainer().trainEpoch();
        e.trainer().trainEpoch();
        assertEquals(ratios.record(e.trainer().epoch(), e.network()), copy.record(e.trainer().epoch(), e.network()));
    }

    @Test
    void anEmptyHistoryStaysEmpty() {
        UpdateRatios copy = new UpdateRatios(8);
        RatioSnapshot.read(RatioSnapshot.write(new UpdateRatios(4)), copy);
        assertEquals(0, copy.size());
    }

    @Test
    void refusesWhatDoesNotFit() {
        Experiment e = Experiment.create(PresetCodec.decode("seed=0.5").preset);
        UpdateRatios ratios = new UpdateRatios(16);
        for (int i = 0; i < 12; i++) {
            e.trainer().trainEpoch();
            ratios.record(e.trainer().epoch(), e.network());
        }
        String text = RatioSnapshot.write(ratios);
        assertThrows(IllegalArgumentException.class, () -> RatioSnapshot.read(text, new UpdateRatios(4)));
        assertThrows(IllegalArgumentException.class, () -> RatioSnapshot.read(text.substring(0, text.length() - 3),
                new UpdateRatios(16)));
        assertThrows(IllegalArgumentException.class, () -> RatioSnapshot.read("r1;2;3;4;", new UpdateRatios(16)));
        assertThrows(IllegalArgumentException.class, () -> RatioSnapshot.read("q1;2", new UpdateRatios(16)));
    }
}
