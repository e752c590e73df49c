package backprop.engine.train;

import backprop.engine.nn.Network;
import backprop.engine.nn.Optimizer;

/**
 * Moves what a network has learned into a reshaped copy along index maps, for
 * {@link NetworkSurgery}: a map says, for each row, column or hidden layer of the new network,
 * which one of the old network it takes (−1: a new one, left at its start). Each weight and bias
 * that survives carries its value, its last change, its optimizer state and whether it is dead.
 */
final class Transplant {
    private Transplant() {
    }

    /**
     * Copies weight layer {@code kFrom} of {@code from} into weight layer
     * {@code kTo} of {@code to}: entry (j, i) of the new layer takes entry
     * (rows[j], cols[i]) of the old one — its value, its last change, its
     * optimizer state and whether it is dead — unless either index is −1 (then it stays 0).
     */
    static void layer(Network from, Optimizer fromOpt, int kFrom, Network to, Optimizer toOpt, int kTo,
            int[] rows, int[] cols) {
        int oldIn = from.layerSize(kFrom);
        int newIn = cols.length;
        double[][] fromW = fromOpt.stateOf(kFrom, true);
        double[][] toW = toOpt.stateOf(kTo, true);
        double[][] fromB = fromOpt.stateOf(kFrom, false);
        double[][] toB = toOpt.stateOf(kTo, false);
        for (int j = 0; j < rows.length; j++) {
            int oj = rows[j];
            if (oj < 0) {
                continue;
            }
            to.biases(kTo)[j] = from.biases(kFrom)[oj];
            to.biasChanges(kTo)[j] = from.biasChanges(kFrom)[oj];
            for (int s = 0; s < 2; s++) {
                if (toB[s] != null && fromB[s] != null) {
                    toB[s][j] = fromB[s][oj];
                }
            }
            for (int i = 0; i < newIn; i++) {
                int oi = cols[i];
                if (oi < 0) {
                    continue;
                }
                int a = j * newIn + i;
                int b = oj * oldIn + oi;
                to.weights(kTo)[a] = from.weights(kFrom)[b];
                to.weightChanges(kTo)[a] = from.weightChanges(kFrom)[b];
                if (from.deadLinks().isDead(kFrom, b)) {
                    to.deadLinks().kill(kTo, a);
                }
                for (int s = 0; s < 2; s++) {
                    if (toW[s] != null && fromW[s] != null) {
                        toW[s][a] = fromW[s][b];
                    }
                }
            }
        }
    }

    /**
     * Where each hidden layer of the new network comes from in {@code net} (for
     * {@link Network#copyLayerSettings}): the same layers when {@code change} is 0, a new layer at
     * {@code position} (−1) when 1, the layer at {@code position} gone when −1.
     */
    static int[] hiddenLayers(Network net, int position, int change) {
        int[] map = new int[net.depth() - 1 + change];
        for (int h = 0; h < map.length; h++) {
            map[h] = change == 0 || h < position ? h : change > 0 ? (h == position ? -1 : h - 1) : h + 1;
        }
        return map;
    }

    /** 0, 1, …, n − 1. */
    static int[] keep(int n) {
        int[] map = new int[n];
        for (int i = 0; i < n; i++) {
            map[i] = i;
        }
        return map;
    }

    /** n + 1 entries: the n old indices with −1 (a new one) at {@code at}. */
    static int[] insert(int n, int at) {
        int[] map = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            map[i] = i < at ? i : (i == at ? -1 : i - 1);
        }
        return map;
    }

    /** n − 1 entries: the old indices without {@code at}. */
    static int[] drop(int n, int at) {
        int[] map = new int[n - 1];
        for (int i = 0; i < n - 1; i++) {
            map[i] = i < at ? i : i + 1;
        }
        return map;
    }
}
