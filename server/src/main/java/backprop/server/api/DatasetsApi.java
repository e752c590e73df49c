package backprop.server.api;

import backprop.engine.data.Dataset;
import backprop.engine.data.Problem;
import backprop.server.store.ContentId;
import backprop.server.store.DatasetStore;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Datasets: the generated ones built into the engine, and the ones people upload as CSV, which
 * every user then sees. {@code POST /api/datasets} takes the CSV as the raw body, with the
 * dataset's {@code name} and, optionally, its {@code problem} in the query.
 */
public final class DatasetsApi implements Api {

    /** A generated dataset of the engine; the page makes its points from the seed. */
    public record BuiltIn(String id, String label, String problem, int classes, boolean builtIn) {
    }

    /** An uploaded dataset as listed; {@code created} is ISO-8601 UTC. */
    public record Uploaded(String id, String name, String problem, int classes, List<String> classNames,
            List<String> columns, int rows, String created) {
    }

    /** The server's verdict on an upload: its id and what it read. */
    public record Accepted(String id, String name, String problem, int classes, List<String> classNames,
            List<String> columns, int rows) {
    }

    public record Listing(List<BuiltIn> builtIn, List<Uploaded> uploaded) {
    }

    /**
     * One uploaded dataset with its points: {@code data.values[c][r]} is column c of row r,
     * {@code data.labels[r]} is ±1 (two classes), 0..k−1 (k classes) or the value (regression).
     */
    public record UploadedWithPoints(String id, String name, String problem, int classes, List<String> classNames,
            List<String> columns, int rows, String created, @JsonRawValue String data) {
    }

    /** The points as stored and sent. */
    record Points(double[][] values, double[] labels) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEFAULT_NAME = "Uploaded dataset";

    private final DatasetStore store;
    private final UploadGate uploads;

    public DatasetsApi(DatasetStore store, UploadGate uploads) {
        this.store = store;
        this.uploads = uploads;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        Routes.getAndHead(routes, "/api/datasets", this::list);
        Routes.getAndHead(routes, "/api/datasets/{id}", this::get);
        routes.post("/api/datasets", this::upload);
    }

    private void list(Context ctx) throws SQLException {
        List<Uploaded> uploaded = new ArrayList<>();
        for (DatasetStore.Summary s : store.list()) {
            uploaded.add(uploaded(s));
        }
        ctx.json(new Listing(builtIns(), uploaded));
    }

    private void get(Context ctx) throws SQLException {
        String id = ctx.pathParam("id");
        Dataset builtIn = Dataset.fromId(id);
        if (builtIn != null) {
            ctx.json(builtIn(builtIn));
            return;
        }
        DatasetStore.Stored d = ContentId.looksLikeId(id) ? store.find(id).orElse(null) : null;
        if (d == null) {
            throw new NotFoundResponse("No dataset has the id '" + Clients.preview(id)
                    + "'; GET /api/datasets lists them all");
        }
        DatasetStore.Summary s = d.summary();
        ctx.json(new UploadedWithPoints(s.id(), s.name(), s.problem(), s.classes(), s.classNames(), s.columns(),
                s.rows(), s.created().toString(), d.data()));
    }

    private void upload(Context ctx) throws SQLException {
        String name = TextField.clean(ctx.queryParam("name"), "name", ShareLinkRules.MAX_TITLE_CHARS);
        Problem problem = problem(ctx.queryParam("problem"));
        byte[] csv = RequestBody.bytes(ctx, uploads, CsvDataset.MAX_BYTES, "a dataset");
        CsvDataset.Parsed parsed;
        try {
            parsed = CsvDataset.parse(csv, problem);
        } catch (CsvDataset.CsvException e) {
            throw e.tooLarge ? new ContentTooLargeResponse(e.getMessage()) : new BadRequestResponse(e.getMessage());
        }
        DatasetStore.NewDataset d = toStore(name.isEmpty() ? DEFAULT_NAME : name, parsed);
        boolean created = Clients.limited(ctx, client -> store.save(client, d));
        ctx.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .header("Location", "/api/datasets/" + d.id())
                .json(new Accepted(d.id(), d.name(), d.problem(), d.classes(), d.classNames(), d.columns(), d.rows()));
    }

    static DatasetStore.NewDataset toStore(String name, CsvDataset.Parsed p) {
        String data;
        String classNames;
        String columns;
        try {
            data = JSON.writeValueAsString(new Points(p.values(), p.labels()));
            classNames = JSON.writeValueAsString(p.classNames());
            columns = JSON.writeValueAsString(p.columns());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String problem = p.problem().id();
        String id = ContentId.of("dataset", name, problem, classNames, columns, data);
        return new DatasetStore.NewDataset(id, name, problem, p.classes(), p.classNames(), p.columns(), p.rows(), data);
    }

    private static Problem problem(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        Problem p = Problem.fromId(text);
        if (p == null) {
            throw new BadRequestResponse("problem must be 'classification' or 'regression' (or left out to decide"
                    + " from the labels), not '" + Clients.preview(text) + "'");
        }
        return p;
    }

    private static List<BuiltIn> builtIns() {
        List<BuiltIn> out = new ArrayList<>();
        for (Dataset d : Dataset.values()) {
            out.add(builtIn(d));
        }
        return out;
    }

    private static BuiltIn builtIn(Dataset d) {
        return new BuiltIn(d.id(), d.label(), d.problem().id(), d.classes(), true);
    }

    private static Uploaded uploaded(DatasetStore.Summary s) {
        return new Uploaded(s.id(), s.name(), s.problem(), s.classes(), s.classNames(), s.columns(), s.rows(),
                s.created().toString());
    }
}
