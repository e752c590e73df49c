package backprop.ui.remote;

import backprop.engine.nn.Network;
import backprop.engine.text.NumberText;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Weights as a JSON file people can read, download and load back:
 * {@code {"format": "backprop-playground-weights", "version": 1, "shape": [2, 4, 1],
 * "layers": [{"weights": [[w, …] per neuron], "biases": [b, …]}, …]}}.
 * A network with links L1 regularization killed is written as version 2, whose layers may also
 * hold {@code "dead": [[neuron, input], …]} (0-based, as in "weights"); a file without "dead"
 * (version 1) loads with no dead link. Loading checks the whole file before it changes anything.
 */
public final class WeightsFile {
    static final String FORMAT = "backprop-playground-weights";
    /** Larger files are refused before they are read. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private WeightsFile() {
    }

    public static String toJson(Network network) {
        int[] shape = network.shape();
        boolean anyDead = network.deadLinks().count() > 0;
        StringBuilder json = new StringBuilder("{\"format\":\"" + FORMAT + "\",\"version\":" + (anyDead ? 2 : 1)
                + ",\"shape\":[");
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
            json.append(']');
            if (anyDead) {
                appendDead(json, network, k, in);
            }
            json.append('}');
        }
        return json.append("]}\n").toString();
    }

    /** {@code ,"dead":[[neuron, input], …]} of weight layer k. */
    private static void appendDead(StringBuilder json, Network network, int k, int in) {
        json.append(",\"dead\":[");
        boolean first = true;
        for (int index = 0; index < network.weights(k).length; index++) {
            if (network.deadLinks().isDead(k, index)) {
                json.append(first ? "[" : ",[").append(index / in).append(',').append(index % in).append(']');
                first = false;
            }
        }
        json.append(']');
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
        network.deadLinks().clear();
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
        for (int d = 0; d < deadCount(parsed); d++) {
            network.deadLinks().kill(deadAt(parsed, 2 * d), deadAt(parsed, 2 * d + 1));
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
            + "const dead = [];"
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
            + "  if (L.dead === undefined) continue;"
            + "  if (!Array.isArray(L.dead)) return fail('the dead links of layer ' + (k + 1) + ' are not a list of [neuron, input] pairs');"
            + "  for (const p of L.dead) {"
            + "    if (!Array.isArray(p) || p.length !== 2 || !Number.isInteger(p[0]) || !Number.isInteger(p[1])"
            + "        || p[0] < 0 || p[0] >= s[k + 1] || p[1] < 0 || p[1] >= s[k])"
            + "      return fail('a dead link of layer ' + (k + 1) + ' is not a [neuron, input] pair of that layer');"
            + "    dead.push(k, p[0] * s[k] + p[1]);"
            + "  }"
            + "}"
            + "return {error: '', shape: s.join(','), values: values, dead: dead};")
    private static native JSObject parse(String text);

    @JSBody(params = "parsed", script = "return parsed.error;")
    private static native String error(JSObject parsed);

    @JSBody(params = "parsed", script = "return parsed.shape;")
    private static native String shape(JSObject parsed);

    /** How many dead links the file names. */
    @JSBody(params = "parsed", script = "return parsed.dead.length / 2;")
    private static native int deadCount(JSObject parsed);

    /** Entry i of the dead links as (weight layer, index) pairs, flattened. */
    @JSBody(params = {"parsed", "i"}, script = "return parsed.dead[i];")
    private static native int deadAt(JSObject parsed, int i);

    @JSBody(params = {"parsed", "i"}, script = "return parsed.values[i];")
    private static native double valueAt(JSObject parsed, int i);
}
