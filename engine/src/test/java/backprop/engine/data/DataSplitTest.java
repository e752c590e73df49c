package backprop.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.nn.Rng;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataSplitTest {
    private static final DataPoints ALL = Dataset.SPIRAL.generate(0.1, Rng.fromSeed("split"));

    @Test
    void sizesFollowThePercentage() {
        int[][] expected = {{10, 50, 450}, {50, 250, 250}, {90, 450, 50}, {33, 165, 335}};
        for (int[] e : expected) {
            DataSplit s = DataSplit.of(ALL, e[0], Rng.fromSeed("s"));
            assertEquals(e[1], s.train.size(), e[0] + "%");
            assertEquals(e[2], s.test.size(), e[0] + "%");
            assertEquals(ALL.classes, s.train.classes);
        }
        DataSplit odd = DataSplit.of(Dataset.BLOBS3.generate(667, 0, Rng.fromSeed("o")), 50, Rng.fromSeed("s"));
        assertEquals(333, odd.train.size(), "train gets the floor of n * percentage / 100");
        assertEquals(334, odd.test.size());
    }

    @Test
    void trainAndTestAreDisjointAndTogetherAreEveryPoint() {
        DataSplit s = DataSplit.of(ALL, 50, Rng.fromSeed("s"));
        Set<String> train = keys(s.train);
        Set<String> test = keys(s.test);
        Set<String> both = new HashSet<>(train);
        both.retainAll(test);
        assertTrue(both.isEmpty(), "a point is in train and test");
        Set<String> union = new HashSet<>(train);
        union.addAll(test);
        assertEquals(keys(ALL), union);
        assertEquals(500, union.size());
    }

    @Test
    void shuffleIsDeterministicPerSeedAndMixesTheClasses() {
        DataSplit a = DataSplit.of(ALL, 50, Rng.fromSeed("s"));
        DataSplit b = DataSplit.of(ALL, 50, Rng.fromSeed("s"));
        DataSplit c = DataSplit.of(ALL, 50, Rng.fromSeed("t"));
        assertArrayEquals(a.train.x, b.train.x);
        assertArrayEquals(a.test.label, b.test.label);
        assertFalse(Arrays.equals(a.train.x, c.train.x));
        int positive = 0;
        for (double label : a.train.label) {
            positive += label > 0 ? 1 : 0;
        }
        // unshuffled, the first half would be all positive (the spiral generates class +1 first)
        assertTrue(positive > 100 && positive < 150, "shuffled before splitting: " + positive + " of 250 positive");
    }

    @Test
    void rejectsPercentagesOutsideZeroToHundred() {
        assertThrows(IllegalArgumentException.class, () -> DataSplit.of(ALL, 101, Rng.fromSeed("s")));
        assertThrows(IllegalArgumentException.class, () -> DataSplit.of(ALL, -1, Rng.fromSeed("s")));
    }

    private static Set<String> keys(DataPoints p) {
        Set<String> s = new HashSet<>();
        for (int i = 0; i < p.size(); i++) {
            s.add(p.x[i] + "," + p.y[i] + "," + p.label[i]);
        }
        return s;
    }
}
