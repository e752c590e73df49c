/**
 * The backprop maths in plain, TeaVM-safe Java: {@link backprop.engine.Network}
 * (the four phases forward, loss, backward, update on flat arrays),
 * {@link backprop.engine.Activation}, {@link backprop.engine.Loss},
 * {@link backprop.engine.Regularization} and {@link backprop.engine.Optimizer}
 * (each function beside its derivative), {@link backprop.engine.Trainer}
 * (mini-batches, epochs, metrics, divergence), {@link backprop.engine.Trace}
 * (one example's every number), {@link backprop.engine.GridEvaluator}
 * (heatmaps) and {@link backprop.engine.WeightsSnapshot} (weights as text).
 */
package backprop.engine;
