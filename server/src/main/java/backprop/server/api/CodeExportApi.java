package backprop.server.api;

import backprop.engine.export.ExportLanguage;
import backprop.engine.export.ExportedNetwork;
import backprop.engine.nn.Network;
import backprop.engine.state.DecodeResult;
import backprop.engine.state.PresetCodec;
import backprop.server.store.ContentId;
import backprop.server.store.ShareLinkStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.UnprocessableContentResponse;
import java.sql.SQLException;

/**
 * {@code GET /api/presets/{id}/export?lang=numpy|pytorch|keras|java|javascript}: the network of
 * a share link that was stored with its trained weights, as code (the engine's
 * {@link ExportLanguage}), answered as a text file to download. 400 for a missing or unknown
 * language, 404 for an unknown id, 422 for a preset shared without weights (there is nothing
 * trained to write out).
 */
public final class CodeExportApi implements Api {
    private final ShareLinkStore store;
    private final ShareLinkRules rules;

    public CodeExportApi(ShareLinkStore store, ShareLinkRules rules) {
        this.store = store;
        this.rules = rules;
    }

    @Override
    public void addRoutes(RoutesConfig routes) {
        Routes.getAndHead(routes, "/api/presets/{id}/export", this::export);
    }

    private void export(Context ctx) throws SQLException {
        ExportLanguage language = language(ctx.queryParam("lang"));
        String id = ctx.pathParam("id");
        if (!ContentId.looksLikeId(id)) {
            throw ShareLinksApi.notFound(id);
        }
        ShareLinkStore.StoredLink link = store.find(id).orElseThrow(() -> ShareLinksApi.notFound(id));
        if (link.weights() == null) {
            throw new UnprocessableContentResponse("This preset was shared without its trained weights, so there is"
                    + " no trained network to export; open it, train it and export it from the page (or share it"
                    + " again with its weights)");
        }
        DecodeResult decoded = PresetCodec.decode(link.state());
        Network network = rules.trainedNetwork(decoded.preset, link.weights());
        String note = "Shared preset " + ShareLinksApi.link(id)
                + (link.title() == null || link.title().isEmpty() ? "" : ": " + link.title());
        String code = language.write(new ExportedNetwork(network, decoded.preset.featureSet(), note));
        ctx.contentType("text/plain; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + language.fileName() + "\"")
                .result(code);
    }

    private static ExportLanguage language(String lang) {
        ExportLanguage language = lang == null ? null : ExportLanguage.fromId(lang);
        if (language == null) {
            throw new BadRequestResponse((lang == null ? "lang is missing" : "lang '" + Clients.preview(lang)
                    + "' is not a language the network can be exported to") + "; use one of " + ExportLanguage.ids());
        }
        return language;
    }
}
