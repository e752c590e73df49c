package backprop.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The digits' speed in the page, measured and reported, never asserted (the machines are shared: timings vary
 * with their load). A digits network (784-64-10 unless {@code digits.hash} says otherwise) trains
 * for {@link #SECONDS} s after "play"; the report
 * gives the time to ≥ 90 % test accuracy, the accuracy curve, and every long task (&gt; 50 ms)
 * a PerformanceObserver saw meanwhile. Run with
 * {@code mvn verify -Dit.test=DigitsBenchmarkIT -Ddigits.benchmark=true}; the report goes to
 * {@code target/digits-benchmark.txt} and the console.
 */
@EnabledIfSystemProperty(named = "digits.benchmark", matches = "true")
class DigitsBenchmarkIT extends PageTestBase {
    static final int SECONDS = 15;
    /** The run measured; {@code -Ddigits.hash=digits=digit&seed=bench} measures the page's plain defaults instead. */
    static final String HASH = System.getProperty("digits.hash",
            "digits=digit&digitLayers=64&activation=relu&learningRate=0.1&seed=bench");

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void timeToNinetyPercent(String engine) throws Exception {
        Digits.openReady(engine, HASH);
        waitFor(Waits.LOAD, d -> Digits.accuracy() >= 0);
        js("window.__longTasks = []; new PerformanceObserver(list => { for (const e of list.getEntries()) {"
                + " window.__longTasks.push([Math.round(e.startTime - window.__playAt), Math.round(e.duration)]); } })"
                + ".observe({type: 'longtask'}); window.__playAt = performance.now(); window.playground.play();");
        Thread.sleep(SECONDS * 1000L);
        Playground.call("pause");
        String curve = Digits.status("curve");
        @SuppressWarnings("unchecked")
        List<List<Number>> longTasks = (List<List<Number>>) js("return window.__longTasks;");
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        StringBuilder report = new StringBuilder();
        report.append("engine ").append(engine).append(", ").append(HASH).append('\n');
        report.append("load average at the end: ").append(load).append('\n');
        report.append("time to >= 90 %: ").append(timeTo(curve, 0.9)).append('\n');
        report.append("frames: ").append(Digits.status("frame-ms")).append('\n');
        int inTen = 0;
        long worst = 0;
        for (List<Number> t : longTasks) {
            if (t.get(0).longValue() <= 10_000) {
                inTen++;
                worst = Math.max(worst, t.get(1).longValue());
            }
        }
        report.append("long tasks in the first 10 s: ").append(inTen).append(" (longest ").append(worst)
                .append(" ms); all: ").append(longTasks).append('\n');
        report.append("curve (ms after play when the evaluated weights were taken, training digits seen, test accuracy):\n");
        for (String point : curve.split(";")) {
            report.append("  ").append(point).append('\n');
        }
        System.out.println(report);
        Files.writeString(outputDir().resolve("digits-benchmark.txt"), report + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        screenshot("digits-benchmark-" + engine);
    }

    /** "2811 ms (5790 digits)" for the first point at or above {@code level}, or "not reached". */
    private static String timeTo(String curve, double level) {
        for (String point : curve.split(";")) {
            String[] f = point.split(",");
            if (f.length == 3 && Double.parseDouble(f[2]) >= level) {
                return f[0] + " ms (" + f[1] + " training digits, " + f[2] + ")";
            }
        }
        return "not reached in " + SECONDS + " s";
    }
}
