package backprop.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.nn.Activation;
import backprop.engine.nn.Init;
import backprop.engine.nn.Loss;
import backprop.engine.nn.Network;
import backprop.engine.nn.Optimizer;
import backprop.engine.nn.OptimizerType;
import backprop.engine.nn.Regularization;
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

        e.trainer().reset(Init.XAVIER, new Rng(1));
        assertEquals(0, e.network().deadLinks().count(), "a reset starts with every link alive");
    }

    @Test
    void aLinkThatDiesInATracedMomentumStepShowsItsWholeArithmetic() {
        // w = 0.08, x = (1, 0), t = −0.52: δ = 0.6; η = 0.1: v = −0.06, w₁ = 0.02; λ = 0.5: w₁ − 0.05 < 0, so 0.
        Network net = new Network(new int[] {2, 1}, Activation.LINEAR, Activation.LINEAR, Init.ZERO, new Rng(1));
        net.weights(0)[0] = 0.08;
        net.weights(0)[1] = 0.5;
        Optimizer momentum = new Optimizer(OptimizerType.MOMENTUM, net.shape());
        Trace trace = Trace.record(net, momentum, Loss.SQUARE, 0.1, Regularization.L1, 0.5, new double[] {1, 0}, 0,
                new double[] {-0.52}, 0);
        UpdateArithmetic u = UpdateArithmetic.ofWeight(trace, 0, 0, 0, 0.1, Regularization.L1, 0.5);
        assertFalse(u.wasDead);
        assertTrue(u.dies);
        assertEquals(-0.06, u.optimizerChange, 1e-15);
        assertEquals(-0.02, u.regularizationChange, 1e-15);
        assertEquals(-0.08, u.change, 1e-15);
        assertEquals(0.0, u.after);
        trace.applyTo(net, momentum);
        assertTrue(net.deadLinks().isDead(0, 0));
        UpdateArithmetic next = UpdateArithmetic.ofWeight(Trace.record(net, momentum, Loss.SQUARE, 0.1,
                Regularization.L1, 0.5, new double[] {1, 0}, 0, new double[] {-0.52}, 0), 0, 0, 0, 0.1,
                Regularization.L1, 0.5);
        assertTrue(next.wasDead);
        assertEquals(0.0, next.gradient);
        assertEquals(0.0, next.change);
        assertEquals(0.0, next.firstAfter, "a dead link keeps no velocity");
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
