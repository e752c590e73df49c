package backprop.ui.remote;

import backprop.engine.nn.Network;
import backprop.engine.text.NumberText;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Weights as a JSON file people can read, download and load back:
 * {@code {"format": "backprop-playground-weights", "version": 1, "shape": [2, 4, 1],
 * "layers": [{"weights": [[w, …] per neuron], "biases": [b, …]}, …]}}.
 * Loading checks the whole file before it changes anything.
 */
public final class WeightsFile {
    static final String FORMAT = "backprop-playground-weights";
    /** Larger files are refused before they are read. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private WeightsFile() {
    }

    public static String toJson(Network network) {
        int[] shape = network.shape();
        StringBuilder json = new StringBuilder("{\"format\":\"" + FORMAT + "\",\"version\":1,\"shape\":[");
        for (int i = 0; i < shape.length; i++) {
            json.append(i == 0 ? "" : ",").append(shape[i]);
        }
        json.append("],\"layers\":[");
        for (int k = 0; k < network.depth(); k++) {
            double[] w = network.weights(k);
            double[] b = network.biases(k);
            int in = shape[k];
            json.append(k == 0 ? "" : ",").append("\n{\"weights\":[");
            for (int o = 0; o < shape[k + 1]; o++) {
                json.append(o == 0 ? "[" : ",[");
                for (int i = 0; i < in; i++) {
                    json.append(i == 0 ? "" : ",").append(NumberText.format(w[o * in + i]));
                }
                json.append(']');
            }
            json.append("],\"biases\":[");
            for (int o = 0; o < b.length; o++) {
                json.append(o == 0 ? "" : ",").append(NumberText.format(b[o]));
            }
            json.append("]}");
        }
        return json.append("]}\n").toString();
    }

    /**
     * Loads {@code text} into {@code network}; returns null when done, else
     * why not (and the network is untouched).
     */
    static String load(Network network, String text) {
        JSObject parsed = parse(text);
        String error = error(parsed);
        if (!error.isEmpty()) {
            return "The weights file was not loaded: " + error + ".";
        }
        int[] shape = network.shape();
        String expected = Integer.toString(shape[0]);
        for (int i = 1; i < shape.length; i++) {
            expected += "," + shape[i];
        }
        String found = shape(parsed);
        if (!expected.equals(found)) {
            return "The weights file was not loaded: it is for a network of shape " + found
                    + " but this network is " + expected + " (inputs, hidden layers, outputs).";
        }
        int at = 0;
        for (int k = 0; k < network.depth(); k++) {
            double[] w = network.weights(k);
            double[] b = network.biases(k);
            for (int i = 0; i < w.length; i++) {
                w[i] = valueAt(parsed, at++);
            }
            for (int i = 0; i < b.length; i++) {
                b[i] = valueAt(parsed, at++);
            }
        }
        network.changed();
        return null;
    }

    /** JSON.parse and a check of the structure; numbers flattened in the network's order (weights row-major, then biases). */
    @JSBody(params = "text", script = ""
            + "const fail = (m) => ({error: m, shape: '', values: []});"
            + "let d; try { d = JSON.parse(text); } catch (e) { return fail('it is not JSON (' + e.message + ')'); }"
            + "if (!d || typeof d !== 'object' || !Array.isArray(d.shape) || !Array.isArray(d.layers))"
            + "  return fail('it has no \"shape\" and \"layers\" (is it a weights file from this playground?)');"
            + "const s = d.shape;"
            + "if (s.length < 2 || !s.every(n => Number.isInteger(n) && n > 0)) return fail('its shape is not a list of layer sizes');"
            + "if (d.layers.length !== s.length - 1) return fail('it has ' + d.layers.length + ' layers of weights for shape ' + s.join(','));"
            + "const values = [];"
            + "for (let k = 0; k < d.layers.length; k++) {"
            + "  const L = d.layers[k] || {};"
            + "  if (!Array.isArray(L.weights) || L.weights.length !== s[k + 1]) return fail('layer ' + (k + 1) + ' needs ' + s[k + 1] + ' rows of weights');"
            + "  for (let o = 0; o < s[k + 1]; o++) {"
            + "    const row = L.weights[o];"
            + "    if (!Array.isArray(row) || row.length !== s[k]) return fail('row ' + (o + 1) + ' of layer ' + (k + 1) + ' needs ' + s[k] + ' weights');"
            + "    for (const v of row) { if (typeof v !== 'number' || !isFinite(v)) return fail('layer ' + (k + 1) + ' has a weight that is not a finite number'); values.push(v); }"
            + "  }"
            + "  if (!Array.isArray(L.biases) || L.biases.length !== s[k + 1]) return fail('layer ' + (k + 1) + ' needs ' + s[k + 1] + ' biases');"
            + "  for (const v of L.biases) { if (typeof v !== 'number' || !isFinite(v)) return fail('layer ' + (k + 1) + ' has a bias that is not a finite number'); values.push(v); }"
            + "}"
            + "return {error: '', shape: s.join(','), values: values};")
    private static native JSObject parse(String text);

    @JSBody(params = "parsed", script = "return parsed.error;")
    private static native String error(JSObject parsed);

    @JSBody(params = "parsed", script = "return parsed.shape;")
    private static native String shape(JSObject parsed);

    @JSBody(params = {"parsed", "i"}, script = "return parsed.values[i];")
    private static native double valueAt(JSObject parsed, int i);
}
