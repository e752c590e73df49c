package backprop.engine.state;

import backprop.engine.data.Problem;

/**
 * The one declaration of one key of the share state: its URL name (which names the {@link Preset}
 * field it stands for, see {@link PresetFields}), whether it is TensorFlow Playground's, its type
 * with its limits, its default, and what a change of it resets. {@link Keys} lists them all; the preset's
 * defaults, copy, equality and hash, the codec, {@link Limits#violations} and the reset a change
 * needs are all derived from that list, so a new key is one line there.
 *
 * @param <T> the field's type (boxed for the primitive fields)
 */
public class Key<T> {
    private final String name;
    private final boolean tensorFlow;
    final ValueType<T> type;
    private final T byDefault;
    private final Reset reset;
    /** Whether the key is written even when it holds its default (TensorFlow Playground's keys). */
    private boolean alwaysWritten;
    /** The problem for which alone the key counts in the reset (a dataset); null: always. */
    private Problem onlyFor;
    /** A value the URL carries under another key (init's zero, as TensorFlow Playground's initZero). */
    private T writtenElsewhere;

    Key(String name, boolean tensorFlow, ValueType<T> type, T byDefault, Reset reset) {
        this.name = name;
        this.tensorFlow = tensorFlow;
        this.type = type;
        this.byDefault = byDefault;
        this.reset = reset;
        this.alwaysWritten = tensorFlow;
    }

    /** The key is left out of the URL while it holds its default (TensorFlow Playground's seed). */
    Key<T> writtenOnlyWhenSet() {
        this.alwaysWritten = false;
        return this;
    }

    /** The change counts for the reset only while {@code problem} is chosen (before or after it). */
    Key<T> onlyFor(Problem problem) {
        this.onlyFor = problem;
        return this;
    }

    /** {@code value} is left out under this name: another key writes it. */
    Key<T> writtenElsewhere(T value) {
        this.writtenElsewhere = value;
        return this;
    }

    /** The name in the URL. */
    public final String name() {
        return name;
    }

    /**
     * Whether TensorFlow Playground has this key. Its keys are written even when they hold their
     * default (all but the seed), as it writes them; ours only when they differ from it.
     */
    public final boolean tensorFlow() {
        return tensorFlow;
    }

    /** What a change of this key alone resets. */
    public final Reset reset() {
        return reset;
    }

    /** The key's value in {@code p} (the field it stands for: {@link PresetFields}). */
    @SuppressWarnings("unchecked")
    public final T get(Preset p) {
        return (T) PresetFields.get(p, name);
    }

    public final void set(Preset p, T value) {
        PresetFields.set(p, name, value);
    }

    /** The default (a fresh copy of it). */
    public final T byDefault() {
        return type.copy(byDefault);
    }

    /** Whether {@link #get} reads a value another key owns: such a key is written but not compared or copied. */
    boolean derived() {
        return false;
    }

    void setDefault(Preset p) {
        set(p, byDefault());
    }

    void copy(Preset from, Preset to) {
        set(to, type.copy(get(from)));
    }

    boolean same(Preset a, Preset b) {
        return type.same(get(a), get(b));
    }

    int hash(Preset p) {
        return type.hash(get(p));
    }

    /** What a change from {@code before} to {@code after} of this key resets ({@link Reset#VIEW} when none). */
    Reset resetBetween(Preset before, Preset after) {
        if (same(before, after) || (onlyFor != null && before.problem != onlyFor && after.problem != onlyFor)) {
            return Reset.VIEW;
        }
        return reset;
    }

    /** "name=value" as the URL carries it, or null when left out (a null value: an unfinished preset). */
    String write(Preset p) {
        T value = get(p);
        if (value == null || !alwaysWritten && type.same(value, byDefault)
                || value.equals(writtenElsewhere)) {
            return null;
        }
        return name + "=" + type.format(value);
    }

    /** Reads the key's value, if the URL has one, into {@code p}. */
    void read(PresetReader reader, Preset p) {
        String text = reader.value(name, type.readsBlank());
        if (text != null) {
            set(p, type.read(name, text, get(p), reader));
        }
    }

    /** The sentence saying how {@code p} breaks this key's limits, or null when it does not. */
    String violation(Preset p) {
        T value = get(p);
        return type.allows(value) ? null
                : name + " must be " + type.describe() + ", is " + (value == null ? "null" : type.format(value));
    }
}
