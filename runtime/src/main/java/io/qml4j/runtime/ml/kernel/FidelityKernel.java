package io.qml4j.runtime.ml.kernel;

import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.ml.data.Checks;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The fidelity kernel {@code k(x, y) = |<phi(x)|phi(y)>|^2} of a feature map, computed exactly from
 * state overlaps: a kernel matrix prepares each of its N points once and takes N (N + 1) / 2 inner
 * products, instead of simulating N^2 compute-uncompute circuits. The products run as complex
 * matrix-vector products of each row state with the {@link TransposedStates transposed} column
 * states, vectorised by the JIT. States and rows of the matrix are computed in parallel across
 * cores (the common fork-join pool); results do not depend on the number of threads. Thread-safe
 * when the feature map is.
 */
public final class FidelityKernel {
  private final StatePreparation featureMap;

  /** The kernel of the given feature map. */
  public FidelityKernel(StatePreparation featureMap) {
    this.featureMap = Objects.requireNonNull(featureMap, "featureMap");
  }

  /** The feature map. */
  public StatePreparation featureMap() {
    return featureMap;
  }

  /** {@code |<phi(x)|phi(y)>|^2} for two points of the same length. */
  public double value(double[] x, double[] y) {
    StateVector[] states = states(new double[][] {x, y});
    return fidelity(states[0], states[1]);
  }

  /**
   * The symmetric training matrix {@code K[i][j] = k(x_i, x_j)}, unit diagonal for a normalised
   * feature map.
   *
   * @param x rows of equal length and finite entries
   */
  public double[][] matrix(double[][] x) {
    return gram(states(x));
  }

  /**
   * The rectangular matrix {@code K[i][j] = k(rows_i, columns_j)}: test points against training
   * points for prediction.
   */
  public double[][] matrix(double[][] rows, double[][] columns) {
    Checks.requireRectangular("rows", rows, -1);
    Checks.requireRectangular("columns", columns, rows.length == 0 ? -1 : rows[0].length);
    return cross(states(rows), states(columns));
  }

  /**
   * The prepared states of all points: {@link StatePreparation#prepareAll}, in parallel or, for a
   * {@link StatePreparation#batched} feature map, in one batched call.
   */
  public StateVector[] states(double[][] x) {
    Checks.requireRectangular("x", x, -1);
    StateVector[] states = featureMap.prepareAll(x);
    for (int i = 1; i < states.length; i++) {
      if (states[i].qubits() != states[0].qubits()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "featureMap: prepared %d qubits for point %d but %d for point 0",
            states[i].qubits(), i, states[0].qubits()));
      }
    }
    return states;
  }

  /**
   * The symmetric matrix of fidelities of all pairs of states: each row against the
   * {@link TransposedStates transposed} states from its diagonal on (the upper triangle), mirrored;
   * rows in parallel. Entries equal {@link #fidelity(StateVector, StateVector)} bit for bit.
   */
  public static double[][] gram(StateVector[] states) {
    int n = states.length;
    double[][] k = new double[n][n];
    if (n == 0) {
      return k;
    }
    TransposedStates columns = TransposedStates.of(states);
    IntStream.range(0, n).parallel().forEach(i -> {
      // k[i] is this row's alone until it is filled; the mirror writes below the diagonal of
      // other rows, entries no row writes for itself
      columns.fidelities(states[i], i, k[i], new double[n]);
      for (int j = i + 1; j < n; j++) {
        k[j][i] = k[i][j];
      }
    });
    return k;
  }

  /**
   * The matrix of fidelities of every row state with every column state: each row against the
   * {@link TransposedStates transposed} columns, rows in parallel. Entries equal
   * {@link #fidelity(StateVector, StateVector)} bit for bit.
   */
  public static double[][] cross(StateVector[] rows, StateVector[] columns) {
    if (rows.length > 0 && columns.length > 0 && rows[0].qubits() != columns[0].qubits()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "columns: states of %d qubits, rows %d", columns[0].qubits(), rows[0].qubits()));
    }
    double[][] k = new double[rows.length][columns.length];
    if (rows.length == 0 || columns.length == 0) {
      return k;
    }
    TransposedStates transposed = TransposedStates.of(columns);
    IntStream.range(0, rows.length).parallel().forEach(
        i -> transposed.fidelities(rows[i], 0, k[i], new double[columns.length]));
    return k;
  }

  /** {@code |<a|b>|^2} for two states of the same size. */
  public static double fidelity(StateVector a, StateVector b) {
    if (a.qubits() != b.qubits()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "b: expected %d qubits, got %d", a.qubits(), b.qubits()));
    }
    return fidelity(a.amplitudes(), b.amplitudes());
  }

  private static double fidelity(double[] a, double[] b) {
    double re = 0;
    double im = 0;
    for (int i = 0; i < a.length; i += 2) {
      re += a[i] * b[i] + a[i + 1] * b[i + 1];
      im += a[i] * b[i + 1] - a[i + 1] * b[i];
    }
    return re * re + im * im;
  }
}
