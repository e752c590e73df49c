package backprop.ui.remote;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSString;

/**
 * The page's calls to its server (see docs/api.md): plain {@code fetch} with the
 * answer handed back as its status and text. Status 0 means the request never got
 * an answer (offline, server down); the text then says why.
 */
final class Api {
    private Api() {
    }

    static void get(String url, Response done) {
        send("GET", url, null, null, done);
    }

    /** Saves a share link: {@code POST /api/presets} with the state, an optional title and optional weights. */
    static void savePreset(String state, String title, String weights, Response done) {
        send("POST", "/api/presets", "application/json", JSString.valueOf(presetBody(state, title, weights)), done);
    }

    /** Uploads a CSV file (a {@code File} or {@code Blob}) as a dataset named after the file. */
    static void uploadDataset(JSObject file, Response done) {
        send("POST", "/api/datasets?name=" + encode(fileName(file)), "text/csv", file, done);
    }

    /** What a refusal says a person should do: its {@code detail}, else a line naming the status. */
    static String detail(int status, String body) {
        if (status == 0) {
            return "The server could not be reached (" + body + ").";
        }
        String detail = Json.string(Json.parse(body), "detail");
        return detail.isEmpty() ? "The server answered HTTP " + status + "." : detail;
    }

    static boolean ok(int status) {
        return status >= 200 && status < 300;
    }

    @JSBody(params = {"method", "url", "type", "body", "done"}, script = "const options = {method: method, cache: 'no-store'};"
            + " if (type) { options.headers = {'Content-Type': type}; } if (body !== null) { options.body = body; }"
            + " fetch(url, options).then(response => response.text().then(answer => done(response.status, answer)),"
            + " failure => done(0, String(failure && failure.message ? failure.message : failure)));")
    private static native void send(String method, String url, String type, JSObject body, Response done);

    /** The JSON body of {@code POST /api/presets}; an empty title or weights is left out. */
    @JSBody(params = {"state", "title", "weights"}, script = "const request = {state: state};"
            + " if (title) { request.title = title; } if (weights) { request.weights = weights; }"
            + " return JSON.stringify(request);")
    private static native String presetBody(String state, String title, String weights);

    @JSBody(params = "file", script = "return file && file.name ? String(file.name) : 'upload.csv';")
    static native String fileName(JSObject file);

    @JSBody(params = "text", script = "return encodeURIComponent(text);")
    static native String encode(String text);

    /** An answer: HTTP status (0 = none) and body text. */
    @JSFunctor
    interface Response extends JSObject {
        void receive(int status, String body);
    }
}
