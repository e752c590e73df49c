package backprop.ui.remote;

import backprop.engine.state.Preset;
import backprop.engine.state.PresetCodec;

/**
 * The texts that take a playground elsewhere: the {@code <iframe>} that embeds the current state
 * ({@code /embed#…}, 640×480) in another page, and the state for "open in the full playground",
 * which leaves out the {@code <name>_hide} flags: they choose what the embed shows, and the full
 * playground shows everything.
 */
final class EmbedSnippet {
    static final int WIDTH = 640;
    static final int HEIGHT = 480;

    private EmbedSnippet() {
    }

    /** The {@code <iframe>} element showing {@code state} from the server at {@code origin}. */
    static String iframe(String origin, String state) {
        return "<iframe src=\"" + attribute(origin + "/embed#" + state) + "\" width=\"" + WIDTH + "\" height=\"" + HEIGHT
                + "\" title=\"Backprop Playground\" style=\"border:0\"></iframe>";
    }

    /** {@code preset}'s state without its hidden controls. */
    static String fullPlaygroundState(Preset preset) {
        if (preset.hiddenControls().isEmpty()) {
            return PresetCodec.encode(preset);
        }
        Preset shown = preset.copy();
        for (String name : shown.hiddenControls()) {
            shown.setHidden(name, false);
        }
        return PresetCodec.encode(shown);
    }

    /** {@code text} as the value of a double-quoted HTML attribute. */
    static String attribute(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
