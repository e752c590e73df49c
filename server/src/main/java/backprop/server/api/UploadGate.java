package backprop.server.api;

import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounds what request bodies may hold while they arrive, across all clients: how many bodies are
 * read at once (each holds a server thread while it reads), how many of their bytes are in memory
 * together, and how long a client may take (between two reads, and for the whole body). A client
 * past a bound gets a 503 before its body is read (the connection is then closed), or a 408 when
 * it stalls; everyone else keeps being served.
 */
public final class UploadGate {

    /**
     * The bounds: at most {@code maxUploads} bodies read at once and {@code maxBytesInFlight} of
     * their bytes held together; a client that sends nothing for {@code readTimeout}, or has not
     * finished after {@code totalTimeout}, gets a 408.
     */
    public record Limits(int maxUploads, long maxBytesInFlight, Duration readTimeout, Duration totalTimeout) {

        /** 16 uploads of the largest size fit in the byte budget, with room for the buffers they grow in. */
        public static final Limits DEFAULT = new Limits(16, 128L * 1024 * 1024, Duration.ofSeconds(10),
                Duration.ofSeconds(60));

        public Limits {
            if (maxUploads < 1 || maxBytesInFlight < 1 || readTimeout.isNegative() || readTimeout.isZero()
                    || totalTimeout.compareTo(readTimeout) < 0) {
                throw new IllegalArgumentException("upload limits need positive bounds and totalTimeout >= readTimeout");
            }
        }
    }

    /** Seconds a client refused for being one too many should wait. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final Limits limits;
    private final Semaphore uploads;
    private final AtomicLong bytesInFlight = new AtomicLong();

    public UploadGate(Limits limits) {
        this.limits = limits;
        this.uploads = new Semaphore(limits.maxUploads());
    }

    public static UploadGate standard() {
        return new UploadGate(Limits.DEFAULT);
    }

    Limits limits() {
        return limits;
    }

    /** The bytes of bodies being read right now (never more than the limit for long: see {@link #hold}). */
    public long bytesInFlight() {
        return bytesInFlight.get();
    }

    /** Bodies being read right now. */
    public int uploadsInFlight() {
        return limits.maxUploads() - uploads.availablePermits();
    }

    /** A place for one body, or a 503 when every place is taken; close it when the body is read. */
    Pass enter() {
        if (!uploads.tryAcquire()) {
            throw busy("Too many uploads are in progress");
        }
        return new Pass();
    }

    private static HttpResponseException busy(String what) {
        return new HttpResponseException(HttpStatus.SERVICE_UNAVAILABLE.getCode(),
                what + "; try again in " + RETRY_AFTER_SECONDS + " s");
    }

    /** One body being read: the bytes it holds count against the shared budget until it is closed. */
    final class Pass implements AutoCloseable {
        private long held;
        private boolean closed;

        /** Counts {@code n} more bytes of this body; a 503 when the shared budget would be exceeded. */
        void hold(long n) {
            long total = bytesInFlight.addAndGet(n);
            held += n;
            if (total > limits.maxBytesInFlight()) {
                throw busy("The server is receiving too much data at once");
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                bytesInFlight.addAndGet(-held);
                uploads.release();
            }
        }
    }
}
