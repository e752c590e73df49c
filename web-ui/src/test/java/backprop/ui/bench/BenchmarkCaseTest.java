package backprop.ui.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The benchmark trains what the hand-written reference trains: checked against numbers
 * printed by shared/perf/ref-mlp.js + bench-core.js (an independent implementation).
 */
class BenchmarkCaseTest {
    @Test
    void configOneWithSeed42EndsAtTheReferencesLoss() {
        BenchmarkCase bench = BenchmarkCase.create(1, 42);
        bench.trainInOrder(100);
        // bench-core.js: "check: config 1, seed 42, 100 epochs -> loss 0.018405218474984..."
        assertEquals(0.0184052184749842, bench.loss(), 1e-12);
    }

    @Test
    void dataMatchTheReferencesData() {
        // Checksums (Σ inputs + ½ Σ targets) of bench-core.js's makeData for seeds 1235, 1236, 1237.
        assertEquals(-46.12255606939477, BenchmarkCase.create(1, 0).dataChecksum(), 1e-9);
        assertEquals(30.26851401175218, BenchmarkCase.create(2, 0).dataChecksum(), 1e-9);
        assertEquals(124250.23464356572, BenchmarkCase.create(3, 0).dataChecksum(), 1e-6);
    }

    @Test
    void epochsHaveTheReferencesSizes() {
        assertEquals(250, BenchmarkCase.create(1, 0).count());
        assertEquals(250, BenchmarkCase.create(2, 0).count());
        assertEquals(320, BenchmarkCase.create(3, 0).count());
    }
}
