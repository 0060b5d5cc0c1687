package io.qml4j.runtime.vqe.chem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Full configuration interaction: the exact ground energy of a molecule's Hamiltonian among the
 * determinants with its number of electrons and its {@code S_z}, by dense diagonalisation (EJML).
 * The ground energy of the whole qubit Hamiltonian can lie in another particle sector (an anion,
 * say); this is the one chemistry codes report as FCI.
 */
public final class FullCi {
  private FullCi() {}

  /**
   * The FCI ground energy, core energy included, in hartree.
   *
   * @throws IllegalArgumentException if the molecule has more than {@link JordanWigner#MAX_MODES}
   *     spin orbitals
   */
  public static double groundEnergy(MolecularIntegrals m) {
    int n = m.orbitals();
    int modes = 2 * n;
    if (modes > JordanWigner.MAX_MODES) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "molecule: dense FCI takes at most %d spin orbitals, got %d", JordanWigner.MAX_MODES,
          modes));
    }
    SpinOrdering order = SpinOrdering.INTERLEAVED;
    double[][] h1 = new double[modes][modes];
    double[][][][] h2 = new double[modes][modes][modes][modes];
    boolean[] spins = {false, true};
    for (boolean s : spins) {
      for (int p = 0; p < n; p++) {
        for (int q = 0; q < n; q++) {
          h1[order.spinOrbital(p, s, n)][order.spinOrbital(q, s, n)] = m.oneBody(p, q);
          for (boolean t : spins) {
            for (int r = 0; r < n; r++) {
              for (int u = 0; u < n; u++) {
                // <pq|ru> = (pr|qu): electron 1 goes p -> r with spin s, electron 2 q -> u with t
                int a = order.spinOrbital(p, s, n), b = order.spinOrbital(q, t, n);
                int c = order.spinOrbital(r, s, n), d = order.spinOrbital(u, t, n);
                h2[a][b][c][d] = m.twoBody(p, r, q, u);
              }
            }
          }
        }
      }
    }
    double[][] h = JordanWigner.hamiltonianMatrix(m.coreEnergy(), h1, h2);
    List<Integer> sector = new ArrayList<>();
    for (int b = 0; b < h.length; b++) {
      int up = 0, down = 0;
      for (int k = 0; k < modes; k++) {
        if ((b >> (modes - 1 - k) & 1) == 1) {
          if (k % 2 == 0) {
            up++;
          } else {
            down++;
          }
        }
      }
      if (up + down == m.electrons() && up - down == m.spinTwice()) {
        sector.add(b);
      }
    }
    int dim = sector.size();
    DMatrixRMaj block = new DMatrixRMaj(dim, dim);
    for (int i = 0; i < dim; i++) {
      for (int j = 0; j < dim; j++) {
        block.set(i, j, h[sector.get(i)][sector.get(j)]);
      }
    }
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(dim, false, true);
    if (!eig.decompose(block)) {
      throw new IllegalStateException("EJML's symmetric eigen-solver did not converge");
    }
    double lowest = Double.POSITIVE_INFINITY;
    for (int i = 0; i < eig.getNumberOfEigenvalues(); i++) {
      lowest = Math.min(lowest, eig.getEigenvalue(i).getReal());
    }
    return lowest;
  }
}
