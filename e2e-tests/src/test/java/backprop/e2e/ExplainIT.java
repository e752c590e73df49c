package backprop.e2e;

import static backprop.e2e.StepThrough.COLUMNS;
import static backprop.e2e.StepThrough.EXAMPLE;
import static backprop.e2e.StepThrough.MOMENTUM_L2;
import static backprop.e2e.StepThrough.PRESET;
import static backprop.e2e.StepThrough.attr;
import static backprop.e2e.StepThrough.check;
import static backprop.e2e.StepThrough.docScreenshot;
import static backprop.e2e.StepThrough.explain;
import static backprop.e2e.StepThrough.halfUnit;
import static backprop.e2e.StepThrough.jvm;
import static backprop.e2e.StepThrough.next;
import static backprop.e2e.StepThrough.numbers;
import static backprop.e2e.StepThrough.openExplained;
import static backprop.e2e.StepThrough.shownText;
import static backprop.e2e.StepThrough.shownValue;
import static backprop.e2e.StepThrough.weight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.DataPoints;
import backprop.engine.nn.Network;
import backprop.engine.train.Trace;
import backprop.engine.train.Trainer;
import backprop.engine.train.UpdateArithmetic;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "Watch backprop happen": the step-through view shows, in every phase, the
 * numbers of the engine's trace of the example — the same trace the engine
 * computes on the JVM for the same seeded preset. Tolerance: the exact value
 * behind each number (its data-value) agrees with the JVM's to 1e-9 relative
 * (JavaScript and WebAssembly agree with the JVM to ~1e-12), and the rounded
 * text people read is the JVM's value to its 4 significant digits (within
 * half a unit of the last digit shown, plus that 1e-9).
 */
class ExplainIT extends PageTestBase {
    @ParameterizedTest
    @ValueSource(strings = {"js", "wasm"})
    void everyPhaseShowsTheEnginesTraceOfTheExample(String engine) throws Exception {
        Trainer trainer = jvm(PRESET).trainer();
        Trace trace = trainer.trace(false, EXAMPLE);
        Network n = trace.before();
        int depth = n.depth();
        openExplained(engine, PRESET + "&explain=train:" + EXAMPLE + "&explainStep=1");
        assertEquals("forward", attr("phase"));
        assertEquals("1", attr("step"));
        assertEquals("0", attr("position"));
        assertTrue(driver().findElement(By.id("explain-prev")).getDomAttribute("disabled") != null);
        DataPoints points = jvm(PRESET).trainPoints();
        Map<String, String[]> shown = numbers();
        check(shown, "explain-x", points.x[EXAMPLE]);
        check(shown, "explain-y", points.y[EXAMPLE]);
        for (int i = 0; i < n.inputCount(); i++) {
            check(shown, "explain-in-" + i, trace.inputs()[i]);
        }

        // Forward: one more layer lights up with each step.
        for (int step = 1; step <= depth; step++) {
            if (step > 1) {
                next();
            }
            assertEquals("forward", attr("phase"));
            assertEquals(Integer.toString(step), attr("step"));
            shown = numbers();
            for (int layer = 1; layer <= depth; layer++) {
                for (int j = 0; j < n.layerSize(layer); j++) {
                    if (layer <= step) {
                        check(shown, "explain-z-" + layer + "-" + j, trace.preActivations(layer - 1)[j]);
                        check(shown, "explain-a-" + layer + "-" + j, trace.outputs(layer - 1)[j]);
                    } else {
                        assertFalse(shown.containsKey("explain-z-" + layer + "-" + j), "layer " + layer + " not yet");
                    }
                }
            }
            if (step == 2) {
                docScreenshot("explain-forward", engine);
            }
        }

        next();
        assertEquals("loss", attr("phase"));
        shown = numbers();
        check(shown, "explain-loss", trace.loss());
        check(shown, "explain-o-0", trace.outputs(depth - 1)[0]);
        check(shown, "explain-t-0", trace.targets()[0]);
        assertEquals(trace.loss(), 0.5 * Math.pow(shownValue("explain-o-0") - shownValue("explain-t-0"), 2),
                1e-12, "square loss ½(o − t)²");
        docScreenshot("explain-loss", engine);

        // Backward: δ travels from the output back.
        for (int step = 1; step <= depth; step++) {
            next();
            assertEquals("backward", attr("phase"));
            shown = numbers();
            for (int layer = depth; layer >= 1; layer--) {
                for (int j = 0; j < n.layerSize(layer); j++) {
                    String id = "explain-delta-" + layer + "-" + j;
                    if (layer > depth - step) {
                        check(shown, id, trace.deltas(layer - 1)[j]);
                    } else {
                        assertFalse(shown.containsKey(id), id + " not yet");
                    }
                }
            }
            if (step == 2) {
                docScreenshot("explain-backward", engine);
            }
        }

        next();
        assertEquals("update", attr("phase"));
        assertTrue(driver().findElement(By.id("explain-next")).getDomAttribute("disabled") != null, "the last step");
        shown = numbers();
        check(shown, "explain-lr", 0.1);
        for (int k = 0; k < depth; k++) {
            int in = n.layerSize(k);
            for (int j = 0; j < n.layerSize(k + 1); j++) {
                for (int i = 0; i < in; i++) {
                    String id = k + "-" + j + "-" + i;
                    check(shown, "explain-dw-" + id, trace.weightChanges(k)[j * in + i]);
                    assertEquals(trace.after().weights(k)[j * in + i],
                            Double.parseDouble(shown.get("explain-wafter-" + id)[0]), 1e-9);
                    assertEquals(trace.before().weights(k)[j * in + i],
                            Double.parseDouble(shown.get("explain-w-" + id)[0]), 1e-9);
                }
                check(shown, "explain-db-" + k + "-" + j, trace.biasChanges(k)[j]);
            }
        }
        String plain = Canvas.fingerprint("heatmap");
        driver().findElement(By.id("explain-after")).click();
        waitFor(Waits.REACTION, d -> d.findElement(By.id("heatmap-caption")).getText().contains("after"));
        assertNotEquals(plain, Canvas.fingerprint("heatmap"), "the plot shows the network after the update");
        docScreenshot("explain-update", engine);
        assertTrue(Playground.hash().contains("explain=train:" + EXAMPLE + "&phase=update"), Playground.hash());
        assertEquals(List.of(), severeConsoleErrors());
    }

    static Stream<Arguments> enginesAndOptimizers() {
        return Stream.of(Arguments.of("js", PRESET), Arguments.of("wasm", PRESET), Arguments.of("js", MOMENTUM_L2),
                Arguments.of("wasm", MOMENTUM_L2));
    }

    @ParameterizedTest
    @MethodSource("enginesAndOptimizers")
    void aLinksArithmeticAddsUpAndApplyingChangesTheWeightByTheShownDelta(String engine, String preset) {
        Trainer trainer = jvm(preset).trainer();
        boolean momentum = preset.contains("momentum");
        openExplained(engine, preset + "&explain=train:" + EXAMPLE + "&phase=backward");
        if (momentum) {
            // One applied step first, so that the velocity and the next step have something to show.
            trainer.applyTrace(trainer.trace(false, EXAMPLE));
            driver().findElement(By.id("explain-apply")).click();
            waitFor(Waits.REACTION, d -> "forward".equals(attr("phase")));
            driver().findElement(By.id("explain-phase-backward")).click();
            waitFor(Waits.REACTION, d -> "backward".equals(attr("phase")));
        }
        Trace trace = trainer.trace(false, EXAMPLE);
        UpdateArithmetic expected = UpdateArithmetic.ofWeight(trace, trainer, 0, 0, 0);

        // The link from X₁ to neuron 1 of layer 1, clicked at its middle.
        double x1 = Canvas.LEFT + Canvas.NODE;
        double x2 = Canvas.columnX(1, COLUMNS);
        Canvas.click(Canvas.network(), (x1 + x2) / 2, Canvas.rowY(0) + Canvas.NODE / 2);
        WebElement detail = driver().findElement(By.id("explain-detail"));
        waitFor(Waits.REACTION, d -> detail.isDisplayed() && "link".equals(detail.getDomAttribute("data-kind")));
        assertTrue(detail.getText().startsWith("Weight from X₁ to neuron 1 of layer 1"), detail.getText());
        Map<String, String[]> shown = numbers();
        check(shown, "detail-w", expected.weight);
        check(shown, "detail-a", expected.source);
        check(shown, "detail-delta", expected.delta);
        check(shown, "detail-grad", expected.gradient);
        check(shown, "detail-lr", expected.learningRate);
        check(shown, "detail-dw-opt", expected.optimizerChange);
        check(shown, "detail-dw", expected.change);

        // Self-consistent at the precision shown: ∂L/∂w = δ·a, and the step from η and ∂L/∂w.
        double delta = shownText("detail-delta");
        double a = shownText("detail-a");
        double grad = shownText("detail-grad");
        double roundingOfProduct = Math.abs(delta) * halfUnit(a, 4) + Math.abs(a) * halfUnit(delta, 4)
                + halfUnit(delta, 4) * halfUnit(a, 4);
        assertEquals(delta * a, grad, roundingOfProduct + halfUnit(grad, 4), "∂L/∂w = δ·a as shown");
        double lr = shownText("detail-lr");
        double dwOpt = shownText("detail-dw-opt");
        double dw = shownText("detail-dw");
        if (momentum) {
            double beta = shownText("detail-beta");
            double vBefore = shownText("detail-v-before");
            double vAfter = shownText("detail-v-after");
            assertNotEquals(0.0, vBefore, "the velocity carries the applied step");
            assertEquals(beta * vBefore - lr * grad, vAfter, Math.abs(beta) * halfUnit(vBefore, 4)
                    + lr * halfUnit(grad, 4) + halfUnit(vAfter, 4) + 1e-15, "v ← β·v − η·∂L/∂w as shown");
            assertEquals(vAfter, dwOpt, halfUnit(vAfter, 4) + halfUnit(dwOpt, 4), "Δw = v");
            double reg = shownText("detail-dw-reg");
            check(shown, "detail-dw-reg", expected.regularizationChange);
            assertEquals(dwOpt + reg, dw, halfUnit(dwOpt, 4) + halfUnit(reg, 4) + halfUnit(dw, 4),
                    "Δw = optimizer's step + regularization's");
        } else {
            assertEquals(-lr * grad, dwOpt, lr * halfUnit(grad, 4) + halfUnit(dwOpt, 4), "Δw = −η·∂L/∂w as shown");
            assertEquals(dwOpt, dw, halfUnit(dw, 4));
        }
        docScreenshot(momentum ? "explain-link-momentum" : "explain-link", engine);

        // "Apply this update" changes that weight by the Δw shown, exactly.
        double before = weight(0, 0, 0);
        double exactChange = shownValue("detail-dw");
        double newWeight = shownValue("detail-new-w");
        driver().findElement(By.id("explain-apply")).click();
        waitFor(Waits.REACTION, d -> weight(0, 0, 0) != before);
        assertEquals(exactChange, weight(0, 0, 0) - before, 1e-15, "the weight moved by the Δw shown");
        assertEquals(dw, weight(0, 0, 0) - before, halfUnit(dw, 4), "… to the precision shown");
        assertEquals(newWeight, weight(0, 0, 0), 0.0, "the new w shown");
        assertTrue(driver().findElement(By.id("explain-message")).getText().contains("applied"));
        trainer.applyTrace(trace);
        assertEquals(trainer.network().weights(0)[0], weight(0, 0, 0), 1e-12, "the JVM's step made the same change");
    }
}
