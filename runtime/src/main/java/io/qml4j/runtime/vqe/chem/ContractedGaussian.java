package io.qml4j.runtime.vqe.chem;

import java.util.Locale;

/**
 * A contracted s-type Gaussian basis function {@code phi(r) = sum_k d_k g(alpha_k, r - centre)},
 * where {@code g(alpha, r) = (2 alpha / pi)^(3/4) exp(-alpha r^2)} is a normalised primitive.
 * Immutable; arrays are copied in and out.
 */
public final class ContractedGaussian {
  /**
   * STO-3G least-squares fit of a Slater 1s function with exponent 1 (Hehre, Stewart and Pople,
   * J. Chem. Phys. 51, 2657 (1969)), as tabulated in Szabo and Ostlund, eq. (3.225).
   */
  private static final double[] STO3G_EXPONENTS_ZETA_1 = {0.109818, 0.405771, 2.22766};

  /** The contraction coefficients belonging to {@link #STO3G_EXPONENTS_ZETA_1}, same source. */
  private static final double[] STO3G_COEFFICIENTS = {0.444635, 0.535328, 0.154329};

  /** The Slater exponent of hydrogen in STO-3G: 1.24, the molecular value (Szabo and Ostlund 3.5.1). */
  public static final double HYDROGEN_ZETA = 1.24;

  private final double[] exponents;
  private final double[] coefficients;
  private final double[] centre;

  /**
   * A contraction of normalised primitives.
   *
   * @param exponents the Gaussian exponents, positive
   * @param coefficients one contraction coefficient per exponent
   * @param centre the position (x, y, z) in bohr
   */
  public ContractedGaussian(double[] exponents, double[] coefficients, double[] centre) {
    if (exponents.length == 0 || exponents.length != coefficients.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "coefficients: expected one per exponent (%d), got %d",
          exponents.length, coefficients.length));
    }
    for (int k = 0; k < exponents.length; k++) {
      if (!(exponents[k] > 0) || !Double.isFinite(exponents[k])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "exponents: entry %d must be a finite positive number, got %s", k, exponents[k]));
      }
      if (!Double.isFinite(coefficients[k])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "coefficients: entry %d must be finite, got %s", k, coefficients[k]));
      }
    }
    if (centre.length != 3) {
      throw new IllegalArgumentException("centre: expected 3 coordinates, got " + centre.length);
    }
    this.exponents = exponents.clone();
    this.coefficients = coefficients.clone();
    this.centre = centre.clone();
  }

  /**
   * The STO-3G 1s function of hydrogen at a position: the zeta = 1 exponents scaled by
   * {@code zeta^2} with zeta = {@value #HYDROGEN_ZETA} (Szabo and Ostlund eq. 3.224).
   */
  public static ContractedGaussian hydrogenSto3g(double x, double y, double z) {
    double[] scaled = new double[STO3G_EXPONENTS_ZETA_1.length];
    for (int k = 0; k < scaled.length; k++) {
      scaled[k] = STO3G_EXPONENTS_ZETA_1[k] * HYDROGEN_ZETA * HYDROGEN_ZETA;
    }
    return new ContractedGaussian(scaled, STO3G_COEFFICIENTS, new double[] {x, y, z});
  }

  /** Number of primitives. */
  public int size() {
    return exponents.length;
  }

  /** Exponent of primitive k. */
  public double exponent(int k) {
    return exponents[k];
  }

  /** Contraction coefficient of primitive k (of the normalised primitive). */
  public double coefficient(int k) {
    return coefficients[k];
  }

  /**
   * Coefficient of primitive k times its normalisation {@code (2 alpha / pi)^(3/4)}, the factor
   * the unnormalised integral formulas need.
   */
  double normalisedCoefficient(int k) {
    return coefficients[k] * StrictMath.pow(2 * exponents[k] / Math.PI, 0.75);
  }

  /** The centre (a fresh array). */
  public double[] centre() {
    return centre.clone();
  }

  /** Coordinate i of the centre, without copying. */
  double centre(int i) {
    return centre[i];
  }
}
