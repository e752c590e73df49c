/**
 * The share state: the preset, the one object that describes a playground configuration, and
 * the table that declares each of its keys once ({@link backprop.engine.state.Keys}: URL name,
 * whether TensorFlow Playground has it, type with its limits, default, and the {@link
 * backprop.engine.state.Reset} a change needs). The preset's defaults, copy and equality, the URL
 * codec and its reader, every limit ({@link backprop.engine.state.Limits}) and the reset between
 * two presets all follow from that table; the value types ({@code ValueType}, {@code Choice},
 * {@code LayerList}, {@code TextValue}) say how one kind of value is written, read and checked.
 * Also here: what a decode found, the choices only the URL carries (the loss as picked, the
 * learning-rate schedule, the step-through phase), the settings of a digits run and side B's
 * settings in compare mode ({@link backprop.engine.state.SideB}). Uses {@link backprop.engine.data},
 * {@link backprop.engine.formula} (the typed functions' keys),
 * {@link backprop.engine.nn} and {@link backprop.engine.text}. The digits settings are here rather
 * than in {@link backprop.engine.digits} because they and the limits refer to each other.
 */
package backprop.engine.state;
