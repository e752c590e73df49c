package backprop.ui.remote;

import backprop.engine.data.DataPoints;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSObject;

/**
 * Uploaded datasets fetched from the server ({@code GET /api/datasets/<id>}), kept
 * per id for the life of the page, as the playground's 2-D points.
 *
 * <p>Coordinates are stored on the server as uploaded; the page scales each axis
 * linearly so that its smallest value lands on −{@link #HALF_RANGE} and its largest on
 * +{@link #HALF_RANGE}: x' = −5.5 + 11 · (x − min) / (max − min). An axis whose values
 * are all equal maps to 0. The built-in datasets live in the same square, inside the
 * plot's domain of ±6, so features, heatmaps and learning rates behave alike.
 * Only the first two coordinate columns are used. Labels are taken as the server
 * gives them (±1 for two classes, 0…k−1 for k classes, the value for regression).
 */
public final class DatasetStore {
    /** Half the side of the square the coordinates are scaled into. */
    static final double HALF_RANGE = 5.5;

    private final Map<String, DataPoints> points = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, List<Loaded>> waiting = new HashMap<>();

    /** The points of dataset {@code id}, or null when they have not been fetched yet. */
    DataPoints points(String id) {
        return points.get(id);
    }

    /** The dataset's name as uploaded (empty until fetched). */
    String name(String id) {
        String name = names.get(id);
        return name == null ? "" : name;
    }

    /** Fetches dataset {@code id} (once, however often it is asked for) and then calls {@code done}. */
    void load(String id, Loaded done) {
        if (points.containsKey(id)) {
            done.loaded(id, points.get(id));
            return;
        }
        List<Loaded> list = waiting.get(id);
        if (list != null) {
            list.add(done);
            return;
        }
        list = new ArrayList<>();
        list.add(done);
        waiting.put(id, list);
        Api.get("/api/datasets/" + Api.encode(id), (status, body) -> arrived(id, status, body));
    }

    private void arrived(String id, int status, String body) {
        List<Loaded> list = waiting.remove(id);
        String problem = null;
        DataPoints data = null;
        if (Api.ok(status)) {
            JSObject json = Json.parse(body);
            data = toPoints(json);
            if (data == null) {
                problem = "dataset " + id + " has no points the playground can use";
            } else {
                points.put(id, data);
                names.put(id, Json.string(json, "name"));
            }
        } else {
            problem = Api.detail(status, body);
        }
        for (Loaded done : list) {
            if (data != null) {
                done.loaded(id, data);
            } else {
                done.failed(id, problem);
            }
        }
    }

    /** The first two coordinate columns, scaled (see the class comment), and the labels; null when unusable. */
    private static DataPoints toPoints(JSObject json) {
        JSObject data = Json.object(json, "data");
        if (Json.length(data, "values") < 2) {
            return null;
        }
        double[] x = Json.numbersAt(data, "values", 0);
        double[] y = Json.numbersAt(data, "values", 1);
        double[] labels = Json.numbers(data, "labels");
        double classes = Json.number(json, "classes");
        if (x.length < 2 || x.length != y.length || x.length != labels.length || !(classes == 0 || classes >= 2)) {
            return null;
        }
        scale(x);
        scale(y);
        return new DataPoints(x, y, labels, (int) classes);
    }

    static void scale(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double span = max - min;
        for (int i = 0; i < values.length; i++) {
            values[i] = span > 0 ? -HALF_RANGE + 2 * HALF_RANGE * (values[i] - min) / span : 0;
        }
    }

    /** Hears how a fetch ended. */
    interface Loaded {
        void loaded(String id, DataPoints points);

        void failed(String id, String problem);
    }
}
