package backprop.engine.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.Feature;
import backprop.engine.nn.Activation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the share state over random presets ({@link RandomPresets}, seeded, so a failure
 * is repeatable) that vary every key: the URL carries a preset exactly and canonically, and
 * equality, hashing and copying see every field of {@link Preset} (found by reflection here, so a
 * field that the key table misses fails). Plain JUnit over a seeded generator: jqwik's author asks
 * that AI agents not use it, and this code is written with one.
 */
class PresetPropertiesTest {
    private static final int TRIES = 1000;

    @Test
    void theUrlCarriesEveryPresetExactly() {
        Random r = new Random(1);
        for (int i = 0; i < TRIES; i++) {
            theUrlCarriesExactly(RandomPresets.random(r));
        }
    }

    private static void theUrlCarriesExactly(Preset p) {
        assertEquals(List.of(), Limits.violations(p));
        String url = PresetCodec.encode(p);
        DecodeResult back = PresetCodec.decode(url);
        assertEquals(List.of(), back.problems, url);
        assertEquals(p, back.preset, url);
        assertEquals(p.hashCode(), back.preset.hashCode(), url);
        assertEquals(url, PresetCodec.encode(back.preset), "the URL is canonical");
        assertEquals(url, PresetCodec.encode(PresetCodec.decode("#" + url).preset));
    }

    /** Each public field of Preset, changed alone, makes the preset unequal; a copy keeps the change. */
    @Test
    void equalityAndCopiesSeeEveryField() throws IllegalAccessException {
        Random r = new Random(2);
        for (int i = 0; i < TRIES / 10; i++) {
            equalityAndCopiesSee(RandomPresets.random(r));
        }
    }

    private static void equalityAndCopiesSee(Preset p) throws IllegalAccessException {
        List<Field> fields = publicFields();
        assertTrue(fields.size() >= 36, "Preset's fields: " + fields.size());
        for (Field f : fields) {
            Preset q = p.copy();
            assertEquals(p, q, f.getName());
            f.set(q, other(f, f.get(q)));
            assertNotEquals(p, q, f.getName() + " must count in equals");
            Preset c = q.copy();
            assertTrue(deepEquals(f.get(q), f.get(c)), f.getName() + " must be copied");
            assertEquals(q, c, f.getName());
            assertEquals(q.hashCode(), c.hashCode(), f.getName());
            if (f.getType().isArray()) {
                assertNotSame(f.get(q), f.get(c), f.getName() + " must be copied, not shared");
            }
        }
        for (Feature feature : Feature.values()) {
            Preset q = p.copy();
            q.setFeature(feature, !q.feature(feature));
            assertNotEquals(p, q, feature.id());
            assertEquals(q.feature(feature), q.copy().feature(feature), feature.id());
        }
        Preset q = p.copy();
        q.setHidden("someControl", !q.isHidden("someControl"));
        assertNotEquals(p, q);
        assertEquals(q.hiddenControls(), q.copy().hiddenControls());
    }

    /** Each key, given another valid value alone, changes the URL, which carries the change back. */
    @Test
    void eachKeyChangesTheUrl() {
        Random r = new Random(3);
        for (int i = 0; i < TRIES / 10; i++) {
            eachKeyChangesTheUrl(RandomPresets.random(r), RandomPresets.random(r));
        }
    }

    private static void eachKeyChangesTheUrl(Preset p, Preset other) {
        String url = PresetCodec.encode(p);
        for (Key<?> key : Keys.ALL) {
            if (key.derived()) {
                continue;
            }
            Preset q = p.copy();
            take(key, q, other);
            if (q.enabledFeatureCount() == 0 || q.equals(p)) {
                continue; // the other preset holds the same value (or would turn every feature off)
            }
            String changed = PresetCodec.encode(q);
            assertNotEquals(url, changed, key.name());
            assertEquals(q, PresetCodec.decode(changed).preset, key.name());
        }
    }

    /** The generator varies every key: each takes a value other than its default in some preset. */
    @Test
    void theRandomPresetsVaryEveryKey() {
        Random r = new Random(4);
        List<Preset> presets = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            presets.add(RandomPresets.random(r));
        }
        Preset defaults = new Preset();
        for (Key<?> key : Keys.ALL) {
            boolean varied = false;
            for (Preset p : presets) {
                varied |= !key.same(p, defaults);
            }
            assertTrue(varied, key.name() + " is never varied by RandomPresets");
        }
    }

    private static <T> void take(Key<T> key, Preset into, Preset from) {
        key.copy(from, into);
    }

    private static List<Field> publicFields() {
        List<Field> fields = new ArrayList<>();
        for (Field f : Preset.class.getDeclaredFields()) {
            if (Modifier.isPublic(f.getModifiers()) && !Modifier.isStatic(f.getModifiers())) {
                fields.add(f);
            }
        }
        return fields;
    }

    /** A value of the field's type that differs from {@code v} (valid or not: equality does not care). */
    private static Object other(Field f, Object v) {
        Class<?> t = f.getType();
        if (t == int.class) {
            return (Integer) v + 1;
        } else if (t == double.class) {
            return Math.nextUp((Double) v);
        } else if (t == boolean.class) {
            return !(Boolean) v;
        } else if (t == String.class) {
            return v + "x";
        } else if (t == int[].class) {
            int[] a = (int[]) v;
            int[] longer = Arrays.copyOf(a, a.length + 1);
            longer[a.length] = 1;
            return longer;
        } else if (t == double[].class) {
            double[] a = ((double[]) v).clone();
            if (a.length == 0) {
                return new double[] {0.5};
            }
            a[0] = Math.nextUp(a[0]);
            return a;
        } else if (t == Activation[].class) {
            Activation[] a = Arrays.copyOf((Activation[]) v, ((Activation[]) v).length + 1);
            a[a.length - 1] = Activation.RELU;
            return a;
        } else if (t.isEnum()) {
            Object[] all = t.getEnumConstants();
            return v == null ? all[0] : all[(((Enum<?>) v).ordinal() + 1) % all.length];
        }
        throw new AssertionError("no other value for " + f.getName() + " of " + t);
    }

    private static boolean deepEquals(Object a, Object b) {
        return Objects.deepEquals(a, b);
    }
}
