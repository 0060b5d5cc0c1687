package io.qml4j.runtime.vqe.chem;

/**
 * Closed-form integrals over s-type Gaussians, in atomic units: overlap, kinetic energy, nuclear
 * attraction and electron repulsion, from Szabo and Ostlund, "Modern Quantum Chemistry", appendix A
 * (eqs. A.9, A.11, A.33 and A.41), summed over the primitives of {@link ContractedGaussian}s.
 * {@link StrictMath} throughout, so that the generated Hamiltonians are bit-for-bit reproducible on
 * every JVM.
 */
public final class GaussianIntegrals {
  /**
   * Above this argument {@code erf(sqrt t)} is 1 to double precision ({@code erfc(sqrt 40)} is
   * about 1e-19), so {@code F0(t) = sqrt(pi / t) / 2} exactly.
   */
  private static final double BOYS_ASYMPTOTIC_FROM = 40;

  /** Below this argument the Taylor expansion {@code 1 - t / 3} is exact to double precision. */
  private static final double BOYS_TAYLOR_BELOW = 1e-12;

  private GaussianIntegrals() {}

  /**
   * The Boys function of order zero, {@code F0(t) = integral_0^1 exp(-t u^2) du
   * = sqrt(pi / t) erf(sqrt t) / 2} (Szabo and Ostlund eq. A.32), for {@code t >= 0}.
   */
  public static double boysF0(double t) {
    if (!(t >= 0) || Double.isInfinite(t)) {
      throw new IllegalArgumentException("t: expected a finite number >= 0, got " + t);
    }
    if (t < BOYS_TAYLOR_BELOW) {
      return 1 - t / 3;
    }
    if (t > BOYS_ASYMPTOTIC_FROM) {
      return 0.5 * StrictMath.sqrt(Math.PI / t);
    }
    // F0(t) = exp(-t) sum_k (2t)^k / (2k+1)!!, all terms positive, so no cancellation.
    double term = 1;
    double sum = 1;
    for (int k = 1; term > 1e-17 * sum; k++) {
      term *= 2 * t / (2 * k + 1);
      sum += term;
    }
    return StrictMath.exp(-t) * sum;
  }

  /** The overlap {@code <a|b>}. */
  public static double overlap(ContractedGaussian a, ContractedGaussian b) {
    double r2 = distanceSquared(a, b);
    double sum = 0;
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        double alpha = a.exponent(i), beta = b.exponent(j), p = alpha + beta;
        sum += a.normalizedCoefficient(i) * b.normalizedCoefficient(j)
            * StrictMath.pow(Math.PI / p, 1.5) * StrictMath.exp(-alpha * beta / p * r2);
      }
    }
    return sum;
  }

  /** The kinetic energy {@code <a| -laplacian/2 |b>} (eq. A.11). */
  public static double kinetic(ContractedGaussian a, ContractedGaussian b) {
    double r2 = distanceSquared(a, b);
    double sum = 0;
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        double alpha = a.exponent(i), beta = b.exponent(j), p = alpha + beta;
        double mu = alpha * beta / p;
        sum += a.normalizedCoefficient(i) * b.normalizedCoefficient(j)
            * mu * (3 - 2 * mu * r2) * StrictMath.pow(Math.PI / p, 1.5)
            * StrictMath.exp(-mu * r2);
      }
    }
    return sum;
  }

  /**
   * The attraction {@code <a| -charge / |r - nucleus| |b>} of a point nucleus (eq. A.33).
   *
   * @param nucleus position (x, y, z) in bohr
   * @param charge nuclear charge, 1 for hydrogen
   */
  public static double nuclearAttraction(
      ContractedGaussian a, ContractedGaussian b, double[] nucleus, double charge) {
    if (nucleus.length != 3) {
      throw new IllegalArgumentException("nucleus: expected 3 coordinates, got " + nucleus.length);
    }
    double r2 = distanceSquared(a, b);
    double sum = 0;
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        double alpha = a.exponent(i), beta = b.exponent(j), p = alpha + beta;
        double pc2 = 0;
        for (int d = 0; d < 3; d++) {
          double pd = (alpha * a.centre(d) + beta * b.centre(d)) / p;
          pc2 += (pd - nucleus[d]) * (pd - nucleus[d]);
        }
        sum += a.normalizedCoefficient(i) * b.normalizedCoefficient(j)
            * (-2 * Math.PI / p) * charge * StrictMath.exp(-alpha * beta / p * r2)
            * boysF0(p * pc2);
      }
    }
    return sum;
  }

  /** The electron repulsion {@code (ab|cd)} in chemists' notation (eq. A.41). */
  public static double repulsion(
      ContractedGaussian a, ContractedGaussian b, ContractedGaussian c, ContractedGaussian d) {
    double ab2 = distanceSquared(a, b), cd2 = distanceSquared(c, d);
    double sum = 0;
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        double alpha = a.exponent(i), beta = b.exponent(j), p = alpha + beta;
        double cij = a.normalizedCoefficient(i) * b.normalizedCoefficient(j)
            * StrictMath.exp(-alpha * beta / p * ab2);
        for (int k = 0; k < c.size(); k++) {
          for (int l = 0; l < d.size(); l++) {
            double gamma = c.exponent(k), delta = d.exponent(l), q = gamma + delta;
            double pq2 = 0;
            for (int x = 0; x < 3; x++) {
              double px = (alpha * a.centre(x) + beta * b.centre(x)) / p;
              double qx = (gamma * c.centre(x) + delta * d.centre(x)) / q;
              pq2 += (px - qx) * (px - qx);
            }
            sum += cij * c.normalizedCoefficient(k) * d.normalizedCoefficient(l)
                * 2 * StrictMath.pow(Math.PI, 2.5) / (p * q * StrictMath.sqrt(p + q))
                * StrictMath.exp(-gamma * delta / q * cd2)
                * boysF0(p * q / (p + q) * pq2);
          }
        }
      }
    }
    return sum;
  }

  private static double distanceSquared(ContractedGaussian a, ContractedGaussian b) {
    double sum = 0;
    for (int d = 0; d < 3; d++) {
      double diff = a.centre(d) - b.centre(d);
      sum += diff * diff;
    }
    return sum;
  }
}
