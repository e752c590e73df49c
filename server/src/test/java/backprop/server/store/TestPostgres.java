package backprop.server.store;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A PostgreSQL server for the tests, one per test JVM. Either the one named by
 * {@code BACKPROP_TEST_PG_URL} (a JDBC URL of a database whose user may create databases), or
 * a throw-away cluster started from Debian's {@code postgresql} package
 * ({@code /usr/lib/postgresql/<version>/bin}) in a temporary directory, on a free port,
 * stopped when the JVM exits. PostgreSQL refuses to run as root, so as root the cluster runs
 * as the package's {@code postgres} user.
 *
 * <p>Without either, the PostgreSQL tests are skipped, unless {@code BACKPROP_REQUIRE_POSTGRES=1}
 * (set by CI), which makes them fail instead.
 */
public final class TestPostgres {

    static final String URL_VARIABLE = "BACKPROP_TEST_PG_URL";
    public static final String REQUIRE_VARIABLE = "BACKPROP_REQUIRE_POSTGRES";

    private static TestPostgres instance;
    private static String unavailable;

    /** The throw-away cluster this JVM started. */
    private record Cluster(Path bin, Path data, Path dir, int port, boolean root) {
    }

    private final String adminUrl;
    private final String urlPrefix;
    /** Null when the server was given by {@code BACKPROP_TEST_PG_URL}. */
    private final Cluster cluster;
    private final AtomicInteger databases = new AtomicInteger();

    private TestPostgres(String adminUrl, String urlPrefix, Cluster cluster) {
        this.adminUrl = adminUrl;
        this.urlPrefix = urlPrefix;
        this.cluster = cluster;
    }

    /** True when the tests may stop and start this server (it is the throw-away cluster, not a given one). */
    public static boolean canRestart() {
        return unavailableBecause() == null && instance.cluster != null;
    }

    /** Stops the throw-away cluster, as an outage would; {@link #startAgain()} brings it back. */
    public static void stopForOutage() {
        Cluster c = instance().cluster;
        try {
            run(List.of(c.bin().resolve("pg_ctl").toString(), "-D", c.data().toString(), "-m", "fast", "-w",
                    "stop"), c.root());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void startAgain() {
        Cluster c = instance().cluster;
        try {
            startCluster(c);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void startCluster(Cluster c) throws IOException, InterruptedException {
        run(List.of(c.bin().resolve("pg_ctl").toString(), "-D", c.data().toString(), "-l",
                c.dir().resolve("log").toString(), "-w", "-t", "60", "-o", "-p " + c.port() + " -k " + c.dir()
                        + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start"), c.root());
    }

    /** Null when PostgreSQL can be used; otherwise why not. */
    public static synchronized String unavailableBecause() {
        if (instance == null && unavailable == null) {
            try {
                instance = start();
            } catch (Exception e) {
                unavailable = e.getMessage();
            }
        }
        return unavailable;
    }

    public static boolean required() {
        return "1".equals(System.getenv(REQUIRE_VARIABLE));
    }

    static synchronized TestPostgres instance() {
        String why = unavailableBecause();
        if (why != null) {
            throw new IllegalStateException("PostgreSQL is not available: " + why);
        }
        return instance;
    }

    /** A new empty database; its JDBC URL. */
    String createDatabase() {
        String name = "backprop_test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + adminUrl, e);
        }
        return urlPrefix.replace("{db}", name);
    }

    private static TestPostgres start() throws IOException, InterruptedException {
        String given = System.getenv(URL_VARIABLE);
        if (given != null && !given.isBlank()) {
            int slash = given.indexOf('/', "jdbc:postgresql://".length());
            int query = given.indexOf('?', slash);
            String tail = query < 0 ? "" : given.substring(query);
            return new TestPostgres(given, given.substring(0, slash + 1) + "{db}" + tail, null);
        }
        Path bin = binDirectory().orElseThrow(() -> new IllegalStateException(
                "no /usr/lib/postgresql/*/bin/initdb (install Debian's postgresql: bin/install-postgres) and no "
                        + URL_VARIABLE));
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("backprop-pg");
        Path data = dir.resolve("data");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        if (root) {
            run(List.of("chown", "postgres:postgres", dir.toString()), false);
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--locale=C", "--no-sync"), root);
        Cluster cluster = new Cluster(bin, data, dir, port, root);
        startCluster(cluster);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(bin, data, dir, root), "stop-postgres"));
        String host = "jdbc:postgresql://127.0.0.1:" + port + "/";
        return new TestPostgres(host + "postgres?user=postgres", host + "{db}?user=postgres", cluster);
    }

    private static void stop(Path bin, Path data, Path dir, boolean root) {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"), root);
        } catch (Exception e) {
            System.err.println("could not stop the test PostgreSQL: " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // A temporary directory; the system cleans it eventually.
        }
    }

    /** The newest installed version's bin directory. */
    private static Optional<Path> binDirectory() {
        File[] versions = new File("/usr/lib/postgresql").listFiles();
        if (versions == null) {
            return Optional.empty();
        }
        return Arrays.stream(versions)
                .map(v -> v.toPath().resolve("bin"))
                .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                .max(Comparator.comparingInt(b -> versionOf(b.getParent().getFileName().toString())));
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
        }
    }
}
