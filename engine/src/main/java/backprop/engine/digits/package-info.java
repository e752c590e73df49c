/**
 * The handwritten digits: decoding the digits file (with a gzip decoder of its own), the fixed
 * train/test split, preparing a drawn digit the way the dataset's digits were, and a digits
 * run with its sliced test evaluation and confusion matrix. On top of the engine: uses
 * {@link backprop.engine.train}, {@link backprop.engine.state}, {@link backprop.engine.data},
 * {@link backprop.engine.nn} and {@link backprop.engine.text}.
 */
package backprop.engine.digits;
