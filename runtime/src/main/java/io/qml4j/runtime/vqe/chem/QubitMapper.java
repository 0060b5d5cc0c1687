package io.qml4j.runtime.vqe.chem;

/**
 * Maps the second-quantised molecular Hamiltonian
 * {@code H = E_core + sum h_pq a+_p a_q + 1/2 sum (pq|rs) a+_(p s) a+_(r t) a_(s t) a_(q s)}
 * (chemists' notation, spins s and t summed; Helgaker, Jorgensen and Olsen, "Molecular
 * Electronic-Structure Theory", eq. 2.2.18) onto qubits symbolically, term by term, so that it
 * scales to the 20-odd spin orbitals a state-vector simulator can hold.
 */
final class QubitMapper {
  private QubitMapper() {}

  static PauliAlgebra map(MolecularIntegrals m, SpinOrdering ordering, FermionMapping mapping) {
    int n = m.orbitals();
    int modes = 2 * n;
    PauliAlgebra[] create = new PauliAlgebra[modes];
    PauliAlgebra[] annihilate = new PauliAlgebra[modes];
    for (int j = 0; j < modes; j++) {
      create[j] = ladder(j, modes, mapping, -0.5);
      annihilate[j] = ladder(j, modes, mapping, 0.5);
    }
    PauliAlgebra h = new PauliAlgebra();
    h.add(0, 0, m.coreEnergy(), 0);
    boolean[] spins = {false, true};
    for (boolean s : spins) {
      for (int p = 0; p < n; p++) {
        for (int q = 0; q < n; q++) {
          double hpq = m.oneBody(p, q);
          if (hpq != 0) {
            int a = ordering.spinOrbital(p, s, n), b = ordering.spinOrbital(q, s, n);
            h.addScaled(create[a].times(annihilate[b]), hpq);
          }
        }
      }
    }
    for (boolean s : spins) {
      for (boolean t : spins) {
        for (int p = 0; p < n; p++) {
          for (int q = 0; q < n; q++) {
            for (int r = 0; r < n; r++) {
              for (int u = 0; u < n; u++) {
                double g = m.twoBody(p, q, r, u);
                int ps = ordering.spinOrbital(p, s, n), rt = ordering.spinOrbital(r, t, n);
                int ut = ordering.spinOrbital(u, t, n), qs = ordering.spinOrbital(q, s, n);
                if (g == 0 || ps == rt || ut == qs) {
                  continue; // a+ a+ or a a on one mode vanishes
                }
                PauliAlgebra term = create[ps].times(create[rt]).times(annihilate[ut])
                    .times(annihilate[qs]);
                h.addScaled(term, 0.5 * g);
              }
            }
          }
        }
      }
    }
    return h;
  }

  /**
   * The ladder operator of mode j, {@code (P_x + 2i * imaginary * P_y) / 2} with the mapping's
   * X-type and Y-type strings: {@code imaginary = -1/2} gives a+, {@code +1/2} gives a.
   */
  private static PauliAlgebra ladder(int j, int modes, FermionMapping mapping, double imaginary) {
    PauliAlgebra op = new PauliAlgebra();
    int xj = 1 << j;
    if (mapping == FermionMapping.JORDAN_WIGNER) {
      int zBefore = xj - 1; // Z on every wire below j
      op.add(xj, zBefore, 0.5, 0); // X_j Z_<j (Z and X on different wires commute)
      op.add(xj, zBefore | xj, 0, imaginary); // Y_j Z_<j: the mask pair (xj, xj) is Y_j
    } else {
      int xAfter = ~((xj << 1) - 1) & ((modes == 32 ? 0 : 1 << modes) - 1);
      int zPrevious = j > 0 ? 1 << (j - 1) : 0;
      op.add(xj | xAfter, zPrevious, 0.5, 0); // X_>j X_j Z_(j-1)
      op.add(xj | xAfter, xj, 0, imaginary); // X_>j Y_j
    }
    return op;
  }
}
