package backprop.engine.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.Dataset;
import backprop.engine.data.DigitTask;
import backprop.engine.data.Feature;
import backprop.engine.data.Problem;
import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Regularization;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PresetCodecTest {
    /** A link as TensorFlow Playground writes it. */
    static final String TF_LINK = "learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2&seed=0.83165"
            + "&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false"
            + "&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification"
            + "&initZero=false&hideText=false&activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane"
            + "&regularization=none";

    static final String DEFAULTS = "activation=tanh&regularization=none&batchSize=10&dataset=circle"
            + "&regDataset=reg-plane&learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2"
            + "&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false"
            + "&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false"
            + "&problem=classification&initZero=false&hideText=false";

    private static DecodeResult clean(String hash) {
        DecodeResult r = PresetCodec.decode(hash);
        assertEquals(List.of(), r.problems, hash);
        return r;
    }

    /** Decodes {@code hash}, expecting exactly one problem, about {@code key}. */
    private static Preset withProblem(String hash, String key) {
        DecodeResult r = PresetCodec.decode(hash);
        assertEquals(1, r.problems.size(), hash + " -> " + r.problems);
        assertTrue(r.problems.get(0).startsWith(key + ": "), r.problems.get(0));
        assertEquals(List.of(), Limits.violations(r.preset));
        return r.preset;
    }

    @Test
    void defaultsEncodeToTensorFlowPlaygroundsKeysInItsOrder() {
        assertEquals(DEFAULTS, PresetCodec.encode(new Preset()));
        assertEquals(new Preset(), clean(DEFAULTS).preset);
        assertEquals(new Preset(), clean("").preset);
        assertEquals(new Preset(), clean("#").preset);
    }

    @Test
    void tensorFlowPlaygroundsOwnLinkReadsWithNoProblem() {
        Preset p = clean(TF_LINK).preset;
        Preset expected = new Preset();
        expected.seed = "0.83165";
        assertEquals(expected, p);
        assertEquals("0.83165", p.seed);
        assertEquals(0.03, p.learningRate);
        assertEquals(expected, clean("#" + TF_LINK).preset);
        assertEquals(DEFAULTS.replace("networkShape=4,2", "networkShape=4,2&seed=0.83165"), PresetCodec.encode(p));
    }

    @Test
    void everyTensorFlowPlaygroundKeyIsReadWithItsMeaning() {
        String link = "activation=relu&regularization=L1&batchSize=30&dataset=spiral&regDataset=reg-gauss"
                + "&learningRate=0.00001&regularizationRate=0.003&noise=35&networkShape=8,8,5&seed=my%20seed"
                + "&showTestData=true&discretize=true&percTrainData=70&x=false&y=true&xTimesY=true&xSquared=true"
                + "&ySquared=true&cosX=true&sinX=true&cosY=true&sinY=true&collectStats=true&problem=regression"
                + "&initZero=true&hideText=true&dataset_hide=true&noise_hide=true&problem_hide=false";
        Preset p = clean(link).preset;
        assertEquals(Activation.RELU, p.activation);
        assertEquals(Regularization.L1, p.regularization);
        assertEquals(30, p.batchSize);
        assertEquals(Dataset.SPIRAL, p.dataset);
        assertEquals(Dataset.REG_GAUSS, p.regDataset);
        assertEquals(Dataset.REG_GAUSS, p.activeDataset(), "problem=regression plays regDataset");
        assertEquals(0.00001, p.learningRate);
        assertEquals(0.003, p.regularizationRate);
        assertEquals(35, p.noise);
        assertArrayEquals(new int[] {8, 8, 5}, p.networkShape);
        assertEquals("my seed", p.seed);
        assertTrue(p.showTestData && p.discretize && p.collectStats && p.hideText);
        assertEquals(70, p.percTrainData);
        assertFalse(p.feature(Feature.X));
        for (Feature f : Feature.values()) {
            assertEquals(f != Feature.X, p.feature(f), f.id());
        }
        assertEquals(Problem.REGRESSION, p.problem);
        assertEquals(Init.ZERO, p.init);
        assertEquals(List.of("dataset", "noise"), p.hiddenControls());
        String again = PresetCodec.encode(p);
        assertTrue(again.contains("learningRate=0.00001&regularizationRate=0.003&"), again);
        assertTrue(again.contains("seed=my%20seed&"), again);
        assertTrue(again.endsWith("initZero=true&hideText=true&dataset_hide=true&noise_hide=true"), again);
        assertEquals(p, clean(again).preset);
    }

    @Test
    void ourKeysAreWrittenOnlyWhenChanged() {
        Preset p = new Preset();
        p.optimizer = OptimizerType.ADAM;
        p.momentum = 0.95;
        p.beta1 = 0.8;
        p.beta2 = 0.99;
        p.epsilon = 1e-7;
        p.loss = LossChoice.CROSS_ENTROPY;
        p.init = Init.HE;
        p.outputActivation = Activation.SIGMOID;
        p.datasetId = "ab12-cd_3";
        String s = PresetCodec.encode(p);
        assertEquals(DEFAULTS + "&optimizer=adam&momentum=0.95&beta1=0.8&beta2=0.99&epsilon=1e-7&loss=crossEntropy"
                + "&init=he&outputActivation=sigmoid&datasetId=ab12-cd_3", s);
        assertEquals(p, clean(s).preset);
        assertEquals(null, clean(s + "&outputActivation=auto").preset.outputActivation);
    }

    @Test
    void randomPresetsSurviveTheRoundTrip() {
        Random r = new Random(20_261_101);
        for (int i = 0; i < 5_000; i++) {
            Preset p = RandomPresets.random(r);
            assertEquals(List.of(), Limits.violations(p));
            String s = PresetCodec.encode(p);
            DecodeResult back = PresetCodec.decode(s);
            assertEquals(List.of(), back.problems, s);
            assertEquals(p, back.preset, s);
            assertEquals(p.hashCode(), back.preset.hashCode());
            assertEquals(s, PresetCodec.encode(back.preset));
            assertTrue(s.length() < Limits.MAX_HASH_LENGTH);
        }
    }

    @Test
    void booleansAreTrueUnlessExactlyFalse() {
        assertFalse(clean("showTestData=false").preset.showTestData);
        assertTrue(clean("showTestData=true").preset.showTestData);
        for (String v : new String[] {"yes", "1", "0", "TRUE", "False", "no"}) {
            assertTrue(withProblem("showTestData=" + v, "showTestData").showTestData, v);
            assertTrue(withProblem("x=" + v, "x").feature(Feature.X), v);
        }
        assertTrue(clean("x=").preset.feature(Feature.X), "an empty value keeps the default");
        assertTrue(clean("x= ").preset.feature(Feature.X));
        assertFalse(clean("collectStats").preset.collectStats, "a key without '=' is ignored");
    }

    @Test
    void emptyNetworkShapeMeansNoHiddenLayer() {
        assertArrayEquals(new int[0], clean("networkShape=").preset.networkShape);
        assertArrayEquals(new int[0], clean("networkShape=%20").preset.networkShape);
        assertArrayEquals(new int[] {4, 2}, clean("networkShape").preset.networkShape);
        assertArrayEquals(new int[] {3}, clean("networkShape=3").preset.networkShape);
        Preset none = new Preset();
        none.networkShape = new int[0];
        assertTrue(PresetCodec.encode(none).contains("&networkShape=&"));
    }

    @Test
    void hideFlagsHideOnlyWhenTrue() {
        Preset p = clean("dataset_hide=true&noise_hide=false&playButton_hide=true&x_hide=").preset;
        assertEquals(List.of("dataset", "playButton"), p.hiddenControls());
        assertTrue(p.isHidden("dataset"));
        assertFalse(p.isHidden("noise"));
        assertFalse(withProblem("noise_hide=yes", "noise_hide").isHidden("noise"));
        assertTrue(withProblem("a%20b_hide=true", "a b_hide").hiddenControls().isEmpty());
        assertTrue(withProblem("_hide=true", "_hide").hiddenControls().isEmpty(), "no name before _hide");
    }

    @Test
    void initZeroMeansZeroInitialisation() {
        assertEquals(Init.ZERO, clean("initZero=true").preset.init);
        assertEquals(Init.DEFAULT, clean("initZero=false").preset.init);
        assertEquals(Init.XAVIER, clean("initZero=false&init=xavier").preset.init);
        assertEquals(Init.ZERO, clean("init=zero").preset.init);
        assertEquals(Init.ZERO, withProblem("init=he&initZero=true", "init").init);
        Preset zero = new Preset();
        zero.init = Init.ZERO;
        assertTrue(PresetCodec.encode(zero).contains("initZero=true"));
        assertFalse(PresetCodec.encode(zero).contains("init=zero"));
    }

    @Test
    void unknownKeysAreIgnoredAndTheLastRepeatWins() {
        assertEquals(new Preset(), clean("tutorial=foo&zzz=1&=3&&&==&x").preset);
        assertEquals(0.1, clean("learningRate=0.3&learningRate=0.1").preset.learningRate);
        assertEquals(Activation.SIGMOID, clean("%61ctivation=sigm%6Fid").preset.activation, "keys are decoded too");
        assertEquals(5, clean("noise=%205%20").preset.noise, "spaces around a number are fine");
    }

    @Test
    void badValuesKeepTheDefaultAndNameTheKey() {
        Preset p = withProblem("learningRate=abc", "learningRate");
        assertEquals(0.03, p.learningRate);
        assertEquals("learningRate: 'abc' is not a number; kept 0.03", PresetCodec.decode("learningRate=abc").problems.get(0));
        assertEquals(Activation.TANH, withProblem("activation=softmax", "activation").activation);
        assertEquals(Activation.TANH, withProblem("activation=Tanh", "activation").activation);
        assertEquals(Dataset.CIRCLE, withProblem("dataset=reg-plane", "dataset").dataset);
        assertEquals(Dataset.REG_PLANE, withProblem("regDataset=circle", "regDataset").regDataset);
        assertEquals(Problem.CLASSIFICATION, withProblem("problem=both", "problem").problem);
        assertEquals(Regularization.NONE, withProblem("regularization=l2", "regularization").regularization);
        assertEquals(OptimizerType.SGD, withProblem("optimizer=rmsprop", "optimizer").optimizer);
        assertEquals(LossChoice.SQUARE, withProblem("loss=hinge", "loss").loss);
        assertEquals(Init.DEFAULT, withProblem("init=random", "init").init);
        assertEquals(null, withProblem("outputActivation=swish", "outputActivation").outputActivation);
        assertEquals(0.03, withProblem("learningRate=NaN", "learningRate").learningRate);
        assertEquals(0.03, withProblem("learningRate=Infinity", "learningRate").learningRate);
        assertEquals(0.03, withProblem("learningRate=0x10", "learningRate").learningRate);
        assertEquals(10, withProblem("batchSize=ten", "batchSize").batchSize);
        assertArrayEquals(new int[] {4, 2}, withProblem("networkShape=4,x", "networkShape").networkShape);
        assertArrayEquals(new int[] {4, 2}, withProblem("networkShape=2.5", "networkShape").networkShape);
        assertEquals("", withProblem("datasetId=../etc", "datasetId").datasetId);
    }

    @Test
    void outOfRangeValuesAreClampedOrKeptWithAProblem() {
        assertEquals(1, withProblem("batchSize=0", "batchSize").batchSize);
        assertEquals(Limits.MAX_BATCH_SIZE, withProblem("batchSize=1e9", "batchSize").batchSize);
        assertEquals(0, withProblem("noise=-5", "noise").noise);
        assertEquals(50, withProblem("noise=51", "noise").noise);
        assertEquals(13, withProblem("noise=12.5", "noise").noise);
        assertEquals(90, withProblem("percTrainData=95", "percTrainData").percTrainData);
        assertEquals(10, withProblem("percTrainData=0", "percTrainData").percTrainData);
        assertEquals(0.03, withProblem("learningRate=0", "learningRate").learningRate, "η > 0 is exclusive");
        assertEquals(0.03, withProblem("learningRate=-0", "learningRate").learningRate);
        assertEquals(10, withProblem("learningRate=100", "learningRate").learningRate);
        assertEquals(10, withProblem("learningRate=1e400", "learningRate").learningRate);
        assertEquals(0.03, withProblem("learningRate=1e-400", "learningRate").learningRate, "underflows to 0");
        assertEquals(0, withProblem("regularizationRate=-1", "regularizationRate").regularizationRate);
        assertEquals(0.0, clean("regularizationRate=-0").preset.regularizationRate);
        assertEquals("0", Double.toString(clean("regularizationRate=-0").preset.regularizationRate).substring(0, 1),
                "-0 is stored as +0");
        assertEquals(0.9, withProblem("momentum=1", "momentum").momentum, "β < 1 is exclusive");
        assertEquals(0, withProblem("beta1=-0.5", "beta1").beta1);
        assertEquals(1e-8, withProblem("epsilon=0", "epsilon").epsilon);
        assertEquals(1, withProblem("epsilon=2", "epsilon").epsilon);
        assertArrayEquals(new int[] {1, 16}, withProblem("networkShape=0,300", "networkShape").networkShape);
        assertArrayEquals(new int[] {16}, withProblem("networkShape=999999999,", "networkShape").networkShape);
        assertArrayEquals(new int[] {4, 2}, withProblem("networkShape=4,,2", "networkShape").networkShape);
        int[] eight = withProblem("networkShape=1,2,3,4,5,6,7,8,9,10,11,12", "networkShape").networkShape;
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7, 8}, eight, "8 hidden layers × 16 neurons at most");
        assertEquals(0, clean("speed=0").preset.speed);
        assertEquals(25, clean("speed=25").preset.speed);
        assertEquals(1000, withProblem("speed=5000", "speed").speed);
        assertEquals(1, withProblem("speed=fast", "speed").speed);
        assertTrue(clean("logLoss=true").preset.logLoss);
    }

    @Test
    void digitsKeysAreWrittenOnlyWhenNotDefault() {
        Preset p = new Preset();
        assertFalse(PresetCodec.encode(p).contains("digit"), "the 2-D playground writes no digits key");
        p.digits = DigitTask.IS_FIVE;
        assertEquals(DEFAULTS + "&digits=five", PresetCodec.encode(p));
        p.digits = DigitTask.WHICH_DIGIT;
        p.digitSide = 14;
        p.digitLayers = new int[] {64, 128, 1};
        String link = PresetCodec.encode(p);
        assertEquals(DEFAULTS + "&digits=digit&digitSide=14&digitLayers=64,128,1", link);
        assertEquals(p, clean(link).preset);
        p.digitLayers = new int[0];
        assertEquals(DEFAULTS + "&digits=digit&digitSide=14&digitLayers=", PresetCodec.encode(p));
        assertArrayEquals(new int[0], clean("digitLayers=").preset.digitLayers, "empty means no hidden layer");
    }

    @Test
    void badDigitsValuesFallBackWithAProblem() {
        assertNull(withProblem("digits=seven", "digits").digits);
        assertEquals(28, withProblem("digitSide=20", "digitSide").digitSide);
        assertEquals(28, withProblem("digitSide=big", "digitSide").digitSide);
        assertArrayEquals(new int[] {128, 1}, withProblem("digitLayers=300,0", "digitLayers").digitLayers);
        assertArrayEquals(new int[] {1, 2, 3}, withProblem("digitLayers=1,2,3,4", "digitLayers").digitLayers,
                "3 hidden layers at most");
        assertArrayEquals(new int[] {32}, withProblem("digitLayers=a,b", "digitLayers").digitLayers);
        assertArrayEquals(new int[] {64, 16}, clean("networkShape=16&digitLayers=64,16").preset.digitLayers,
                "digitLayers may go past networkShape's 16 neurons");
        assertArrayEquals(new int[] {16}, clean("networkShape=16&digitLayers=64,16").preset.networkShape);
    }

    @Test
    void seedIsCleanedAndCut() {
        assertEquals("a b", clean("seed=%20a%20b%20").preset.seed, "trimmed");
        assertEquals("", clean("seed=%20%20").preset.seed, "blank means none, as in TensorFlow Playground");
        String longSeed = "0123456789".repeat(10);
        assertEquals(longSeed.substring(0, 64), withProblem("seed=" + longSeed, "seed").seed);
        assertEquals("ab", withProblem("seed=a%00%1Fb", "seed").seed);
        assertEquals("\uD83D\uDE00x", clean("seed=%F0%9F%98%80x").preset.seed);
        assertEquals("%zz", clean("seed=%zz").preset.seed, "a malformed escape stays as written");
    }

    @Test
    void everyFeatureOffTurnsXAndYBackOn() {
        String off = "x=false&y=false";
        Preset p = withProblem(off, "x, y");
        assertTrue(p.feature(Feature.X) && p.feature(Feature.Y));
        assertEquals(1, clean("x=false&y=false&sinY=true").preset.enabledFeatureCount());
    }

    @Test
    void anOverlongLinkIsReadFromItsStart() {
        String s = "learningRate=0.1&" + "zz=1&".repeat(5000);
        DecodeResult r = PresetCodec.decode(s);
        assertEquals(0.1, r.preset.learningRate);
        assertEquals(1, r.problems.size());
        assertTrue(r.problems.get(0).contains("longer than"));
    }
}
