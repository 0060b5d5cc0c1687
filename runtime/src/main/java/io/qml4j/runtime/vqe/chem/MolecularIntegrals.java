package io.qml4j.runtime.vqe.chem;

import io.qml4j.runtime.observable.PauliSum;
import java.util.Locale;

/**
 * The integrals that define a molecule's electronic Hamiltonian in an orthonormal basis of real
 * spatial orbitals: the core energy (nuclear repulsion plus any frozen-core energy), the
 * one-electron integrals {@code h_pq} and the two-electron integrals {@code (pq|rs)} in chemists'
 * notation, with the electron count and spin. This is what an FCIDUMP file holds
 * ({@link Fcidump}), and what {@link #qubitHamiltonian} maps onto qubits. Immutable; arrays are
 * copied in and out, and symmetry-equivalent entries that differ by rounding take one value.
 */
public final class MolecularIntegrals {
  /** Largest asymmetry of {@code h_pq - h_qp} or of the 8-fold symmetry of (pq|rs) accepted. */
  public static final double SYMMETRY_TOLERANCE = 1e-10;

  /**
   * Most spatial orbitals: 16 spin orbitals, twice what dense exact diagonalisation can check, and
   * within the 32 wires of the Pauli algebra.
   */
  public static final int MAX_ORBITALS = 16;

  private final int orbitals;
  private final int electrons;
  private final int spinTwice;
  private final double coreEnergy;
  private final double[][] oneBody;
  private final double[][][][] twoBody;

  /**
   * Integrals over {@code orbitals} spatial orbitals.
   *
   * @param electrons the number of electrons, 0..2 * orbitals
   * @param spinTwice {@code 2 S_z = N_up - N_down} (FCIDUMP's MS2), of the parity of electrons
   * @param coreEnergy the constant term, in hartree
   * @param oneBody {@code h_pq}, symmetric, orbitals x orbitals
   * @param twoBody {@code (pq|rs)}, with the 8-fold symmetry of real orbitals
   */
  public MolecularIntegrals(int electrons, int spinTwice, double coreEnergy, double[][] oneBody,
      double[][][][] twoBody) {
    int n = oneBody.length;
    if (n < 1 || n > MAX_ORBITALS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "oneBody: expected 1..%d orbitals, got %d", MAX_ORBITALS, n));
    }
    if (electrons < 0 || electrons > 2 * n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "electrons: expected 0..%d for %d orbitals, got %d", 2 * n, n, electrons));
    }
    if (Math.abs(spinTwice) > electrons || Math.abs(spinTwice) > 2 * n - electrons
        || ((spinTwice + electrons) & 1) != 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "spinTwice: expected N_up - N_down for %d electrons in %d orbitals, got %d",
          electrons, n, spinTwice));
    }
    if (!Double.isFinite(coreEnergy)) {
      throw new IllegalArgumentException("coreEnergy: expected a finite number, got " + coreEnergy);
    }
    this.orbitals = n;
    this.electrons = electrons;
    this.spinTwice = spinTwice;
    this.coreEnergy = coreEnergy;
    this.oneBody = new double[n][n];
    this.twoBody = new double[n][n][n][n];
    for (int p = 0; p < n; p++) {
      if (oneBody[p].length != n) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "oneBody: expected a %d x %d array, row %d has %d entries", n, n, p,
            oneBody[p].length));
      }
      for (int q = 0; q < n; q++) {
        this.oneBody[p][q] = finite("oneBody", oneBody[p][q], p, q);
      }
    }
    copyTwoBody(twoBody, n);
    checkSymmetry();
    canonicalise();
  }

  /**
   * Gives every set of symmetry-equivalent integrals the value of its representative with
   * {@code p >= q}, {@code r >= s}, {@code pq >= rs} (the one an FCIDUMP file holds), so that
   * rounding differences between images do not survive and a written file reads back exactly.
   */
  private void canonicalise() {
    int n = orbitals;
    for (int p = 0; p < n; p++) {
      for (int q = 0; q <= p; q++) {
        oneBody[q][p] = oneBody[p][q];
        for (int r = 0; r < n; r++) {
          for (int s = 0; s <= r; s++) {
            if (p * (p + 1) / 2 + q < r * (r + 1) / 2 + s) {
              continue;
            }
            double v = twoBody[p][q][r][s];
            twoBody[q][p][r][s] = v;
            twoBody[p][q][s][r] = v;
            twoBody[q][p][s][r] = v;
            twoBody[r][s][p][q] = v;
            twoBody[s][r][p][q] = v;
            twoBody[r][s][q][p] = v;
            twoBody[s][r][q][p] = v;
          }
        }
      }
    }
  }

  private void copyTwoBody(double[][][][] g, int n) {
    String shape = String.format(Locale.ROOT, "twoBody: expected a %d x %d x %d x %d array", n, n,
        n, n);
    if (g.length != n) {
      throw new IllegalArgumentException(shape);
    }
    for (int p = 0; p < n; p++) {
      if (g[p].length != n) {
        throw new IllegalArgumentException(shape);
      }
      for (int q = 0; q < n; q++) {
        if (g[p][q].length != n) {
          throw new IllegalArgumentException(shape);
        }
        for (int r = 0; r < n; r++) {
          if (g[p][q][r].length != n) {
            throw new IllegalArgumentException(shape);
          }
          for (int s = 0; s < n; s++) {
            twoBody[p][q][r][s] = finite("twoBody", g[p][q][r][s], p, q, r, s);
          }
        }
      }
    }
  }

  private static double finite(String name, double v, int... at) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: entry %s must be finite, got %s", name, java.util.Arrays.toString(at), v));
    }
    return v;
  }

  private void checkSymmetry() {
    int n = orbitals;
    for (int p = 0; p < n; p++) {
      for (int q = 0; q < n; q++) {
        if (Math.abs(oneBody[p][q] - oneBody[q][p]) > SYMMETRY_TOLERANCE) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "oneBody: not symmetric at (%d, %d): %s vs %s", p, q, oneBody[p][q], oneBody[q][p]));
        }
        for (int r = 0; r < n; r++) {
          for (int s = 0; s < n; s++) {
            double g = twoBody[p][q][r][s];
            double[] images = {twoBody[q][p][r][s], twoBody[p][q][s][r], twoBody[r][s][p][q]};
            for (double image : images) {
              if (Math.abs(g - image) > SYMMETRY_TOLERANCE) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "twoBody: (%d %d|%d %d) = %s lacks the 8-fold symmetry of real orbitals "
                        + "(an image holds %s)", p, q, r, s, g, image));
              }
            }
          }
        }
      }
    }
  }

  /** Number of spatial orbitals; the qubit Hamiltonian acts on twice as many wires. */
  public int orbitals() {
    return orbitals;
  }

  /** Number of electrons. */
  public int electrons() {
    return electrons;
  }

  /** {@code 2 S_z = N_up - N_down}. */
  public int spinTwice() {
    return spinTwice;
  }

  /** The constant term (nuclear repulsion, plus frozen-core energy if any), hartree. */
  public double coreEnergy() {
    return coreEnergy;
  }

  /** {@code h_pq}. */
  public double oneBody(int p, int q) {
    return oneBody[p][q];
  }

  /** {@code (pq|rs)}, chemists' notation. */
  public double twoBody(int p, int q, int r, int s) {
    return twoBody[p][q][r][s];
  }

  /** A copy of {@code h}. */
  public double[][] oneBody() {
    double[][] copy = new double[orbitals][];
    for (int p = 0; p < orbitals; p++) {
      copy[p] = oneBody[p].clone();
    }
    return copy;
  }

  /** Number of qubits of the mapped Hamiltonian: one per spin orbital. */
  public int qubits() {
    return 2 * orbitals;
  }

  /**
   * The qubit Hamiltonian, core energy included, with coefficients below
   * {@link JordanWigner#ZERO_COEFFICIENT} dropped.
   *
   * @param ordering how spin orbitals are numbered (wire k = spin orbital k)
   * @param mapping the fermion-to-qubit encoding
   */
  public PauliSum qubitHamiltonian(SpinOrdering ordering, FermionMapping mapping) {
    return QubitMapper.map(this, ordering, mapping).toPauliSum(JordanWigner.ZERO_COEFFICIENT);
  }

  /** The Jordan-Wigner Hamiltonian with interleaved spins, the ordering of the shipped files. */
  public PauliSum qubitHamiltonian() {
    return qubitHamiltonian(SpinOrdering.INTERLEAVED, FermionMapping.JORDAN_WIGNER);
  }

  /**
   * The Hartree-Fock determinant's energy when the lowest orbitals are filled in order (aufbau):
   * {@code E_core + sum_i h_ii + 1/2 sum_ij [(ii|jj) - delta_spin (ij|ji)]} over occupied spin
   * orbitals. For orbitals from an RHF calculation this is the RHF energy.
   */
  public double referenceEnergy() {
    int up = (electrons + spinTwice) / 2, down = (electrons - spinTwice) / 2;
    double e = coreEnergy;
    for (int i = 0; i < up; i++) {
      e += oneBody[i][i];
    }
    for (int i = 0; i < down; i++) {
      e += oneBody[i][i];
    }
    int[] counts = {up, down};
    for (int s = 0; s < 2; s++) {
      for (int t = 0; t < 2; t++) {
        for (int i = 0; i < counts[s]; i++) {
          for (int j = 0; j < counts[t]; j++) {
            e += 0.5 * twoBody[i][i][j][j];
            if (s == t) {
              e -= 0.5 * twoBody[i][j][j][i];
            }
          }
        }
      }
    }
    return e;
  }
}
