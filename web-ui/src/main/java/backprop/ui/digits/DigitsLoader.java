package backprop.ui.digits;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * Downloads the digits file: {@code GET /api/digits} says where it is and how many bytes it
 * has, then the file is read chunk by chunk (a progress report per chunk) into one typed array,
 * copied into a Java {@code byte[]} in one call. The file's URL is content-hashed and cached
 * immutably, so a second visit reads it from the browser's cache. A failure, an HTTP error or a
 * download that stops for {@link #STALL_MILLIS} ends in {@link Listener#failed} with a sentence
 * a person can act on, never in a hang.
 */
final class DigitsLoader {
    /** A download with no new bytes for this long is given up. */
    static final int STALL_MILLIS = 20_000;

    private DigitsLoader() {
    }

    static void load(Listener listener) {
        fetch(STALL_MILLIS, listener::progress, bytes -> listener.loaded(bytes.copyToJavaArray()), listener::failed);
    }

    interface Listener {
        void progress(int received, int total);

        void loaded(byte[] file);

        void failed(String message);
    }

    @JSFunctor
    interface Progress extends JSObject {
        void report(int received, int total);
    }

    @JSFunctor
    interface Done extends JSObject {
        void done(Int8Array bytes);
    }

    @JSFunctor
    interface Failed extends JSObject {
        void failed(String message);
    }

    @JSBody(params = {"stallMillis", "progress", "done", "failed"}, script = "(async () => {"
            + " let info;"
            + " try {"
            + "   const r = await fetch('/api/digits', {cache: 'no-store'});"
            + "   if (!r.ok) { throw new Error('HTTP ' + r.status); }"
            + "   info = await r.json();"
            + " } catch (e) {"
            + "   failed('The page could not ask the server where the digits are (' + e.message + '). Is the server running?');"
            + "   return;"
            + " }"
            + " const abort = new AbortController(); let timer = 0; let stalled = false;"
            + " const watch = () => { clearTimeout(timer);"
            + "   timer = setTimeout(() => { stalled = true; abort.abort(); }, stallMillis); };"
            + " let bytes;"
            + " try {"
            + "   watch();"
            + "   const r = await fetch(info.url, {signal: abort.signal});"
            + "   if (!r.ok) { throw new Error('HTTP ' + r.status); }"
            + "   const total = info.bytes > 0 ? info.bytes : 1;"
            + "   let buf = new Uint8Array(total); let n = 0;"
            + "   const reader = r.body.getReader();"
            + "   progress(0, total);"
            + "   for (;;) {"
            + "     const part = await reader.read();"
            + "     if (part.done) { break; }"
            + "     watch();"
            + "     const v = part.value;"
            + "     if (n + v.length > buf.length) {"
            + "       const grown = new Uint8Array(Math.max(2 * buf.length, n + v.length)); grown.set(buf.subarray(0, n)); buf = grown;"
            + "     }"
            + "     buf.set(v, n); n += v.length; progress(Math.min(n, total), total);"
            + "   }"
            + "   bytes = new Int8Array(buf.buffer.slice(0, n));"
            + " } catch (e) {"
            + "   clearTimeout(timer);"
            + "   failed(stalled ? 'The download of the digits file ' + info.url + ' stopped for '"
            + "       + Math.round(stallMillis / 1000) + ' seconds and was given up.'"
            + "     : 'The digits file ' + info.url + ' could not be downloaded (' + e.message + ').');"
            + "   return;"
            + " }"
            + " clearTimeout(timer);"
            + " done(bytes);"
            + "})();")
    private static native void fetch(int stallMillis, Progress progress, Done done, Failed failed);
}
