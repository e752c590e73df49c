package backprop.engine.train;

/**
 * The epoch axis of the training charts: linear for the first {@link #LINEAR_EPOCHS} epochs,
 * logarithmic after them. A run of 300 epochs and one of 300,000 both keep their first hundred
 * epochs — where most of the learning happens — wide enough to read, while the whole run stays in
 * view. The two parts meet with the same slope (the curve has no kink where the log part starts):
 * position(e) = e up to L = {@link #LINEAR_EPOCHS}, then L·(1 + ln(e / L)), whose derivative at L
 * is 1 on both sides.
 *
 * <p>The histories ({@link LossHistory}, {@link UpdateRatios}) keep their samples evenly spaced in
 * this position rather than in epochs, so the drawn points stay evenly spaced on the chart.
 */
public final class EpochScale {
    /** Epochs drawn on a linear scale before the logarithmic part begins. */
    public static final int LINEAR_EPOCHS = 100;

    private EpochScale() {
    }

    /** Where {@code epoch} lies on the scale, in epochs of the linear part (0 for epochs ≤ 0). */
    public static double position(double epoch) {
        if (epoch <= LINEAR_EPOCHS) {
            return Math.max(0, epoch);
        }
        return LINEAR_EPOCHS * (1 + Math.log(epoch / LINEAR_EPOCHS));
    }

    /** The epoch at a {@link #position}: its inverse. */
    public static double epochAt(double position) {
        if (position <= LINEAR_EPOCHS) {
            return Math.max(0, position);
        }
        return LINEAR_EPOCHS * Math.exp(position / LINEAR_EPOCHS - 1);
    }

    /**
     * Where {@code epoch} lies between {@code first} and {@code last} on the scale, from 0 to 1
     * (clamped); 0 when the two coincide.
     */
    public static double fraction(double epoch, double first, double last) {
        double lo = position(first);
        double span = position(last) - lo;
        if (!(span > 0)) {
            return 0;
        }
        double f = (position(epoch) - lo) / span;
        return f < 0 ? 0 : (f > 1 ? 1 : f);
    }
}
