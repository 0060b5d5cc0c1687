package io.qml4j.runtime.ml.kernel;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.ml.data.Checks;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The fidelity kernel as hardware measures it: run {@code U(y)^dagger U(x)} from |0...0> and
 * estimate {@code k(x, y) = |<0|U(y)^dagger U(x)|0>|^2} as the fraction of shots that return all
 * zeros (Havlicek et al. 2019, Methods "Support vector machine: quantum kernel estimation"). The
 * number of zero outcomes is Binomial(shots, k), drawn exactly with a seeded generator; each
 * matrix entry gets its own generator derived from the seed and its position, so a matrix is the
 * same on any number of threads. {@link #exact} simulates the same circuit without shot noise.
 */
public final class ComputeUncomputeKernel {
  private final CircuitFeatureMap featureMap;

  /** The compute-uncompute kernel of a circuit feature map. */
  public ComputeUncomputeKernel(CircuitFeatureMap featureMap) {
    this.featureMap = Objects.requireNonNull(featureMap, "featureMap");
  }

  /** The circuit {@code U(y)^dagger U(x)}. */
  public Circuit circuit(double[] x, double[] y) {
    return join(featureMap.circuit(x), CircuitInverse.of(featureMap.circuit(y)));
  }

  /** {@code |<0|U(y)^dagger U(x)|0>|^2} by simulating the circuit: one circuit run. */
  public double exact(double[] x, double[] y) {
    return Simulator.run(circuit(x, y)).probability(0);
  }

  /** The fraction of {@code shots} measurements of {@code U(y)^dagger U(x)|0>} that read 0...0. */
  public double estimate(double[] x, double[] y, int shots, long seed) {
    checkShots(shots);
    return sample(exact(x, y), shots, new SplittableRandom(seed));
  }

  /**
   * The full matrix by {@code rows.length * columns.length} exact circuit runs: the baseline the
   * overlap-based {@link FidelityKernel} is measured against. Rows in parallel.
   */
  public double[][] exactMatrix(double[][] rows, double[][] columns) {
    Circuit[] compute = circuits(rows, "rows", -1);
    Circuit[] uncompute = inverses(circuits(columns, "columns", width(rows)));
    double[][] k = new double[rows.length][columns.length];
    IntStream.range(0, rows.length).parallel().forEach(i -> {
      for (int j = 0; j < columns.length; j++) {
        StateVector s = Simulator.run(compute[i]);
        Simulator.apply(s, uncompute[j]);
        k[i][j] = s.probability(0);
      }
    });
    return k;
  }

  /**
   * A shot estimate of the symmetric training matrix: each entry of the upper triangle (diagonal
   * included, as hardware would measure it) is estimated from {@code shots} shots and mirrored.
   */
  public double[][] estimateMatrix(double[][] x, int shots, long seed) {
    checkShots(shots);
    Circuit[] compute = circuits(x, "x", -1);
    Circuit[] uncompute = inverses(compute);
    int n = x.length;
    double[][] k = new double[n][n];
    IntStream.range(0, n).parallel().forEach(i -> {
      for (int j = i; j < n; j++) {
        double v = sample(run(compute[i], uncompute[j]), shots, entryRandom(seed, i, j));
        k[i][j] = v;
        k[j][i] = v;
      }
    });
    return k;
  }

  /** A shot estimate of the rectangular matrix of rows (test points) against columns. */
  public double[][] estimateMatrix(double[][] rows, double[][] columns, int shots, long seed) {
    checkShots(shots);
    Circuit[] compute = circuits(rows, "rows", -1);
    Circuit[] uncompute = inverses(circuits(columns, "columns", width(rows)));
    double[][] k = new double[rows.length][columns.length];
    IntStream.range(0, rows.length).parallel().forEach(i -> {
      for (int j = 0; j < columns.length; j++) {
        k[i][j] = sample(run(compute[i], uncompute[j]), shots, entryRandom(seed, i, j));
      }
    });
    return k;
  }

  private static double run(Circuit compute, Circuit uncompute) {
    StateVector s = Simulator.run(compute);
    Simulator.apply(s, uncompute);
    return s.probability(0);
  }

  private static double sample(double probability, int shots, SplittableRandom random) {
    double p = Math.min(1, Math.max(0, probability)); // rounding can leave 1 + 1e-16
    return Binomial.sample(random, shots, p) / (double) shots;
  }

  /** A generator for entry (i, j) that depends on nothing else, so threads cannot reorder draws. */
  private static SplittableRandom entryRandom(long seed, int i, int j) {
    return new SplittableRandom(seed + 0x9E3779B97F4A7C15L * ((((long) i) << 32) | j));
  }

  private Circuit[] circuits(double[][] x, String name, int width) {
    Checks.requireRectangular(name, x, width);
    Circuit[] circuits = IntStream.range(0, x.length).parallel()
        .mapToObj(i -> featureMap.circuit(x[i].clone())).toArray(Circuit[]::new);
    return circuits;
  }

  private static Circuit[] inverses(Circuit[] circuits) {
    Circuit[] out = new Circuit[circuits.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = CircuitInverse.of(circuits[i]);
    }
    return out;
  }

  private static int width(double[][] rows) {
    return rows.length == 0 ? -1 : rows[0].length;
  }

  private static Circuit join(Circuit first, Circuit second) {
    if (first.qubits() != second.qubits()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "featureMap: circuits of %d and %d qubits", first.qubits(), second.qubits()));
    }
    return new CircuitBuilder(first.qubits()).append(first).append(second).build();
  }

  private static void checkShots(int shots) {
    if (shots < 1) {
      throw new IllegalArgumentException("shots: expected at least 1, got " + shots);
    }
  }
}
