/**
 * Training a network and reading it out: the trainer (mini-batches, divergence; its update settings and what it measures) with the order
 * of its epochs, the learning-rate schedule and the stop rule, the blocks of examples of its
 * batched path, and the check that examples suit the network, metrics, the loss history, update
 * ratios, grid evaluation for the heatmaps, the trace of one example's four phases with the
 * arithmetic of one weight's update, the choice of an example worth explaining, live surgery on the network's shape (with the index maps that carry what survives), checkpoints, weights
 * and run snapshots as text, and the playground run built from a preset (and the compare mode's pair of runs). Uses
 * {@link backprop.engine.state}, {@link backprop.engine.data}, {@link backprop.engine.formula}, {@link backprop.engine.nn} and
 * {@link backprop.engine.text}.
 */
package backprop.engine.train;
