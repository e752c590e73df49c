/**
 * A trained network written out as code a reader can run without the playground: a NumPy
 * script, a PyTorch {@code nn.Module}, a Keras model, a plain Java class and a plain JavaScript
 * file, each rebuilding the same network (input features, layers, activations, output) with every
 * weight and bias in full precision (the shortest decimal that reads back to the same double), a
 * function that predicts for (x, y), and three check points with the values the engine computed
 * for them. The code is generated from the engine's {@link backprop.engine.nn.Network}, never
 * from a template with numbers copied in. Uses {@link backprop.engine.nn},
 * {@link backprop.engine.data} and {@link backprop.engine.text}.
 */
package backprop.engine.export;
