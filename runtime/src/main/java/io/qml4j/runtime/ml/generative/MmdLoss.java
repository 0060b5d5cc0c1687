package io.qml4j.runtime.ml.generative;

import java.util.Arrays;
import java.util.Locale;

/**
 * The squared maximum mean discrepancy between two distributions over basis states (Gretton et
 * al. 2012), with a mixture of Gaussian kernels as Liu and Wang (2018, eq. 4-5) train the Born
 * machine: {@code MMD^2(p, q) = (p - q)^T K (p - q)}, {@code K(x, y) = (1/c) sum_i exp(-|x - y|^2
 * / (2 sigma_i^2))} over the c bandwidths. Its gradient with respect to p is
 * {@code 2 K (p - q)}, which a circuit turns into parameter gradients through
 * {@link io.qml4j.runtime.gradient.Adjoint#diagonalGradient}. The kernel matrix is computed once,
 * {@code 4^n} doubles. Immutable.
 */
public final class MmdLoss {
  /** Most qubits: the kernel matrix of 10 qubits is 8 MiB. */
  public static final int MAX_QUBITS = 10;

  /** How basis states are placed in space, which sets {@code |x - y|^2}. */
  public enum Embedding {
    /** The bits as a vector of 0s and 1s: {@code |x - y|^2} is the Hamming distance (images). */
    BINARY,
    /** The index as an integer: {@code |x - y|^2 = (x - y)^2} (a discretised real variable). */
    INTEGER
  }

  private final int qubits;
  private final Embedding embedding;
  private final double[] sigmas;
  private final double[] kernel;

  /**
   * The loss on {@code qubits} qubits with the given kernel bandwidths.
   *
   * @throws IllegalArgumentException if qubits is out of range, or sigmas is empty or holds a
   *     bandwidth that is not positive
   */
  public MmdLoss(int qubits, Embedding embedding, double... sigmas) {
    if (qubits < 1 || qubits > MAX_QUBITS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "qubits: expected 1 to %d, got %d", MAX_QUBITS, qubits));
    }
    if (embedding == null) {
      throw new IllegalArgumentException("embedding: expected BINARY or INTEGER, got null");
    }
    if (sigmas == null || sigmas.length == 0) {
      throw new IllegalArgumentException("sigmas: expected at least one bandwidth, got none");
    }
    for (double s : sigmas) {
      if (!(s > 0 && Double.isFinite(s))) {
        throw new IllegalArgumentException("sigmas: expected positive bandwidths, got " + s);
      }
    }
    this.qubits = qubits;
    this.embedding = embedding;
    this.sigmas = sigmas.clone();
    int dim = 1 << qubits;
    this.kernel = new double[dim * dim];
    for (int x = 0; x < dim; x++) {
      for (int y = 0; y < dim; y++) {
        double d2 = embedding == Embedding.BINARY ? Integer.bitCount(x ^ y)
            : (double) (x - y) * (x - y);
        double k = 0;
        for (double s : sigmas) {
          k += Math.exp(-d2 / (2 * s * s));
        }
        kernel[x * dim + y] = k / sigmas.length;
      }
    }
  }

  /** Number of qubits of the distributions compared. */
  public int qubits() {
    return qubits;
  }

  /** The embedding of basis states. */
  public Embedding embedding() {
    return embedding;
  }

  /** The kernel bandwidths, a copy. */
  public double[] sigmas() {
    return sigmas.clone();
  }

  /** {@code K(x, y)} between basis states x and y. */
  public double kernel(int x, int y) {
    int dim = 1 << qubits;
    return kernel[x * dim + y];
  }

  /**
   * {@code MMD^2(p, q)}.
   *
   * @throws IllegalArgumentException if p or q is not a distribution on this loss's qubits
   */
  public double value(double[] p, double[] q) {
    double[] diff = difference(p, q);
    double[] kd = times(diff);
    double sum = 0;
    for (int x = 0; x < diff.length; x++) {
      sum += diff[x] * kd[x];
    }
    return sum;
  }

  /**
   * {@code d MMD^2 / dp = 2 K (p - q)}, the weights of the diagonal observable whose gradient is
   * the loss's.
   */
  public double[] gradient(double[] p, double[] q) {
    double[] kd = times(difference(p, q));
    for (int x = 0; x < kd.length; x++) {
      kd[x] *= 2;
    }
    return kd;
  }

  private double[] difference(double[] p, double[] q) {
    checkWidth("p", p);
    checkWidth("q", q);
    double[] diff = new double[p.length];
    for (int x = 0; x < diff.length; x++) {
      diff[x] = p[x] - q[x];
    }
    return diff;
  }

  /** Checks that p is a distribution on this loss's qubits, naming it. */
  void checkWidth(String name, double[] p) {
    int n = Distributions.check(name, p);
    if (n != qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: expected a distribution on %d qubits (%d entries), got %d qubits", name, qubits,
          1 << qubits, n));
    }
  }

  private double[] times(double[] v) {
    int dim = v.length;
    double[] out = new double[dim];
    for (int x = 0; x < dim; x++) {
      double sum = 0;
      int row = x * dim;
      for (int y = 0; y < dim; y++) {
        sum += kernel[row + y] * v[y];
      }
      out[x] = sum;
    }
    return out;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "MmdLoss(%d qubits, %s, sigmas %s)", qubits, embedding,
        Arrays.toString(sigmas));
  }
}
