package backprop.server.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Facts about this build. The version comes from the POM through a filtered resource,
 * so it is written in exactly one place.
 */
public record BuildInfo(String version) {

    private static final String RESOURCE = "build.properties";

    public static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/backprop/server/" + RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource backprop/server/" + RESOURCE);
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = p.getProperty("version", "");
        if (version.isBlank() || version.startsWith("${")) {
            throw new IllegalStateException("backprop/server/" + RESOURCE + " was not filtered by Maven");
        }
        return new BuildInfo(version);
    }
}
