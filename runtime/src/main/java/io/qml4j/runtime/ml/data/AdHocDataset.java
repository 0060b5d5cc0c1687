package io.qml4j.runtime.ml.data;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The ad hoc dataset of Havlicek et al. 2019 (Nature 567, 209, Methods "Data sets"; as Qiskit's
 * {@code ad_hoc_data}): points {@code x} in {@code [0, 2 pi)^n} are mapped to the ZZ feature-map
 * state {@code |Phi(x)> = U(x) H U(x) H |0>} with {@code U(x) = exp(i sum_S phi_S(x) Z_S)},
 * {@code phi_i = x_i}, {@code phi_ij = (pi - x_i)(pi - x_j)}; a Haar-random unitary V and the
 * parity {@code f = Z...Z} give {@code m(x) = <Phi(x)| V^dagger f V |Phi(x)>}. A point is labelled
 * 0 when {@code m(x) >= gap}, 1 when {@code m(x) <= -gap}, and dropped otherwise, so the classes
 * are separated by a margin that a quantum kernel of the same feature map can exploit.
 *
 * <p>The state is computed here from its definition, without the simulator, so it doubles as an
 * independent reference for the ZZ feature map (whose circuit, with phase gates, prepares the
 * complex conjugate of this state up to a global phase: the same kernel, {@code |<.|.>|^2}).
 */
public final class AdHocDataset {
  /** The separation gap Delta of the paper. */
  public static final double PAPER_GAP = 0.3;

  /** Most qubits supported: the construction is dense in {@code 2^n} and meant for small n. */
  public static final int MAX_QUBITS = 8;

  /**
   * Draws allowed per requested example before giving up: with Delta = 0.3 a typical V keeps
   * about half the points, so this only trips for a gap few points can meet.
   */
  static final int DRAWS_PER_EXAMPLE = 10_000;

  private final int qubits;
  private final int dimension;
  private final double[][] vRe;
  private final double[][] vIm;

  private AdHocDataset(int qubits, double[][] vRe, double[][] vIm) {
    this.qubits = qubits;
    this.dimension = 1 << qubits;
    this.vRe = vRe;
    this.vIm = vIm;
  }

  /**
   * The 2-qubit dataset of the paper: V drawn from the seed, then {@code trainPerClass +
   * testPerClass} points of each class, the first {@code trainPerClass} of each class for
   * training; both sets shuffled.
   */
  public static TrainTest generate(int trainPerClass, int testPerClass, double gap, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    AdHocDataset data = withRandomUnitary(2, random.nextLong());
    return data.sample(trainPerClass, testPerClass, gap, random.nextLong());
  }

  /** The labelling function for {@code qubits} features with a Haar-random V drawn from the seed. */
  public static AdHocDataset withRandomUnitary(int qubits, long seed) {
    if (qubits < 1 || qubits > MAX_QUBITS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "qubits: expected 1..%d, got %d", MAX_QUBITS, qubits));
    }
    int d = 1 << qubits;
    double[][] re = new double[d][d];
    double[][] im = new double[d][d];
    haarUnitary(re, im, new SplittableRandom(seed));
    return new AdHocDataset(qubits, re, im);
  }

  /** Number of features, equal to the number of qubits. */
  public int qubits() {
    return qubits;
  }

  /**
   * The paper's feature-map state {@code U(x) H U(x) H |0>} as interleaved amplitudes (wire 0 the
   * most significant bit).
   */
  public double[] featureState(double[] x) {
    checkPoint(x);
    double[] phase = new double[dimension];
    for (int b = 0; b < dimension; b++) {
      double angle = 0;
      for (int i = 0; i < qubits; i++) {
        angle += x[i] * z(b, i);
        for (int j = i + 1; j < qubits; j++) {
          angle += (Math.PI - x[i]) * (Math.PI - x[j]) * z(b, i) * z(b, j);
        }
      }
      phase[b] = angle;
    }
    double[] state = new double[2 * dimension];
    double amplitude = 1 / Math.sqrt(dimension);
    for (int b = 0; b < dimension; b++) {
      state[2 * b] = amplitude;
    }
    multiplyPhases(state, phase);
    state = hadamardAll(state);
    multiplyPhases(state, phase);
    return state;
  }

  /** The labelling value {@code m(x) = <Phi(x)| V^dagger Z...Z V |Phi(x)>}, in [-1, 1]. */
  public double labelValue(double[] x) {
    double[] psi = featureState(x);
    double value = 0;
    for (int r = 0; r < dimension; r++) {
      double re = 0;
      double im = 0;
      for (int c = 0; c < dimension; c++) {
        re += vRe[r][c] * psi[2 * c] - vIm[r][c] * psi[2 * c + 1];
        im += vRe[r][c] * psi[2 * c + 1] + vIm[r][c] * psi[2 * c];
      }
      value += (Integer.bitCount(r) % 2 == 0 ? 1 : -1) * (re * re + im * im);
    }
    return value;
  }

  /**
   * Draws points uniformly from {@code [0, 2 pi)^n} until each class has {@code trainPerClass +
   * testPerClass} of them (points with {@code |m(x)| < gap} are dropped).
   *
   * @param trainPerClass at least 1
   * @param testPerClass at least 0
   * @param gap the separation Delta, in [0, 1)
   * @throws IllegalArgumentException for bad counts or gap, or when the gap leaves too few points
   */
  public TrainTest sample(int trainPerClass, int testPerClass, double gap, long seed) {
    if (trainPerClass < 1 || testPerClass < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "trainPerClass, testPerClass: expected >= 1 and >= 0, got %d and %d",
          trainPerClass, testPerClass));
    }
    if (!(gap >= 0 && gap < 1)) {
      throw new IllegalArgumentException("gap: expected a margin in [0, 1), got " + gap);
    }
    int perClass = trainPerClass + testPerClass;
    double[][][] points = new double[2][perClass][];
    int[] found = new int[2];
    SplittableRandom random = new SplittableRandom(seed);
    long budget = (long) DRAWS_PER_EXAMPLE * 2 * perClass;
    for (long draw = 0; found[0] < perClass || found[1] < perClass; draw++) {
      if (draw == budget) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "gap: only %d and %d of %d points per class met |m(x)| >= %s in %d draws; "
                + "lower the gap or pick another seed", found[0], found[1], perClass, gap, budget));
      }
      double[] x = new double[qubits];
      for (int i = 0; i < qubits; i++) {
        x[i] = 2 * Math.PI * random.nextDouble();
      }
      double m = labelValue(x);
      int label = m >= gap ? 0 : m <= -gap ? 1 : -1;
      if (label >= 0 && found[label] < perClass) {
        points[label][found[label]++] = x;
      }
    }
    return new TrainTest(
        collect(points, 0, trainPerClass, random), collect(points, trainPerClass, perClass, random));
  }

  private static Dataset collect(double[][][] points, int from, int to, SplittableRandom random) {
    int perClass = to - from;
    int[] order = TrainTestSplit.permutation(2 * perClass, random);
    double[][] x = new double[2 * perClass][];
    int[] y = new int[2 * perClass];
    for (int k = 0; k < order.length; k++) {
      int label = order[k] / Math.max(1, perClass);
      x[k] = points[label][from + order[k] % Math.max(1, perClass)];
      y[k] = label;
    }
    return new Dataset(x, y);
  }

  private void checkPoint(double[] x) {
    if (x.length != qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "x: expected %d features, got %d", qubits, x.length));
    }
    Checks.requireFinite("x", x);
  }

  /** Eigenvalue of Z on wire i for basis state b: +1 for bit 0 (wire 0 most significant). */
  private int z(int b, int i) {
    return ((b >> (qubits - 1 - i)) & 1) == 0 ? 1 : -1;
  }

  private static void multiplyPhases(double[] state, double[] phase) {
    for (int b = 0; b < phase.length; b++) {
      double c = Math.cos(phase[b]);
      double s = Math.sin(phase[b]);
      double re = state[2 * b];
      double im = state[2 * b + 1];
      state[2 * b] = c * re - s * im;
      state[2 * b + 1] = s * re + c * im;
    }
  }

  /** {@code H^{(x) n}} as the dense Walsh-Hadamard sum, fine for the small n here. */
  private double[] hadamardAll(double[] state) {
    double[] out = new double[state.length];
    double norm = 1 / Math.sqrt(dimension);
    for (int a = 0; a < dimension; a++) {
      for (int b = 0; b < dimension; b++) {
        double sign = Integer.bitCount(a & b) % 2 == 0 ? norm : -norm;
        out[2 * a] += sign * state[2 * b];
        out[2 * a + 1] += sign * state[2 * b + 1];
      }
    }
    return out;
  }

  /**
   * A Haar-random unitary: Gram-Schmidt on the columns of a complex Gaussian matrix, which is its
   * QR decomposition with a positive diagonal of R (Mezzadri 2007, Notices AMS 54, 592).
   */
  static void haarUnitary(double[][] re, double[][] im, SplittableRandom random) {
    int d = re.length;
    for (int r = 0; r < d; r++) {
      for (int c = 0; c < d; c++) {
        re[r][c] = Generators.gaussian(random);
        im[r][c] = Generators.gaussian(random);
      }
    }
    for (int c = 0; c < d; c++) {
      for (int p = 0; p < c; p++) {
        double dotRe = 0;
        double dotIm = 0;
        for (int r = 0; r < d; r++) { // <column p | column c>
          dotRe += re[r][p] * re[r][c] + im[r][p] * im[r][c];
          dotIm += re[r][p] * im[r][c] - im[r][p] * re[r][c];
        }
        for (int r = 0; r < d; r++) {
          re[r][c] -= dotRe * re[r][p] - dotIm * im[r][p];
          im[r][c] -= dotRe * im[r][p] + dotIm * re[r][p];
        }
      }
      double norm = 0;
      for (int r = 0; r < d; r++) {
        norm += re[r][c] * re[r][c] + im[r][c] * im[r][c];
      }
      norm = Math.sqrt(norm);
      for (int r = 0; r < d; r++) {
        re[r][c] /= norm;
        im[r][c] /= norm;
      }
    }
  }
}
