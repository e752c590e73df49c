package backprop.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Hostile clients on loopback: hundreds of uploads that declare a large body, send a few bytes and
 * then nothing. The server must keep answering others, hold no memory for bytes that never came,
 * and answer or drop every stalled client within its timeouts.
 */
class StalledUploadsTest {

    private static final int STALLED = 300;
    private static final long MB = 1024 * 1024;
    private static final UploadGate.Limits LIMITS = new UploadGate.Limits(16, 64 * MB, Duration.ofSeconds(4),
            Duration.ofSeconds(6));

    @Test
    void stalledUploadsHoldNoMemoryNorStarveOtherClients() throws Exception {
        UploadGate gate = new UploadGate(LIMITS);
        try (RunningServer server = RunningServer.withUploads(gate)) {
            assertEquals(200, server.get("/api/health").statusCode());
            long heapBefore = usedHeapAfterGc();
            List<Socket> stalled = new ArrayList<>();
            try {
                for (int i = 0; i < STALLED; i++) {
                    stalled.add(stall(server.port(), i % 2 == 0));
                }
                long sent = System.nanoTime();

                long start = System.nanoTime();
                HttpResponse<String> health = server.get("/api/health");
                long healthMillis = (System.nanoTime() - start) / 1_000_000;
                long heapGrowth = usedHeapAfterGc() - heapBefore;
                System.out.printf("%d stalled uploads: /api/health in %d ms, heap growth %d KB, %d uploads and"
                        + " %d bytes in flight%n", STALLED, healthMillis, heapGrowth / 1024, gate.uploadsInFlight(),
                        gate.bytesInFlight());

                assertEquals(200, health.statusCode());
                // Measured well under 1 s; the bound leaves room for a busy machine.
                assertTrue(healthMillis < 5_000, "health took " + healthMillis + " ms");
                // Declared bodies of 2-5 MB each would be over 1 GB if buffers were sized from Content-Length.
                assertTrue(heapGrowth < 100 * MB, "heap grew by " + heapGrowth / MB + " MB");
                assertTrue(gate.uploadsInFlight() <= LIMITS.maxUploads());

                Map<String, Integer> outcomes = new TreeMap<>();
                for (Socket s : stalled) {
                    outcomes.merge(outcome(s), 1, Integer::sum);
                }
                long allMillis = (System.nanoTime() - sent) / 1_000_000;
                System.out.println("stalled clients' outcomes: " + outcomes + " after " + allMillis + " ms");
                for (String o : outcomes.keySet()) {
                    assertTrue(o.equals("408") || o.equals("503") || o.equals("closed"), "unexpected outcome " + o);
                }
                // Every client is answered or dropped soon after the total timeout.
                assertTrue(allMillis < LIMITS.totalTimeout().toMillis() + 10_000, "took " + allMillis + " ms");
                assertEquals(0, gate.uploadsInFlight());
                assertEquals(0, gate.bytesInFlight());
            } finally {
                for (Socket s : stalled) {
                    s.close();
                }
            }
            assertEquals(200, server.get("/api/health").statusCode());
        }
    }

    @Test
    void aSlowTrickleIsCutOffAtTheTotalTimeout() throws Exception {
        try (RunningServer server = RunningServer.withUploads(new UploadGate(LIMITS));
                Socket s = stall(server.port(), false)) {
            OutputStream out = s.getOutputStream();
            long start = System.nanoTime();
            String result = null;
            // A byte every second never trips the 4 s read timeout; the 6 s total timeout ends it.
            for (int i = 0; i < 20 && result == null; i++) {
                try {
                    out.write('1');
                    out.flush();
                } catch (IOException e) {
                    result = "closed";
                }
                s.setSoTimeout(1_000);
                try {
                    int first = s.getInputStream().read();
                    result = first < 0 ? "closed" : (char) first + new String(s.getInputStream().readNBytes(11),
                            StandardCharsets.ISO_8859_1);
                } catch (SocketTimeoutException stillReading) {
                    // Not answered yet: send the next byte.
                } catch (IOException e) {
                    result = "closed";
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(result != null && (result.startsWith("HTTP/1.1 408") || result.equals("closed")),
                    "got " + result);
            assertTrue(millis >= LIMITS.totalTimeout().toMillis() - 1_000 && millis < 16_000, "took " + millis + " ms");
        }
    }

    /** A connection that declares a large upload, sends its first bytes and then nothing. */
    private static Socket stall(int port, boolean dataset) throws IOException {
        Socket s = new Socket("127.0.0.1", port);
        String head = dataset
                ? "POST /api/datasets?name=a HTTP/1.1\r\nContent-Type: text/csv\r\nContent-Length: 5000000\r\n"
                : "POST /api/presets HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 2100000\r\n";
        String firstBytes = dataset ? "x,y,label\n0.5,0.25,1\n" : "{\"state\":\"activation=";
        s.getOutputStream().write((head + "Host: 127.0.0.1\r\n\r\n" + firstBytes).getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        return s;
    }

    /** The status code the server answered with, or "closed" when it dropped the connection. */
    private static String outcome(Socket s) throws IOException {
        s.setSoTimeout(20_000);
        InputStream in = s.getInputStream();
        try {
            byte[] status = in.readNBytes(12);
            if (status.length < 12) {
                return "closed";
            }
            return new String(status, 9, 3, StandardCharsets.US_ASCII);
        } catch (SocketTimeoutException e) {
            return "no answer";
        } catch (IOException e) {
            return "closed";
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
