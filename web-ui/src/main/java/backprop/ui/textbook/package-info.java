/**
 * The textbook example's view: a 2-2-2 sigmoid network with the square loss whose inputs,
 * targets, weights, biases, η and "biases fixed" the reader sets (in its fields or the address),
 * and every number of one step of it — net inputs and outputs, the total error, each ∂E/∂w and
 * ∂E/∂b, each updated weight — read from the engine's {@code TextbookExample}, to 9 significant
 * digits or all of them. Uses {@code base}; only the root package uses it (the full build).
 */
package backprop.ui.textbook;
