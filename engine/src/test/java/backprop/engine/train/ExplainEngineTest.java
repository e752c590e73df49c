package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.nn.Network;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Regularization;
import backprop.engine.state.DecodeResult;
import backprop.engine.state.ExplainPhase;
import backprop.engine.state.Limits;
import backprop.engine.state.Preset;
import backprop.engine.state.PresetCodec;
import backprop.engine.text.NumberText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The engine side of the step-through view: URL keys, readable numbers, a weight's arithmetic, update ratios. */
class ExplainEngineTest {

    @Test
    void explainKeysAreWrittenOnlyWhenSetAndReadBack() {
        Preset p = new Preset();
        assertFalse(PresetCodec.encode(p).contains("explain"));
        p.explainIndex = 12;
        p.phase = ExplainPhase.BACKWARD;
        p.explainStep = 2;
        p.showChanges = true;
        String hash = PresetCodec.encode(p);
        assertTrue(hash.endsWith("&explain=train:12&phase=backward&explainStep=2&showChanges=true"), hash);
        DecodeResult r = PresetCodec.decode(hash);
        assertEquals(List.of(), r.problems);
        assertEquals(p, r.preset);
        p.explainTest = true;
        p.phase = ExplainPhase.FORWARD;
        p.explainStep = 0;
        p.showChanges = false;
        assertTrue(PresetCodec.encode(p).endsWith("&explain=test:12"), PresetCodec.encode(p));
        assertEquals(p, PresetCodec.decode(PresetCodec.encode(p)).preset);
        assertTrue(PresetCodec.decode("explain=test:0").preset.explaining());
        assertEquals(ExplainPhase.UPDATE, PresetCodec.decode("phase=update").preset.phase);
    }

    @Test
    void badExplainValuesExplainNothingAndNameTheKey() {
        for (String bad : new String[] {"explain=train", "explain=val:3", "explain=train:x", "explain=train:1.5",
            "explain=train:-1", "explain=test:100000"}) {
            DecodeResult r = PresetCodec.decode(bad);
            assertEquals(1, r.problems.size(), bad + " -> " + r.problems);
            assertTrue(r.problems.get(0).startsWith("explain: "), r.problems.get(0));
            assertFalse(r.preset.explaining(), bad);
            assertEquals(List.of(), Limits.violations(r.preset));
        }
        DecodeResult phase = PresetCodec.decode("phase=sideways");
        assertTrue(phase.problems.get(0).startsWith("phase: "), phase.problems.toString());
        assertEquals(ExplainPhase.FORWARD, phase.preset.phase);
        DecodeResult step = PresetCodec.decode("explainStep=99");
        assertEquals(Limits.MAX_EXPLAIN_STEP, step.preset.explainStep);
        assertTrue(step.problems.get(0).startsWith("explainStep: "), step.problems.toString());
        assertTrue(PresetCodec.decode("explain=%20train:%207").preset.explaining(), "spaces around the parts are fine");
    }

    @Test
    void significantDigitsReadLikeAPersonWritesThem() {
        assertEquals("0", NumberText.significant(0, 4));
        assertEquals("0.1235", NumberText.significant(0.123456, 4));
        assertEquals("-0.1235", NumberText.significant(-0.123456, 4));
        assertEquals("1.000", NumberText.significant(0.99996, 4));
        assertEquals("12.35", NumberText.significant(12.3456, 4));
        assertEquals("1235", NumberText.significant(1234.56, 4));
        assertEquals("123500", NumberText.significant(123456, 4));
        assertEquals("1.235e+6", NumberText.significant(1234567, 4));
        assertEquals("0.0001235", NumberText.significant(0.000123456, 4));
        assertEquals("1.235e-5", NumberText.significant(0.0000123456, 4));
        assertEquals("-3.000e-8", NumberText.significant(-3e-8, 4));
        assertEquals("0.5000", NumberText.significant(0.5, 4));
        assertEquals("Infinity", NumberText.significant(Double.POSITIVE_INFINITY, 4));
        Random r = new Random(5);
        for (int i = 0; i < 20000; i++) {
            double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(30) - 15);
            int digits = 1 + r.nextInt(8);
            double back = Double.parseDouble(NumberText.significant(v, digits));
            double unit = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - digits + 1);
            assertTrue(Math.abs(back - v) <= 0.5 * unit * (1 + 1e-9) + 1e-300, v + " " + digits + " -> " + back);
        }
    }

    private static Trainer trainer(OptimizerType type, Regularization reg) {
        Preset p = PresetCodec.decode("seed=ex&networkShape=3,2&batchSize=1&learningRate=0.1").preset;
        p.optimizer = type;
        p.regularization = reg;
        p.regularizationRate = reg == Regularization.NONE ? 0 : 0.03;
        Experiment e = Experiment.create(p);
        e.trainer().trainExamples(7); // a state for momentum and Adam
        return e.trainer();
    }

    @Test
    void aWeightsArithmeticAddsUpToTheTracedChange() {
        int dead = 0;
        for (OptimizerType type : OptimizerType.values()) {
            for (Regularization reg : Regularization.values()) {
                Trainer trainer = trainer(type, reg);
                Trace trace = trainer.trace(false, 5);
                Network n = trace.before();
                for (int k = 0; k < n.depth(); k++) {
                    int in = n.layerSize(k);
                    for (int to = 0; to < n.layerSize(k + 1); to++) {
                        for (int from = 0; from < in; from++) {
                            UpdateArithmetic u = UpdateArithmetic.ofWeight(trace, trainer, k, from, to);
                            String what = type + " " + reg + " w" + k + "," + to + "," + from;
                            // A link L1 killed gathers no gradient and stays at 0.
                            assertEquals(u.wasDead ? 0.0 : u.delta * u.source, u.gradient, 0.0,
                                    what + ": ∂L/∂w = δ·a");
                            if (u.wasDead) {
                                dead++;
                                assertEquals(0.0, u.weight, what);
                                assertEquals(0.0, u.after, what);
                            }
                            assertEquals(u.change, u.after - u.weight, 1e-15, what);
                            assertEquals(u.change, u.optimizerChange + u.regularizationChange, 1e-15, what);
                            assertEquals(n.weights(k)[to * in + from], u.weight, 0.0);
                            if (type == OptimizerType.SGD) {
                                assertEquals(-trainer.learningRate() * u.gradient, u.optimizerChange, 1e-15, what);
                            } else if (type == OptimizerType.MOMENTUM) {
                                assertEquals(u.beta * u.firstBefore - u.learningRate * u.gradient, u.firstAfter,
                                        1e-15, what);
                            } else {
                                assertEquals(u.beta * u.firstBefore + (1 - u.beta) * u.gradient, u.firstAfter,
                                        1e-15, what);
                                assertEquals(u.beta2 * u.secondBefore + (1 - u.beta2) * u.gradient * u.gradient,
                                        u.secondAfter, 1e-15, what);
                                assertEquals(8, u.step);
                            }
                        }
                    }
                    for (int to = 0; to < n.layerSize(k + 1); to++) {
                        UpdateArithmetic b = UpdateArithmetic.ofBias(trace, trainer, k, to);
                        assertEquals(b.delta, b.gradient, 0.0);
                        assertEquals(b.change, b.optimizerChange, 1e-15, "no regularization on biases");
                        assertEquals(0.0, b.regularizationChange);
                    }
                }
            }
        }
        assertTrue(dead > 0, "L1 killed a link in these runs, so the dead-link case is covered");
    }

    @Test
    void updateRatiosAreBoundedAndJudgedAgainstOneInAThousand() {
        Trainer trainer = trainer(OptimizerType.SGD, Regularization.NONE);
        UpdateRatios ratios = new UpdateRatios(8);
        for (int epoch = 0; epoch < 100; epoch++) {
            trainer.trainEpoch();
            ratios.record(epoch, trainer.network());
            assertTrue(ratios.size() <= 8);
        }
        assertEquals(trainer.network().depth(), ratios.layers());
        assertTrue(ratios.stride() > 1);
        double r = UpdateRatios.ratio(trainer.network(), 0);
        assertTrue(r > 0 && r < 1, "ratio " + r);
        assertEquals(0, UpdateRatios.verdict(1e-3));
        assertEquals(1, UpdateRatios.verdict(0.5));
        assertEquals(-1, UpdateRatios.verdict(1e-6));
        assertEquals(0, UpdateRatios.verdict(0));
    }
}
