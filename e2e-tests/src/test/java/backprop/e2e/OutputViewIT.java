package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/** The output plot (test points, discretize, three classes) and the loss chart. */
class OutputViewIT extends PageTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void testPointsAndDiscretizeChangeThePictureAndTheHash(String engine) {
        Playground.openReady("/?engine=" + engine + "#seed=0.2&dataset=circle");
        Playground.call("play");
        Playground.waitForTrainLossBelow(0.1, 60);
        Playground.call("pause");
        String plain = Canvas.fingerprint("heatmap");
        driver().findElement(By.id("showTestData")).click();
        waitFor(Duration.ofSeconds(5), d -> Playground.hash().contains("showTestData=true"));
        assertNotEquals(plain, Canvas.fingerprint("heatmap"));
        long shaded = Canvas.distinctColours("heatmap", 60, 60, 300, 300, 3);
        driver().findElement(By.id("discretize")).click();
        waitFor(Duration.ofSeconds(5), d -> Playground.hash().contains("discretize=true"));
        long discrete = Canvas.distinctColours("heatmap", 60, 60, 300, 300, 3);
        assertTrue(discrete < shaded, "discretized: " + discrete + " colours, shaded: " + shaded);
        screenshot("discretized-" + engine);
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void threeClassesTrainWithAThreeColourBoundary(String engine) {
        Playground.openReady("/?engine=" + engine + "#seed=0.3&dataset=blobs3&networkShape=6&learningRate=0.1");
        Playground.call("play");
        waitFor(Duration.ofSeconds(60), d -> Double.parseDouble(Playground.status("test-accuracy")) > 0.9);
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

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void theLossChartFollowsTrainingAndStaysBounded(String engine) {
        Playground.openReady("/?engine=" + engine + "#seed=0.4&dataset=xor&networkShape=4");
        String empty = Canvas.fingerprint("loss-chart");
        Playground.call("play");
        waitFor(Duration.ofSeconds(60), d -> Playground.epoch() > 3000);
        Playground.call("pause");
        int samples = Integer.parseInt(Playground.status("history-size"));
        assertTrue(samples > 10 && samples <= 400, "samples: " + samples);
        assertNotEquals(empty, Canvas.fingerprint("loss-chart"));
        String linear = Canvas.fingerprint("loss-chart");
        driver().findElement(By.id("logLoss")).click();
        waitFor(Duration.ofSeconds(5), d -> Playground.hash().contains("logLoss=true"));
        assertNotEquals(linear, Canvas.fingerprint("loss-chart"));
        assertEquals("false", Playground.status("playing"));
    }
}
