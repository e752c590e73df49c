package backprop.engine.train;

import backprop.engine.data.Examples;
import backprop.engine.nn.BatchPass;
import backprop.engine.nn.Loss;
import backprop.engine.nn.Network;

/**
 * The trainer's batched path: takes the next examples of the epoch's order
 * into an {@link ExampleBlock} and trains them together through a
 * {@link BatchPass}. Both are made when first needed and again only when the
 * network's shape or the examples' widths change.
 */
final class BlockTraining {
    private BatchPass pass;
    private ExampleBlock block;

    /**
     * Trains the next {@code wanted} examples of {@code epochs}' order, or fewer: at least 1, at
     * most {@link BatchPass#MAX_BLOCK} and what is left of the epoch. Their gradients are added
     * to the network's sums; returns how many were trained.
     */
    int train(Network network, Loss loss, Examples examples, EpochOrder epochs, int wanted) {
        int m = Math.max(1, Math.min(Math.min(wanted, epochs.remaining()), BatchPass.MAX_BLOCK));
        if (pass == null || !pass.fits(network)) {
            pass = new BatchPass(network.shape(), BatchPass.MAX_BLOCK);
        }
        if (block == null || !block.fits(examples)) {
            block = new ExampleBlock(examples.inputWidth, examples.targetWidth, BatchPass.MAX_BLOCK);
        }
        block.clear();
        for (int q = 0; q < m; q++) {
            block.add(examples, epochs.next());
        }
        pass.train(network, loss, block.inputs, block.targets, m);
        return m;
    }
}
