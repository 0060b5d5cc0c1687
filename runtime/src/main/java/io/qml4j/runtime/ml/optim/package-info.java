/**
 * Seeded optimisers behind one small interface, {@link io.qml4j.runtime.ml.optim.Optimizer}:
 * gradient descent, Adam and SPSA written here, and Nelder-Mead, BOBYQA and CMA-ES from Hipparchus;
 * each reports every step to a {@link io.qml4j.runtime.ml.optim.StepCallback} and honours
 * {@link io.qml4j.runtime.ml.optim.EarlyStopping}.
 */
package io.qml4j.runtime.ml.optim;
