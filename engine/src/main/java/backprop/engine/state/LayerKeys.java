package backprop.engine.state;

import backprop.engine.nn.Activation;
import java.util.List;

/**
 * The keys of each hidden layer's own settings, beside TensorFlow Playground's global
 * {@code activation} (which a TensorFlow Playground link sets alone, as before):
 * {@code layerActivations=relu,,sigmoid} (an empty entry: the global activation) and
 * {@code dropout=0.2,0,0.5} (the rate p of each hidden layer; none by default). The output
 * layer's activation has its key already, {@code outputActivation}. Entries beyond the network's
 * hidden layers are ignored ({@link Preset#fitLayerLists} trims them when the shape shrinks).
 */
final class LayerKeys {
    /** The largest dropout rate (as the engine's). */
    static final double MAX_DROPOUT = 0.95;

    private LayerKeys() {
    }

    static void addTo(List<Key<?>> k) {
        k.add(new Key<>("layerActivations", false, new ActivationList(Limits.MAX_HIDDEN_LAYERS), new Activation[0],
                Reset.RESHAPE));
        k.add(new Key<>("dropout", false, new RateList(Limits.MAX_HIDDEN_LAYERS, MAX_DROPOUT), new double[0],
                Reset.TRAINING));
    }
}
