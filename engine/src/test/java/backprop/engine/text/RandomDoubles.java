package backprop.engine.text;

import java.util.Random;

/** Random finite doubles of every kind for the number text tests (java.util.Random: test code only). */
final class RandomDoubles {
    private RandomDoubles() {
    }

    /**
     * A finite double, either sign: a quarter each of random bit patterns, subnormals
     * (and the smallest normals), "nice" values k·10^j, and ordinary values a person types.
     */
    static double next(Random r) {
        double v;
        switch (r.nextInt(4)) {
            case 0:
                do {
                    v = Double.longBitsToDouble(r.nextLong());
                } while (!Double.isFinite(v));
                return v;
            case 1:
                v = Double.longBitsToDouble(r.nextLong() & 0xFFFFFFFFFFFFFL | (long) r.nextInt(3) << 52);
                break;
            case 2:
                v = Double.parseDouble((1 + r.nextInt(r.nextBoolean() ? 1000 : 1 << 30)) + "e" + (r.nextInt(640) - 330));
                break;
            default:
                v = r.nextDouble() * Math.pow(10, r.nextInt(30) - 15);
        }
        if (!Double.isFinite(v)) {
            return next(r); // k·10^j above MAX_VALUE
        }
        return r.nextBoolean() ? v : -v;
    }
}
