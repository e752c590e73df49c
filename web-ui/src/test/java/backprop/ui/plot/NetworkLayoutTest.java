package backprop.ui.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.Feature;
import backprop.engine.data.FeatureSet;
import backprop.ui.base.Target;
import org.junit.jupiter.api.Test;

/** What lies under a point of the network diagram. */
class NetworkLayoutTest {
    private final NetworkLayout layout = new NetworkLayout(new int[] {2, 4, 2, 1}, FeatureSet.of(Feature.X, Feature.Y), 600);

    private static void assertTarget(Target expected, Target actual) {
        assertTrue(expected.same(actual), "expected " + describe(expected) + " but was " + describe(actual));
    }

    private static String describe(Target t) {
        return t == null ? "nothing" : t.kind + " " + t.layer + "/" + t.index + "/" + t.from;
    }

    @Test
    void columnsSpreadEvenlyFromTheLabelsToTheRightEdge() {
        double right = 600 - layout.node - 8;
        assertEquals(NetworkLayout.LEFT_LABELS, layout.columnX(0));
        assertEquals(right, layout.columnX(3), 1e-9);
        assertEquals(layout.columnX(1) - layout.columnX(0), layout.columnX(2) - layout.columnX(1), 1e-9);
    }

    @Test
    void theCentreOfEachNodeHitsThatNode() {
        double half = layout.node / 2;
        for (Feature f : Feature.values()) {
            assertTarget(Target.feature(f.ordinal()), layout.hit(layout.columnX(0) + half, layout.featureY(f.ordinal()) + half));
        }
        int[] shape = {2, 4, 2, 1};
        for (int c = 1; c < shape.length; c++) {
            for (int n = 0; n < shape[c]; n++) {
                assertTarget(Target.neuron(c, n), layout.hit(layout.columnX(c) + half, layout.neuronY(c, n) + half));
            }
        }
    }

    @Test
    void theBiasSquareAtANodesLowerLeftHitsTheBiasFirst() {
        double x = layout.columnX(2) - NetworkLayout.BIAS_SIZE - 2 + NetworkLayout.BIAS_SIZE / 2;
        double y = layout.neuronY(2, 1) + layout.node - NetworkLayout.BIAS_SIZE / 2;
        assertTarget(Target.bias(1, 1), layout.hit(x, y));
    }

    @Test
    void theMiddleOfALinkHitsThatLink() {
        double half = layout.node / 2;
        // from input Y (input 1, in feature Y's row) to neuron 3 of layer 1
        double x1 = layout.columnX(0) + layout.node;
        double y1 = layout.inputY(1) + half;
        double x2 = layout.columnX(1);
        double y2 = layout.neuronY(1, 3) + half;
        assertTarget(Target.link(0, 1, 3), layout.hit((x1 + x2) / 2, (y1 + y2) / 2));
    }

    @Test
    void emptySpaceHitsNothing() {
        assertNull(layout.hit(5, 5));
        assertNull(layout.hit(599, layout.height - 1));
    }

    @Test
    void distanceToASegmentIsToItsNearestPoint() {
        assertEquals(3, NetworkLayout.distanceToSegment(5, 3, 0, 0, 10, 0), 1e-12);
        assertEquals(5, NetworkLayout.distanceToSegment(-3, 4, 0, 0, 10, 0), 1e-12);
        assertEquals(5, NetworkLayout.distanceToSegment(13, -4, 0, 0, 10, 0), 1e-12);
        assertEquals(5, NetworkLayout.distanceToSegment(3, 4, 0, 0, 0, 0), 1e-12);
    }

    @Test
    void labelsStayInsideTheCanvasAndKeepToTheirColumnWhereThereIsRoom() {
        NetworkLayout deep = new NetworkLayout(new int[] {2, 8, 8, 8, 8, 1}, FeatureSet.of(Feature.X, Feature.Y), 400);
        double outputCentre = deep.columnX(5) + deep.node / 2;
        double wide = 2 * (400 - outputCentre) + 10;
        double centre = deep.labelCentre(5, wide);
        assertTrue(centre + wide / 2 <= 400, "the output label ends inside the canvas: " + (centre + wide / 2));
        assertTrue(centre < outputCentre, "moved inwards");
        assertEquals(deep.columnX(2) + deep.node / 2, deep.labelCentre(2, 20), 1e-9);
        assertTrue(deep.labelCentre(0, 200) - 100 >= 0, "the inputs' label starts inside the canvas");
        assertEquals(deep.columnX(1) - deep.columnX(0) - 8, deep.labelRoom(), 1e-9);
    }

    @Test
    void hiddenLabelsShortenToTheCount() {
        assertEquals("4 neurons", NetworkLayout.hiddenLabel(4, true));
        assertEquals("1 neuron", NetworkLayout.hiddenLabel(1, true));
        assertEquals("4", NetworkLayout.hiddenLabel(4, false));
    }
}
