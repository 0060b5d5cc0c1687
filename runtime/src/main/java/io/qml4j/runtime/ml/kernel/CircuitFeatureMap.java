package io.qml4j.runtime.ml.kernel;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.ml.data.Checks;
import java.util.Locale;

/**
 * A feature map given as a circuit per data point, {@code U(x)} with {@code |phi(x)> = U(x)|0>}.
 * Being a circuit, it also runs as compute-uncompute ({@link ComputeUncomputeKernel}) the way
 * hardware estimates a kernel. A lambda that builds a {@link Circuit} with {@link CircuitBuilder}
 * is one.
 */
@FunctionalInterface
public interface CircuitFeatureMap extends StatePreparation {
  /** The circuit {@code U(x)}; must have the same number of qubits for every x. */
  Circuit circuit(double[] x);

  /** Simulates {@link #circuit} from |0...0>. */
  @Override
  default StateVector prepare(double[] x) {
    return Simulator.run(circuit(x));
  }

  /**
   * The ZZ feature map of Havlicek et al. 2019 on {@code features} qubits with {@code reps}
   * repetitions, built by {@link CircuitBuilder#zzFeatureMap} (the shared template).
   */
  static CircuitFeatureMap zz(int features, int reps) {
    if (features < 1) {
      throw new IllegalArgumentException("features: expected at least 1, got " + features);
    }
    if (reps < 1) {
      throw new IllegalArgumentException("reps: expected at least 1, got " + reps);
    }
    return x -> {
      if (x.length != features) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "x: the ZZ feature map takes %d features, got %d", features, x.length));
      }
      Checks.requireFinite("x", x);
      CircuitBuilder q = new CircuitBuilder(features);
      q.zzFeatureMap(x, reps);
      return q.build();
    };
  }
}
