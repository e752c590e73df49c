package backprop.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, driven by the installed chromedriver. Both paths are explicit, so
 * Selenium Manager never runs (it would go online). Override them with the system
 * properties {@code chrome.bin} / {@code chromedriver} or the environment variables
 * {@code CHROME_BIN} / {@code CHROMEDRIVER}.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path outputDir;
    private final List<LogEntry> console = new ArrayList<>();

    public Browser(Path outputDir) {
        this.outputDir = outputDir;
        File chromium = executable("chrome.bin", "CHROME_BIN", "/usr/bin/chromium");
        File chromedriver = executable("chromedriver", "CHROMEDRIVER", "/usr/bin/chromedriver");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + freshProfile());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        this.driver = new ChromeDriver(service, options);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Loads {@code url} as a fresh page, even when only its hash differs from the current one. */
    public void open(String url) {
        if (driver.getCurrentUrl().startsWith("http")) {
            // A fresh load, as in a new tab: the page keeps which build it switched to in sessionStorage.
            driver.executeScript("try { sessionStorage.clear(); } catch (e) {}");
        }
        if (withoutHash(driver.getCurrentUrl()).equals(withoutHash(url))) {
            driver.get("about:blank");
        }
        drainConsole();
        console.clear();
        driver.get(url);
    }

    /** {@code executeScript}: {@code arguments[0]}… are the args; a returned Promise is awaited. */
    public Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /**
     * Polls {@code condition} until it holds (non-null, not false). While the page is between two states
     * an element may be missing or replaced and a script may meet a page that is still loading: those
     * count as "not yet", and the last of them is the cause if the wait times out.
     */
    public <T> T waitFor(Duration timeout, Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(JavascriptException.class)
                .until(condition);
    }

    /** Console messages at level SEVERE (errors, failed loads, CSP violations) since the last {@link #open}. */
    public List<String> severeConsoleErrors() {
        drainConsole();
        List<String> severe = new ArrayList<>();
        for (LogEntry e : console) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                severe.add(e.getMessage());
            }
        }
        return severe;
    }

    /** Every console message since the last {@link #open}, as "LEVEL message". */
    public List<String> consoleMessages() {
        drainConsole();
        List<String> all = new ArrayList<>();
        for (LogEntry e : console) {
            all.add(e.getLevel() + " " + e.getMessage());
        }
        return all;
    }

    /** Saves what a person would see as {@code <outputDir>/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(outputDir.resolve("screenshots"));
            Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** Chromium's log buffer empties on every read, so keep what was read. */
    private void drainConsole() {
        driver.manage().logs().get(LogType.BROWSER).forEach(console::add);
    }

    private Path freshProfile() {
        try {
            return Files.createTempDirectory(Files.createDirectories(outputDir), "chrome-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutHash(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static File executable(String property, String env, String fallback) {
        String path = System.getProperty(property);
        if (path == null || path.isBlank()) {
            path = System.getenv(env);
        }
        if (path == null || path.isBlank()) {
            path = fallback;
        }
        File file = new File(path);
        if (!file.canExecute()) {
            throw new IllegalStateException(path + " is missing or not executable: run bin/install-browser,"
                    + " or point -D" + property + "=… / " + env + "=… at it");
        }
        return file;
    }
}
