package backprop.ui.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.state.DecodeResult;
import backprop.engine.state.Key;
import backprop.engine.state.Keys;
import backprop.engine.state.Preset;
import backprop.engine.state.PresetCodec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the page does when one key changes, as TensorFlow Playground does it (the learning rate
 * live; the network's settings rebuild the network; the data's settings make new data) and as we
 * added to it (optimizer live, loss keeps the weights, shape and features reshape the network).
 */
class EffectTest {
    /** One change away from the defaults per key, and what it must do. */
    private static final Map<String, Effect> ONE_KEY = new LinkedHashMap<>();

    static {
        ONE_KEY.put("activation=relu", Effect.RESHAPE);
        ONE_KEY.put("regularization=L1", Effect.NETWORK);
        ONE_KEY.put("batchSize=5", Effect.NETWORK);
        ONE_KEY.put("dataset=xor", Effect.NEW_DATA);
        ONE_KEY.put("regDataset=reg-gauss", Effect.VIEW); // not the dataset in play for classification
        ONE_KEY.put("learningRate=0.1", Effect.TRAINING);
        ONE_KEY.put("regularizationRate=0.1", Effect.NETWORK);
        ONE_KEY.put("noise=5", Effect.NEW_DATA);
        ONE_KEY.put("networkShape=3", Effect.RESHAPE);
        ONE_KEY.put("seed=abc", Effect.NEW_DATA);
        ONE_KEY.put("showTestData=true", Effect.VIEW);
        ONE_KEY.put("discretize=true", Effect.VIEW);
        ONE_KEY.put("percTrainData=60", Effect.NEW_DATA);
        for (String feature : List.of("xTimesY", "xSquared", "ySquared", "cosX", "sinX", "cosY", "sinY")) {
            ONE_KEY.put(feature + "=true", Effect.RESHAPE);
        }
        ONE_KEY.put("x=false", Effect.RESHAPE);
        ONE_KEY.put("y=false", Effect.RESHAPE);
        ONE_KEY.put("collectStats=true", Effect.VIEW);
        ONE_KEY.put("problem=regression", Effect.NEW_DATA);
        ONE_KEY.put("initZero=true", Effect.NETWORK);
        ONE_KEY.put("hideText=true", Effect.VIEW);
        ONE_KEY.put("optimizer=adam", Effect.TRAINING);
        ONE_KEY.put("momentum=0.5", Effect.TRAINING);
        ONE_KEY.put("beta1=0.5", Effect.TRAINING);
        ONE_KEY.put("beta2=0.5", Effect.TRAINING);
        ONE_KEY.put("epsilon=0.001", Effect.TRAINING);
        ONE_KEY.put("loss=crossEntropy", Effect.TASK);
        ONE_KEY.put("init=he", Effect.NETWORK);
        ONE_KEY.put("outputActivation=sigmoid", Effect.TASK);
        ONE_KEY.put("datasetId=abc", Effect.NEW_DATA);
        ONE_KEY.put("speed=5", Effect.VIEW);
        ONE_KEY.put("logLoss=true", Effect.VIEW);
        ONE_KEY.put("explain=test:3", Effect.VIEW);
        ONE_KEY.put("phase=loss", Effect.VIEW);
        ONE_KEY.put("explainStep=1", Effect.VIEW);
        ONE_KEY.put("showChanges=true", Effect.VIEW);
        ONE_KEY.put("startOver=true", Effect.VIEW);
        ONE_KEY.put("digits=five", Effect.VIEW);
        ONE_KEY.put("digitSide=14", Effect.VIEW);
        ONE_KEY.put("digitLayers=8", Effect.VIEW);
        ONE_KEY.put("lesson=3", Effect.VIEW);
        ONE_KEY.put("lessonX=1,2", Effect.VIEW);
        ONE_KEY.put("lessonT=0.5", Effect.VIEW);
        ONE_KEY.put("lessonW=1,2,3,4,5,6", Effect.VIEW);
        ONE_KEY.put("lessonB=1,2,3", Effect.VIEW);
        ONE_KEY.put("lessonRate=0.1", Effect.VIEW);
        // compare mode trains two runs of its own; the playground's run is left as it is
        ONE_KEY.put("compare=true", Effect.VIEW);
        ONE_KEY.put("compareB=learningRate:3;networkShape:2", Effect.VIEW);
        ONE_KEY.put("textbook=true", Effect.VIEW);
        ONE_KEY.put("tbIn=1,2", Effect.VIEW);
        ONE_KEY.put("tbT=0,1", Effect.VIEW);
        ONE_KEY.put("tbW=1,2,3,4,5,6,7,8", Effect.VIEW);
        ONE_KEY.put("tbB=1,2,3,4", Effect.VIEW);
        ONE_KEY.put("tbRate=0.1", Effect.VIEW);
        ONE_KEY.put("tbFixedBiases=false", Effect.VIEW);
        ONE_KEY.put("layerActivations=relu", Effect.RESHAPE);
        ONE_KEY.put("dropout=0.5", Effect.TRAINING);
        ONE_KEY.put("lrSchedule=cosine", Effect.TRAINING);
        ONE_KEY.put("lrEvery=20", Effect.TRAINING);
        ONE_KEY.put("lrGamma=0.9", Effect.TRAINING);
        ONE_KEY.put("lrMin=0.001", Effect.TRAINING);
        ONE_KEY.put("stopLoss=0.01", Effect.VIEW);
        ONE_KEY.put("stopEpochs=500", Effect.VIEW);
        ONE_KEY.put("dataset_hide=true", Effect.VIEW);
        ONE_KEY.put("formula=x", Effect.NEW_DATA);
        ONE_KEY.put("regFormula=x", Effect.VIEW); // the default problem classifies: the surface is not in play
        ONE_KEY.put("featureFormulas=x*y", Effect.RESHAPE);
    }

    private static Preset read(String hash) {
        DecodeResult r = PresetCodec.decode(hash);
        assertEquals(List.of(), r.problems, hash);
        return r.preset;
    }

    @Test
    void eachKeyAloneDoesWhatItDeclares() {
        Preset defaults = new Preset();
        for (Map.Entry<String, Effect> e : ONE_KEY.entrySet()) {
            Preset changed = read(e.getKey());
            assertTrue(!changed.equals(defaults), e.getKey() + " must change the preset");
            assertEquals(e.getValue(), Effect.between(defaults, changed), e.getKey());
            assertEquals(e.getValue(), Effect.between(changed, defaults), e.getKey() + " undone");
        }
        assertEquals(Effect.VIEW, Effect.between(defaults, defaults.copy()));
    }

    @Test
    void everyKeyHasARowAbove() {
        for (Key<?> key : Keys.ALL) {
            boolean found = false;
            for (String change : ONE_KEY.keySet()) {
                found |= change.startsWith(key.name() + "=");
            }
            assertTrue(found, key.name() + " needs a row in ONE_KEY");
        }
    }

    @Test
    void severalKeysDoTheLargestEffect() {
        assertEquals(Effect.NETWORK, between("activation=relu&batchSize=5"), "a rebuild needs no reshape");
        assertEquals(Effect.RESHAPE, between("networkShape=3&learningRate=0.1"));
        assertEquals(Effect.TASK, between("loss=crossEntropy&learningRate=0.1"));
        assertEquals(Effect.NEW_DATA, between("noise=5&activation=relu&loss=crossEntropy"));
    }

    @Test
    void theDatasetCountsOnlyForItsProblem() {
        Preset regression = read("problem=regression");
        assertEquals(Effect.NEW_DATA, Effect.between(regression, read("problem=regression&regDataset=reg-gauss")));
        assertEquals(Effect.VIEW, Effect.between(regression, read("problem=regression&dataset=xor")));
        assertEquals(Effect.NEW_DATA, Effect.between(new Preset(), read("problem=regression&dataset=xor")));
    }

    private static Effect between(String hash) {
        return Effect.between(new Preset(), read(hash));
    }
}
