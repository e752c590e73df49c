/**
 * A trained network written out as code a reader can run without the playground: a NumPy
 * script, a PyTorch {@code nn.Module}, a Keras model, a plain Java class and a plain JavaScript
 * file, each rebuilding the same network (input features, layers, activations, output) with every
 * weight and bias in full precision (the shortest decimal that reads back to the same double), a
 * function that predicts for (x, y), and three check points with the values the engine computed
 * for them. The code is generated from the engine's {@link backprop.engine.nn.Network}, never
 * from a template with numbers copied in. A typed input feature is written from its formula
 * ({@link backprop.engine.formula.Formula#toCode}, one {@link backprop.engine.formula.CodeDialect}
 * per maths library, {@code MathLibrary}) and computed as the engine computes it, 0 where it is NaN or infinite. Uses
 * {@link backprop.engine.nn}, {@link backprop.engine.data}, {@link backprop.engine.formula} and
 * {@link backprop.engine.text}.
 */
package backprop.engine.export;
