package backprop.engine.state;

import java.util.ArrayList;
import java.util.List;

/**
 * The compare mode's keys: {@code compare=true} trains two copies of the network side by side, and
 * {@code compareB=learningRate:3;batchSize:1} carries the settings in which side B differs from side A
 * (the rest of the state). Only the settings a learner compares are allowed ({@link #SETTINGS}: the
 * top bar's training settings, the layers, dropout and the learning-rate schedule, whose every/γ/ηmin
 * stay side A's); each value is read, limited and written by the same {@link ValueType} as the key
 * of that name, so
 * {@code compareB=learningRate:99} is clamped to 10 with the same message {@code learningRate=99} gets.
 * Neither key changes side A's run.
 */
public final class SideB {
    /** The settings side B may change, in the order {@code compareB} writes them. */
    static final String[] SETTINGS = {
        "learningRate", "batchSize", "optimizer", "activation", "regularization", "regularizationRate", "networkShape",
        "dropout", "lrSchedule",
    };
    private static final String KEY = "compareB";
    /** The settings as a sentence lists them. */
    private static final String LISTED = "learningRate, batchSize, optimizer, activation, regularization,"
            + " regularizationRate, networkShape, dropout, lrSchedule";

    private SideB() {
    }

    static void addTo(List<Key<?>> k) {
        k.add(new Key<>("compare", false, ValueType.BOOLEAN, false, Reset.VIEW));
        k.add(new Key<>(KEY, false, OVERRIDES, "", Reset.VIEW));
    }

    /** Side B's preset: a copy of side A's ({@code a}) with the settings {@code a.compareB} names changed. */
    public static Preset of(Preset a) {
        Preset b = a.copy();
        apply(a.compareB, b, new PresetReader(b, new ArrayList<>()));
        return b;
    }

    /**
     * Reads the entries of a {@code compareB} text into {@code p}, in {@link #SETTINGS}' order, and
     * returns the canonical text of those it used. Of a setting named more than once the last
     * entry that can be used wins; an entry that cannot be used at all (not a number, not a
     * choice) is ignored, so the setting keeps what {@code p} had: side A's value in the page,
     * side B's previous one when a control adds an entry. Each problem goes to {@code reader}.
     */
    private static String apply(String text, Preset p, PresetReader reader) {
        List<String[]> entries = entries(text, reader);
        PresetReader entryReader = reader.into(p, "ignored it");
        StringBuilder s = new StringBuilder();
        for (String name : SETTINGS) {
            Key<?> setting = key(name);
            boolean used = false;
            for (String[] entry : entries) {
                if (entry[0].equals(name)) {
                    int kept = entryReader.keptCount();
                    readInto(setting, KEY + "." + name, entry[1], p, entryReader);
                    used |= entryReader.keptCount() == kept;
                }
            }
            if (used) {
                s.append(s.length() == 0 ? "" : ";").append(entry(setting, p));
            }
        }
        return s.toString();
    }

    /** The {@code compareB} text that turns side A ({@code a}) into {@code b}: b's settings that differ from a's. */
    public static String between(Preset a, Preset b) {
        StringBuilder s = new StringBuilder();
        for (String name : SETTINGS) {
            Key<?> key = key(name);
            if (!key.same(a, b)) {
                s.append(s.length() == 0 ? "" : ";").append(entry(key, b));
            }
        }
        return s.toString();
    }

    /**
     * Reads a {@code compareB} text as the URL does: the canonical text (settings in {@link #SETTINGS}'s
     * order, the last usable one of a repeated one winning) with the problems of what could not be used added
     * to {@code problems}.
     */
    public static String read(String text, List<String> problems) {
        return OVERRIDES.read(KEY, text, "", new PresetReader(new Preset(), problems));
    }

    private static String entry(Key<?> key, Preset p) {
        return key.name() + ":" + format(key, p);
    }

    private static <T> String format(Key<T> key, Preset p) {
        return key.type.format(key.get(p));
    }

    private static <T> void readInto(Key<T> key, String name, String text, Preset p, PresetReader reader) {
        key.set(p, key.type.read(name, text, key.get(p), reader));
    }

    private static Key<?> key(String name) {
        for (Key<?> key : Keys.ALL) {
            if (key.name().equals(name)) {
                return key;
            }
        }
        throw new IllegalStateException("no key " + name);
    }

    private static boolean allowed(String name) {
        for (String s : SETTINGS) {
            if (s.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** "name:value;…" split into its {name, value} entries in order (unknown names and parts without ':' are problems). */
    private static List<String[]> entries(String text, PresetReader reader) {
        List<String[]> entries = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf(';', start);
            if (end < 0) {
                end = text.length();
            }
            String part = text.substring(start, end).trim();
            int colon = part.indexOf(':');
            if (colon < 0 && !part.isEmpty()) {
                reader.problem(KEY, part, "is not name:value", "ignored it");
            } else if (colon >= 0 && !allowed(part.substring(0, colon).trim())) {
                reader.problem(KEY, part, "is not a setting side B can change (" + LISTED + ")", "ignored it");
            } else if (colon >= 0) {
                entries.add(new String[] {part.substring(0, colon).trim(), part.substring(colon + 1)});
            }
            start = end + 1;
        }
        return entries;
    }

    /** The value of {@code compareB}: side B's settings, canonical, each read by its own key's type. */
    private static final ValueType<String> OVERRIDES = new ValueType<>() {
        @Override
        String format(String value) {
            return value;
        }

        @Override
        String read(String key, String text, String current, PresetReader reader) {
            return apply(text, new Preset(), reader);
        }

        @Override
        boolean readsBlank() {
            return true;
        }

        @Override
        boolean allows(String value) {
            if (value == null) {
                return false;
            }
            List<String> problems = new ArrayList<>();
            return SideB.read(value, problems).equals(value) && problems.isEmpty();
        }

        @Override
        String describe() {
            return "name:value entries separated by ';' of " + LISTED;
        }
    };
}
