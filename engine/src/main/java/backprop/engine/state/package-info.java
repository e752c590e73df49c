/**
 * The share state: the preset, the one object that describes a playground configuration, with
 * its URL codec and reader, what a decode found, every limit on a configuration, the choices
 * only the URL carries (the loss as picked, the step-through phase) and the settings of a
 * digits run. Uses {@link backprop.engine.data}, {@link backprop.engine.nn} and
 * {@link backprop.engine.text}. The digits settings are here rather than in
 * {@link backprop.engine.digits} because they and the limits refer to each other.
 */
package backprop.engine.state;
