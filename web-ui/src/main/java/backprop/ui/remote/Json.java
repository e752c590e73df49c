package backprop.ui.remote;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.typedarrays.Float64Array;

/**
 * Reads the server's small JSON answers with the browser's own {@code JSON.parse}:
 * a body is parsed once, then read field by field. A missing field or one of another
 * type reads as {@code ""}, {@code NaN} or an empty object, so callers never meet
 * {@code undefined}.
 */
final class Json {
    private Json() {
    }

    /** The parsed body, or an empty object when it is not JSON. */
    @JSBody(params = "text", script = "try { const value = JSON.parse(text); return value !== null && typeof value === 'object' ? value : {}; }"
            + " catch (ignored) { return {}; }")
    static native JSObject parse(String text);

    @JSBody(params = {"o", "key"}, script = "const value = o[key]; return typeof value === 'string' ? value"
            + " : (typeof value === 'number' || typeof value === 'boolean') ? String(value) : '';")
    static native String string(JSObject o, String key);

    @JSBody(params = {"o", "key"}, script = "const value = o[key]; return typeof value === 'number' ? value : NaN;")
    static native double number(JSObject o, String key);

    @JSBody(params = {"o", "key"}, script = "const value = o[key]; return value !== null && typeof value === 'object' ? value : {};")
    static native JSObject object(JSObject o, String key);

    /** Length of the array {@code o[key]} (0 when it is not an array). */
    @JSBody(params = {"o", "key"}, script = "const value = o[key]; return Array.isArray(value) ? value.length : 0;")
    static native int length(JSObject o, String key);

    /** Element {@code i} of the array {@code o[key]}. */
    @JSBody(params = {"o", "key", "i"}, script = "const value = o[key][i]; return value !== null && typeof value === 'object' ? value : {};")
    static native JSObject at(JSObject o, String key, int i);

    /** Element {@code i} of the array {@code o[key]} as text. */
    @JSBody(params = {"o", "key", "i"}, script = "return String(o[key][i]);")
    static native String stringAt(JSObject o, String key, int i);

    /** The numbers of the array {@code o[key]} (non-numbers become NaN). */
    static double[] numbers(JSObject o, String key) {
        return numberArray(o, key).copyToJavaArray();
    }

    /** The numbers of the array {@code o[key][i]}. */
    static double[] numbersAt(JSObject o, String key, int i) {
        return numberArrayAt(o, key, i).copyToJavaArray();
    }

    @JSBody(params = {"o", "key"}, script = "const value = o[key]; return Float64Array.from(Array.isArray(value) ? value : [],"
            + " item => typeof item === 'number' ? item : NaN);")
    private static native Float64Array numberArray(JSObject o, String key);

    @JSBody(params = {"o", "key", "i"}, script = "const array = o[key]; const value = Array.isArray(array) ? array[i] : null;"
            + " return Float64Array.from(Array.isArray(value) ? value : [], item => typeof item === 'number' ? item : NaN);")
    private static native Float64Array numberArrayAt(JSObject o, String key, int i);
}
