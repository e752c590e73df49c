package backprop.engine.nn;

/** Validation and display of network shapes [inputs, hidden..., outputs]. */
final class Shapes {
    private Shapes() {
    }

    static void check(int[] shape, int maxLayerSize, int maxHiddenLayers, int maxWeights) {
        if (shape == null || shape.length < 2) {
            throw new IllegalArgumentException("A network needs at least an input and an output layer: shape = "
                    + "[inputs, hidden..., outputs], got " + describe(shape));
        }
        if (shape.length - 2 > maxHiddenLayers) {
            throw new IllegalArgumentException("At most " + maxHiddenLayers + " hidden layers, got "
                    + (shape.length - 2));
        }
        long total = 0;
        for (int k = 0; k < shape.length; k++) {
            if (shape[k] < 1 || shape[k] > maxLayerSize) {
                String what = k == 0 ? "the input layer" : k == shape.length - 1 ? "the output layer"
                        : "hidden layer " + k;
                throw new IllegalArgumentException("Every layer needs 1.." + maxLayerSize + " neurons, but "
                        + what + " has " + shape[k] + " in " + describe(shape));
            }
            if (k > 0) {
                total += (long) shape[k - 1] * shape[k];
            }
        }
        if (total > maxWeights) {
            throw new IllegalArgumentException("The shape " + describe(shape) + " has " + total
                    + " weights; at most " + maxWeights + " fit");
        }
    }

    static String describe(int[] shape) {
        if (shape == null) {
            return "null";
        }
        StringBuilder text = new StringBuilder("[");
        for (int k = 0; k < shape.length; k++) {
            text.append(k == 0 ? "" : ", ").append(shape[k]);
        }
        return text.append(']').toString();
    }
}
