package backprop.server.api;

import backprop.engine.state.DecodeResult;
import backprop.engine.state.PresetCodec;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The curated presets shipped with the server ({@code backprop/server/gallery.json}). Each
 * state is checked with the engine's codec when the server starts: a gallery entry the page
 * could not read stops the server rather than reaching a visitor.
 */
public final class Gallery {

    static final String RESOURCE = "gallery.json";

    /** One curated preset: {@code id} is a stable slug, {@code state} the canonical share state. */
    record Entry(String id, String title, String description, String state) {
    }

    private final List<Entry> entries;

    Gallery(List<Entry> entries) {
        Set<String> ids = new HashSet<>();
        List<Entry> checked = new ArrayList<>();
        for (Entry e : entries) {
            if (e.id() == null || !e.id().matches("[a-z0-9-]{1,64}") || !ids.add(e.id())) {
                throw new IllegalStateException("gallery: '" + e.id() + "' is not a unique lowercase slug");
            }
            if (e.title() == null || e.title().isBlank() || e.description() == null) {
                throw new IllegalStateException("gallery: " + e.id() + " needs a title and a description");
            }
            DecodeResult decoded = PresetCodec.decode(e.state());
            if (!decoded.ok()) {
                throw new IllegalStateException("gallery: the state of " + e.id() + " has problems: " + decoded.problems);
            }
            checked.add(new Entry(e.id(), e.title(), e.description(), PresetCodec.encode(decoded.preset)));
        }
        this.entries = List.copyOf(checked);
    }

    public static Gallery load() {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = Gallery.class.getResourceAsStream("/backprop/server/" + RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource backprop/server/" + RESOURCE);
            }
            return new Gallery(json.readValue(in, new TypeReference<List<Entry>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Entry> entries() {
        return entries;
    }
}
