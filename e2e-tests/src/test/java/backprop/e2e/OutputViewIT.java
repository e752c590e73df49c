package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/** The output plot (test points, discretize, three classes) and the loss chart. */
class OutputViewIT extends PageTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void testPointsAndDiscretizeChangeThePictureAndTheHash(String engine) {
        Playground.openReady("/?engine=" + engine + "#seed=0.2&dataset=circle&speed=0");
        Playground.call("play");
        Playground.waitForTrainLossBelow(0.1);
        Playground.call("pause");
        String plain = Canvas.fingerprint("heatmap");
        driver().findElement(By.id("showTestData")).click();
        waitFor(Waits.REACTION, d -> Playground.hash().contains("showTestData=true"));
        assertNotEquals(plain, Canvas.fingerprint("heatmap"));
        long shaded = Canvas.distinctColours("heatmap", 60, 60, 300, 300, 3);
        driver().findElement(By.id("discretize")).click();
        waitFor(Waits.REACTION, d -> Playground.hash().contains("discretize=true"));
        long discrete = Canvas.distinctColours("heatmap", 60, 60, 300, 300, 3);
        assertTrue(discrete < shaded, "discretized: " + discrete + " colours, shaded: " + shaded);
        screenshot("discretized-" + engine);
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void threeClassesTrainWithAThreeColourBoundary(String engine) {
        Playground.openReady("/?engine=" + engine + "#seed=0.3&dataset=blobs3&networkShape=6&learningRate=0.1&speed=0");
        Playground.call("play");
        waitFor(Waits.TRAINING, d -> Playground.statusNumberIs("test-accuracy", a -> a > 0.9));
        Playground.call("pause");
        assertTrue(Canvas.distinctColours("heatmap", 40, 10, 390, 390, 5) > 3);
        int[] greenish = findGreenish();
        assertTrue(greenish != null, "the third class's colour is on the plot");
        screenshot("three-classes-" + engine);
    }

    /** Any pixel of the heatmap in the third class's green (lightened or not); null when none. */
    private static int[] findGreenish() {
        for (int y = 20; y < 420; y += 10) {
            for (int x = 40; x < 430; x += 10) {
                int[] p = Canvas.pixel("heatmap", x, y);
                if (p[1] > p[0] + 30 && p[1] > p[2] + 30) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * A big network's plot is evaluated on a coarser grid while it trains (it would cost most of a
     * frame), and at full resolution when paused: with the output discretized, the band where the
     * two colours blend across the boundary is one grid cell of the scaled picture wide.
     */
    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void aBigNetworkIsPlottedCoarserWhileItTrainsAndSharpWhenPaused(String engine) {
        Playground.openReady("/?engine=" + engine + "#seed=0.5&dataset=circle&discretize=true&networkShape=8,8,8,8,8,8&speed=0");
        Playground.call("play");
        waitFor(Waits.TRAINING, d -> Playground.epoch() > 300);
        double[] playing = blendBand();
        Playground.call("pause");
        waitFor(Waits.REACTION, d -> blendBand()[0] == 100);
        double[] paused = blendBand();
        assertEquals(50, playing[0], "grid side while training");
        assertTrue(playing[1] >= 5, "blend band while training: " + playing[1] + " px");
        assertTrue(paused[1] <= 4, "blend band when paused: " + paused[1] + " px");
        screenshot("big-network-paused-" + engine);
    }

    /**
     * The plot's grid side (its data-resolution) and the median width in canvas pixels of the runs
     * of pixels blending the two class colours along the rows, read in one go.
     */
    @SuppressWarnings("unchecked")
    private static double[] blendBand() {
        List<Number> r = (List<Number>) js("const c = document.getElementById('heatmap');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " const a = [245, 147, 34], b = [8, 119, 189], ab = a.map((v, i) => b[i] - v);"
                + " const len2 = ab[0] * ab[0] + ab[1] * ab[1] + ab[2] * ab[2];"
                + " const between = (i) => { const q = [d[i] - a[0], d[i + 1] - a[1], d[i + 2] - a[2]];"
                + "   const t = (q[0] * ab[0] + q[1] * ab[1] + q[2] * ab[2]) / len2;"
                + "   if (t < 0.15 || t > 0.85) return false;"
                + "   return Math.hypot(q[0] - t * ab[0], q[1] - t * ab[1], q[2] - t * ab[2]) < 20; };"
                + " const runs = [];"
                + " for (let y = 40; y < c.height - 40; y += 3) { let run = 0;"
                + "   for (let x = 35; x < c.width - 10; x++) {"
                + "     if (between((y * c.width + x) * 4)) run++; else { if (run) runs.push(run); run = 0; } } }"
                + " runs.sort((x, y) => x - y);"
                + " return [Number(c.dataset.resolution), runs.length ? runs[runs.length >> 1] : 0];");
        return new double[] {r.get(0).doubleValue(), r.get(1).doubleValue()};
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void theLossChartFollowsTrainingAndStaysBounded(String engine) {
        Playground.openReady("/?engine=" + engine + "#seed=0.4&dataset=xor&networkShape=4&speed=0");
        String empty = Canvas.fingerprint("loss-chart");
        Playground.call("play");
        waitFor(Waits.TRAINING, d -> Playground.epoch() > 3000);
        Playground.call("pause");
        waitFor(Waits.REACTION, d -> Playground.statusNumber("history-size").isPresent());
        double samples = Playground.statusNumber("history-size").getAsDouble();
        assertTrue(samples > 10 && samples <= 400, "samples: " + samples);
        assertNotEquals(empty, Canvas.fingerprint("loss-chart"));
        String linear = Canvas.fingerprint("loss-chart");
        driver().findElement(By.id("logLoss")).click();
        waitFor(Waits.REACTION, d -> Playground.hash().contains("logLoss=true"));
        assertNotEquals(linear, Canvas.fingerprint("loss-chart"));
        assertEquals("false", Playground.status("playing"));
    }
}
