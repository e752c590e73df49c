package backprop.ui;

import org.teavm.jso.browser.History;
import org.teavm.jso.browser.Location;
import org.teavm.jso.browser.Window;

/**
 * Keeps the address's hash equal to the playground state. Writes use
 * {@code history.replaceState} (no history entry per slider tick); a hash the
 * user pastes or edits arrives through {@code hashchange}.
 */
final class HashSync {
    private String lastWritten = "";

    /** The current hash without its leading '#'. */
    String read() {
        String hash = Location.current().getHash();
        return hash.startsWith("#") ? hash.substring(1) : hash;
    }

    void write(String state) {
        if (state.equals(lastWritten) && state.equals(read())) {
            return;
        }
        lastWritten = state;
        History.current().replaceState(null, "", "#" + state);
    }

    /** Calls {@code listener} when the hash changes to something this page did not write itself. */
    void onExternalChange(Listener listener) {
        Window.current().addEventListener("hashchange", event -> {
            String hash = read();
            if (!hash.equals(lastWritten)) {
                listener.changed(hash);
            }
        });
    }

    interface Listener {
        void changed(String hash);
    }
}
