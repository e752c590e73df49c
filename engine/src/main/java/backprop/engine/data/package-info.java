/**
 * What a network learns from: the generated datasets and their points, the train/test split,
 * the input features that turn a point into network inputs, the kind of problem
 * (classification or regression), target encodings, the digits tasks (outputs, loss and
 * targets of a digits network) and examples as flat input and target arrays. Uses
 * {@link backprop.engine.formula} (datasets and features of a typed formula), {@link backprop.engine.nn} and
 * {@link backprop.engine.text}. The digits tasks are here
 * rather than in {@link backprop.engine.digits} because the share state names them.
 */
package backprop.engine.data;
