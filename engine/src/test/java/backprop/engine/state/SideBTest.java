package backprop.engine.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.nn.Activation;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Regularization;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compare mode's keys: defaults, a round trip, side B's preset, and what bad values say. */
class SideBTest {
    private static final String B = "learningRate:3;batchSize:1;optimizer:adam;activation:relu;"
            + "regularization:L2;regularizationRate:0.01;networkShape:5,3,2";

    @Test
    void offByDefaultAndNotWritten() {
        Preset p = new Preset();
        assertFalse(p.compare);
        assertEquals("", p.compareB);
        String text = PresetCodec.encode(p);
        assertFalse(text.contains("compare"), text);
        assertEquals(p, SideB.of(p));
    }

    @Test
    void sideBsSettingsRoundTripInTheirCanonicalOrder() {
        DecodeResult r = PresetCodec.decode("#compare=true&compareB=networkShape:5,3,2;regularizationRate:0.01;"
                + "regularization:L2;activation:relu;optimizer:adam;batchSize:1;learningRate:3");
        assertEquals(List.of(), r.problems);
        assertTrue(r.preset.compare);
        assertEquals(B, r.preset.compareB);
        String text = PresetCodec.encode(r.preset);
        assertTrue(text.contains("&compare=true&compareB=" + B), text);
        assertEquals(r.preset, PresetCodec.decode(text).preset);
        assertEquals(List.of(), Limits.violations(r.preset));
    }

    @Test
    void sideBIsSideAWithItsSettingsChanged() {
        Preset a = PresetCodec.decode("#dataset=xor&seed=s1&noise=10&learningRate=0.1&compareB=" + B).preset;
        Preset b = SideB.of(a);
        assertEquals(3, b.learningRate);
        assertEquals(1, b.batchSize);
        assertEquals(OptimizerType.ADAM, b.optimizer);
        assertEquals(Activation.RELU, b.activation);
        assertEquals(Regularization.L2, b.regularization);
        assertEquals(0.01, b.regularizationRate);
        assertArrayEquals(new int[] {5, 3, 2}, b.networkShape);
        // everything else is side A's, and side A is untouched
        Preset expected = a.copy();
        for (String name : new String[] {"learningRate", "batchSize", "optimizer", "activation", "regularization",
                "regularizationRate", "networkShape"}) {
            copy(name, b, expected);
        }
        assertEquals(expected, b);
        assertEquals(0.1, a.learningRate);
        assertArrayEquals(new int[] {4, 2}, a.networkShape);
    }

    @Test
    void dropoutAndTheScheduleAreSideBSettingsToo() {
        DecodeResult r = PresetCodec.decode("#compare=true&lrEvery=20&compareB=lrSchedule:cosine;dropout:0.5,0.25");
        assertEquals(List.of(), r.problems);
        assertEquals("dropout:0.5,0.25;lrSchedule:cosine", r.preset.compareB);
        Preset b = SideB.of(r.preset);
        assertEquals(ScheduleChoice.COSINE, b.lrSchedule);
        assertEquals(20, b.lrEvery, "every/γ/ηmin stay side A's");
        assertEquals(0.5, b.dropoutRate(0));
        assertEquals(0.25, b.dropoutRate(1));
        assertEquals(ScheduleChoice.CONSTANT, r.preset.lrSchedule, "side A keeps its own");
        assertEquals(0, r.preset.dropoutRate(0));
        assertEquals(r.preset.compareB, SideB.between(r.preset, b));
        List<String> problems = new ArrayList<>();
        assertEquals("dropout:0.95", SideB.read("dropout:2;lrSchedule:sometimes", problems));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(1).startsWith("compareB.lrSchedule: 'sometimes' is not one of"), problems.get(1));
        assertTrue(problems.get(1).endsWith("; ignored it"), problems.get(1));
    }

    @Test
    void betweenWritesOnlyTheSettingsThatDiffer() {
        Preset a = new Preset();
        Preset b = a.copy();
        assertEquals("", SideB.between(a, b));
        b.learningRate = 3;
        b.networkShape = new int[0];
        b.seed = "not a setting of side B";
        assertEquals("learningRate:3;networkShape:", SideB.between(a, b));
        a.compareB = SideB.between(a, b);
        Preset read = SideB.of(a);
        assertEquals(3, read.learningRate);
        assertArrayEquals(new int[0], read.networkShape);
        // a setting side A already has drops out
        a.learningRate = 3;
        assertEquals("networkShape:", SideB.between(a, SideB.of(a)));
    }

    @Test
    void badEntriesAreNamedAndTheRestIsUsed() {
        DecodeResult r = PresetCodec.decode("#compare=true&compareB=learningRate:abc;speed:5;oops;batchSize:5000;"
                + "activation:softmax;networkShape:4,2");
        assertEquals(List.of(
                "compareB: 'speed:5' is not a setting side B can change (learningRate, batchSize, optimizer,"
                        + " activation, regularization, regularizationRate, networkShape, dropout, lrSchedule); ignored it",
                "compareB: 'oops' is not name:value; ignored it",
                "compareB.learningRate: 'abc' is not a number; ignored it",
                "compareB.batchSize: '5000' is outside 1..1000; used 1000",
                "compareB.activation: 'softmax' is not one of linear, relu, leakyrelu, elu, tanh, sigmoid; ignored it"),
                r.problems);
        assertEquals("batchSize:1000;networkShape:4,2", r.preset.compareB);
    }

    /**
     * A value side B cannot use leaves that setting as side A has it, not at the key's default;
     * after a usable value for the same setting (a control adding an entry), that one stays.
     */
    @Test
    void anUnusableValueLeavesSideAsSetting() {
        DecodeResult r = PresetCodec.decode("#learningRate=0.1&activation=relu&compare=true"
                + "&compareB=learningRate:abc;activation:softmax;batchSize:5");
        Preset b = SideB.of(r.preset);
        assertEquals(0.1, b.learningRate);
        assertEquals(Activation.RELU, b.activation);
        assertEquals(5, b.batchSize);
        assertEquals("batchSize:5", r.preset.compareB);
        List<String> problems = new ArrayList<>();
        assertEquals("learningRate:0.3", SideB.read("learningRate:0.3;learningRate:abc", problems));
        assertEquals(List.of("compareB.learningRate: 'abc' is not a number; ignored it"), problems);
    }

    @Test
    void readGivesTheCanonicalTextAndItsProblems() {
        List<String> problems = new ArrayList<>();
        assertEquals("learningRate:0.3;networkShape:2", SideB.read("networkShape:2 ; learningRate:1;learningRate:0.3",
                problems));
        assertEquals(List.of(), problems);
        assertEquals("networkShape:9,16", SideB.read("networkShape:9,100", problems));
        assertEquals(List.of("compareB.networkShape: '9,100' has a layer of 100 neurons, but a layer has 1 to 16;"
                + " used '9,16', the closest shape that fits"), problems);
    }

    @Test
    void aNonCanonicalValueBreaksTheLimits() {
        Preset p = new Preset();
        p.compareB = "learningRate:99";
        assertEquals(List.of("compareB must be name:value entries separated by ';' of learningRate, batchSize,"
                + " optimizer, activation, regularization, regularizationRate, networkShape, dropout, lrSchedule, is learningRate:99"),
                Limits.violations(p));
    }

    private static <T> void copy(String name, Preset from, Preset to) {
        for (Key<?> key : Keys.ALL) {
            if (key.name().equals(name)) {
                key.copy(from, to);
            }
        }
    }
}
