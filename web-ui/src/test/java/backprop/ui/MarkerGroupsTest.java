package backprop.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.ui.plot.EpochAxis;
import org.junit.jupiter.api.Test;

class MarkerGroupsTest {
    @Test
    void closeMarkersMergeAndNoTwoDrawnOnesAreCloserThanTheGap() {
        ChangeMarkers markers = new ChangeMarkers();
        // Many quick changes: a few epochs apart late in a long run, where the axis is compressed.
        for (int i = 0; i < 30; i++) {
            markers.add(20_000 + 37 * i, "change " + i);
        }
        markers.add(50, "early");
        EpochAxis axis = new EpochAxis(0, 32_000, 36, 356);
        MarkerGroups groups = new MarkerGroups(markers, axis, 0);

        assertTrue(groups.size() >= 2 && groups.size() < 31, "merged into " + groups.size());
        for (int g = 1; g < groups.size(); g++) {
            assertTrue(groups.x(g) - groups.x(g - 1) >= MarkerGroups.MIN_GAP,
                    "groups " + (g - 1) + " and " + g + " at " + groups.x(g - 1) + " and " + groups.x(g));
        }
        int[] seen = new int[markers.size()];
        int total = 0;
        for (int g = 0; g < groups.size(); g++) {
            for (int k = 0; k < groups.count(g); k++) {
                seen[groups.marker(g, k)]++;
                total++;
            }
        }
        assertEquals(markers.size(), total);
        for (int i = 0; i < seen.length; i++) {
            assertEquals(1, seen[i], "change " + i + " is listed once");
        }
        assertEquals("early", groups.label(0), "the early change stands alone (sorted by epoch)");
        assertEquals("epoch 50: early", groups.details(0));
    }

    @Test
    void aMergedGroupListsEachOfItsChanges() {
        ChangeMarkers markers = new ChangeMarkers();
        markers.add(300, "+1 neuron, layer 1");
        markers.add(302, "−layer 2");
        MarkerGroups groups = new MarkerGroups(markers, new EpochAxis(0, 1000, 0, 400), 0);
        assertEquals(1, groups.size());
        assertEquals("2 changes", groups.label(0));
        assertEquals("epoch 300: +1 neuron, layer 1\nepoch 302: −layer 2", groups.details(0));
        assertEquals(0, groups.near(groups.x(0) + 3, 6));
        assertEquals(-1, groups.near(groups.x(0) + 30, 6));
        assertEquals(0, groups.groupOf(1));
        assertEquals(-1, groups.groupOf(5));
    }

    @Test
    void markersFarApartStaySeparateAndThoseBeforeTheChartAreLeftOut() {
        ChangeMarkers markers = new ChangeMarkers();
        markers.add(5, "before");
        markers.add(20, "a");
        markers.add(80, "b");
        MarkerGroups groups = new MarkerGroups(markers, new EpochAxis(10, 100, 0, 400), 10);
        assertEquals(2, groups.size());
        assertEquals("a", groups.label(0));
        assertEquals("b", groups.label(1));
    }
}
