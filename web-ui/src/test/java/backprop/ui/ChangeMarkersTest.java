package backprop.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChangeMarkersTest {
    @Test
    void markersKeepTheirOrderUntilFull() {
        ChangeMarkers markers = new ChangeMarkers();
        markers.add(3, "+1 neuron, layer 1");
        markers.add(9, "−layer 2");
        assertEquals(2, markers.size());
        assertEquals(3, markers.epoch(0));
        assertEquals("+1 neuron, layer 1", markers.label(0));
        assertEquals(9, markers.epoch(1));
        assertEquals("−layer 2", markers.label(1));
    }

    @Test
    void whenFullTheOldestGoFirst() {
        ChangeMarkers markers = new ChangeMarkers();
        int added = ChangeMarkers.CAPACITY + 2;
        for (int i = 0; i < added; i++) {
            markers.add(10 * i, "change " + i);
        }
        assertEquals(ChangeMarkers.CAPACITY, markers.size());
        // the first two were pushed out: the oldest kept is the third
        assertEquals(20, markers.epoch(0));
        assertEquals("change 2", markers.label(0));
        assertEquals(10 * (added - 1), markers.epoch(ChangeMarkers.CAPACITY - 1));
        assertEquals("change " + (added - 1), markers.label(ChangeMarkers.CAPACITY - 1));
    }

    @Test
    void anUndoneChangeLosesItsMarkerAndANewOneTakesItsPlace() {
        ChangeMarkers markers = new ChangeMarkers();
        markers.add(1, "a");
        markers.add(2, "b");
        markers.removeLast();
        assertEquals(1, markers.size());
        assertEquals("a", markers.label(0));
        markers.add(5, "c");
        assertEquals(5, markers.epoch(1));
        assertEquals("c", markers.label(1));
    }

    @Test
    void removingFromNoneOrClearingLeavesNone() {
        ChangeMarkers markers = new ChangeMarkers();
        markers.removeLast();
        assertEquals(0, markers.size());
        markers.add(1, "a");
        markers.add(2, "b");
        markers.clear();
        assertEquals(0, markers.size());
    }
}
