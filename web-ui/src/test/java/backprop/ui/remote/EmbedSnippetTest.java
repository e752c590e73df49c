package backprop.ui.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.nn.Activation;
import backprop.engine.state.Preset;
import backprop.engine.state.PresetCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbedSnippetTest {

    @Test
    void theIframeNamesTheEmbedOfTheStateWithItsAmpersandsEscaped() {
        assertEquals("<iframe src=\"https://bp.example/embed#activation=relu&amp;learningRate=0.1\" width=\"640\""
                        + " height=\"480\" title=\"Backprop Playground\" style=\"border:0\"></iframe>",
                EmbedSnippet.iframe("https://bp.example", "activation=relu&learningRate=0.1"));
    }

    @Test
    void quotesAndAngleBracketsCannotLeaveTheAttribute() {
        assertEquals("a&amp;b&quot;c&lt;d&gt;e", EmbedSnippet.attribute("a&b\"c<d>e"));
    }

    @Test
    void theFullPlaygroundGetsTheStateWithoutTheEmbedsHiddenControls() {
        Preset embed = PresetCodec.decode("activation=relu&learningRate=0.3&learningRate_hide=true&play_hide=true").preset;
        Preset full = PresetCodec.decode(EmbedSnippet.fullPlaygroundState(embed)).preset;
        assertEquals(List.of(), full.hiddenControls());
        assertEquals(Activation.RELU, full.activation);
        assertEquals(0.3, full.learningRate);
        assertEquals(List.of("learningRate", "play"), embed.hiddenControls(), "the embed keeps its own");
        Preset plain = PresetCodec.decode("activation=relu").preset;
        assertEquals(PresetCodec.encode(plain), EmbedSnippet.fullPlaygroundState(plain));
    }

    @Test
    void aStateWithoutHiddenControlsIsCarriedWhole() {
        String state = PresetCodec.encode(PresetCodec.decode("seed=0.25&noise=10&networkShape=3,2").preset);
        assertFalse(state.contains("_hide"));
        assertTrue(state.contains("noise=10"), state);
        assertEquals(state, EmbedSnippet.fullPlaygroundState(PresetCodec.decode(state).preset));
    }
}
