/**
 * The emit phase: writes the generated model class with JavaPoet, calls to the runtime's kernels
 * with literal strides (one per gate, per fused single-qubit run or per diagonal layer, tile by
 * tile on states larger than a cache tile), split into chunk methods small enough for HotSpot to
 * JIT-compile; for models
 * with observables also the derivative members (adjoint backward sweep, shifted simulation for
 * parameter shift, chain rule) from the gradient phase's plan, calling the runtime's derivative
 * kernels.
 */
package io.qml4j.processor.emit;
