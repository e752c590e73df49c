package backprop.ui.digits;

import backprop.ui.base.Format;

/**
 * Where the digits mode's frames spend their time — training, test evaluation, drawing — as
 * running means and maxima since the run was built, so that a frame that grows into a long
 * task (&gt; 50 ms) can be traced to its part. Shown as {@code data-frame-ms} for the benchmark.
 */
final class FrameTiming {
    private final double[] sum = new double[3];
    private final double[] max = new double[3];
    private int frames;

    void clear() {
        frames = 0;
        for (int i = 0; i < 3; i++) {
            sum[i] = 0;
            max[i] = 0;
        }
    }

    void add(double train, double evaluate, double draw) {
        frames++;
        record(0, train);
        record(1, evaluate);
        record(2, draw);
    }

    private void record(int part, double millis) {
        sum[part] += millis;
        if (millis > max[part]) {
            max[part] = millis;
        }
    }

    /** "train mean/max, evaluate mean/max, draw mean/max; frames" in milliseconds. */
    String toText() {
        StringBuilder s = new StringBuilder();
        String[] names = {"train", "evaluate", "draw"};
        for (int i = 0; i < 3; i++) {
            s.append(names[i]).append(' ').append(Format.fixed(frames == 0 ? 0 : sum[i] / frames, 1)).append('/')
                    .append(Format.fixed(max[i], 1)).append(" ms; ");
        }
        return s.append(frames).append(" frames").toString();
    }
}
