package io.qml4j.runtime.ml.generative;

import java.util.Locale;
import org.hipparchus.special.Erf;

/**
 * Target distributions over the {@code 2^n} basis states of n qubits, the empirical distribution
 * of a dataset of bit rows, and the Kullback-Leibler divergence used to judge a trained model.
 * Index k is the basis state whose wire 0 is the most significant bit.
 */
public final class Distributions {
  /** Most qubits of a distribution held as a dense array of probabilities. */
  public static final int MAX_QUBITS = 20;

  /** Probabilities may miss 1 by this much from rounding; anything further is an error. */
  static final double NORMALISATION_TOLERANCE = 1e-9;

  private Distributions() {}

  /**
   * A mixture of equally weighted Gaussians on the integers {@code 0 .. 2^n - 1}, normalised over
   * them: {@code p(x) ~ sum_j exp(-(x - mean_j)^2 / (2 sigma_j^2))}, as in Liu and Wang (2018,
   * section III).
   *
   * @throws IllegalArgumentException if the arrays differ in length or are empty, a mean is not
   *     finite or a sigma not positive
   */
  public static double[] gaussianMixture(int qubits, double[] means, double[] sigmas) {
    checkQubits(qubits);
    if (means == null || sigmas == null || means.length == 0 || means.length != sigmas.length) {
      throw new IllegalArgumentException("means, sigmas: expected two arrays of the same, "
          + "non-zero length, got " + (means == null ? "null" : means.length) + " and "
          + (sigmas == null ? "null" : sigmas.length));
    }
    for (int j = 0; j < means.length; j++) {
      if (!Double.isFinite(means[j])) {
        throw new IllegalArgumentException("means: expected finite numbers, got " + means[j]);
      }
      if (!(sigmas[j] > 0 && Double.isFinite(sigmas[j]))) {
        throw new IllegalArgumentException("sigmas: expected positive numbers, got " + sigmas[j]);
      }
    }
    double[] p = new double[1 << qubits];
    for (int x = 0; x < p.length; x++) {
      for (int j = 0; j < means.length; j++) {
        double z = (x - means[j]) / sigmas[j];
        p[x] += Math.exp(-0.5 * z * z);
      }
    }
    return normalized(p);
  }

  /**
   * The log-normal distribution with parameters mu and sigma (of the logarithm) rounded to the
   * integers {@code 0 .. 2^n - 1} and truncated there: {@code p(k) ~ F(k + 1/2) - F(k - 1/2)}, F
   * the log-normal distribution function ({@code F(x) = 0} for {@code x <= 0}). This is the
   * distribution of Zoufal, Lucchi and Woerner (2019, section IV), whose training data are
   * log-normal samples rounded to the nearest integer and kept when in range.
   *
   * @throws IllegalArgumentException if mu is not finite or sigma not positive
   */
  public static double[] logNormal(int qubits, double mu, double sigma) {
    checkQubits(qubits);
    if (!Double.isFinite(mu)) {
      throw new IllegalArgumentException("mu: expected a finite number, got " + mu);
    }
    if (!(sigma > 0 && Double.isFinite(sigma))) {
      throw new IllegalArgumentException("sigma: expected a positive number, got " + sigma);
    }
    double[] p = new double[1 << qubits];
    for (int k = 0; k < p.length; k++) {
      p[k] = logNormalCdf(k + 0.5, mu, sigma) - logNormalCdf(k - 0.5, mu, sigma);
    }
    return normalized(p);
  }

  private static double logNormalCdf(double x, double mu, double sigma) {
    if (x <= 0) {
      return 0;
    }
    return 0.5 * Erf.erfc(-(Math.log(x) - mu) / (sigma * Math.sqrt(2)));
  }

  /**
   * The empirical distribution of a dataset whose rows are bitstrings of width {@code qubits}
   * (entry j of a row is the bit of wire j, 0 or 1).
   *
   * @throws IllegalArgumentException naming the first row of another width or with an entry
   *     other than 0 or 1, or if there are no rows
   */
  public static double[] empirical(int qubits, int[][] rows) {
    checkQubits(qubits);
    if (rows == null || rows.length == 0) {
      throw new IllegalArgumentException("rows: expected at least one bitstring, got none");
    }
    double[] p = new double[1 << qubits];
    for (int i = 0; i < rows.length; i++) {
      p[index(qubits, rows[i], "rows", i)] += 1.0 / rows.length;
    }
    return p;
  }

  /** The basis index of a bit row (wire 0 most significant), checking its width and bits. */
  static int index(int qubits, int[] bits, String name, int row) {
    if (bits == null || bits.length != qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: row %d has width %s, expected %d (one bit per qubit)", name, row,
          bits == null ? "null" : String.valueOf(bits.length), qubits));
    }
    int k = 0;
    for (int j = 0; j < qubits; j++) {
      if (bits[j] != 0 && bits[j] != 1) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: row %d has %d at position %d, expected 0 or 1", name, row, bits[j], j));
      }
      k = (k << 1) | bits[j];
    }
    return k;
  }

  /**
   * The Kullback-Leibler divergence {@code KL(p || q) = sum_k p_k ln(p_k / q_k)}, in nats; terms
   * with {@code p_k = 0} add nothing, and a {@code q_k = 0} where {@code p_k > 0} makes it
   * infinite. Liu and Wang report {@code KL(data || model)}; Zoufal et al.'s relative entropy is
   * {@code KL(model || data)}.
   *
   * @throws IllegalArgumentException if either is not a distribution or they differ in length
   */
  public static double kl(double[] p, double[] q) {
    check("p", p);
    check("q", q);
    if (p.length != q.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "q: expected %d probabilities like p, got %d", p.length, q.length));
    }
    double sum = 0;
    for (int k = 0; k < p.length; k++) {
      if (p[k] > 0) {
        sum += p[k] * Math.log(p[k] / q[k]);
      }
    }
    return sum;
  }

  /**
   * Checks that {@code p} is a distribution over basis states: a power-of-two length, entries in
   * [0, 1] summing to 1 within {@value #NORMALISATION_TOLERANCE}.
   *
   * @param name the argument name used in error messages
   * @return the number of qubits
   */
  public static int check(String name, double[] p) {
    if (p == null || p.length == 0 || Integer.bitCount(p.length) != 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: expected 2^n probabilities, got %s", name,
          p == null ? "null" : p.length + " entries"));
    }
    double sum = 0;
    for (int k = 0; k < p.length; k++) {
      if (!(p[k] >= 0 && p[k] <= 1)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: entry %d is %s, expected a probability in [0, 1]", name, k, p[k]));
      }
      sum += p[k];
    }
    if (Math.abs(sum - 1) > NORMALISATION_TOLERANCE) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: expected probabilities summing to 1, got %s", name, sum));
    }
    return Integer.numberOfTrailingZeros(p.length);
  }

  private static void checkQubits(int qubits) {
    if (qubits < 1 || qubits > MAX_QUBITS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "qubits: expected 1 to %d, got %d", MAX_QUBITS, qubits));
    }
  }

  private static double[] normalized(double[] p) {
    double sum = 0;
    for (double v : p) {
      sum += v;
    }
    for (int k = 0; k < p.length; k++) {
      p[k] /= sum;
    }
    return p;
  }
}
