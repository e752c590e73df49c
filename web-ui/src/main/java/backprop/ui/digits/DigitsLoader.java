package backprop.ui.digits;

import backprop.engine.digits.Digits;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * Downloads the digits file: {@code GET /api/digits} says where it is and how many bytes it
 * has, then the file is read chunk by chunk (a progress report per chunk) into one typed array,
 * inflated by the browser ({@code DecompressionStream('gzip')}, which also checks gzip's CRC-32
 * and length) and copied into a Java {@code byte[]} in one call. The file's URL is content-hashed
 * and cached immutably, so a second visit reads it from the browser's cache. A failure, an HTTP
 * error, a download that stops for {@link #STALL_MILLIS}, fewer bytes than the server announced
 * (truncated) or gzip data the browser refuses (corrupt) ends in {@link Listener#failed} with a
 * sentence a person can act on, never in a hang.
 */
final class DigitsLoader {
    /** A download with no new bytes for this long is given up. */
    static final int STALL_MILLIS = 20_000;

    private DigitsLoader() {
    }

    static void load(Listener listener) {
        fetch(STALL_MILLIS, Digits.MAX_FILE_BYTES, listener::progress, bytes -> listener.loaded(bytes.copyToJavaArray()),
                listener::failed);
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

    @JSBody(params = {"stallMillis", "maxBytes", "progress", "done", "failed"}, script = "(async () => {"
            + " const again = ' \"Try again\" downloads it anew.';"
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
            + " let buf; let n = 0;"
            + " try {"
            + "   watch();"
            + "   const r = await fetch(info.url, {signal: abort.signal});"
            + "   if (!r.ok) { throw new Error('HTTP ' + r.status); }"
            + "   const total = info.bytes > 0 ? info.bytes : 1;"
            + "   buf = new Uint8Array(total);"
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
            + " } catch (e) {"
            + "   clearTimeout(timer);"
            + "   failed(stalled ? 'The download of the digits file ' + info.url + ' stopped for '"
            + "       + Math.round(stallMillis / 1000) + ' seconds and was given up.'"
            + "     : 'The digits file ' + info.url + ' could not be downloaded (' + e.message + ').');"
            + "   return;"
            + " }"
            + " clearTimeout(timer);"
            + " if (n < info.bytes) {"
            + "   failed('The digits file is truncated: ' + n + ' of its ' + info.bytes + ' bytes arrived.' + again);"
            + "   return;"
            + " }"
            + " if (typeof DecompressionStream !== 'function') {"
            + "   failed('This browser cannot unpack the digits file (it has no DecompressionStream); a current browser can.');"
            + "   return;"
            + " }"
            + " let out; let m = 0;"
            + " try {"
            + "   const reader = new Blob([buf.subarray(0, n)]).stream()"
            + "     .pipeThrough(new DecompressionStream('gzip')).getReader();"
            + "   out = new Uint8Array(info.count > 0 ? 16 + info.count * (1 + info.width * info.height) : 4 * n);"
            + "   for (;;) {"
            + "     const part = await reader.read();"
            + "     if (part.done) { break; }"
            + "     const v = part.value;"
            + "     if (m + v.length > maxBytes) {"
            + "       reader.cancel(); throw new Error('it unpacks to more than ' + maxBytes + ' bytes');"
            + "     }"
            + "     if (m + v.length > out.length) {"
            + "       const grown = new Uint8Array(Math.max(2 * out.length, m + v.length)); grown.set(out.subarray(0, m)); out = grown;"
            + "     }"
            + "     out.set(v, m); m += v.length;"
            + "   }"
            + " } catch (e) {"
            + "   const why = String(e && e.message ? e.message : e);"
            + "   failed('The digits file is ' + (/truncat|end of file/i.test(why) ? 'truncated' : 'corrupt')"
            + "     + ': the browser could not unpack it (' + why + ').' + again);"
            + "   return;"
            + " }"
            + " done(new Int8Array(out.buffer, 0, m));"
            + "})();")
    private static native void fetch(int stallMillis, int maxBytes, Progress progress, Done done, Failed failed);
}
