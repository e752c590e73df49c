package backprop.engine.state;

import backprop.engine.text.PercentEncoding;
import java.util.ArrayList;
import java.util.List;

/**
 * The one codec of the share state: a {@link Preset} ⇄ {@code key=value&…}
 * (the page's hash without '#'). Keys are TensorFlow Playground's, in its order,
 * so its links open here with the same meaning and ours open there; our own
 * keys follow, then the {@code <name>_hide} flags.
 *
 * <p>Writing is canonical: the same configuration gives the same string.
 * TensorFlow Playground's keys are always written; ours only when they differ
 * from the default (short links; TensorFlow Playground ignores them anyway);
 * {@code seed} only when one is set; {@code _hide} only for hidden controls.
 *
 * <p>Reading never throws: see {@link #decode}.
 */
public final class PresetCodec {
    /** Suffix of the keys that hide a control: {@code dataset_hide=true} hides "dataset". */
    public static final String HIDE_SUFFIX = "_hide";

    private PresetCodec() {
    }

    /**
     * The canonical share string of {@code p}: its keys in the order {@link Keys} lists them,
     * then the hidden controls. Null fields (an unfinished preset) are left out.
     */
    public static String encode(Preset p) {
        StringBuilder out = new StringBuilder();
        for (Key<?> key : Keys.ALL) {
            append(out, key.write(p));
        }
        for (String name : p.hiddenControls()) {
            append(out, PercentEncoding.encode(name) + HIDE_SUFFIX + "=true");
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String part) {
        if (part != null) {
            out.append(out.length() == 0 ? "" : "&").append(part);
        }
    }

    /**
     * Reads a share string, with or without its leading '#', percent-escapes
     * decoded. Never throws, and the preset always satisfies {@link Limits}:
     * <ul>
     * <li>unknown keys, and keys without '=', are ignored (no problem);</li>
     * <li>as in TensorFlow Playground, an empty value leaves the default, except
     *     {@code networkShape=}, which means no hidden layer; a boolean is true
     *     unless the value is exactly {@code false}; {@code initZero=true} means
     *     {@code init=zero}; the last of repeated keys wins;</li>
     * <li>a value that cannot be read keeps the default, one out of range is
     *     clamped (or keeps the default when the bound is exclusive), a fraction
     *     where a whole number belongs is rounded — each with a problem naming the key.</li>
     * </ul>
     */
    public static DecodeResult decode(String hash) {
        List<String> problems = new ArrayList<>();
        Preset preset = new Preset();
        try {
            new PresetReader(preset, problems).read(hash == null ? "" : hash);
        } catch (RuntimeException e) {
            // Unreachable by design (the fuzz test checks it); a bug must still not break the page.
            problems.clear();
            problems.add("the link could not be read (" + e.getClass().getSimpleName() + "); used the defaults");
            preset = new Preset();
        }
        return new DecodeResult(preset, problems);
    }
}
