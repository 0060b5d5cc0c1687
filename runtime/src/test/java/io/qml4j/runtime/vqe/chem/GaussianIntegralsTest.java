package io.qml4j.runtime.vqe.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GaussianIntegralsTest {
  /** Szabo and Ostlund print their H2 integrals to four decimals. */
  private static final double FOUR_DECIMALS = 5e-5;

  /** H2 at Szabo and Ostlund's bond length of 1.4 bohr (sec. 3.5.2). */
  private final H2Sto3g h2 = H2Sto3g.atBohr(1.4);

  @Test
  void boysFunctionMatchesQuadratureOfItsDefinition() {
    for (double t : new double[] {0, 1e-13, 1e-6, 0.1, 1, 5, 17.3, 39.9, 40.1, 80}) {
      assertEquals(simpson(t), GaussianIntegrals.boysF0(t), 1e-12, "F0(" + t + ")");
    }
  }

  @Test
  void boysFunctionRejectsNegativeArguments() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GaussianIntegrals.boysF0(-1));
    assertEquals("t: expected a finite number >= 0, got -1.0", e.getMessage());
  }

  @Test
  void contractedFunctionIsNormalized() {
    ContractedGaussian phi = ContractedGaussian.hydrogenSto3g(0, 0, 0);
    // The STO-3G contraction is normalised to the digits of its published coefficients.
    assertEquals(1.0, GaussianIntegrals.overlap(phi, phi), 1e-5);
  }

  @Test
  void atomicIntegralsMatchSzaboAndOstlundAt14Bohr() {
    // Szabo and Ostlund, sec. 3.5.2: S12, T11, T12, H^core_11, H^core_12.
    assertEquals(0.6593, h2.overlap(), FOUR_DECIMALS);
    assertEquals(0.7600, h2.kinetic(0, 0), FOUR_DECIMALS);
    assertEquals(0.2365, h2.kinetic(0, 1), FOUR_DECIMALS);
    assertEquals(-1.1204, h2.coreHamiltonian(0, 0), FOUR_DECIMALS);
    assertEquals(-0.9584, h2.coreHamiltonian(0, 1), FOUR_DECIMALS);
    // (11|11), (11|22), (21|11), (21|21), same section.
    assertEquals(0.7746, h2.atomicRepulsion(0, 0, 0, 0), FOUR_DECIMALS);
    assertEquals(0.5697, h2.atomicRepulsion(0, 0, 1, 1), FOUR_DECIMALS);
    assertEquals(0.4441, h2.atomicRepulsion(1, 0, 0, 0), FOUR_DECIMALS);
    assertEquals(0.2970, h2.atomicRepulsion(1, 0, 1, 0), FOUR_DECIMALS);
  }

  @Test
  void repulsionHasTheEightfoldPermutationSymmetry() {
    double a = h2.atomicRepulsion(1, 0, 0, 0);
    assertEquals(a, h2.atomicRepulsion(0, 1, 0, 0), 1e-14);
    assertEquals(a, h2.atomicRepulsion(0, 0, 1, 0), 1e-14);
    assertEquals(a, h2.atomicRepulsion(0, 0, 0, 1), 1e-14);
  }

  /** F0(t) = integral_0^1 exp(-t u^2) du by composite Simpson with 20000 panels. */
  private static double simpson(double t) {
    int n = 20000;
    double h = 1.0 / n;
    double sum = 1 + Math.exp(-t);
    for (int i = 1; i < n; i++) {
      double u = i * h;
      sum += (i % 2 == 1 ? 4 : 2) * Math.exp(-t * u * u);
    }
    return sum * h / 3;
  }
}
