package io.qml4j.runtime.vqe.chem;

import java.util.Locale;

/**
 * A contracted s-type Gaussian basis function {@code phi(r) = sum_k d_k g(alpha_k, r - centre)},
 * where {@code g(alpha, r) = (2 alpha / pi)^(3/4) exp(-alpha r^2)} is a normalised primitive.
 * Immutable; arrays are copied in and out.
 */
public final class ContractedGaussian {
  /**
   * The STO-3G exponents of hydrogen 1s, in bohr^-2, from the Basis Set Exchange (Pritchard et
   * al., J. Chem. Inf. Model. 59, 4814 (2019); basis "STO-3G", element H,
   * https://www.basissetexchange.org), the values PySCF, psi4, Qiskit Nature and PennyLane use.
   * They are the least-squares fit of a Slater 1s function (Hehre, Stewart and Pople, J. Chem.
   * Phys. 51, 2657 (1969)) with the molecular exponent zeta = 1.24 already applied; Szabo and
   * Ostlund's table (eq. 3.225) rounds the same fit to six digits, which moves H2's energies by
   * about 1e-6 Ha.
   */
  private static final double[] HYDROGEN_STO3G_EXPONENTS = {3.42525091, 0.62391373, 0.16885540};

  /** The contraction coefficients belonging to {@link #HYDROGEN_STO3G_EXPONENTS}, same source. */
  private static final double[] HYDROGEN_STO3G_COEFFICIENTS = {0.15432897, 0.53532814, 0.44463454};

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
   * The STO-3G 1s function of hydrogen at a position, with the Basis Set Exchange values and the
   * contraction scaled to unit norm, as PySCF does when it builds a basis (its {@code
   * _nomalize_contracted_ao}); the tabulated coefficients alone give
   * {@code <phi|phi> = 1 - 9.1e-9}.
   */
  public static ContractedGaussian hydrogenSto3g(double x, double y, double z) {
    return new ContractedGaussian(HYDROGEN_STO3G_EXPONENTS, HYDROGEN_STO3G_COEFFICIENTS,
        new double[] {x, y, z}).normalized();
  }

  /**
   * The same function with its coefficients scaled so that {@code <phi|phi> = 1}.
   */
  public ContractedGaussian normalized() {
    double norm = GaussianIntegrals.overlap(this, this);
    double[] scaled = new double[coefficients.length];
    for (int k = 0; k < scaled.length; k++) {
      scaled[k] = coefficients[k] / StrictMath.sqrt(norm);
    }
    return new ContractedGaussian(exponents, scaled, centre);
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
  double normalizedCoefficient(int k) {
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
