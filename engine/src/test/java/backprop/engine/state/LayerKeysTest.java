package backprop.engine.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.nn.Activation;
import org.junit.jupiter.api.Test;

/** {@code layerActivations} and {@code dropout}: round trips, defaults, bad values, TF links. */
class LayerKeysTest {
    @Test
    void perLayerSettingsTravelInTheUrl() {
        DecodeResult r = PresetCodec.decode("activation=tanh&networkShape=4,3,2&layerActivations=relu,,sigmoid"
                + "&dropout=0.2,0,0.5");
        assertEquals(java.util.List.of(), r.problems);
        Preset p = r.preset;
        assertArrayEquals(new Activation[] {Activation.RELU, null, Activation.SIGMOID}, p.layerActivations);
        assertEquals(Activation.RELU, p.hiddenActivation(0));
        assertEquals(Activation.TANH, p.hiddenActivation(1), "empty: the global activation");
        assertEquals(Activation.SIGMOID, p.hiddenActivation(2));
        assertArrayEquals(new double[] {0.2, 0, 0.5}, p.dropout, 0);
        String url = PresetCodec.encode(p);
        assertTrue(url.contains("layerActivations=relu,,sigmoid"), url);
        assertTrue(url.contains("dropout=0.2,0,0.5"), url);
        assertEquals(p, PresetCodec.decode(url).preset);
    }

    @Test
    void tensorFlowLinksStayAsTheyWere() {
        String tf = "activation=relu&regularization=none&batchSize=10&dataset=circle&regDataset=reg-plane"
                + "&learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2&seed=0.1&showTestData=false"
                + "&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false"
                + "&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification"
                + "&initZero=false&hideText=false";
        Preset p = PresetCodec.decode(tf).preset;
        assertEquals(0, p.layerActivations.length);
        assertEquals(0, p.dropout.length);
        assertEquals(Activation.RELU, p.hiddenActivation(1));
        String url = PresetCodec.encode(p);
        assertFalse(url.contains("layerActivations") || url.contains("dropout"), url);
    }

    @Test
    void badValuesAreReadAsFarAsTheyGoWithAProblem() {
        DecodeResult r = PresetCodec.decode("layerActivations=relu,softmax,bogus,elu&dropout=0.3,abc,1.5,0,0");
        Preset p = r.preset;
        assertArrayEquals(new Activation[] {Activation.RELU, null, null, Activation.ELU}, p.layerActivations);
        assertArrayEquals(new double[] {0.3, 0, LayerKeys.MAX_DROPOUT}, p.dropout, 0, "trailing zeros dropped");
        assertEquals(4, r.problems.size(), r.problems.toString());
        assertTrue(r.problems.get(0).startsWith("layerActivations"), r.problems.toString());
        assertEquals(java.util.List.of(), Limits.violations(p));
    }

    @Test
    void settersKeepTheListsCanonicalAndRemovingALayerTrimsThem() {
        Preset p = new Preset();
        p.networkShape = new int[] {3, 3, 3};
        p.setHiddenActivation(2, Activation.ELU);
        p.setDropoutRate(1, 0.25);
        assertArrayEquals(new Activation[] {null, null, Activation.ELU}, p.layerActivations);
        p.setHiddenActivation(2, null);
        assertEquals(0, p.layerActivations.length);
        p.setHiddenActivation(2, Activation.ELU);
        p.networkShape = new int[] {3, 3};
        p.fitLayerLists();
        assertEquals(0, p.layerActivations.length);
        assertArrayEquals(new double[] {0, 0.25}, p.dropout, 0);
        p.setDropoutRate(1, 0);
        p.networkShape = new int[] {4, 2};
        assertEquals(new Preset(), p, "no per-layer setting left");
    }
}
