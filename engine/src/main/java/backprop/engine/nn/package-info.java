/**
 * The maths of one network: the network on flat arrays with its four phases (forward, loss,
 * backward, update), its layers' own activations and dropout ({@link LayerSettings}), one example's
 * forward and backward arithmetic ({@link ExamplePass}), the same passes for a block of examples as
 * matrix products ({@link BatchPass}), the activations and losses each beside its derivative, regularization
 * (TensorFlow Playground's rule) and the links L1 regularization killed,
 * weight initialization, the optimizers and their state (working on the parameter and gradient arrays
 * the network hands them, never on the network itself), the TeaVM-safe maths functions, the
 * seeded random generator, and the argument and shape checks whose messages say what to fix.
 * Uses no other engine package but {@link backprop.engine.text}: the checks write the numbers
 * in their messages with {@link backprop.engine.text.NumberText}, as everywhere else.
 */
package backprop.engine.nn;
