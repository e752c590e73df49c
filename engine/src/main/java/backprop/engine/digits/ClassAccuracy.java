package backprop.engine.digits;

import backprop.engine.nn.Checks;

/**
 * What a digits accuracy is worth: the accuracy of a network that always gives the same answer
 * (for "Is it a 5?" always "not a 5" is right for about 90 % of the digits, so 90 % is no
 * achievement), and the accuracy within each class (the recall: of the test digits that are
 * class c, the share the network calls c), read off the confusion matrix.
 */
public final class ClassAccuracy {
    private ClassAccuracy() {
    }

    /** The share of the test digits in class {@code answer}: the accuracy of always answering it. */
    public static double alwaysAnswering(int[] classCounts, int answer) {
        Checks.notNull(classCounts, "class counts");
        Checks.index(answer, classCounts.length, "answer");
        int total = 0;
        for (int n : classCounts) {
            total += n;
        }
        return total == 0 ? 0.0 : (double) classCounts[answer] / total;
    }

    /**
     * For each actual class c (a row of {@code confusion[actual][predicted]}): the share of its
     * test digits predicted as c; NaN for a class with no test digits.
     */
    public static double[] perClass(int[][] confusion) {
        Checks.notNull(confusion, "confusion matrix");
        double[] recall = new double[confusion.length];
        for (int c = 0; c < confusion.length; c++) {
            int row = 0;
            for (int n : confusion[c]) {
                row += n;
            }
            recall[c] = row == 0 ? Double.NaN : (double) confusion[c][c] / row;
        }
        return recall;
    }
}
