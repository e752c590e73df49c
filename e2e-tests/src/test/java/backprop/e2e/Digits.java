package backprop.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Reads and drives the page's digits mode through its DOM hooks ({@code #digits-status} and friends). */
final class Digits {
    private Digits() {
    }

    /** Opens the page in digits mode and waits until the digits are downloaded, decoded and a network is built. */
    static void openReady(String engine, String hash) {
        Playground.openReady("/?engine=" + engine + "#" + hash);
        PageTestBase.waitFor(Waits.TRAINING, d -> "ready".equals(status("state")) || "error".equals(status("state")));
        if (!"ready".equals(status("state"))) {
            throw new AssertionError("The digits did not load: " + status("error"));
        }
    }

    /** A data-* attribute of #digits-status. */
    static String status(String name) {
        return PageTestBase.driver().findElement(By.id("digits-status")).getDomAttribute("data-" + name);
    }

    /** Test accuracy of the last finished test pass, or −1 before the first. */
    static double accuracy() {
        return Waits.number(status("accuracy")).orElse(-1);
    }

    static List<WebElement> confusionCells() {
        return PageTestBase.driver().findElements(By.cssSelector("#confusion td.cell"));
    }

    /** The confusion matrix's counts, [actual][predicted], read from its cells. */
    static int[][] confusionMatrix(int classes) {
        int[][] m = new int[classes][classes];
        for (WebElement cell : confusionCells()) {
            m[Integer.parseInt(cell.getDomAttribute("data-actual"))][Integer.parseInt(cell.getDomAttribute("data-predicted"))] = count(cell);
        }
        return m;
    }

    static int count(WebElement cell) {
        return Integer.parseInt(cell.getDomAttribute("data-count"));
    }

    /** The probabilities of a bars view ({@code #draw-bars} or {@code #digit-outputs}), read in one go (training goes on). */
    static double[] bars(String id) {
        @SuppressWarnings("unchecked")
        List<String> values = (List<String>) PageTestBase.js("return Array.from(document.querySelectorAll("
                + "'#' + arguments[0] + ' .bar-row'), r => r.dataset.p);", id);
        double[] p = new double[values.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = Double.parseDouble(values.get(i));
        }
        return p;
    }
}
