package backprop.engine.data;

import backprop.engine.nn.Rng;

/**
 * The geometry of each {@link Dataset}. {@code noise} is the fraction 0..0.5
 * (TensorFlow Playground's URL {@code noise} / 100). As there, noise means one
 * of two things depending on the dataset:
 * <ul>
 * <li><b>label noise</b> (circle, xor, checkerboard, both regressions): the point
 *     stays where it was drawn, but its label is computed at a jittered position
 *     (x + u·s·noise, y + u'·s·noise), u, u' uniform in [−1, 1], s the dataset's
 *     scale), so points near a boundary may carry the other class's label;</li>
 * <li><b>position noise</b> (gauss, spiral, moons, the three-class sets): the
 *     points themselves spread out.</li>
 * </ul>
 * All coordinates stay in [−6, 6]²: Gaussian samples that fall outside are drawn again.
 */
final class DatasetGenerators {
    private static final double TWO_PI = 2 * Math.PI;
    private static final double DOMAIN = Dataset.DOMAIN;

    private DatasetGenerators() {
    }

    /**
     * Circle (radius 5): half the points uniform in radius r ∈ [0, 2.5) and angle,
     * the other half in the ring r ∈ [3.5, 5). Label +1 when the jittered point
     * (jitter ±5·noise per axis) lies within radius 2.5 of the origin, else −1.
     */
    static DataPoints circle(int count, double noise, Rng rng) {
        double radius = 5;
        Points p = new Points(count, 2);
        for (int c = 0; c < 2; c++) {
            int n = share(count, 2, c);
            double rMin = c == 0 ? 0 : radius * 0.7;
            double rMax = c == 0 ? radius * 0.5 : radius;
            for (int i = 0; i < n; i++) {
                double r = rng.uniform(rMin, rMax);
                double angle = rng.uniform(0, TWO_PI);
                double x = r * Math.sin(angle);
                double y = r * Math.cos(angle);
                double jx = x + rng.uniform(-radius, radius) * noise;
                double jy = y + rng.uniform(-radius, radius) * noise;
                p.add(x, y, Math.sqrt(jx * jx + jy * jy) < radius * 0.5 ? 1 : -1);
            }
        }
        return p.build();
    }

    /**
     * Exclusive or: x and y uniform in [−5, 5), each pushed 0.3 away from 0 (a
     * visible gap along the axes); label sign(x·y) (+1 when x·y ≥ 0) of the
     * jittered point, jitter ±5·noise per axis.
     */
    static DataPoints xor(int count, double noise, Rng rng) {
        double padding = 0.3;
        Points p = new Points(count, 2);
        for (int i = 0; i < count; i++) {
            double x = rng.uniform(-5, 5);
            x += x > 0 ? padding : -padding;
            double y = rng.uniform(-5, 5);
            y += y > 0 ? padding : -padding;
            double jx = x + rng.uniform(-5, 5) * noise;
            double jy = y + rng.uniform(-5, 5) * noise;
            p.add(x, y, jx * jy >= 0 ? 1 : -1);
        }
        return p.build();
    }

    /**
     * Two Gaussian blobs, label +1 around (2, 2) and −1 around (−2, −2); the
     * variance per axis grows linearly with noise from 0.5 (noise 0) to 4 (noise 0.5).
     */
    static DataPoints twoGaussians(int count, double noise, Rng rng) {
        double sd = Math.sqrt(blobVariance(noise));
        Points p = new Points(count, 2);
        for (int c = 0; c < 2; c++) {
            double centre = c == 0 ? 2 : -2;
            int n = share(count, 2, c);
            for (int i = 0; i < n; i++) {
                p.add(gaussianInDomain(centre, sd, rng), gaussianInDomain(centre, sd, rng), c == 0 ? 1 : -1);
            }
        }
        return p.build();
    }

    /**
     * Interleaved spiral arms of radius 5, arm k turned by 2πk/arms. Point i of
     * n on an arm sits at radius r = 5·i/n and angle t = turns·2π·i/n + 2πk/arms,
     * (x, y) = (r·sin t, r·cos t) plus uniform jitter ±noise per axis.
     * Two arms (TensorFlow Playground's spiral): 1.75 turns, labels +1 and −1.
     * Three arms: 1.25 turns (so the arms stay as far apart), labels 0, 1, 2.
     */
    static DataPoints spiral(int count, double noise, Rng rng, int arms) {
        double turns = arms == 2 ? 1.75 : 1.25;
        Points p = new Points(count, arms);
        for (int k = 0; k < arms; k++) {
            int n = share(count, arms, k);
            double delta = TWO_PI * k / arms;
            double label = arms == 2 ? (k == 0 ? 1 : -1) : k;
            for (int i = 0; i < n; i++) {
                double r = 5.0 * i / n;
                double t = turns * TWO_PI * i / n + delta;
                double x = r * Math.sin(t) + rng.uniform(-1, 1) * noise;
                double y = r * Math.cos(t) + rng.uniform(-1, 1) * noise;
                p.add(x, y, label);
            }
        }
        return p.build();
    }

    /**
     * Plane: x, y uniform in [−6, 6); value (x' + y') / 10 at the jittered point
     * (jitter ±6·noise per axis), so values lie in [−1.2, 1.2] without noise.
     */
    static DataPoints regressPlane(int count, double noise, Rng rng) {
        Points p = new Points(count, 0);
        for (int i = 0; i < count; i++) {
            double x = rng.uniform(-DOMAIN, DOMAIN);
            double y = rng.uniform(-DOMAIN, DOMAIN);
            double jx = x + rng.uniform(-DOMAIN, DOMAIN) * noise;
            double jy = y + rng.uniform(-DOMAIN, DOMAIN) * noise;
            p.add(x, y, (jx + jy) / 10);
        }
        return p.build();
    }

    /** Centres and signs of the six bumps of {@link #regressGaussians}: {cx, cy, sign}. */
    private static final double[][] BUMPS = {
        {-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1},
        {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1},
    };

    /**
     * Multi Gaussian: x, y uniform in [−6, 6); six cone-shaped bumps of radius 2 at
     * (−4|0|4, ±2.5) with alternating signs, each worth sign·max(0, 1 − d/2) at
     * distance d; the value is the bump value largest in magnitude at the jittered
     * point (jitter ±6·noise per axis). Values lie in [−1, 1].
     */
    static DataPoints regressGaussians(int count, double noise, Rng rng) {
        Points p = new Points(count, 0);
        for (int i = 0; i < count; i++) {
            double x = rng.uniform(-DOMAIN, DOMAIN);
            double y = rng.uniform(-DOMAIN, DOMAIN);
            double jx = x + rng.uniform(-DOMAIN, DOMAIN) * noise;
            double jy = y + rng.uniform(-DOMAIN, DOMAIN) * noise;
            double value = 0;
            for (double[] b : BUMPS) {
                double dx = jx - b[0];
                double dy = jy - b[1];
                double bump = b[2] * Math.max(0, 1 - Math.sqrt(dx * dx + dy * dy) / 2);
                if (Math.abs(bump) > Math.abs(value)) {
                    value = bump;
                }
            }
            p.add(x, y, value);
        }
        return p.build();
    }

    /**
     * Two interleaving half circles (scikit-learn's "moons"), scaled by 3 and
     * centred: the upper moon (3(cos t − ½), 3(sin t − ¼)), label +1, and its
     * point reflection through the origin, label −1, t uniform in [0, π). Gaussian
     * jitter of standard deviation 2·noise per axis (up to 1 at noise 0.5).
     */
    static DataPoints moons(int count, double noise, Rng rng) {
        double sd = 2 * noise;
        Points p = new Points(count, 2);
        for (int c = 0; c < 2; c++) {
            int n = share(count, 2, c);
            double sign = c == 0 ? 1 : -1;
            for (int i = 0; i < n; i++) {
                double t = rng.uniform(0, Math.PI);
                double x = sign * 3 * (Math.cos(t) - 0.5);
                double y = sign * 3 * (Math.sin(t) - 0.25);
                p.add(gaussianInDomain(x, sd, rng), gaussianInDomain(y, sd, rng), sign);
            }
        }
        return p.build();
    }

    /**
     * A 4×4 checkerboard of 3×3 cells on [−6, 6]²: cell (i, j) (i = ⌊(x+6)/3⌋) is
     * +1 when i + j is even, −1 when odd. Each class draws its points uniformly in
     * its 8 cells, kept 0.15 from the cell edges; the label is that of the jittered
     * point (jitter ±3·noise per axis, at most half a cell).
     */
    static DataPoints checkerboard(int count, double noise, Rng rng) {
        double cell = 3;
        double padding = 0.15;
        Points p = new Points(count, 2);
        for (int c = 0; c < 2; c++) {
            int n = share(count, 2, c);
            for (int i = 0; i < n; i++) {
                int col = rng.nextInt(4);
                int row = 2 * rng.nextInt(2) + ((col + c) & 1);
                double x = -DOMAIN + col * cell + rng.uniform(padding, cell - padding);
                double y = -DOMAIN + row * cell + rng.uniform(padding, cell - padding);
                double jx = x + rng.uniform(-cell, cell) * noise;
                double jy = y + rng.uniform(-cell, cell) * noise;
                int jcol = (int) Math.floor((jx + DOMAIN) / cell);
                int jrow = (int) Math.floor((jy + DOMAIN) / cell);
                p.add(x, y, ((jcol + jrow) & 1) == 0 ? 1 : -1);
            }
        }
        return p.build();
    }

    /**
     * Three Gaussian blobs, labels 0, 1, 2, centred on the circle of radius 3 at
     * 90°, 210° and 330°; variance per axis as in {@link #twoGaussians} (0.5 → 4).
     */
    static DataPoints threeBlobs(int count, double noise, Rng rng) {
        double sd = Math.sqrt(blobVariance(noise));
        Points p = new Points(count, 3);
        for (int c = 0; c < 3; c++) {
            double angle = Math.PI / 2 + TWO_PI * c / 3;
            double cx = 3 * Math.cos(angle);
            double cy = 3 * Math.sin(angle);
            int n = share(count, 3, c);
            for (int i = 0; i < n; i++) {
                p.add(gaussianInDomain(cx, sd, rng), gaussianInDomain(cy, sd, rng), c);
            }
        }
        return p.build();
    }

    /** TensorFlow Playground's blob variance: linear from 0.5 at noise 0 to 4 at noise 0.5. */
    private static double blobVariance(double noise) {
        return 0.5 + (4 - 0.5) * noise / 0.5;
    }

    /** mean + sd·N(0, 1), drawn again until it lies in [−6, 6] (clamped after 100 tries). */
    private static double gaussianInDomain(double mean, double sd, Rng rng) {
        for (int attempt = 0; attempt < 100; attempt++) {
            double v = mean + sd * rng.nextGaussian();
            if (v >= -DOMAIN && v <= DOMAIN) {
                return v;
            }
        }
        return Math.max(-DOMAIN, Math.min(DOMAIN, mean));
    }

    /** Points of class c when count points are shared among k classes as evenly as possible. */
    private static int share(int count, int k, int c) {
        return count / k + (c < count % k ? 1 : 0);
    }

    /** Fills the three arrays of a {@link DataPoints} in order. */
    private static final class Points {
        private final double[] x;
        private final double[] y;
        private final double[] label;
        private final int classes;
        private int size;

        Points(int count, int classes) {
            x = new double[count];
            y = new double[count];
            label = new double[count];
            this.classes = classes;
        }

        void add(double px, double py, double value) {
            x[size] = px;
            y[size] = py;
            label[size] = value;
            size++;
        }

        DataPoints build() {
            if (size != x.length) {
                throw new IllegalStateException("generated " + size + " of " + x.length + " points");
            }
            return new DataPoints(x, y, label, classes);
        }
    }
}
