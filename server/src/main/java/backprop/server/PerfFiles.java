package backprop.server;

import io.javalin.config.StaticFilesConfig;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The hand-written reference engine for {@code /bench.html}: when the system property
 * {@code backprop.perfDir} names a directory (bin/bench sets it to {@code ../shared/perf}
 * when that exists beside the project), its files are served under {@code /perf}.
 * Otherwise nothing is added and the benchmark page runs without the reference.
 */
final class PerfFiles {
    static final String PROPERTY = "backprop.perfDir";

    private PerfFiles() {
    }

    static void addTo(StaticFilesConfig staticFiles) {
        String dir = System.getProperty(PROPERTY, "");
        if (dir.isEmpty() || !Files.isDirectory(Path.of(dir))) {
            return;
        }
        String path = Path.of(dir).toAbsolutePath().normalize().toString();
        staticFiles.add(sf -> {
            sf.hostedPath = "/perf";
            sf.directory = path;
            sf.location = Location.EXTERNAL;
            sf.headers = WebRoot.CACHING;
            sf.mimeTypes.add("text/javascript", "js");
        });
    }
}
