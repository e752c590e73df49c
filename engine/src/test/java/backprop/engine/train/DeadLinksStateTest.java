package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.nn.Network;
import backprop.engine.nn.Rng;
import backprop.engine.state.PresetCodec;
import org.junit.jupiter.api.Test;

/** The links L1 killed are part of a run's state: everything that carries a network carries them. */
class DeadLinksStateTest {
    private static final String STATE = "dataset=xor&seed=0.3&learningRate=0.1&networkShape=4,3"
            + "&regularization=L1&regularizationRate=0.1&batchSize=10";

    private static Experiment trained() {
        Experiment e = Experiment.create(PresetCodec.decode(STATE).preset);
        for (int i = 0; i < 3; i++) {
            e.trainer().trainEpoch();
        }
        assertTrue(e.network().deadLinks().count() > 0, "L1 at 0.1 killed links in three epochs");
        return e;
    }

    /** The dead links of every layer as one string of 0s and 1s. */
    private static String dead(Network n) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < n.depth(); k++) {
            for (int i = 0; i < n.weights(k).length; i++) {
                s.append(n.deadLinks().isDead(k, i) ? '1' : '0');
            }
            s.append('|');
        }
        return s.toString();
    }

    @Test
    void deadLinksStayZeroAsTrainingGoesOn() {
        Experiment e = trained();
        String before = dead(e.network());
        e.trainer().trainEpoch();
        e.trainer().trainEpoch();
        Network n = e.network();
        String after = dead(n);
        for (int at = 0, k = 0, i = 0; at < before.length(); at++, i++) {
            if (before.charAt(at) == '|') {
                k++;
                i = -1;
            } else if (before.charAt(at) == '1') {
                assertEquals('1', after.charAt(at), "a dead link stays dead");
                assertEquals(0.0, n.weights(k)[i], "a dead link stays 0");
            }
        }
    }

    @Test
    void aWeightsSnapshotCarriesTheDeadLinksAndAnOldOneHasNone() {
        Experiment e = trained();
        String text = WeightsSnapshot.export(e.network());
        assertTrue(text.startsWith(WeightsSnapshot.VERSION_DEAD + ";"), text.substring(0, 10));
        Experiment other = Experiment.create(PresetCodec.decode(STATE).preset);
        WeightsSnapshot.importInto(other.network(), text);
        assertEquals(dead(e.network()), dead(other.network()));
        assertEquals(text, WeightsSnapshot.export(other.network()));

        // The same weights in the old format: they load, with no link dead.
        Network alive = e.network().copy();
        alive.deadLinks().clear();
        String old = WeightsSnapshot.export(alive);
        assertTrue(old.startsWith(WeightsSnapshot.VERSION + ";"));
        assertEquals(old, text.substring(0, text.lastIndexOf(';')).replaceFirst("^v2", "v1"));
        WeightsSnapshot.importInto(other.network(), old);
        assertEquals(0, other.network().deadLinks().count());

        String cut = text.substring(0, text.length() - 1);
        double w = other.network().weights(0)[0];
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> WeightsSnapshot.importInto(other.network(), cut));
        assertTrue(error.getMessage().contains("dead links"), error.getMessage());
        assertEquals(w, other.network().weights(0)[0], "a text that does not fit changes nothing");
        assertEquals(0, other.network().deadLinks().count());
    }

    @Test
    void aRunSnapshotCarriesThemAndTheRunGoesOnAsItWould() {
        Experiment e = trained();
        LossHistory history = new LossHistory(8);
        String text = RunSnapshot.write(e, history);
        Experiment copy = Experiment.create(PresetCodec.decode(STATE).preset);
        RunSnapshot.read(text, copy, new LossHistory(8));
        assertEquals(dead(e.network()), dead(copy.network()));
        e.trainer().trainEpoch();
        copy.trainer().trainEpoch();
        assertEquals(WeightsSnapshot.export(e.network()), WeightsSnapshot.export(copy.network()));
    }

    @Test
    void undoAndALiveLayerChangeKeepThemAndAResetClearsThem() {
        Experiment e = trained();
        String dead = dead(e.network());
        Checkpoint checkpoint = e.checkpoint();
        NetworkSurgery.Result grown = NetworkSurgery.addNeuron(e.network(), e.trainer().optimizer(), 0, new Rng(3));
        String grownDead = dead(grown.network);
        assertEquals(e.network().deadLinks().count(), grown.network.deadLinks().count(),
                "a new neuron's links are alive; the old dead ones stay dead");
        assertFalse(grownDead.equals(dead), "the layers changed shape");
        e.reshape(grown.network, grown.optimizer, e.features());
        e.restore(checkpoint);
        assertEquals(dead, dead(e.network()), "undo puts the dead links back");

        e.trainer().reset(backprop.engine.nn.Init.XAVIER, new Rng(1));
        assertEquals(0, e.network().deadLinks().count(), "a reset starts with every link alive");
    }

    @Test
    void applyingATraceKeepsAndAddsDeadLinks() {
        Experiment e = trained();
        Trainer t = e.trainer();
        Trace trace = t.trace(false, 0);
        t.applyTrace(trace);
        assertEquals(dead(trace.after()), dead(e.network()));
        assertTrue(e.network().deadLinks().count() >= trace.before().deadLinks().count());
    }
}
