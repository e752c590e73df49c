package backprop.server;

import backprop.server.api.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.config.StaticFilesConfig;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the page's files come from: the classpath {@code /web} (packaged: static/ plus the
 * TeaVM output of web-ui), or, in development, the source tree on disk so a reload shows
 * an edit without a restart.
 *
 * <p>Caching is {@code no-cache} for every file: the browser revalidates each time, because
 * the names are not content-hashed yet. With hashed names the TeaVM files can become
 * {@code immutable}; {@code index.html} stays {@code no-cache}.
 */
public final class WebRoot {

    static final Map<String, String> CACHING = Map.of("Cache-Control", "no-cache");

    private record Mount(String hostedPath, String directory, Location location) {
    }

    private final List<Mount> mounts;
    /** The page in memory when it comes from the classpath (in development it is read on each request). */
    private final IndexPage page;

    private WebRoot(List<Mount> mounts) {
        this.mounts = mounts;
        Mount root = mounts.get(0);
        this.page = root.location() == Location.CLASSPATH ? IndexPage.fromClasspath(root.directory()) : null;
    }

    public static WebRoot classpath() {
        return new WebRoot(List.of(new Mount("/", "/web", Location.CLASSPATH)));
    }

    /** The page ({@code index.html}), for routes that answer with it (share links). */
    byte[] indexHtml() {
        Mount root = mounts.get(0);
        if (page != null) {
            return page.bytes();
        }
        try {
            if (root.location() == Location.EXTERNAL) {
                return Files.readAllBytes(Path.of(root.directory(), "index.html"));
            }
            try (InputStream in = WebRoot.class.getResourceAsStream(root.directory() + "/index.html")) {
                if (in == null) {
                    throw new IllegalStateException("index.html is missing from the classpath " + root.directory());
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves {@code static/} and web-ui's compiled TeaVM output under {@code repoRoot}. */
    public static WebRoot dev(Path repoRoot) {
        Path page = repoRoot.resolve("static").toAbsolutePath().normalize();
        Path teavm = repoRoot.resolve("web-ui/target/classes/web/teavm").toAbsolutePath().normalize();
        for (Path dir : List.of(page, teavm)) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("--dev needs the directory " + dir
                        + " (run from the repository root after one build)");
            }
        }
        return new WebRoot(List.of(
                new Mount("/", page.toString(), Location.EXTERNAL),
                new Mount("/teavm", teavm.toString(), Location.EXTERNAL)));
    }

    /**
     * The page from memory, and Brotli copies of the compiled code and of boot.js, from the
     * classpath only (in development the files change under us).
     */
    void addCompressedTo(RoutesConfig routes) {
        if (page != null) {
            page.addTo(routes);
        }
        for (Mount m : mounts) {
            if (m.location() == Location.CLASSPATH) {
                CompressedFiles copies = new CompressedFiles(m.directory());
                copies.addTo(routes, "/teavm/*");
                copies.addTo(routes, "/js/*");
            }
        }
    }

    /**
     * {@code /embed}, the page in its compact layout ({@link EmbedPage}) and the one answer other
     * sites may frame: from memory when the page comes from the classpath, else read on each request.
     */
    void addEmbedTo(RoutesConfig routes) {
        IndexPage embedded = page == null ? null : IndexPage.of(EmbedPage.mark(page.bytes()));
        Routes.getAndHead(routes, EmbedPage.PATH, ctx -> {
            SecurityHeaders.allowFraming(ctx);
            if (embedded != null) {
                embedded.serve(ctx);
            } else {
                ctx.header("Cache-Control", "no-cache").contentType("text/html; charset=utf-8")
                        .result(EmbedPage.mark(indexHtml()));
            }
        });
    }

    void addTo(StaticFilesConfig staticFiles) {
        for (Mount m : mounts) {
            staticFiles.add(sf -> {
                sf.hostedPath = m.hostedPath();
                sf.directory = m.directory();
                sf.location = m.location();
                sf.headers = CACHING;
                sf.mimeTypes.add("application/wasm", "wasm");
                sf.mimeTypes.add("text/javascript", "js", "mjs");
            });
        }
    }
}
