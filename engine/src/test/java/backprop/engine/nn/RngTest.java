package backprop.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.state.PresetCodec;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RngTest {

    @Test
    void seedTextIsWhatTensorFlowPlaygroundWritesAndSurvivesTheAddress() {
        Set<String> seen = new HashSet<>();
        for (int entropy = -500; entropy < 500; entropy++) {
            String seed = Rng.seedText(entropy * 7919);
            assertTrue(seed.matches("0\\.[0-9]{5}"), seed);
            assertEquals(seed, PresetCodec.decode("seed=" + seed).preset.seed);
            seen.add(seed);
        }
        assertTrue(seen.size() > 950, "different entropy, different seeds: " + seen.size() + " of 1000");
        assertEquals(Rng.seedText(42), Rng.seedText(42));
    }
}
