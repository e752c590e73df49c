package backprop.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Both TeaVM builds load in Chromium under the server's Content-Security-Policy and
 * content types: the JS build as an ES module, the Wasm GC build through TeaVM's runtime
 * glue (which needs 'unsafe-eval' and 'wasm-unsafe-eval', and application/wasm for
 * compileStreaming). Independent of what the page itself does.
 */
class CompiledCodeLoadsIT extends PageTestBase {

    @Test
    void theJavaScriptBuildLoads() {
        open("/");
        Object main = js("return import('/teavm/js/playground.js')"
                + ".then(m => typeof m.main, e => 'failed: ' + e);");
        assertEquals("function", main);
        assertEquals(List.of(), severeConsoleErrors());
    }

    @Test
    void theWasmGcBuildLoads() {
        open("/");
        js("return new Promise((loaded, failed) => {"
                + " const s = document.createElement('script');"
                + " s.src = '/teavm/wasm/playground.wasm-runtime.js';"
                + " s.onload = () => loaded(true);"
                + " s.onerror = () => failed(new Error('the Wasm runtime glue did not load'));"
                + " document.head.appendChild(s); });");
        Object main = js("return TeaVM.wasmGC.load('/teavm/wasm/playground.wasm')"
                + ".then(t => typeof t.exports.main, e => 'failed: ' + e);");
        assertEquals("function", main);
        assertEquals(List.of(), severeConsoleErrors());
    }
}
