package backprop.engine.state;

import java.util.Arrays;

/** A key type whose value is an array of doubles: compared, hashed and copied by its contents. */
abstract class DecimalArrayType extends ValueType<double[]> {
    @Override
    boolean same(double[] a, double[] b) {
        return Arrays.equals(a, b);
    }

    @Override
    int hash(double[] value) {
        return Arrays.hashCode(value);
    }

    @Override
    double[] copy(double[] value) {
        return value == null ? null : value.clone();
    }
}
