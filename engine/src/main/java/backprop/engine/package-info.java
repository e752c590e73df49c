/**
 * The backprop maths in plain, TeaVM-safe Java (only the JDK's {@code java.*} classes), split by
 * concept into layers; a package uses only the packages below it:
 * <ol>
 * <li>{@link backprop.engine.text}: numbers and strings as URL text; uses nothing else.</li>
 * <li>{@link backprop.engine.nn}: the maths of one network; uses text only.</li>
 * <li>{@link backprop.engine.data}: datasets, features, targets and examples; uses nn and text.</li>
 * <li>{@link backprop.engine.state}: the share state (the preset, its codec and limits); uses data,
 * nn and text.</li>
 * <li>{@link backprop.engine.train}: training, its read-outs and snapshots, and the run built from
 * a preset; uses state, data, nn and text.</li>
 * <li>{@link backprop.engine.digits}: the handwritten digits; on top, uses all of them.</li>
 * <li>{@link backprop.engine.export}: a network written out as code (NumPy, PyTorch, Keras, Java,
 * JavaScript); beside state, uses data, nn and text.</li>
 * </ol>
 * This package itself holds no classes. {@code ArchitectureTest} checks the layering.
 */
package backprop.engine;
