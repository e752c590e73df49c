package backprop.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.state.DecodeResult;
import backprop.engine.state.PresetCodec;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GalleryTest {

    @RegisterExtension
    static final RunningServer server = RunningServer.perTestClass();

    @Test
    void everyEntryIsACanonicalStateTheCodecReadsWithoutProblems() {
        for (Gallery.Entry e : Gallery.load().entries()) {
            DecodeResult d = PresetCodec.decode(e.state());
            assertTrue(d.ok(), e.id() + ": " + d.problems);
            assertEquals(PresetCodec.encode(d.preset), e.state(), e.id());
        }
    }

    @Test
    void theApiListsTheCuratedPresetsWithLinks() {
        JsonNode items = StorageApiContract.json(server.get("/api/gallery")).get("presets");
        List<String> titles = new ArrayList<>();
        items.forEach(i -> {
            titles.add(i.get("title").asText());
            assertEquals("/#" + i.get("state").asText(), i.get("url").asText());
            assertTrue(!i.get("description").asText().isBlank());
        });
        assertTrue(titles.containsAll(List.of("XOR needs a hidden layer", "The spiral needs depth",
                "Learning rate too high", "Adam versus SGD")), titles.toString());
    }

    @Test
    void aBrokenEntryStopsTheServerFromStarting() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Gallery(List.of(
                new Gallery.Entry("bad", "Bad", "", "learningRate=abc"))));
        assertTrue(e.getMessage().contains("learningRate"), e.getMessage());
    }
}
