package backprop.server;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (server/pom.xml, {@code process-classes}): writes a Brotli copy, quality 11, of each
 * compiled page file named on the command line beside it in the server's classes, as
 * {@code <name>.br}. {@link CompressedFiles} serves those copies to browsers that accept
 * Brotli; everything else gets Javalin's gzip. Quality 11 takes about a second per file,
 * too slow for each request but right for a build.
 *
 * <p>Arguments: the output directory (the server's classes), then classpath resource names such
 * as {@code web/teavm/wasm/playground.wasm}. A name missing from the classpath (a build with a
 * TeaVM target switched off) is skipped. Without Brotli's native library for this platform the
 * step writes nothing and says so: the server then serves gzip only.
 *
 * <p>Brotli4j is a {@code provided} dependency: needed to build, never loaded by the running server.
 */
public final class Precompress {

    private Precompress() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        try {
            Brotli4jLoader.ensureAvailability();
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            System.out.println("[precompress] no Brotli library for this platform (" + e.getMessage()
                    + "): the page's files will be served gzip-compressed only");
            return;
        }
        Encoder.Parameters quality = new Encoder.Parameters().setQuality(11);
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            byte[] raw;
            try (InputStream in = Precompress.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    System.out.println("[precompress] skipped " + name + ": not built");
                    continue;
                }
                raw = in.readAllBytes();
            }
            byte[] br = Encoder.compress(raw, quality);
            Path target = out.resolve(name + CompressedFiles.SUFFIX);
            Files.createDirectories(target.getParent());
            Files.write(target, br);
            System.out.printf("[precompress] %s: %,d bytes -> %,d (brotli)%n", name, raw.length, br.length);
        }
    }
}
