package backprop.engine.train;

import backprop.engine.nn.Checks;
import backprop.engine.nn.MathFunctions;
import backprop.engine.nn.Network;
import backprop.engine.text.NumberText;

/**
 * All weights and biases of a network as compact, versioned text, and back.
 *
 * <p>Format {@code v1;2,4,1;DATA}: the version, the shape, then every value
 * as 11 characters of URL-safe base64 (A–Z a–z 0–9 - _) holding the 64 bits
 * of the double, most significant first. Order: for each weight layer k,
 * its weights row-major [out][in], then its biases. Bits rather than decimals
 * make the round trip exact on every platform (TeaVM's number formatting need
 * not be the JVM's), and the text is URL-safe.
 *
 * <p>A network with dead links (see {@link backprop.engine.nn.DeadLinks}) is written as
 * {@code v2;2,4,1;DATA;DEAD}: DEAD holds one bit per weight (1 = dead), in the order of DATA's
 * weights, six to a character of the same alphabet, first weight in the most significant bit.
 * A network without dead links is written in {@code v1}, and a {@code v1} text loads with no
 * dead link.
 */
public final class WeightsSnapshot {
    /** The version prefix of the format written when no link is dead. */
    public static final String VERSION = "v1";
    /** The version prefix of the format with the dead links. */
    public static final String VERSION_DEAD = "v2";
    private static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    static final int CHARS_PER_VALUE = 11;

    private WeightsSnapshot() {
    }

    /** The snapshot text of {@code network}'s weights and biases. */
    public static String export(Network network) {
        Checks.notNull(network, "network");
        boolean dead = network.deadLinks().count() > 0;
        StringBuilder text = new StringBuilder(dead ? VERSION_DEAD : VERSION).append(';')
                .append(shapeString(network.shape())).append(';');
        for (int k = 0; k < network.depth(); k++) {
            append(text, network.weights(k));
            append(text, network.biases(k));
        }
        if (dead) {
            text.append(';');
            int bits = 0;
            int held = 0;
            for (int k = 0; k < network.depth(); k++) {
                for (int i = 0; i < network.weights(k).length; i++) {
                    bits = (bits << 1) | (network.deadLinks().isDead(k, i) ? 1 : 0);
                    if (++held == 6) {
                        text.append(DIGITS.charAt(bits));
                        bits = 0;
                        held = 0;
                    }
                }
            }
            if (held > 0) {
                text.append(DIGITS.charAt(bits << (6 - held)));
            }
        }
        return text.toString();
    }

    /** Appends each value as 11 characters holding its 64 bits (also used by {@link RunSnapshot}). */
    static void append(StringBuilder text, double[] values) {
        for (double v : values) {
            long bits = Double.doubleToRawLongBits(v);
            for (int shift = 60; shift >= 0; shift -= 6) {
                text.append(DIGITS.charAt((int) ((bits >>> shift) & 63)));
            }
        }
    }

    /**
     * Reads a snapshot into {@code network}, which must have the same shape;
     * nothing is changed when the text does not fit.
     *
     * @throws IllegalArgumentException saying what does not fit: version, shape, length, a character or a non-finite value
     */
    public static void importInto(Network network, String text) {
        Checks.notNull(network, "network");
        Checks.notNull(text, "snapshot text");
        int first = text.indexOf(';');
        int second = first < 0 ? -1 : text.indexOf(';', first + 1);
        if (second < 0) {
            throw new IllegalArgumentException("Not a weights snapshot: expected \"" + VERSION
                    + ";shape;data\", got " + preview(text));
        }
        String version = text.substring(0, first);
        boolean withDead = VERSION_DEAD.equals(version);
        if (!VERSION.equals(version) && !withDead) {
            throw new IllegalArgumentException("Unknown weights snapshot version \"" + preview(version)
                    + "\"; this version reads " + VERSION + " and " + VERSION_DEAD);
        }
        String shapeText = text.substring(first + 1, second);
        int[] shape = network.shape();
        if (!shapeText.equals(shapeString(shape))) {
            throw new IllegalArgumentException("The snapshot is for a network of shape " + preview(shapeText)
                    + ", but this network's shape is " + shapeString(shape));
        }
        int values = 0;
        int weights = 0;
        for (int k = 0; k < network.depth(); k++) {
            values += network.weights(k).length + network.biases(k).length;
            weights += network.weights(k).length;
        }
        int end = text.length();
        boolean[] dead = new boolean[weights];
        if (withDead) {
            end = text.lastIndexOf(';');
            if (end == second) {
                throw new IllegalArgumentException("A " + VERSION_DEAD + " weights snapshot ends with its dead links");
            }
            readDead(text, end + 1, dead);
        }
        int dataLength = end - second - 1;
        if (dataLength != values * CHARS_PER_VALUE) {
            throw new IllegalArgumentException("A snapshot of shape " + shapeText + " needs "
                    + values * CHARS_PER_VALUE + " characters of data (" + values + " values), got " + dataLength);
        }
        double[][] decoded = new double[2 * network.depth()][];
        int at = second + 1;
        for (int k = 0; k < network.depth(); k++) {
            decoded[2 * k] = new double[network.weights(k).length];
            decoded[2 * k + 1] = new double[network.biases(k).length];
            at = read(text, at, decoded[2 * k], second + 1, true);
            at = read(text, at, decoded[2 * k + 1], second + 1, true);
        }
        network.deadLinks().clear();
        for (int k = 0, w = 0; k < network.depth(); k++) {
            System.arraycopy(decoded[2 * k], 0, network.weights(k), 0, decoded[2 * k].length);
            System.arraycopy(decoded[2 * k + 1], 0, network.biases(k), 0, decoded[2 * k + 1].length);
            for (int i = 0; i < decoded[2 * k].length; i++, w++) {
                if (dead[w]) {
                    network.deadLinks().kill(k, i);
                }
            }
        }
        network.clearGradients();
        network.changed();
    }

    /** Reads the dead-link bits of a {@code v2} text from {@code at} (to the end) into {@code dead}. */
    private static void readDead(String text, int at, boolean[] dead) {
        int chars = (dead.length + 5) / 6;
        if (text.length() - at != chars) {
            throw new IllegalArgumentException("The dead links of a snapshot with " + dead.length + " weights need "
                    + chars + " characters, got " + (text.length() - at));
        }
        for (int i = 0; i < dead.length; i++) {
            int digit = DIGITS.indexOf(text.charAt(at + i / 6));
            if (digit < 0) {
                throw new IllegalArgumentException("Unexpected character '" + text.charAt(at + i / 6)
                        + "' in the dead links of the snapshot");
            }
            dead[i] = ((digit >> (5 - i % 6)) & 1) == 1;
        }
    }

    /** Reads {@code into.length} values written by {@link #append} from {@code at}; returns the position after them. */
    static int read(String text, int at, double[] into, int dataStart, boolean finiteOnly) {
        for (int i = 0; i < into.length; i++) {
            long bits = 0;
            for (int c = 0; c < CHARS_PER_VALUE; c++, at++) {
                int digit = DIGITS.indexOf(text.charAt(at));
                if (digit < 0 || (c == 0 && digit > 15)) {
                    throw new IllegalArgumentException("Unexpected character '" + text.charAt(at)
                            + "' at position " + (at - dataStart) + " of the snapshot data");
                }
                bits = (bits << 6) | digit;
            }
            double v = Double.longBitsToDouble(bits);
            if (finiteOnly && !MathFunctions.isFinite(v)) {
                throw new IllegalArgumentException("Value " + ((at - dataStart) / CHARS_PER_VALUE - 1)
                        + " of the snapshot is not a finite number (" + NumberText.format(v) + ")");
            }
            into[i] = v;
        }
        return at;
    }

    private static String shapeString(int[] shape) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < shape.length; k++) {
            text.append(k == 0 ? "" : ",").append(shape[k]);
        }
        return text.toString();
    }

    private static String preview(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
