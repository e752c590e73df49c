package backprop.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.server.api.RunningServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No request reaches a file outside the web root, in the packaged mode (classpath /web) and
 * in --dev mode (directories on disk, where an escape would expose the file system).
 * Requests go over a raw socket so that no client normalizes the path first.
 */
class PathTraversalTest {

    private static final String SECRET = "TOP-SECRET-7f3a";
    private static final List<Integer> REFUSED = List.of(400, 404);

    @TempDir
    static Path repo;

    private static RunningServer packaged;
    private static RunningServer dev;

    @BeforeAll
    static void start() throws IOException {
        Files.createDirectories(repo.resolve("static"));
        Files.writeString(repo.resolve("static/index.html"), "<title>dev page</title>");
        Path teavm = Files.createDirectories(repo.resolve("web-ui/target/classes/web/teavm/js"));
        Files.writeString(teavm.resolve("playground.js"), "console.log('dev');");
        Files.writeString(repo.resolve("secret.txt"), SECRET);
        Files.createSymbolicLink(repo.resolve("static/link.txt"), repo.resolve("secret.txt"));
        packaged = RunningServer.standard();
        dev = RunningServer.with(WebRoot.dev(repo));
    }

    @AfterAll
    static void stop() {
        packaged.close();
        dev.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt",
        "/..%5csecret.txt", "/%252e%252e/secret.txt", "/./../secret.txt", "/teavm/../../../../../../secret.txt",
        "/teavm/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/secret.txt", "/teavm/..;/..;/..;/..;/secret.txt",
        "/static/../secret.txt", "/link.txt", "/secret.txt%00.js", "//secret.txt",
    })
    void devModeNeverServesAFileOutsideStatic(String path) {
        RunningServer.RawResponse r = dev.raw("GET", path);
        assertTrue(REFUSED.contains(r.status()), path + " -> " + r.status());
        assertFalse(r.body().contains(SECRET), path + " leaked the file outside the web root");
        assertTrue(r.body().startsWith("{\"error\":"), path + " -> " + r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../backprop/server/build.properties", "/%2e%2e/backprop/server/build.properties",
        "/..%2fbackprop%2fserver%2fbuild.properties", "/backprop/server/build.properties",
        "/teavm/%2e%2e/%2e%2e/backprop/server/build.properties", "/web/index.html",
        "/../../../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/META-INF/MANIFEST.MF",
    })
    void packagedModeServesOnlyWhatIsUnderWeb(String path) {
        RunningServer.RawResponse r = packaged.raw("GET", path);
        assertTrue(REFUSED.contains(r.status()), path + " -> " + r.status());
        assertFalse(r.body().contains("version="), path + " leaked a classpath resource");
        assertFalse(r.body().contains("root:"), path + " leaked /etc/passwd");
        assertTrue(r.body().startsWith("{\"error\":"), path + " -> " + r.body());
    }

    @Test
    void devModeServesThePageAndTheCompiledCodeFromDisk() {
        assertEquals("<title>dev page</title>", dev.get("/").body());
        assertEquals("console.log('dev');", dev.get("/teavm/js/playground.js").body());
    }

    @Test
    void devModeNeedsBothDirectories(@TempDir Path empty) {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> WebRoot.dev(empty));
        assertTrue(e.getMessage().contains("static"), e.getMessage());
    }
}
