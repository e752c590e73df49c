package backprop.ui.bench;

import java.util.Arrays;

/**
 * The speed benchmark's JVM column: the same {@link BenchmarkCase}s, the same
 * protocol as the page (warm-up, then {@code reps} timed runs of at least
 * {@code secs} seconds; median, min and max of examples per second).
 * Also times {@link MultiplyAddPeak}, the JVM's multiply-add limit.
 * Prints one line {@code JVM {json}}. Run by {@code bin/bench}:
 * {@code java -cp engine/target/classes:web-ui/target/classes backprop.ui.bench.BenchmarkJvm 5 2 2 1}.
 */
public final class BenchmarkJvm {
    /** Rounds of the multiply-add peak loop per timed call (about 50 µs). */
    static final int PEAK_CALLS = 100;

    private BenchmarkJvm() {
    }

    public static void main(String[] args) {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        double secs = args.length > 1 ? Double.parseDouble(args[1]) : 2;
        double warm = args.length > 2 ? Double.parseDouble(args[2]) : 2;
        double heat = args.length > 3 ? Double.parseDouble(args[3]) : 1;
        StringBuilder json = new StringBuilder("{\"engine\":\"jvm\",\"java\":\"")
                .append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.version")).append("\",\"configs\":[");
        for (int id = 1; id <= BenchmarkCase.CONFIGS; id++) {
            BenchmarkCase bench = BenchmarkCase.create(id, 0);
            Runnable epoch = () -> bench.train(1);
            rate(epoch, bench.count(), warm);
            double[] perSec = new double[reps];
            for (int r = 0; r < reps; r++) {
                perSec[r] = rate(epoch, bench.count(), secs);
            }
            json.append(id > 1 ? "," : "").append("{\"id\":").append(id)
                    .append(",\"examplesPerSec\":").append(summary(perSec))
                    .append(",\"loss\":").append(bench.loss());
            if (id < 3) {
                Runnable compute = bench::heatmap;
                rate(compute, 1, Math.min(1, warm));
                double[] ms = new double[reps];
                for (int r = 0; r < reps; r++) {
                    ms[r] = 1000 / rate(compute, 1, heat);
                }
                json.append(",\"heatmapComputeMs\":").append(summary(ms));
            }
            json.append('}');
            System.err.printf("jvm config %d: %.0f examples/s%n", id, median(perSec));
        }
        MultiplyAddPeak peak = new MultiplyAddPeak();
        double[] sink = new double[1];
        Runnable peakRound = () -> {
            for (int c = 0; c < PEAK_CALLS; c++) {
                sink[0] += peak.run();
            }
        };
        rate(peakRound, PEAK_CALLS * MultiplyAddPeak.PER_CALL, Math.min(1, warm));
        double[] madds = new double[reps];
        for (int r = 0; r < reps; r++) {
            madds[r] = rate(peakRound, PEAK_CALLS * MultiplyAddPeak.PER_CALL, heat);
        }
        json.append("],\"peakMaddPerSec\":").append(summary(madds)).append(",\"peakSink\":").append(sink[0]);
        System.err.printf("jvm multiply-add peak: %.3g /s%n", median(madds));
        BenchmarkCase check = BenchmarkCase.create(1, 42);
        check.trainInOrder(100);
        json.append(",\"checkLoss\":").append(check.loss()).append('}');
        System.out.println("JVM " + json);
    }

    /** Calls fn (perCall units each) until at least secs have passed; units per second. */
    static double rate(Runnable fn, int perCall, double secs) {
        long limit = (long) (secs * 1e9);
        long calls = 0;
        long t0 = System.nanoTime();
        long t;
        do {
            fn.run();
            calls++;
            t = System.nanoTime();
        } while (t - t0 < limit);
        return calls * (double) perCall / ((t - t0) / 1e9);
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int mid = s.length / 2;
        return s.length % 2 == 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
    }

    private static String summary(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        StringBuilder v = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            v.append(i > 0 ? "," : "").append(values[i]);
        }
        return "{\"median\":" + median(values) + ",\"min\":" + s[0] + ",\"max\":" + s[s.length - 1]
                + ",\"values\":[" + v + "]}";
    }
}
