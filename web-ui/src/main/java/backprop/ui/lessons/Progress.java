package backprop.ui.lessons;

import org.teavm.jso.JSBody;

/**
 * The chapters the learner has done, kept in this browser's {@code localStorage} (as "1,3,4") so
 * that they stay across reloads; without storage they last as long as the page.
 */
final class Progress {
    static final String KEY = "backprop.lessons.done";
    private final boolean[] done = new boolean[Chapters.COUNT + 1];

    Progress() {
        String saved = load(KEY);
        int start = 0;
        while (saved != null && start < saved.length()) {
            int end = saved.indexOf(',', start);
            if (end < 0) {
                end = saved.length();
            }
            String item = saved.substring(start, end).trim();
            if (item.length() == 1 && item.charAt(0) >= '1' && item.charAt(0) <= '0' + Chapters.COUNT) {
                done[item.charAt(0) - '0'] = true;
            }
            start = end + 1;
        }
    }

    boolean done(int chapter) {
        return done[chapter];
    }

    int count() {
        int n = 0;
        for (int c = 1; c <= Chapters.COUNT; c++) {
            n += done[c] ? 1 : 0;
        }
        return n;
    }

    /** Marks {@code chapter} done; returns whether that is news. */
    boolean mark(int chapter) {
        if (done[chapter]) {
            return false;
        }
        done[chapter] = true;
        save(KEY, list());
        return true;
    }

    /** "1,3,4": the chapters done. */
    String list() {
        StringBuilder s = new StringBuilder();
        for (int c = 1; c <= Chapters.COUNT; c++) {
            if (done[c]) {
                s.append(s.length() == 0 ? "" : ",").append(c);
            }
        }
        return s.toString();
    }

    @JSBody(params = "storageKey",
            script = "try { return localStorage.getItem(storageKey); } catch (e) { return null; }")
    private static native String load(String storageKey);

    @JSBody(params = {"storageKey", "storageValue"},
            script = "try { localStorage.setItem(storageKey, storageValue); } catch (e) {}")
    private static native void save(String storageKey, String storageValue);
}
