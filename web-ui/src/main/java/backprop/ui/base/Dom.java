package backprop.ui.base;

import org.teavm.jso.JSBody;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.canvas.ImageData;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.typedarrays.Uint8Array;

/** The few DOM helpers every view needs: look-ups by id, element creation, data attributes, pixels. */
public final class Dom {
    private Dom() {
    }

    public static HTMLDocument document() {
        return HTMLDocument.current();
    }

    /** The element with this id; a missing one is a bug in index.html, reported by name. */
    public static HTMLElement byId(String id) {
        HTMLElement element = document().getElementById(id);
        if (element == null) {
            throw new IllegalStateException("The page has no element #" + id);
        }
        return element;
    }

    public static HTMLElement create(String tag, String className) {
        HTMLElement element = document().createElement(tag);
        if (className != null) {
            element.setClassName(className);
        }
        return element;
    }

    public static CanvasRenderingContext2D context(HTMLCanvasElement canvas) {
        return (CanvasRenderingContext2D) canvas.getContext("2d");
    }

    public static void setClass(HTMLElement element, String name, boolean on) {
        if (on) {
            element.getClassList().add(name);
        } else {
            element.getClassList().remove(name);
        }
    }

    /** Sets {@code data-name}; an unchanged value is not written again (no mutation, no style work). */
    public static void setData(HTMLElement element, String name, String value) {
        setAttribute(element, "data-" + name, value);
    }

    /** Sets an attribute unless it already has this value. */
    @JSBody(params = {"element", "name", "value"},
            script = "if (element.getAttribute(name) !== value) element.setAttribute(name, value);")
    public static native void setAttribute(HTMLElement element, String name, String value);

    /**
     * Shows {@code text} (as {@code innerText} would, for text without line breaks), leaving the
     * element alone when it already shows it: views redraw every frame while training, and
     * rewriting an unchanged text would make the browser lay out and paint the page again.
     */
    @JSBody(params = {"element", "text"}, script = "if (element.textContent !== text) element.textContent = text;")
    public static native void setText(HTMLElement element, String text);

    /** Shows or hides an element; setting {@code hidden} again to the same value would still restyle it. */
    @JSBody(params = {"element", "hidden"}, script = "if (element.hidden !== hidden) element.hidden = hidden;")
    public static native void setHidden(HTMLElement element, boolean hidden);

    /**
     * Wraps RGBA bytes (a view of a direct buffer) as ImageData without copying them
     * pixel by pixel; re-wrapped each frame because a growing Wasm memory detaches old views.
     */
    @JSBody(params = {"bytes", "width", "height"},
            script = "return new ImageData(new Uint8ClampedArray(bytes.buffer, bytes.byteOffset, bytes.byteLength),"
                    + " width, height);")
    public static native ImageData imageData(Uint8Array bytes, int width, int height);

    @JSBody(params = {"context", "enabled"}, script = "context.imageSmoothingEnabled = enabled;")
    public static native void setSmoothing(CanvasRenderingContext2D context, boolean enabled);

    /** Dashes of {@code on} px every {@code on + off} px; 0 for solid lines. */
    @JSBody(params = {"context", "on", "off"}, script = "context.setLineDash(on > 0 ? [on, off] : []);")
    public static native void setDash(CanvasRenderingContext2D context, double on, double off);

    @JSBody(params = {"element", "property", "value"}, script = "element.style.setProperty(property, value);")
    public static native void setStyle(HTMLElement element, String property, String value);

    @JSBody(params = "element", script = "return document.activeElement === element;")
    public static native boolean isFocused(HTMLElement element);

    /** Offers {@code text} as a file download named {@code name}. */
    @JSBody(params = {"name", "type", "text"}, script = "const url = URL.createObjectURL(new Blob([text], {type: type}));"
            + " const a = document.createElement('a'); a.href = url; a.download = name;"
            + " document.body.appendChild(a); a.click(); a.remove();"
            + " setTimeout(() => URL.revokeObjectURL(url), 1000);")
    public static native void download(String name, String type, String text);

    /** Offers a canvas's picture as a PNG download. */
    @JSBody(params = {"name", "canvas"}, script = "const a = document.createElement('a');"
            + " a.href = canvas.toDataURL('image/png'); a.download = name;"
            + " document.body.appendChild(a); a.click(); a.remove();")
    public static native void downloadPng(String name, HTMLCanvasElement canvas);

    @JSBody(script = "return window.devicePixelRatio || 1;")
    public static native double devicePixelRatio();

    @JSBody(script = "return performance.now();")
    public static native double now();

    @JSBody(params = "message", script = "console.error(message);")
    static native void logError(String message);
}
