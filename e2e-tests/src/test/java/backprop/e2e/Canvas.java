package backprop.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Pointing at parts of the page's canvases. The network diagram's geometry is
 * the one documented in NetworkLayout: nodes of 30 px every 40 px from y = 30,
 * the input column at x = 64, the output column 38 px from the right edge.
 */
final class Canvas {
    static final double TOP = 30;
    static final double NODE = 30;
    static final double ROW = 40;
    static final double LEFT = 64;

    private Canvas() {
    }

    static WebElement network() {
        return PageTestBase.driver().findElement(By.id("network"));
    }

    /** x of the left edge of column {@code c} of a network with {@code columns} columns. */
    static double columnX(int c, int columns) {
        double width = network().getRect().getWidth();
        return LEFT + c * (width - NODE - 8 - LEFT) / (columns - 1);
    }

    static double rowY(int row) {
        return TOP + row * ROW;
    }

    static void hover(WebElement canvas, double x, double y) {
        pointAt(canvas, x, y).perform();
    }

    static void click(WebElement canvas, double x, double y) {
        pointAt(canvas, x, y).click().perform();
    }

    /**
     * Moves the pointer to (x, y) from the canvas's top-left corner, in CSS pixels.
     * Viewport coordinates, not Selenium's element offsets: those count from the
     * centre of the element's visible part, which moves when it is partly scrolled out.
     */
    @SuppressWarnings("unchecked")
    private static Actions pointAt(WebElement canvas, double x, double y) {
        List<Number> corner = (List<Number>) PageTestBase.js("arguments[0].scrollIntoView({block: 'center'});"
                + " const r = arguments[0].getBoundingClientRect(); return [r.left, r.top];", canvas);
        return new Actions(PageTestBase.driver()).moveToLocation(
                (int) Math.round(corner.get(0).doubleValue() + x), (int) Math.round(corner.get(1).doubleValue() + y));
    }

    /** RGBA of a canvas pixel, in canvas pixels. */
    @SuppressWarnings("unchecked")
    static int[] pixel(String canvasId, int x, int y) {
        List<Number> rgba = (List<Number>) PageTestBase.js("const c = document.getElementById(arguments[0]);"
                + " return Array.from(c.getContext('2d').getImageData(arguments[1], arguments[2], 1, 1).data);",
                canvasId, x, y);
        return new int[] {rgba.get(0).intValue(), rgba.get(1).intValue(), rgba.get(2).intValue(), rgba.get(3).intValue()};
    }

    /** A fingerprint of a canvas's pixels (to see whether it changed). */
    static String fingerprint(String canvasId) {
        return (String) PageTestBase.js("const c = document.getElementById(arguments[0]);"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " let h = 0; for (let i = 0; i < d.length; i += 7) { h = (h * 31 + d[i]) | 0; } return String(h);",
                canvasId);
    }

    /** How many distinct colours a rectangle of a canvas holds (sampled every {@code step} px). */
    static long distinctColours(String canvasId, int x, int y, int w, int h, int step) {
        return ((Number) PageTestBase.js("const c = document.getElementById(arguments[0]);"
                + " const d = c.getContext('2d').getImageData(arguments[1], arguments[2], arguments[3], arguments[4]).data;"
                + " const seen = new Set(); const w = arguments[3];"
                + " for (let yy = 0; yy < arguments[4]; yy += arguments[5]) for (let xx = 0; xx < w; xx += arguments[5]) {"
                + "   const i = (yy * w + xx) * 4; seen.add(d[i] + ',' + d[i + 1] + ',' + d[i + 2]); }"
                + " return seen.size;", canvasId, x, y, w, h, step)).longValue();
    }
}
