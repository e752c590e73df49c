/**
 * The playground's drawings: the output plot (the heatmap of the network's output or of one
 * neuron, with the data points), the network diagram (its layout, links and neurons, the tooltip
 * and inspector of what is pointed at, and the overlay it can be drawn through), the loss chart and
 * the update-ratio chart. Uses {@code base} only; it reaches the controller through
 * {@link backprop.ui.base.Playground}.
 */
package backprop.ui.plot;
