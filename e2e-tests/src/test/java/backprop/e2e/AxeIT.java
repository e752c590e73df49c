package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * axe-core, run in the page, finds no serious or critical accessibility violation: on the
 * default page, with the step-through open, in digits mode, in compare mode, with the Share panel
 * open, in every lesson, in the textbook example with every panel open and in the embed ({@code /embed}).
 * (axe is injected through WebDriver, which the page's Content-Security-Policy does not govern.)
 */
class AxeIT extends PageTestBase {

    /** The serious and critical violations axe finds on the page as it is now, one line each. */
    private static List<String> seriousViolations() {
        Results results = new AxeBuilder().analyze(driver());
        assertTrue(results.getErrorMessage() == null || results.getErrorMessage().isEmpty(),
                "axe ran: " + results.getErrorMessage());
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                StringBuilder nodes = new StringBuilder();
                rule.getNodes().forEach(n -> nodes.append("\n      ").append(n.getTarget())
                        .append(" ").append(n.getFailureSummary() == null ? "" : n.getFailureSummary().replace('\n', ' ')));
                found.add(rule.getImpact() + " " + rule.getId() + " (" + rule.getNodes().size() + "): "
                        + rule.getHelp() + nodes);
            }
        }
        return found;
    }

    private static void assertClean(String where) {
        List<String> found = seriousViolations();
        assertTrue(found.isEmpty(), where + ": " + String.join("\n  ", found));
    }

    @Test
    void theDefaultPage() {
        Playground.openReady("/");
        assertClean("the default page");
    }

    @Test
    void theStepThrough() {
        StepThrough.openExplained("js", StepThrough.PRESET + "&explain=train:" + StepThrough.EXAMPLE);
        assertClean("the step-through");
    }

    @Test
    void compareMode() {
        Playground.openReady("/#dataset=circle&compare=true&compareB=learningRate:3");
        waitFor(Waits.REACTION, d -> Boolean.TRUE.equals(js("return window.playground.compare().active;")));
        assertClean("compare mode");
    }

    @Test
    void digitsMode() {
        Digits.openReady("js", "digits=five&digitLayers=32");
        assertClean("digits mode");
    }

    @Test
    void theSharePanel() {
        Playground.openReady("/#seed=0.3");
        driver().findElement(By.id("share")).click();
        WebElement panel = driver().findElement(By.id("share-panel"));
        waitFor(Waits.REACTION, d -> panel.isDisplayed());
        assertClean("the Share panel");
    }

    @Test
    void everyLessonButTheDigitsOne() {
        // Chapter 6 is digits mode, which digitsMode() checks.
        for (int chapter : new int[] {1, 2, 3, 4, 5, 7}) {
            Playground.openReady("/#lesson=" + chapter);
            WebElement panel = driver().findElement(By.id("lessons"));
            waitFor(Waits.LOAD, d -> Integer.toString(chapter).equals(panel.getDomAttribute("data-chapter"))
                    && panel.isDisplayed());
            assertClean("lesson " + chapter);
        }
    }

    @Test
    void theTextbookExampleWithEveryPanelOpen() {
        Playground.openReady("/#textbook=true");
        WebElement view = driver().findElement(By.id("textbook"));
        waitFor(Waits.LOAD, d -> view.isDisplayed());
        js("document.querySelectorAll('#textbook details').forEach(d => d.open = true);");
        assertClean("the textbook example");
    }

    @Test
    void theEmbed() {
        Playground.openReady("/embed#seed=0.3");
        assertClean("the embed");
    }
}
