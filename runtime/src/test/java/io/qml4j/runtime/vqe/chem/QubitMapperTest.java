package io.qml4j.runtime.vqe.chem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.vqe.ExactDiagonalization;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The symbolic mapping against the dense construction of {@link JordanWigner}, independently. */
class QubitMapperTest {
  @Test
  void symbolicJordanWignerEqualsTheDenseConstruction() {
    for (double r : new double[] {0.5, 0.735, 1.5}) {
      H2Sto3g h2 = H2Sto3g.atAngstrom(r);
      PauliSum symbolic = h2.integrals().qubitHamiltonian();
      PauliSum dense = h2.hamiltonian();
      assertEquals(dense.terms().size(), symbolic.terms().size());
      for (PauliSum.Term t : dense.terms()) {
        assertEquals(t.coefficient(), symbolic.coefficient(t.string()), 1e-14, r + " " + t);
      }
    }
  }

  @Test
  void everyMappingAndOrderingHasTheSameSpectrumOnRandomIntegrals() {
    MolecularIntegrals m = randomIntegrals(3, 2, 2021);
    double[] reference = ExactDiagonalization.eigenvalues(m.qubitHamiltonian(), 6);
    for (SpinOrdering o : SpinOrdering.values()) {
      for (FermionMapping f : FermionMapping.values()) {
        double[] e = ExactDiagonalization.eigenvalues(m.qubitHamiltonian(o, f), 6);
        assertArrayEquals(reference, e, 1e-11, o + " " + f);
      }
    }
    double fci = FullCi.groundEnergy(m);
    boolean found = false;
    for (double e : reference) {
      found |= Math.abs(e - fci) < 1e-11;
    }
    assertEquals(true, found, "the FCI energy is an eigenvalue of the qubit Hamiltonian");
  }

  @Test
  void rejectsIntegralsWithoutTheirSymmetry() {
    MolecularIntegrals m = randomIntegrals(2, 2, 7);
    double[][][][] g = new double[2][2][2][2];
    for (int p = 0; p < 2; p++) {
      for (int q = 0; q < 2; q++) {
        for (int r = 0; r < 2; r++) {
          for (int s = 0; s < 2; s++) {
            g[p][q][r][s] = m.twoBody(p, q, r, s);
          }
        }
      }
    }
    g[0][1][0][0] += 0.1;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new MolecularIntegrals(2, 0, 0, m.oneBody(), g));
    assertEquals(true, e.getMessage().startsWith("twoBody: (0 0|0 1) = "), e.getMessage());
  }

  /** Random real integrals with the 8-fold symmetry, not from any molecule. */
  static MolecularIntegrals randomIntegrals(int n, int electrons, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] h = new double[n][n];
    double[][][][] g = new double[n][n][n][n];
    for (int p = 0; p < n; p++) {
      for (int q = 0; q <= p; q++) {
        h[p][q] = h[q][p] = random.nextDouble(-1, 1);
        for (int r = 0; r < n; r++) {
          for (int s = 0; s <= r; s++) {
            if (p * (p + 1) / 2 + q >= r * (r + 1) / 2 + s) {
              double v = random.nextDouble(-0.5, 0.5);
              int[][] images = {{p, q, r, s}, {q, p, r, s}, {p, q, s, r}, {q, p, s, r},
                  {r, s, p, q}, {s, r, p, q}, {r, s, q, p}, {s, r, q, p}};
              for (int[] x : images) {
                g[x[0]][x[1]][x[2]][x[3]] = v;
              }
            }
          }
        }
      }
    }
    return new MolecularIntegrals(electrons, 0, 0.3, h, g);
  }
}
