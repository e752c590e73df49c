package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.state.DecodeResult;
import backprop.engine.text.NumberText;
import backprop.engine.state.PresetCodec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * TensorFlow Playground share links open with every setting applied: the page's
 * state equals what the JVM's codec reads from the link, with no notice, and the
 * controls show the values.
 */
class TensorFlowLinksIT extends PageTestBase {

    @ParameterizedTest
    @ValueSource(strings = {
        "activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane&learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2&seed=0.12345&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false",
        "activation=relu&batchSize=1&dataset=xor&regDataset=reg-plane&learningRate=0.1&regularizationRate=0&noise=0&networkShape=4&seed=0.70301&showTestData=true&discretize=true&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false",
        "activation=tanh&batchSize=10&dataset=spiral&regDataset=reg-plane&learningRate=0.03&regularizationRate=0&noise=0&networkShape=8,8,8,8,8,8&seed=0.2&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=true&xSquared=true&ySquared=true&cosX=false&sinX=true&cosY=false&sinY=true&collectStats=false&problem=classification&initZero=false&hideText=false",
        "activation=linear&batchSize=30&dataset=gauss&regDataset=reg-plane&learningRate=0.001&regularizationRate=0.01&noise=35&networkShape=&seed=0.9&showTestData=false&discretize=false&percTrainData=80&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false&regularization=L1",
        "activation=sigmoid&batchSize=10&dataset=circle&regDataset=reg-gauss&learningRate=0.3&regularizationRate=0.003&noise=10&networkShape=3,3&seed=0.4&showTestData=true&discretize=false&percTrainData=30&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=regression&initZero=false&hideText=false&regularization=L2",
        "activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane&learningRate=0.01&regularizationRate=0&noise=50&networkShape=2&seed=0.5&showTestData=false&discretize=false&percTrainData=90&x=true&y=false&xTimesY=false&xSquared=false&ySquared=false&cosX=true&sinX=false&cosY=false&sinY=false&collectStats=false&problem=regression&initZero=false&hideText=false",
        "activation=relu&batchSize=25&dataset=xor&regDataset=reg-plane&learningRate=3&regularizationRate=0&noise=0&networkShape=1&seed=0.6&showTestData=false&discretize=false&percTrainData=10&x=false&y=false&xTimesY=true&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=true&hideText=false",
        "activation=tanh&regularization=none&batchSize=10&dataset=spiral&regDataset=reg-plane&learningRate=0.00001&regularizationRate=0&noise=0&networkShape=6,6,6&seed=0.7&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=true",
        "activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane&learningRate=0.03&regularizationRate=0&noise=0&networkShape=4,2&seed=0.8&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false&learningRate_hide=true&dataset_hide=true&noise_hide=true",
        "activation=relu&batchSize=10&dataset=gauss&regDataset=reg-plane&learningRate=10&regularizationRate=10&noise=25&networkShape=8,8,8,8,8,8&seed=0.99999&showTestData=true&discretize=true&percTrainData=60&x=true&y=true&xTimesY=true&xSquared=true&ySquared=true&cosX=true&sinX=true&cosY=true&sinY=true&collectStats=false&problem=classification&initZero=false&hideText=false&regularization=L1",
        "learningRate=0.1&networkShape=5,3&dataset=xor",
    })
    void theLinkOpensWithEverySettingApplied(String link) {
        DecodeResult expected = PresetCodec.decode(link);
        assertEquals(java.util.List.of(), expected.problems, "the link is valid");
        Playground.openReady("/?engine=js#" + link);
        String state = Playground.state();
        if (link.contains("seed=")) {
            assertEquals(PresetCodec.encode(expected.preset), state);
        } else {
            // Without a seed the page picks one; everything else is as the link says.
            expected.preset.seed = PresetCodec.decode(state).preset.seed;
            assertEquals(PresetCodec.encode(expected.preset), state);
        }
        assertTrue(driver().findElement(By.id("notice")).getDomAttribute("hidden") != null,
                () -> driver().findElement(By.id("notice")).getText());
        assertEquals(expected.preset.activation.id(), driver().findElement(By.id("activation")).getDomProperty("value"));
        assertEquals(NumberText.format(expected.preset.learningRate), // option values are written as in the address
                driver().findElement(By.id("learningRate")).getDomProperty("value"));
        assertEquals(Integer.toString(expected.preset.networkShape.length),
                driver().findElement(By.id("layer-count")).getText());
        assertEquals("true", driver().findElement(By.id("dataset-" + expected.preset.activeDataset().id()))
                .getDomAttribute("aria-checked"));
        for (String hidden : expected.preset.hiddenControls()) {
            assertTrue(!driver().findElement(By.id(hidden + "-field")).isDisplayed(), hidden + " is hidden");
        }
        assertEquals(expected.preset.hideText, !driver().findElement(By.className("footer")).isDisplayed());
    }
}
