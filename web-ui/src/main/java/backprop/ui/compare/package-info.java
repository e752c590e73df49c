/**
 * The compare mode ({@code compare=true} in the address): two copies of the network trained side by
 * side on the same data from the same initial weights, side B with the settings {@code compareB}
 * changes ({@link backprop.engine.train.RunPair}). Its own small plots and diagrams, side B's
 * controls and one loss chart with both curves. Uses {@code base} and {@code plot}; the root wires it
 * in through {@link backprop.ui.compare.ComparePart}.
 */
package backprop.ui.compare;
