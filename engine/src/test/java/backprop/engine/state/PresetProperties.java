package backprop.engine.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.engine.data.Feature;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the share state over random presets that vary every key: the URL carries a
 * preset exactly and canonically, and equality, hashing and copying see every field of
 * {@link Preset} (found by reflection here, so a field that the key table misses fails).
 */
class PresetProperties {
    @Provide
    Arbitrary<Preset> presets() {
        return PresetArbitraries.presets();
    }

    @Property(tries = 1000)
    void theUrlCarriesEveryPresetExactly(@ForAll("presets") Preset p) {
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
    @Property(tries = 100)
    void equalityAndCopiesSeeEveryField(@ForAll("presets") Preset p) throws IllegalAccessException {
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
    @Property(tries = 100)
    void eachKeyChangesTheUrl(@ForAll("presets") Preset p, @ForAll("presets") Preset other) {
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

    @Example
    void everyKeyHasAGenerator() {
        Map<String, Arbitrary<Consumer<Preset>>> edits = PresetArbitraries.edits();
        for (Key<?> key : Keys.ALL) {
            assertTrue(key.derived() || edits.containsKey(key.name()), key.name() + " needs a generator");
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
