package backprop.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.WebDriver;

/**
 * Base of the browser tests: per test class, one real server on a free port and one
 * headless Chromium. A failing test leaves a screenshot named after it under
 * {@code target/screenshots/}.
 */
public abstract class PageTestBase {

    @RegisterExtension
    static final ServerExtension server = new ServerExtension();

    @RegisterExtension
    final TestWatcher screenshotOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName()
                        + "-" + context.getRequiredTestMethod().getName());
            }
        }
    };

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser(outputDir());
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** Opens a page of the running server, e.g. {@code open("/#seed=3")}, as a fresh load. */
    protected static void open(String pathAndHash) {
        browser.open(server.baseUrl() + (pathAndHash.startsWith("/") ? "" : "/") + pathAndHash);
    }

    protected static Object js(String script, Object... args) {
        return browser.js(script, args);
    }

    protected static <T> T waitFor(Duration timeout, Function<? super WebDriver, T> condition) {
        return browser.waitFor(timeout, condition);
    }

    protected static List<String> severeConsoleErrors() {
        return browser.severeConsoleErrors();
    }

    protected static List<String> consoleMessages() {
        return browser.consoleMessages();
    }

    protected static Path screenshot(String name) {
        return browser.screenshot(name);
    }

    protected static WebDriver driver() {
        return browser.driver();
    }

    protected static String baseUrl() {
        return server.baseUrl();
    }

    /** A plain HTTP GET outside the browser, to check status codes and headers. */
    protected static HttpResponse<String> httpGet(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** {@code target/} of this module (Failsafe passes it in; the working directory otherwise). */
    static Path outputDir() {
        return Path.of(System.getProperty("e2e.outputDir", "target"));
    }
}
