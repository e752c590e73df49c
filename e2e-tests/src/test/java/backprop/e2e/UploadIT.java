package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A CSV uploaded in the page: the server's verdict, a preview, the dataset list, training on it, share links. */
class UploadIT extends PageTestBase {

    @Test
    void aCsvWithClassNamesIsStoredListedTrainedOnAndTravelsInShareLinks() throws Exception {
        // Two classes split by a circle, in coordinates far from the plot's: the page rescales them.
        StringBuilder csv = new StringBuilder("width,height,kind\n");
        int rows = 0;
        for (int i = 0; i < 18; i++) {
            for (int j = 0; j < 18; j++) {
                double x = 1000 + 10 * i;
                double y = -2 + 0.25 * j;
                double dx = (i - 8.5) / 8.5;
                double dy = (j - 8.5) / 8.5;
                csv.append(x).append(',').append(y).append(',').append(dx * dx + dy * dy < 0.4 ? "cat" : "dog").append('\n');
                rows++;
            }
        }
        Path file = write("pets<b>.csv", csv.toString());

        Playground.openReady("/#seed=upload&networkShape=6,4&learningRate=0.1&x=true&y=true&xSquared=true&ySquared=true&speed=0");
        driver().findElement(By.id("upload-csv")).sendKeys(file.toAbsolutePath().toString());
        WebElement verdict = driver().findElement(By.id("upload-verdict"));
        waitFor(Waits.LOAD, d -> !"pending".equals(verdict.getDomAttribute("data-result")) && verdict.getDomAttribute("data-result") != null);
        assertEquals("stored", verdict.getDomAttribute("data-result"), verdict.getText());
        assertEquals("Stored: pets<b>.csv, " + rows + " rows, classification (2 classes: cat, dog)", verdict.getText());
        String id = verdict.getDomAttribute("data-id");

        waitFor(Waits.LOAD, d -> d.findElement(By.id("upload-preview")).isDisplayed());
        waitFor(Waits.LOAD, d -> Playground.state().contains("datasetId=" + id) && "loaded".equals(Playground.status("dataset")));
        WebElement listed = driver().findElement(By.cssSelector("#uploaded-datasets [data-dataset-id='" + id + "']"));
        waitFor(Waits.LOAD, d -> "true".equals(listed.getDomAttribute("aria-checked")));
        assertEquals("pets<b>.csv", listed.getText());
        assertEquals(0L, js("return document.querySelectorAll('#uploaded-datasets b, #upload-verdict b').length;"));
        assertEquals("false", driver().findElement(By.id("dataset-circle")).getDomAttribute("aria-checked"));
        long previewColours = ((Number) js("const c = document.getElementById('upload-preview');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; const s = new Set();"
                + " for (let i = 0; i < d.length; i += 4) { s.add(d[i] + ',' + d[i + 1] + ',' + d[i + 2]); } return s.size;"))
                .longValue();
        assertTrue(previewColours >= 3, "the preview shows both classes: " + previewColours);
        assertEquals(rows, trainAndTestPoints(), "the run uses the uploaded points");

        double before = Playground.trainLoss();
        Playground.call("play");
        double after = Playground.waitForTrainLossBelow(before / 3);
        Playground.call("pause");
        screenshot("upload-trained");
        js("document.getElementById('uploads-field').scrollIntoView({block: 'center'});");
        screenshot("upload-verdict-preview-list");
        assertTrue(after < before / 3, before + " -> " + after);

        String link = ShareIT.share("pets", false);
        String shareId = link.substring(link.lastIndexOf('/') + 1);
        HttpResponse<String> stored = httpGet("/api/presets/" + shareId);
        assertTrue(stored.body().contains("datasetId=" + id), stored.body());

        open("/p/" + shareId);
        js("return window.playground.ready.then(() => true);");
        assertTrue(Playground.state().contains("datasetId=" + id), Playground.state());
        assertEquals("loaded", Playground.status("dataset"));
        assertEquals(rows, trainAndTestPoints());
        assertEquals("true", driver().findElement(
                By.cssSelector("#uploaded-datasets [data-dataset-id='" + id + "']")).getDomAttribute("aria-checked"));
        screenshot("upload-shared-link");
        assertEquals(List.of(), severeConsoleErrors());
    }

    @Test
    void aBadCellIsReportedWithItsLineAndColumnAndADroppedFileIsUploaded() throws Exception {
        Path file = write("bad.csv", "x,y,label\n1,2,a\n3,oops,b\n4,5,a\n");
        Playground.openReady("/#seed=bad-upload");
        String before = Playground.state();
        driver().findElement(By.id("upload-csv")).sendKeys(file.toAbsolutePath().toString());
        WebElement verdict = driver().findElement(By.id("upload-verdict"));
        waitFor(Waits.LOAD, d -> "refused".equals(verdict.getDomAttribute("data-result")));
        assertTrue(verdict.getText().contains("Line 3, column 2"), verdict.getText());
        assertTrue(driver().findElement(By.id("upload-preview")).getDomAttribute("hidden") != null);
        assertEquals(before, Playground.state(), "a refused upload changes nothing");
        js("document.getElementById('uploads-field').scrollIntoView({block: 'center'});");
        screenshot("upload-refused");

        // Dropped on the Data column: numeric labels that are not classes make a regression.
        js("const data = new DataTransfer();"
                + " data.items.add(new File(['a,b,height\\n0,0,1.5\\n1,0,2.5\\n0,1,3.5\\n1,1,4.25\\n'], 'dropped.csv', {type: 'text/csv'}));"
                + " document.getElementById('data-column').dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));");
        waitFor(Waits.LOAD, d -> "stored".equals(verdict.getDomAttribute("data-result")));
        assertEquals("Stored: dropped.csv, 4 rows, regression", verdict.getText());
        waitFor(Waits.LOAD, d -> "loaded".equals(Playground.status("dataset")));
        assertTrue(Playground.state().contains("problem=regression"), Playground.state());
        assertEquals("regression", driver().findElement(By.id("problem")).getDomProperty("value"));
        assertEquals(4, trainAndTestPoints());
    }

    /** Training plus test points of the run in play, as the page's status reports them. */
    private static int trainAndTestPoints() {
        return ((Number) js("return Number(document.getElementById('status').dataset.points || -1);")).intValue();
    }

    private static Path write(String name, String text) throws IOException {
        Path dir = Files.createDirectories(outputDir().resolve("uploads"));
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }
}
