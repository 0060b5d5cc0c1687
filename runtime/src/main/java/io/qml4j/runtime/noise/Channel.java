package io.qml4j.runtime.noise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A completely positive, trace-preserving map on one or two qubits, given by Kraus operators
 * {@code rho -> sum_k K_k rho K_k^dagger}. Immutable. Construct it through {@link Channels}, which
 * checks the arguments of each named channel, or {@link #kraus(String, double[]...)} for a general
 * set, which is checked to be trace preserving ({@code sum_k K_k^dagger K_k = I}).
 *
 * <p>A channel whose Kraus operators are scaled unitaries ({@code K_k = sqrt(p_k) U_k}: bit flip,
 * phase flip, depolarizing) is a <em>unitary mixture</em>: the branch probabilities do not depend
 * on the state, which lets {@link TrajectorySimulator} draw them before running the circuit.
 *
 * <p>Matrices are interleaved row-major complex arrays as in {@link io.qml4j.dsl.Gate#matrix}, the
 * first wire the most significant bit of the matrix index.
 */
public final class Channel {
  /** Largest entry of {@code |sum K^dagger K - I|} accepted as trace preserving. */
  public static final double TRACE_TOLERANCE = 1e-10;

  private final String name;
  private final int arity;
  private final double[][] kraus;
  /** For a unitary mixture: the probability and the unitary of each branch; else null. */
  private final double[] mixtureProbabilities;
  private final double[][] mixtureUnitaries;
  /**
   * For a depolarizing channel, {@code lambda} of {@code rho -> lambda rho + (1 - lambda)
   * Tr_W(rho) (x) I/d}, which {@link DensityMatrixSimulator} applies in one cheap pass; else NaN.
   */
  private final double depolarizingLambda;

  private Channel(String name, int arity, double[][] kraus, double[] probabilities,
      double[][] unitaries) {
    this(name, arity, kraus, probabilities, unitaries, Double.NaN);
  }

  private Channel(String name, int arity, double[][] kraus, double[] probabilities,
      double[][] unitaries, double depolarizingLambda) {
    this.name = name;
    this.arity = arity;
    this.kraus = kraus;
    this.mixtureProbabilities = probabilities;
    this.mixtureUnitaries = unitaries;
    this.depolarizingLambda = depolarizingLambda;
  }

  /** This channel marked as depolarizing with the given lambda (the caller knows it is). */
  Channel depolarizing(double lambda) {
    return new Channel(name, arity, kraus, mixtureProbabilities, mixtureUnitaries, lambda);
  }

  /** Lambda of a depolarizing channel, or NaN for any other. */
  double depolarizingLambda() {
    return depolarizingLambda;
  }

  /**
   * A channel from Kraus operators on one or two qubits.
   *
   * @param name a name for messages and printing
   * @param operators the Kraus operators, each {@code 2 d d} numbers for {@code d = 2} or 4
   * @throws IllegalArgumentException if there are no operators, a size is wrong or differs, an
   *     entry is not finite, or {@code sum_k K_k^dagger K_k} differs from the identity by more than
   *     {@link #TRACE_TOLERANCE}
   */
  public static Channel kraus(String name, double[]... operators) {
    if (operators == null || operators.length == 0) {
      throw new IllegalArgumentException("operators: expected at least one Kraus operator");
    }
    int length = operators[0].length;
    int d = length == 8 ? 2 : length == 32 ? 4 : -1;
    if (d < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "operators: Kraus operator 0 has %d numbers, expected 8 (one qubit) or 32 (two qubits)",
          length));
    }
    double[][] copies = new double[operators.length][];
    for (int k = 0; k < operators.length; k++) {
      if (operators[k].length != length) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "operators: Kraus operator %d has %d numbers, operator 0 has %d", k,
            operators[k].length, length));
      }
      for (int i = 0; i < length; i++) {
        if (!Double.isFinite(operators[k][i])) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "operators: Kraus operator %d entry %d is %s, expected a finite number", k, i,
              operators[k][i]));
        }
      }
      copies[k] = operators[k].clone();
    }
    double deviation = traceDeviation(copies, d);
    if (deviation > TRACE_TOLERANCE) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "operators: not trace preserving, max |sum K^dagger K - I| entry is %.3g, expected at "
              + "most %.0e", deviation, TRACE_TOLERANCE));
    }
    return new Channel(name, d == 2 ? 1 : 2, copies, null, null);
  }

  /**
   * A unitary mixture {@code rho -> sum_k p_k U_k rho U_k^dagger}; arguments are trusted (the
   * factories in {@link Channels} check them), and branches of probability zero are dropped.
   */
  static Channel mixture(String name, double[] probabilities, double[]... unitaries) {
    List<double[]> kraus = new ArrayList<>();
    List<double[]> kept = new ArrayList<>();
    List<Double> keptProbabilities = new ArrayList<>();
    for (int k = 0; k < unitaries.length; k++) {
      if (probabilities[k] == 0) {
        continue;
      }
      double root = Math.sqrt(probabilities[k]);
      double[] scaled = unitaries[k].clone();
      for (int i = 0; i < scaled.length; i++) {
        scaled[i] *= root;
      }
      kraus.add(scaled);
      kept.add(unitaries[k].clone());
      keptProbabilities.add(probabilities[k]);
    }
    double[] p = keptProbabilities.stream().mapToDouble(Double::doubleValue).toArray();
    int arity = unitaries[0].length == 8 ? 1 : 2;
    return new Channel(name, arity, kraus.toArray(new double[0][]), p,
        kept.toArray(new double[0][]));
  }

  /** A channel from Kraus operators already known to be trace preserving. */
  static Channel trusted(String name, double[]... operators) {
    return new Channel(name, operators[0].length == 8 ? 1 : 2, operators, null, null);
  }

  /** The name given at construction, such as {@code "depolarizing(0.01)"}. */
  public String name() {
    return name;
  }

  /** Number of qubits the channel acts on: 1 or 2. */
  public int arity() {
    return arity;
  }

  /** Number of Kraus operators. */
  public int krausCount() {
    return kraus.length;
  }

  /** Kraus operator k, a copy. */
  public double[] krausOperator(int k) {
    return kraus[k].clone();
  }

  double[] krausUnsafe(int k) {
    return kraus[k];
  }

  /** Whether every Kraus operator is a scaled unitary with a state-independent probability. */
  public boolean isUnitaryMixture() {
    return mixtureProbabilities != null;
  }

  double[] mixtureProbabilities() {
    return mixtureProbabilities;
  }

  double[] mixtureUnitary(int k) {
    return mixtureUnitaries[k];
  }

  /**
   * The superoperator {@code S = sum_k K_k (x) conj(K_k)} acting on {@code vec(rho)}, rows of rho
   * the more significant half: a {@code d^2 x d^2} interleaved matrix.
   */
  double[] superoperator() {
    int d = 1 << arity;
    int dd = d * d;
    double[] s = new double[2 * dd * dd];
    for (double[] k : kraus) {
      for (int a = 0; a < d; a++) {
        for (int b = 0; b < d; b++) {
          for (int c = 0; c < d; c++) {
            for (int e = 0; e < d; e++) {
              // S[(a,b),(c,e)] += K[a][c] * conj(K[b][e])
              double kr = k[2 * (a * d + c)], ki = k[2 * (a * d + c) + 1];
              double lr = k[2 * (b * d + e)], li = -k[2 * (b * d + e) + 1];
              int at = 2 * ((a * d + b) * dd + (c * d + e));
              s[at] += kr * lr - ki * li;
              s[at + 1] += kr * li + ki * lr;
            }
          }
        }
      }
    }
    return s;
  }

  /** Largest entry of {@code |sum_k K_k^dagger K_k - I|}. */
  static double traceDeviation(double[][] operators, int d) {
    double worst = 0;
    for (int r = 0; r < d; r++) {
      for (int c = 0; c < d; c++) {
        double re = 0, im = 0;
        for (double[] k : operators) {
          for (int m = 0; m < d; m++) {
            // (K^dagger K)[r][c] = sum_m conj(K[m][r]) K[m][c]
            double ar = k[2 * (m * d + r)], ai = -k[2 * (m * d + r) + 1];
            double br = k[2 * (m * d + c)], bi = k[2 * (m * d + c) + 1];
            re += ar * br - ai * bi;
            im += ar * bi + ai * br;
          }
        }
        worst = Math.max(worst, Math.hypot(re - (r == c ? 1 : 0), im));
      }
    }
    return worst;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Channel && ((Channel) o).name.equals(name)
        && Arrays.deepEquals(((Channel) o).kraus, kraus);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.deepHashCode(kraus);
  }

  @Override
  public String toString() {
    return name;
  }
}
