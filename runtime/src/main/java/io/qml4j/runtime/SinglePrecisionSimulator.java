package io.qml4j.runtime;

import io.qml4j.runtime.kernel.FloatPlan;
import io.qml4j.runtime.kernel.Plan;

/**
 * {@link Simulator} in single precision, for users who trade accuracy (about 1e-7 per gate, a
 * few 1e-7 on expectation values of typical circuits) for half the memory and memory traffic:
 * the state is a {@link FloatStateVector}. Every circuit the double simulator runs runs here, on
 * the same compiled {@link Plan} (fusion, cache blocking, stages) bound to float kernels
 * ({@link FloatPlan}). Double precision stays the default everywhere else in qml4j; nothing
 * switches to float unless this class is called. With {@code --add-modules jdk.incubator.vector}
 * the float kernels use SIMD registers of 16 floats (AVX-512) or 8 (AVX2), see
 * {@link FloatPlan#simdLanes()}. Read results with {@code Expectation}, {@code Probabilities} and
 * {@code Sampler} of {@code io.qml4j.runtime.observable}, which accumulate in double. Stateless and
 * thread-safe.
 */
public final class SinglePrecisionSimulator {
  private SinglePrecisionSimulator() {}

  /** Runs a circuit from |0...0> and returns the final single-precision state. */
  public static FloatStateVector run(Circuit circuit) {
    FloatStateVector state = FloatStateVector.zero(circuit.qubits());
    compile(circuit).run(state.amplitudes());
    return state;
  }

  /**
   * Applies every operation of a circuit to a single-precision state in place.
   *
   * @throws IllegalArgumentException when the circuit and the state differ in qubits
   */
  public static void apply(FloatStateVector state, Circuit circuit) {
    if (circuit.qubits() != state.qubits()) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "circuit: has %d qubits, the state %d", circuit.qubits(), state.qubits()));
    }
    compile(circuit).run(state.amplitudes());
  }

  /**
   * Compiles a circuit once, for running it on many states: {@code plan.run(state.amplitudes())}
   * equals {@link #apply(FloatStateVector, Circuit)}.
   */
  public static FloatPlan compile(Circuit circuit) {
    return FloatPlan.of(Simulator.compile(circuit));
  }
}
