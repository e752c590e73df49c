package backprop.ui.remote;

import backprop.engine.data.DataPoints;
import backprop.engine.state.Preset;
import backprop.engine.data.Problem;
import backprop.ui.base.Dom;
import backprop.ui.base.Effect;
import backprop.ui.base.Playground;

/**
 * The uploaded dataset the state names: its points once they have arrived from the
 * server, the loading in between (the current run stays until they arrive, then the controller
 * rebuilds), and what should run once the data are in play (a share link's weights).
 */
public final class UploadedData {
    private final Playground controller;
    private final DatasetStore store = new DatasetStore();
    private boolean loading;
    private Runnable whenReady;

    public UploadedData(Playground controller) {
        this.controller = controller;
    }

    /**
     * The points of the uploaded dataset {@code preset} names, or null for a built-in one. While
     * they are being fetched, {@link #loading} is set and null returned. A dataset of the other
     * problem type (the user switched the problem) leaves the state for the built-ins.
     */
    public DataPoints points(Preset preset) {
        loading = false;
        Dom.setData(Dom.byId("status"), "dataset", preset.datasetId.isEmpty() ? "" : "loaded");
        if (preset.datasetId.isEmpty()) {
            return null;
        }
        DataPoints points = store.points(preset.datasetId);
        if (points == null) {
            loading = true;
            Dom.setData(Dom.byId("status"), "dataset", "loading");
            store.load(preset.datasetId, new DatasetStore.Loaded() {
                @Override
                public void loaded(String id, DataPoints arrived) {
                    if (id.equals(controller.preset().datasetId) && loading) {
                        controller.change(p -> { }, Effect.NEW_DATA);
                    }
                }

                @Override
                public void failed(String id, String problem) {
                    if (id.equals(controller.preset().datasetId)) {
                        controller.notice().showServerProblem("The uploaded dataset " + id
                                + " could not be loaded (" + problem + "); using the built-in dataset instead.");
                        controller.change(p -> p.datasetId = "", Effect.NEW_DATA);
                        Dom.setData(Dom.byId("status"), "dataset", "failed");
                    }
                }
            });
            return null;
        }
        if ((points.classes == 0) != (preset.problem == Problem.REGRESSION)) {
            preset.datasetId = "";
            Dom.setData(Dom.byId("status"), "dataset", "");
            return null;
        }
        return points;
    }

    public boolean loading() {
        return loading;
    }

    public DatasetStore store() {
        return store;
    }

    /** Runs {@code action} once the state's data are in play (at once unless an uploaded dataset is loading). */
    public void whenReady(Runnable action) {
        if (loading) {
            whenReady = action;
        } else {
            action.run();
        }
    }

    /** After the controller built a run: what waited for the data runs now. */
    public void built() {
        if (!loading && whenReady != null) {
            Runnable ready = whenReady;
            whenReady = null;
            ready.run();
        }
    }
}
