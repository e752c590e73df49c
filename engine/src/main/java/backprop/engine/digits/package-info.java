/**
 * The handwritten digits: decoding the digits file (inflated
 * by whoever read it: the browser or {@code java.util.zip}), the fixed
 * train/test split, preparing a drawn digit the way the dataset's digits were, and a digits
 * run with its sliced test evaluation and confusion matrix, and what its accuracy is worth (the
 * accuracy of always giving one answer, the accuracy within each class). On top of the engine: uses
 * {@link backprop.engine.train}, {@link backprop.engine.state}, {@link backprop.engine.data},
 * {@link backprop.engine.nn} and {@link backprop.engine.text}.
 */
package backprop.engine.digits;
