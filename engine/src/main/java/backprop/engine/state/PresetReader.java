package backprop.engine.state;

import backprop.engine.text.PercentEncoding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One decoding pass of {@link PresetCodec#decode}: splits the hash into keys and values (by
 * hand — no regex under TeaVM), then lets each key of {@link Keys} read its value into the preset,
 * and reads the hidden controls. A value that cannot be used leaves a problem naming the key.
 */
final class PresetReader {
    /** How much of a bad value a problem message quotes. */
    private static final int QUOTE_LENGTH = 40;

    private final Preset p;
    private final List<String> problems;
    private final Map<String, String> values = new LinkedHashMap<>();
    /** What a value that cannot be used at all is said to do; null: "kept" and what the setting had. */
    private final String keptAction;
    /** How many values could not be used at all ({@link #kept}). */
    private int keptCount;

    PresetReader(Preset preset, List<String> problems) {
        this(preset, problems, null);
    }

    private PresetReader(Preset preset, List<String> problems, String keptAction) {
        this.p = preset;
        this.problems = problems;
        this.keptAction = keptAction;
    }

    /**
     * A reader into {@code preset} that adds to this one's problems, and says {@code keptAction}
     * of a value it cannot use (compare mode's side B ignores such a value: the side keeps what
     * it had, which is not the value the type would name).
     */
    PresetReader into(Preset preset, String keptAction) {
        return new PresetReader(preset, problems, keptAction);
    }

    void read(String hash) {
        if (hash.length() > Limits.MAX_HASH_LENGTH) {
            problems.add("the link is longer than " + Limits.MAX_HASH_LENGTH + " characters; read only its start");
            hash = hash.substring(0, Limits.MAX_HASH_LENGTH);
        }
        split(hash.startsWith("#") ? hash.substring(1) : hash);
        for (Key<?> key : Keys.READ_ORDER) {
            key.read(this, p);
        }
        readHiddenControls();
    }

    /** Splits "k=v&k=v" into the map (decoded; the last repeat wins; parts without '=' ignored). */
    private void split(String hash) {
        int start = 0;
        int eq = -1;
        while (start <= hash.length()) {
            int end = hash.indexOf('&', start);
            if (end < 0) {
                end = hash.length();
            }
            if (eq < start) {
                // the next '=' at or after start (remembered, so that "&&&…" stays linear)
                eq = hash.indexOf('=', start);
                if (eq < 0) {
                    eq = Integer.MAX_VALUE;
                }
            }
            if (eq < end) {
                String key = PercentEncoding.decode(hash.substring(start, eq));
                values.remove(key);
                values.put(key, PercentEncoding.decode(hash.substring(eq + 1, end)));
            }
            start = end + 1;
        }
    }

    /**
     * The value of {@code key}, or null when absent; a blank value counts as absent (TensorFlow
     * Playground's "hasKey") unless {@code blankIsValue}.
     */
    String value(String key, boolean blankIsValue) {
        String v = values.get(key);
        return v == null || (!blankIsValue && v.trim().isEmpty()) ? null : v;
    }

    /** {@code <name>_hide=true} hides the control; any other value shows it. */
    private void readHiddenControls() {
        for (Map.Entry<String, String> e : values.entrySet()) {
            String key = e.getKey();
            if (!key.endsWith(PresetCodec.HIDE_SUFFIX)) {
                continue;
            }
            String name = key.substring(0, key.length() - PresetCodec.HIDE_SUFFIX.length());
            String v = e.getValue();
            if (!Limits.isControlName(name)) {
                problem(key, v, "does not name a control", "ignored it");
            } else if (v.equals("true")) {
                if (p.hiddenControls().size() < Limits.MAX_HIDDEN_CONTROLS) {
                    p.setHidden(name, true);
                } else {
                    problem(key, v, "is more than " + Limits.MAX_HIDDEN_CONTROLS + " hidden controls", "ignored it");
                }
            } else if (!v.equals("false") && !v.trim().isEmpty()) {
                problem(key, v, "is not true or false", "read as false (only 'true' hides)");
            }
        }
    }

    /**
     * Notes that a value could not be used at all, so the setting keeps {@code current} (as text):
     * "key: 'value' why; kept current", counted by {@link #keptCount}.
     */
    void kept(String key, String value, String why, String current) {
        keptCount++;
        problem(key, value, why, keptAction != null ? keptAction : "kept " + current);
    }

    /** How many values {@link #kept} has noted. */
    int keptCount() {
        return keptCount;
    }

    /** Notes "key: 'value' why; what was done". */
    void problem(String key, String value, String why, String action) {
        String shown = value.length() > QUOTE_LENGTH ? value.substring(0, QUOTE_LENGTH) + "\u2026" : value;
        problems.add(quote(key) + ": '" + shown + "' " + why + "; " + action);
    }

    /** Notes a problem written out whole. */
    void note(String problem) {
        problems.add(problem);
    }

    private static String quote(String key) {
        return key.length() > QUOTE_LENGTH ? key.substring(0, QUOTE_LENGTH) + "\u2026" : key;
    }
}
