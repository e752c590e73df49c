package backprop.engine.state;

import backprop.engine.text.PercentEncoding;

/** The two free texts of the share state: the seed, and the id of an uploaded dataset. */
final class TextValue {
    private TextValue() {
    }

    /** Any text, trimmed, without control characters or unpaired surrogates, at most 64 characters. */
    static final ValueType<String> SEED = new ValueType<>() {
        @Override
        String format(String value) {
            return PercentEncoding.encode(value);
        }

        @Override
        String read(String key, String text, String current, PresetReader reader) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean pair = PercentEncoding.isHigh(c) && i + 1 < text.length()
                        && PercentEncoding.isLow(text.charAt(i + 1));
                if (pair) {
                    s.append(c).append(text.charAt(++i));
                } else if (c >= 0x20 && c != 0x7F && !PercentEncoding.isHigh(c) && !PercentEncoding.isLow(c)) {
                    s.append(c);
                }
            }
            String seed = s.toString().trim();
            boolean cleaned = seed.length() != text.trim().length();
            if (seed.length() > Limits.MAX_SEED_LENGTH) {
                int cut = Limits.MAX_SEED_LENGTH;
                if (PercentEncoding.isHigh(seed.charAt(cut - 1))) {
                    cut--;
                }
                seed = seed.substring(0, cut).trim();
                reader.problem(key, text, "is longer than " + Limits.MAX_SEED_LENGTH + " characters", "used its start");
            } else if (cleaned) {
                reader.problem(key, text, "contains control characters", "dropped them");
            }
            return seed;
        }

        @Override
        boolean allows(String value) {
            return value != null && value.length() <= Limits.MAX_SEED_LENGTH && Limits.isSeedText(value);
        }

        @Override
        String describe() {
            return "at most " + Limits.MAX_SEED_LENGTH + " printable characters";
        }
    };

    /** Empty, or 1..64 of A-Z a-z 0-9 _ -. */
    static final ValueType<String> DATASET_ID = new ValueType<>() {
        @Override
        String format(String value) {
            return PercentEncoding.encode(value);
        }

        @Override
        String read(String key, String text, String current, PresetReader reader) {
            if (Limits.isDatasetId(text)) {
                return text;
            }
            reader.problem(key, text, "is not a dataset id (up to " + Limits.MAX_DATASET_ID_LENGTH
                    + " of A-Z a-z 0-9 _ -)", "used none");
            return current;
        }

        @Override
        boolean allows(String value) {
            return value != null && Limits.isDatasetId(value);
        }

        @Override
        String describe() {
            return "empty or up to " + Limits.MAX_DATASET_ID_LENGTH + " of A-Z a-z 0-9 _ -";
        }
    };
}
