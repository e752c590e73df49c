package backprop.ui.base;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PointerTest {
    private final Pointer pointer = new Pointer();

    @Test
    void movingOverEmptySpaceWithNothingHoveredIsNoChange() {
        assertFalse(pointer.hover(null, 3, 4));
        Target neuron = Target.neuron(1, 0);
        assertTrue(pointer.hover(neuron, 3, 4));
        assertSame(neuron, pointer.hovered());
        assertTrue(pointer.hover(neuron, 5, 6), "the tooltip follows the pointer");
        assertTrue(pointer.hover(null, 7, 8), "leaving the part is a change");
        assertNull(pointer.hovered());
        assertFalse(pointer.hover(null, 9, 9));
    }

    @Test
    void clickingAPartAgainClearsTheSelection() {
        pointer.select(Target.neuron(1, 2), true);
        assertTrue(Target.neuron(1, 2).same(pointer.selected()));
        pointer.select(Target.neuron(1, 2), true);
        assertNull(pointer.selected());
    }

    @Test
    void anEditablePartStaysSelectedWhenClickedAgainUnlessOnlyShown() {
        Target link = Target.link(0, 1, 2);
        pointer.select(link, true);
        pointer.select(Target.link(0, 1, 2), true);
        assertTrue(link.same(pointer.selected()), "a second click on a weight keeps it for editing");
        pointer.select(Target.link(0, 1, 2), false);
        assertNull(pointer.selected(), "while only showing (the step-through), a second click clears it");
    }

    @Test
    void clickingAnotherPartMovesTheSelectionAndNullClearsIt() {
        pointer.select(Target.neuron(1, 0), true);
        Target bias = Target.bias(0, 1);
        pointer.select(bias, true);
        assertSame(bias, pointer.selected());
        pointer.select(null, true);
        assertNull(pointer.selected());
    }

    @Test
    void theOutputPlotShowsTheHoveredHiddenNeuronFirstThenTheSelectedOne() {
        int depth = 3;
        Target selected = Target.neuron(2, 1);
        pointer.select(selected, true);
        assertSame(selected, pointer.shownNeuron(depth));
        Target hovered = Target.neuron(1, 3);
        pointer.hover(hovered, 0, 0);
        assertSame(hovered, pointer.shownNeuron(depth));
        pointer.hover(Target.neuron(depth, 0), 0, 0); // the output neuron is the plot's default
        assertSame(selected, pointer.shownNeuron(depth));
        pointer.hover(Target.link(0, 0, 0), 0, 0);
        assertSame(selected, pointer.shownNeuron(depth));
        pointer.clear();
        assertNull(pointer.shownNeuron(depth));
        assertNull(pointer.hovered());
    }
}
