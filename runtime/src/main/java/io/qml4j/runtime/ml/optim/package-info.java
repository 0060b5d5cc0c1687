/**
 * Seeded optimisers behind one small interface, {@link io.qml4j.runtime.ml.optim.Optimizer}:
 * gradient descent, Adam and SPSA written here, and Nelder-Mead, BOBYQA and CMA-ES from Hipparchus;
 * each reports every step to a {@link io.qml4j.runtime.ml.optim.StepCallback} and honours
 * {@link io.qml4j.runtime.ml.optim.EarlyStopping}. For circuits there are also quantum natural
 * gradient on the block-diagonal or full Fubini-Study metric
 * ({@link io.qml4j.runtime.ml.optim.MetricTensor}), its constant-cost stochastic form QN-SPSA, and
 * Rotosolve, which minimises one rotation angle at a time in closed form.
 */
package io.qml4j.runtime.ml.optim;
