/**
 * The digits mode: the download of the digits file, the mode's training run and
 * controls, the draw pad, and its own views (the digits as the network sees them, the accuracy
 * chart, the confusion matrix, the output bars, the hidden units, the explained digit) painted
 * through one pixel atlas. Uses {@code base} only.
 */
package backprop.ui.digits;
