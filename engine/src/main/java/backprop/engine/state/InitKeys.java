package backprop.engine.state;

import backprop.engine.nn.Init;

/**
 * The initialisation travels under two keys: ours, {@code init=he}, and TensorFlow Playground's
 * {@code initZero=true}, which means {@link Init#ZERO} and wins over ours. Zero is written only as
 * {@code initZero}, the default under neither.
 */
final class InitKeys {
    private InitKeys() {
    }

    /** Our {@code init}: reads TensorFlow Playground's {@code initZero} right after itself. */
    static Key<Init> init() {
        Key<Init> init = new Key<>("init", false, Choice.of(Init.values()), Init.DEFAULT, Reset.NETWORK) {
            @Override
            void read(PresetReader reader, Preset p) {
                super.read(reader, p);
                String zero = reader.value("initZero", false);
                if (zero != null && ValueType.BOOLEAN.read("initZero", zero, false, reader)) {
                    if (p.init != Init.DEFAULT && p.init != Init.ZERO) {
                        reader.note("init: initZero=true overrides init=" + p.init.id() + "; used zero");
                    }
                    p.init = Init.ZERO;
                }
            }
        };
        return init.writtenElsewhere(Init.ZERO);
    }

    /** TensorFlow Playground's {@code initZero}: a view of {@code init}, which reads, compares and copies it. */
    static Key<Boolean> initZero() {
        return new Key<>("initZero", true, ValueType.BOOLEAN, false, Reset.NETWORK) {
            @Override
            boolean derived() {
                return true;
            }

            @Override
            void read(PresetReader reader, Preset p) {
            }
        };
    }
}
