package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An impossible network shape in the address: the notice says what was wrong, and the page uses a shape that fits. */
class NetworkShapeNoticeIT extends PageTestBase {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-1|networkShape: '-1' has a layer of -1 neurons, but a layer has 1 to 16; used '1', the closest shape that fits|networkShape=1&",
        "0|networkShape: '0' has a layer of 0 neurons, but a layer has 1 to 16; used '1', the closest shape that fits|networkShape=1&",
        "17|networkShape: '17' has a layer of 17 neurons, but a layer has 1 to 16; used '16', the closest shape that fits|networkShape=16&",
        "abc|networkShape: 'abc' is not a list of whole numbers like 4,2; kept 4,2|networkShape=4,2&"})
    void theNoticeSaysWhatWasWrongAndWhatIsUsed(String shape, String said, String used) {
        Playground.openReady("/#seed=0.3&networkShape=" + shape);
        WebElement notice = driver().findElement(By.id("notice"));
        waitFor(Waits.REACTION, d -> notice.isDisplayed());
        assertTrue(notice.getText().contains(said), notice.getText());
        assertTrue(Playground.state().contains(used), Playground.state());
        assertTrue(Playground.hash().contains(used), "the address is corrected: " + Playground.hash());
    }
}
