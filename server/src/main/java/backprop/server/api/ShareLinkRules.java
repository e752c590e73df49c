package backprop.server.api;

import backprop.engine.state.DecodeResult;
import backprop.engine.nn.Network;
import backprop.engine.state.Preset;
import backprop.engine.state.PresetCodec;
import backprop.engine.nn.Rng;
import backprop.engine.train.WeightsSnapshot;
import backprop.server.store.ContentId;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What makes a share request acceptable, checked with the engine's own parsers (one codec for
 * the page and the server): the state must decode without a single problem, and the weights
 * must load into the network that state describes. What is stored is the canonical form.
 */
public final class ShareLinkRules {

    static final int MAX_STATE_CHARS = 4 * 1024;
    static final int MAX_WEIGHTS_CHARS = 2 * 1024 * 1024;
    static final int MAX_TITLE_CHARS = 120;
    /** A whole request: the largest state, weights and title, and JSON around them. */
    static final long MAX_BODY_BYTES = MAX_STATE_CHARS + MAX_WEIGHTS_CHARS + 64 * 1024;

    /** Characters per value in a {@link WeightsSnapshot} (11 of base64 for 64 bits). */
    private static final int SNAPSHOT_CHARS_PER_VALUE = 11;

    /** Where a preset's uploaded dataset ({@code datasetId}) is looked up. */
    @FunctionalInterface
    public interface DatasetClasses {
        /** As in {@code DataPoints.classes}, or empty when no dataset has this id. */
        OptionalInt of(String datasetId) throws SQLException;
    }

    /** A checked preset in canonical form, with its content id. {@code weights} may be null. */
    record Canonical(String id, String state, String title, String weights) {
    }

    private final DatasetClasses datasets;

    public ShareLinkRules(DatasetClasses datasets) {
        this.datasets = datasets;
    }

    Canonical check(String state, String title, String weights) throws SQLException {
        if (state == null || state.isBlank()) {
            throw new BadRequestResponse("state is missing: send the page's share state, e.g. \"activation=tanh&…\"");
        }
        if (state.length() > MAX_STATE_CHARS) {
            throw new ContentTooLargeResponse("state is " + state.length() + " characters long; at most "
                    + MAX_STATE_CHARS + " are allowed");
        }
        if (weights != null && weights.length() > MAX_WEIGHTS_CHARS) {
            throw new ContentTooLargeResponse("weights are " + weights.length() + " characters long; at most "
                    + MAX_WEIGHTS_CHARS + " (2 MB) are allowed — share a smaller network, or leave the weights out");
        }
        String cleanTitle = TextField.clean(title, "title", MAX_TITLE_CHARS);
        DecodeResult decoded = PresetCodec.decode(state);
        if (!decoded.ok()) {
            throw new BadRequestResponse("state could not be read: " + String.join("; ", decoded.problems));
        }
        Preset preset = decoded.preset;
        String canonical = PresetCodec.encode(preset);
        if (!sharesAKey(state, canonical)) {
            throw new BadRequestResponse("state has no setting the playground knows; send the page's share state,"
                    + " e.g. \"dataset=xor&learningRate=0.03&…\"");
        }
        int classes = classes(preset);
        String cleanWeights = weights == null || weights.isEmpty() ? null : weights;
        if (cleanWeights != null) {
            checkWeights(preset, classes, cleanWeights);
        }
        String id = ContentId.of("preset", canonical, cleanTitle, cleanWeights);
        return new Canonical(id, canonical, cleanTitle, cleanWeights);
    }

    /**
     * Whether the state sets at least one key the codec wrote back. The codec ignores unknown
     * keys (as the page does), so without this any text at all would be stored as the defaults.
     */
    private static boolean sharesAKey(String state, String canonical) {
        Set<String> known = keys(canonical);
        for (String key : keys(state.startsWith("#") ? state.substring(1) : state)) {
            if (known.contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> keys(String state) {
        Set<String> keys = new HashSet<>();
        for (String pair : state.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                keys.add(pair.substring(0, eq));
            }
        }
        return keys;
    }

    private int classes(Preset preset) throws SQLException {
        if (preset.datasetId.isEmpty()) {
            return preset.activeDataset().classes();
        }
        OptionalInt classes = datasets.of(preset.datasetId);
        if (classes.isEmpty()) {
            throw new BadRequestResponse("state names datasetId=" + preset.datasetId
                    + ", but no uploaded dataset has that id; upload the dataset first (POST /api/datasets)");
        }
        return classes.getAsInt();
    }

    /** The network the state describes must take the weights: the engine's snapshot reader decides. */
    private static void checkWeights(Preset preset, int classes, String weights) {
        int[] shape = shape(preset, classes);
        long values = 0;
        for (int k = 1; k < shape.length; k++) {
            values += (long) shape[k] * shape[k - 1] + shape[k];
        }
        if (values * SNAPSHOT_CHARS_PER_VALUE > MAX_WEIGHTS_CHARS) {
            throw new BadRequestResponse("weights: this state's network has " + values
                    + " weights and biases, more than a 2 MB snapshot holds; share it without weights");
        }
        Network network = emptyNetwork(preset, classes);
        try {
            WeightsSnapshot.importInto(network, weights);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("weights do not fit the state: " + e.getMessage());
        }
    }

    /**
     * The network a stored preset describes with its stored weights loaded (they were checked by
     * {@link #check} when the preset was stored), for {@link CodeExportApi}.
     */
    Network trainedNetwork(Preset preset, String weights) throws SQLException {
        Network network = emptyNetwork(preset, classes(preset));
        WeightsSnapshot.importInto(network, weights);
        return network;
    }

    /** The network the state describes, with weights that are only placeholders until a snapshot is loaded. */
    private static Network emptyNetwork(Preset preset, int classes) {
        return new Network(shape(preset, classes), preset.activation, preset.outputActivation(classes), preset.init,
                Rng.fromSeed("weights-check"));
    }

    /** Inputs (the enabled features), the hidden layers, and the outputs the data's classes need. */
    private static int[] shape(Preset preset, int classes) {
        int[] hidden = preset.networkShape;
        int[] shape = new int[hidden.length + 2];
        shape[0] = preset.featureSet().width();
        System.arraycopy(hidden, 0, shape, 1, hidden.length);
        shape[shape.length - 1] = Preset.outputsFor(classes);
        return shape;
    }
}
