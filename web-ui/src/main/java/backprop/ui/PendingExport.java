package backprop.ui;

import org.teavm.jso.JSBody;

/**
 * The code export the default build was asked for, kept in this tab's {@code sessionStorage} while
 * {@link BuildSwitch} reloads the page into the full build, which has the code generators and
 * does the export once it has taken the run over.
 */
final class PendingExport {
    static final String KEY = "backprop.exportCode";

    private PendingExport() {
    }

    @JSBody(params = "language", script = "try { sessionStorage.setItem('" + KEY + "', language); } catch (e) {}")
    static native void store(String language);

    /** The language asked for, removed from storage, or null. */
    @JSBody(script = "try { var pending = sessionStorage.getItem('" + KEY + "');"
            + " sessionStorage.removeItem('" + KEY + "'); return pending; } catch (e) { return null; }")
    static native String take();
}
