package io.qml4j.runtime.vqe.chem;

import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.vqe.ExactDiagonalization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The hydrogen molecule in the STO-3G basis, from first principles: the two 1s functions of
 * {@link ContractedGaussian#hydrogenSto3g}, their integrals from {@link GaussianIntegrals}, the
 * restricted Hartree-Fock orbitals, and the 4-qubit Jordan-Wigner Hamiltonian including the
 * nuclear repulsion 1/R.
 *
 * <p>In a minimal basis of two equivalent functions the molecular orbitals are fixed by symmetry,
 * so the Roothaan equations need no iteration (Szabo and Ostlund sec. 3.5.2, eq. 3.259):
 * {@code sigma_g = (phi_1 + phi_2) / sqrt(2 (1 + S))} and {@code sigma_u = (phi_1 - phi_2) /
 * sqrt(2 (1 - S))}. Spin orbitals are ordered 0 = sigma_g up, 1 = sigma_g down, 2 = sigma_u up,
 * 3 = sigma_u down (OpenFermion's and PennyLane's convention), so the Hartree-Fock state is
 * |1100>.
 *
 * <p>{@link #main} regenerates the Hamiltonian files shipped under
 * {@code io/qml4j/runtime/vqe/h2/}.
 */
public final class H2Sto3g {
  /**
   * One bohr in Angstrom as PySCF converts geometries ({@code pyscf.lib.param.BOHR}, CODATA 2010),
   * so that a bond length in Angstrom gives the molecule Qiskit Nature, PennyLane and OpenFermion
   * build through PySCF; CODATA 2018's 0.529177210903 moves H2's coefficients by about 1e-11.
   */
  public static final double BOHR_IN_ANGSTROM = 0.52917721092;

  /** Bond lengths, in Angstrom, of the shipped Hamiltonians: the dissociation curve. */
  private static final double[] SHIPPED_BOND_LENGTHS = {
      0.5, 0.6, 0.7, 0.735, 0.7414, 0.8, 0.9, 1.0, 1.2, 1.5, 2.0, 2.5};

  /** Spatial orbitals: the two atomic 1s functions, then the two molecular orbitals. */
  private static final int ORBITALS = 2;

  private final double bondLength;
  private final double overlap;
  private final double[][] kinetic = new double[ORBITALS][ORBITALS];
  private final double[][] core = new double[ORBITALS][ORBITALS];
  private final double[][][][] aoRepulsion = new double[ORBITALS][ORBITALS][ORBITALS][ORBITALS];
  private final double[][] moCore = new double[ORBITALS][ORBITALS];
  private final double[][][][] moRepulsion = new double[ORBITALS][ORBITALS][ORBITALS][ORBITALS];

  private H2Sto3g(double bondLength) {
    this.bondLength = bondLength;
    double[][] nuclei = {{0, 0, 0}, {0, 0, bondLength}};
    ContractedGaussian[] phi = {
        ContractedGaussian.hydrogenSto3g(0, 0, 0),
        ContractedGaussian.hydrogenSto3g(0, 0, bondLength)};
    for (int m = 0; m < ORBITALS; m++) {
      for (int n = 0; n < ORBITALS; n++) {
        kinetic[m][n] = GaussianIntegrals.kinetic(phi[m], phi[n]);
        core[m][n] = kinetic[m][n];
        for (double[] nucleus : nuclei) {
          core[m][n] += GaussianIntegrals.nuclearAttraction(phi[m], phi[n], nucleus, 1);
        }
        for (int l = 0; l < ORBITALS; l++) {
          for (int s = 0; s < ORBITALS; s++) {
            aoRepulsion[m][n][l][s] = GaussianIntegrals.repulsion(phi[m], phi[n], phi[l], phi[s]);
          }
        }
      }
    }
    overlap = GaussianIntegrals.overlap(phi[0], phi[1]);
    double g = 1 / StrictMath.sqrt(2 * (1 + overlap));
    double u = 1 / StrictMath.sqrt(2 * (1 - overlap));
    double[][] c = {{g, u}, {g, -u}}; // c[atomic][molecular]
    transform(c);
  }

  /** H2 at a bond length in Angstrom. */
  public static H2Sto3g atAngstrom(double bondLength) {
    check(bondLength);
    return new H2Sto3g(bondLength / BOHR_IN_ANGSTROM);
  }

  /** H2 at a bond length in bohr. */
  public static H2Sto3g atBohr(double bondLength) {
    check(bondLength);
    return new H2Sto3g(bondLength);
  }

  /** The bond lengths, in Angstrom, whose Hamiltonians ship with qml4j (a fresh array). */
  public static double[] shippedBondLengths() {
    return SHIPPED_BOND_LENGTHS.clone();
  }

  private static void check(double bondLength) {
    if (!(bondLength > 0) || Double.isInfinite(bondLength)) {
      throw new IllegalArgumentException(
          "bondLength: expected a finite positive length, got " + bondLength);
    }
  }

  private void transform(double[][] c) {
    for (int p = 0; p < ORBITALS; p++) {
      for (int q = 0; q < ORBITALS; q++) {
        for (int m = 0; m < ORBITALS; m++) {
          for (int n = 0; n < ORBITALS; n++) {
            moCore[p][q] += c[m][p] * c[n][q] * core[m][n];
          }
        }
        for (int r = 0; r < ORBITALS; r++) {
          for (int s = 0; s < ORBITALS; s++) {
            double sum = 0;
            for (int m = 0; m < ORBITALS; m++) {
              for (int n = 0; n < ORBITALS; n++) {
                for (int l = 0; l < ORBITALS; l++) {
                  for (int t = 0; t < ORBITALS; t++) {
                    sum += c[m][p] * c[n][q] * c[l][r] * c[t][s] * aoRepulsion[m][n][l][t];
                  }
                }
              }
            }
            moRepulsion[p][q][r][s] = sum;
          }
        }
      }
    }
  }

  /** The bond length in bohr. */
  public double bondLengthBohr() {
    return bondLength;
  }

  /** The bond length in Angstrom. */
  public double bondLengthAngstrom() {
    return bondLength * BOHR_IN_ANGSTROM;
  }

  /** The overlap {@code S_12} of the two atomic functions. */
  public double overlap() {
    return overlap;
  }

  /** The kinetic-energy integral {@code T_mn} over atomic functions m, n in {0, 1}. */
  public double kinetic(int m, int n) {
    return kinetic[m][n];
  }

  /** The core Hamiltonian {@code H_mn = T_mn + V_mn} (both nuclei) over atomic functions. */
  public double coreHamiltonian(int m, int n) {
    return core[m][n];
  }

  /** The electron repulsion {@code (mn|ls)} over atomic functions, chemists' notation. */
  public double atomicRepulsion(int m, int n, int l, int s) {
    return aoRepulsion[m][n][l][s];
  }

  /** The core Hamiltonian over molecular orbitals, 0 = sigma_g, 1 = sigma_u. */
  public double molecularCore(int p, int q) {
    return moCore[p][q];
  }

  /** The electron repulsion {@code (pq|rs)} over molecular orbitals, chemists' notation. */
  public double molecularRepulsion(int p, int q, int r, int s) {
    return moRepulsion[p][q][r][s];
  }

  /** The nuclear repulsion 1/R. */
  public double nuclearRepulsion() {
    return 1 / bondLength;
  }

  /**
   * The restricted Hartree-Fock energy {@code 2 h_gg + (gg|gg) + 1/R} (Szabo and Ostlund eq. 3.184
   * for two electrons in sigma_g, plus the nuclear repulsion).
   */
  public double hartreeFockEnergy() {
    return 2 * moCore[0][0] + moRepulsion[0][0][0][0] + nuclearRepulsion();
  }

  /**
   * The molecular-orbital integrals (sigma_g = orbital 0, sigma_u = orbital 1), two electrons,
   * singlet, with the nuclear repulsion as the core energy: what an FCIDUMP file of this molecule
   * holds ({@link Fcidump#write}).
   */
  public MolecularIntegrals integrals() {
    return new MolecularIntegrals(2, 0, nuclearRepulsion(), moCore, moRepulsion);
  }

  /**
   * The 16 x 16 matrix of the electronic Hamiltonian plus nuclear repulsion in the Jordan-Wigner
   * occupation basis (wire 0 = spin orbital 0 the most significant bit).
   */
  public double[][] qubitMatrix() {
    int modes = 2 * ORBITALS;
    double[][] h1 = new double[modes][modes];
    double[][][][] h2 = new double[modes][modes][modes][modes];
    for (int p = 0; p < modes; p++) {
      for (int q = 0; q < modes; q++) {
        if (p % 2 == q % 2) {
          h1[p][q] = moCore[p / 2][q / 2];
        }
        for (int r = 0; r < modes; r++) {
          for (int s = 0; s < modes; s++) {
            // <pq|rs> = (pr|qs): electron 1 goes p -> r, electron 2 q -> s, spins conserved
            if (p % 2 == r % 2 && q % 2 == s % 2) {
              h2[p][q][r][s] = moRepulsion[p / 2][r / 2][q / 2][s / 2];
            }
          }
        }
      }
    }
    return JordanWigner.hamiltonianMatrix(nuclearRepulsion(), h1, h2);
  }

  /** The 4-qubit Jordan-Wigner Hamiltonian, nuclear repulsion included, in hartree. */
  public PauliSum hamiltonian() {
    return JordanWigner.pauliSum(qubitMatrix());
  }

  /**
   * The Hamiltonian as a file: comment lines (starting with #) citing how it was computed, then
   * one term per line in the {@link PauliSum#parse} format, read back by
   * {@link io.qml4j.runtime.vqe.HamiltonianFile}.
   */
  public String fileText() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT,
        "# H2, STO-3G basis, 4-qubit Jordan-Wigner Hamiltonian in hartree, nuclear repulsion "
            + "included.%n"
            + "# Bond length %s Angstrom = %.10f bohr (1 bohr = %s Angstrom, PySCF's "
            + "conversion).%n"
            + "# Wire p = spin orbital p: 0 = sigma_g up, 1 = sigma_g down, 2 = sigma_u up, "
            + "3 = sigma_u down; Hartree-Fock state |1100>.%n"
            + "# Source: computed by io.qml4j.runtime.vqe.chem.H2Sto3g from first principles: "
            + "STO-3G hydrogen 1s from the Basis%n"
            + "#   Set Exchange (Hehre, Stewart and Pople, J. Chem. Phys. 51, 2657 (1969); "
            + "contraction normalised as PySCF%n"
            + "#   does), analytic s-type integrals (Szabo and Ostlund, Modern Quantum "
            + "Chemistry, appendix A), RHF orbitals%n"
            + "#   sigma_g, sigma_u fixed by symmetry, Jordan-Wigner mapping. Regenerate with: "
            + "java io.qml4j.runtime.vqe.chem.H2Sto3g <directory>%n"
            + "# Nuclear repulsion %.10f Ha; Hartree-Fock energy %.10f Ha; exact ground energy "
            + "(diagonalisation) %.10f Ha.%n",
        trim(bondLengthAngstrom()), bondLength, BOHR_IN_ANGSTROM,
        nuclearRepulsion(), hartreeFockEnergy(),
        ExactDiagonalization.groundEnergy(hamiltonian(), 2 * ORBITALS)));
    boolean first = true;
    for (PauliSum.Term t : hamiltonian().terms()) {
      double c = t.coefficient();
      String sign = c < 0 ? "-" : first ? "" : "+";
      String magnitude = Double.toString(Math.abs(c));
      String string = t.string().isIdentity() ? "" : " " + t.string();
      b.append(sign).append(sign.isEmpty() ? "" : " ").append(magnitude).append(string)
          .append('\n');
      first = false;
    }
    return b.toString();
  }

  /** The file name of the shipped Hamiltonian at a bond length, e.g. {@code h2-sto3g-0.735.txt}. */
  public static String fileName(double bondLengthAngstrom) {
    return "h2-sto3g-" + trim(bondLengthAngstrom) + ".txt";
  }

  private static String trim(double angstrom) {
    String s = String.format(Locale.ROOT, "%.4f", angstrom);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s + "0" : s;
  }

  /**
   * Writes the Hamiltonian at every shipped bond length into a directory (default: the runtime's
   * resource folder {@code runtime/src/main/resources/io/qml4j/runtime/vqe/h2}).
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0]
        : "runtime/src/main/resources/io/qml4j/runtime/vqe/h2");
    Files.createDirectories(dir);
    for (double r : SHIPPED_BOND_LENGTHS) {
      Path file = dir.resolve(fileName(r));
      Files.writeString(file, atAngstrom(r).fileText(), StandardCharsets.UTF_8);
      System.out.println("wrote " + file);
    }
  }
}
