package backprop.engine.state;

import backprop.engine.text.Identified;

/**
 * A choice among named options ({@link Identified}): written as its id, read back from it.
 * A nullable choice may also be unset ({@code null}): the output activation's {@code auto}, or
 * no digits task.
 */
final class Choice<E extends Identified> extends ValueType<E> {
    private final E[] options;
    private final boolean nullable;
    /** Whether the text {@code auto} stands for {@code null}. */
    private final boolean autoMeansNull;

    private Choice(E[] options, boolean nullable, boolean autoMeansNull) {
        this.options = options;
        this.nullable = nullable;
        this.autoMeansNull = autoMeansNull;
    }

    /** One of {@code options}, never unset. */
    static <E extends Identified> Choice<E> of(E[] options) {
        return new Choice<>(options, false, false);
    }

    /** One of {@code options}, or unset; {@code auto} in the URL means unset when {@code autoMeansNull}. */
    static <E extends Identified> Choice<E> orNone(E[] options, boolean autoMeansNull) {
        return new Choice<>(options, true, autoMeansNull);
    }

    /** The options, in the order the page lists them. */
    E[] options() {
        return options.clone();
    }

    boolean nullable() {
        return nullable;
    }

    @Override
    String format(E value) {
        return value.id();
    }

    @Override
    E read(String key, String text, E current, PresetReader reader) {
        if (autoMeansNull && text.equals("auto")) {
            return null;
        }
        E found = Identified.byId(options, text);
        if (found != null) {
            return found;
        }
        StringBuilder names = new StringBuilder(autoMeansNull ? "auto" : "");
        for (E option : options) {
            names.append(names.length() == 0 ? "" : ", ").append(option.id());
        }
        reader.kept(key, text, "is not one of " + names, current == null ? "auto" : current.id());
        return current;
    }

    @Override
    boolean allows(E value) {
        if (value == null) {
            return nullable;
        }
        for (E option : options) {
            if (option == value) {
                return true;
            }
        }
        return false;
    }

    @Override
    String describe() {
        StringBuilder names = new StringBuilder(nullable ? "unset or one of " : "one of ");
        for (int i = 0; i < options.length; i++) {
            names.append(i == 0 ? "" : ", ").append(options[i].id());
        }
        return names.toString();
    }
}
