package backprop.engine.train;

import backprop.engine.data.DataPoints;
import backprop.engine.nn.Rng;
import backprop.engine.state.Preset;
import backprop.engine.state.SideB;

/**
 * The compare mode's two runs: side A built from a preset, side B from the same preset with the
 * settings its {@code compareB} names ({@link SideB#of}). Both come from the same seed, so they train
 * on the same data, start from the same weights when their shapes agree and see the examples in
 * the same order; they
 * are stepped in lockstep, epoch by epoch. With no setting changed the two stay bit-identical.
 */
public final class RunPair {
    private final Preset presetA;
    private final Preset presetB;
    private final Experiment a;
    private final Experiment b;

    private RunPair(Preset presetA, Preset presetB, Experiment a, Experiment b) {
        this.presetA = presetA;
        this.presetB = presetB;
        this.a = a;
        this.b = b;
    }

    /** Both runs on the data the preset generates. */
    public static RunPair create(Preset preset) {
        Preset sideA = preset.copy();
        Preset sideB = SideB.of(sideA);
        return new RunPair(sideA, sideB, Experiment.create(sideA), Experiment.create(sideB));
    }

    /** Both runs on the given points (an uploaded dataset), split the same way for each. */
    public static RunPair create(Preset preset, DataPoints all) {
        Preset sideA = preset.copy();
        Preset sideB = SideB.of(sideA);
        return new RunPair(sideA, sideB, Experiment.create(sideA, all, Rng.fromSeed(sideA.seed + "|data")),
                Experiment.create(sideB, all, Rng.fromSeed(sideB.seed + "|data")));
    }

    /**
     * Trains one epoch on each side (a diverged side stands still, see {@link Trainer}); returns
     * whether either side trained.
     */
    public boolean trainEpoch() {
        boolean trained = false;
        for (Experiment side : new Experiment[] {a, b}) {
            if (!side.trainer().diverged()) {
                side.trainer().trainEpoch();
                trained = true;
            }
        }
        return trained;
    }

    /** Whether both sides have diverged, so that training can do nothing more. */
    public boolean bothDiverged() {
        return a.trainer().diverged() && b.trainer().diverged();
    }

    public Experiment a() {
        return a;
    }

    public Experiment b() {
        return b;
    }

    /** Side A's settings (a copy of the preset the pair was built from). */
    public Preset presetA() {
        return presetA;
    }

    /** Side B's settings. */
    public Preset presetB() {
        return presetB;
    }
}
