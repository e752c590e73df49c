package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The lessons (#lesson=N): each chapter's task done through the page's own fields and buttons in
 * both engines, a teacher's link with its own numbers read back through window.playground (and the
 * page's numbers checked against the forward pass written out here), progress kept across a reload,
 * the way between chapters and out, and the default build handing a lesson to the full build.
 */
class LessonsIT extends PageTestBase {
    /** Opens chapter {@code n} of {@code hash} in {@code engine} and waits until the panel shows it. */
    private static void openLesson(String engine, String hash, int n) {
        Playground.openReady("/?engine=" + engine + "#" + hash);
        waitForChapter(n);
    }

    private static void waitForChapter(int n) {
        waitFor(Waits.LOAD, d -> ((Number) lesson().get("chapter")).intValue() == n
                && Integer.toString(n).equals(panel().getDomAttribute("data-chapter")) && panel().isDisplayed());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lesson() {
        Object o = js("return window.playground.lesson ? window.playground.lesson() : {chapter: -1};");
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> numbers() {
        return (Map<String, Object>) lesson().get("numbers");
    }

    private static double number(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static double[] list(Map<String, Object> m, String key) {
        List<Object> l = (List<Object>) m.get(key);
        double[] d = new double[l.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = l.get(i) == null ? Double.NaN : ((Number) l.get(i)).doubleValue();
        }
        return d;
    }

    private static WebElement panel() {
        return driver().findElement(By.id("lessons"));
    }

    /** Types {@code value} into the lesson field {@code id} as a learner would. */
    private static void type(String id, String value) {
        WebElement field = driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private static void waitUntilDone() {
        waitFor(Waits.REACTION, d -> "true".equals(panel().getDomAttribute("data-done")));
        assertEquals(Boolean.TRUE, lesson().get("done"));
        assertTrue(driver().findElement(By.id("lesson-done")).getText().contains("\u2713"));
    }

    private static boolean done() {
        return Boolean.TRUE.equals(lesson().get("done"));
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void chapterOneIsDoneByRaisingAWeight(String engine) {
        openLesson(engine, "lesson=1", 1);
        assertTrue(panel().getText().contains("Lesson 1 of 7"), panel().getText());
        assertFalse(done());
        assertTrue(number(numbers(), "output") < 0.9);
        type("lesson-w4", "4");
        waitUntilDone();
        assertEquals(4, list(numbers(), "weights")[4]);
        assertTrue(number(numbers(), "output") > 0.9);
        assertTrue(Playground.hash().contains("lessonW=0.5,-0.4,0.3,0.8,4,-0.6"), Playground.hash());
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void chapterTwoIsDoneByBringingTheLossDown(String engine) {
        openLesson(engine, "lesson=2", 2);
        assertTrue(number(numbers(), "loss") > 0.01);
        type("lesson-b2", "-1.5");
        waitUntilDone();
        assertTrue(number(numbers(), "loss") < 0.01);
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void chapterThreeIsDoneByPredictingTheSign(String engine) {
        openLesson(engine, "lesson=3", 3);
        Map<String, Object> n = numbers();
        int asked = ((Number) n.get("asked")).intValue();
        assertEquals(3, asked, "w22 is asked first");
        assertTrue(Double.isNaN(list(n, "gradients")[asked]), "the asked gradient is hidden until answered");
        double[] deltas = list(n, "deltas");
        double[] x = list(n, "x");
        // ∂L/∂w₂₂ = δ(h₂)·x₂: the learner reasons from the δ the page shows.
        boolean positive = deltas[1] * x[1] > 0;
        driver().findElement(By.id(positive ? "lesson-guess-plus" : "lesson-guess-minus")).click();
        waitUntilDone();
        double revealed = list(numbers(), "gradients")[asked];
        assertEquals(deltas[1] * x[1], revealed, 1e-12 * Math.abs(revealed));
        assertTrue(driver().findElement(By.id("lesson-verdict")).getText().startsWith("Right"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void chapterFourIsDoneByPickingTheLearningRate(String engine) {
        openLesson(engine, "lesson=4", 4);
        assertFalse(done());
        double[] small = list(numbers(), "lossesSmall");
        double[] large = list(numbers(), "lossesLarge");
        assertTrue(small[small.length - 1] > 0.001 && large[large.length - 1] > 0.001, "both extremes fail");
        type("lesson-rate", "5");
        waitUntilDone();
        Map<String, Object> n = numbers();
        assertEquals(5, number(n, "rate"));
        double[] g = list(n, "gradients");
        double[] change = list(n, "changes");
        double[] w = list(n, "weights");
        double[] after = list(n, "newWeights");
        for (int k = 0; k < 6; k++) {
            assertEquals(-5 * g[k], change[k], 1e-12 * Math.max(1e-12, Math.abs(change[k])), "Δw = −η·∂L/∂w");
            assertEquals(w[k] + change[k], after[k], 1e-12);
        }
        double[] losses = list(n, "losses");
        assertTrue(losses[losses.length - 1] < 0.001);
    }

    @Test
    void aTeachersLinkWithItsOwnNumbersIsReadBack() {
        openLesson("js", "lesson=2&lessonX=-1,2&lessonT=0.9&lessonW=1,2,-3,0.5,1.5,-2&lessonB=0.5,-0.5,1"
                + "&lessonRate=3", 2);
        Map<String, Object> n = numbers();
        assertEquals(List.of(-1.0, 2.0), List.of(list(n, "x")[0], list(n, "x")[1]));
        assertEquals(0.9, number(n, "target"));
        double[] w = list(n, "weights");
        double[] b = list(n, "biases");
        assertEquals(3, number(n, "rate"));
        double h1 = sigmoid(1 * -1 + 2 * 2 + 0.5);
        double h2 = sigmoid(-3 * -1 + 0.5 * 2 - 0.5);
        double o = sigmoid(1.5 * h1 - 2 * h2 + 1);
        assertEquals(List.of(1.0, 2.0, -3.0, 0.5, 1.5, -2.0), List.of(w[0], w[1], w[2], w[3], w[4], w[5]));
        assertEquals(List.of(0.5, -0.5, 1.0), List.of(b[0], b[1], b[2]));
        assertEquals(o, number(n, "output"), 1e-12);
        assertEquals(0.5 * (o - 0.9) * (o - 0.9), number(n, "loss"), 1e-12);
        assertTrue(driver().findElement(By.id("lesson-t")).getDomProperty("value").equals("0.9"));
    }

    @Test
    void aValueOutOfRangeGetsTheUsualMessage() {
        openLesson("js", "lesson=1&lessonW=1,2&lessonB=0,0,40", 1);
        String notice = driver().findElement(By.id("notice")).getText();
        assertTrue(notice.contains("lessonW") && notice.contains("lessonB"), notice);
        assertEquals(10, list(numbers(), "biases")[2]);
    }

    @Test
    void progressIsKeptAcrossAReloadAndShownAsDots() {
        openLesson("js", "lesson=2", 2);
        type("lesson-b2", "-2");
        waitUntilDone();
        openLesson("js", "lesson=1", 1);
        assertTrue(lesson().get("completed").toString().contains("2"), lesson().toString());
        assertTrue(driver().findElement(By.id("lesson-dot-2")).getDomAttribute("class").contains("done"));
        assertTrue(driver().findElement(By.id("lesson-count")).getText().matches("[1-7] of 7 done"));
    }

    @Test
    void nextPreviousAndCloseMoveThroughTheAddress() {
        openLesson("js", "lesson=1", 1);
        assertNotNullAttribute(driver().findElement(By.id("lesson-prev")), "disabled");
        driver().findElement(By.id("lesson-next")).click();
        waitForChapter(2);
        assertTrue(Playground.hash().contains("lesson=2"), Playground.hash());
        driver().findElement(By.id("lesson-prev")).click();
        waitForChapter(1);
        driver().findElement(By.id("lesson-close")).click();
        waitFor(Waits.REACTION, d -> !panel().isDisplayed());
        assertFalse(Playground.hash().contains("lesson="), Playground.hash());
        assertEquals(0, ((Number) lesson().get("chapter")).intValue());
    }

    @Test
    void openInThePlaygroundCarriesTheNetworkOver() {
        openLesson("js", "lesson=1&lessonW=1,2,-3,0.5,1.5,-2", 1);
        driver().findElement(By.id("lesson-playground")).click();
        waitFor(Waits.REACTION, d -> !panel().isDisplayed());
        String state = Playground.state();
        assertTrue(state.contains("networkShape=2&") && state.contains("activation=sigmoid"), state);
        String weights = Playground.weightsJson();
        assertTrue(weights.contains("1.5") && weights.contains("-3"), weights);
    }

    @Test
    void theBackwardPassLeadsToTheTextbookExample() {
        openLesson("js", "lesson=3", 3);
        driver().findElement(By.id("lesson-textbook")).click();
        WebElement textbook = driver().findElement(By.id("textbook"));
        waitFor(Waits.REACTION, d -> textbook.isDisplayed() && !panel().isDisplayed());
        assertTrue(Playground.hash().contains("textbook=true"), Playground.hash());
    }

    @Test
    void theDefaultBuildHandsALessonToTheFullBuild() {
        Playground.openReady("/?engine=js#seed=lessons");
        assertEquals("playground", js("return window.playground.build();"));
        js("location.hash = '#seed=lessons&lesson=3';");
        waitFor(Waits.LOAD, d -> "full".equals(js("return window.playground.build ? window.playground.build() : '';")));
        js("return window.playground.ready.then(() => true);");
        waitForChapter(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void aChapterFitsAPhoneAndNamesEveryControl(int chapter) {
        driver().manage().window().setSize(new Dimension(375, 812));
        try {
            openLesson("js", "lesson=" + chapter, chapter);
            long overflow = ((Number) js("return document.documentElement.scrollWidth - window.innerWidth;")).longValue();
            assertTrue(overflow <= 0, "no sideways scrolling at 375 px, overflow " + overflow);
            @SuppressWarnings("unchecked")
            List<String> unnamed = (List<String>) js("return Array.from(document.querySelectorAll("
                    + "'#lessons button, #lessons select, #lessons input, #lessons canvas')).filter(e => {"
                    + " const label = e.getAttribute('aria-label') || (e.labels && e.labels.length"
                    + "   && e.labels[0].textContent.trim()) || (e.tagName === 'BUTTON' && e.textContent.trim());"
                    + " return !label; }).map(e => e.outerHTML.slice(0, 80));");
            assertEquals(List.of(), unnamed);
            @SuppressWarnings("unchecked")
            List<String> repeated = (List<String>) js("const seen = new Set(), twice = [];"
                    + " document.querySelectorAll('[id]').forEach(e => { if (seen.has(e.id)) twice.push(e.id);"
                    + " seen.add(e.id); }); return twice;");
            assertEquals(List.of(), repeated);
            assertEquals("polite", driver().findElement(By.id(chapter == 3 ? "lesson-verdict" : "lesson-live"))
                    .getDomAttribute("aria-live"));
            screenshot("lesson-" + chapter + "-375");
        } finally {
            driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private static void assertNotNullAttribute(WebElement e, String name) {
        assertTrue(e.getDomAttribute(name) != null, name + " missing");
    }
}
