package io.qml4j.runtime.vqe;

import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.vqe.chem.H2Sto3g;
import java.util.Arrays;
import java.util.Locale;

/**
 * The shipped 4-qubit Jordan-Wigner Hamiltonians of H2 in the STO-3G basis along the dissociation
 * curve, in hartree with the nuclear repulsion included. Each resource file cites in its header how
 * it was computed; {@link H2Sto3g} regenerates them. Wire p is spin orbital p (0 = sigma_g up,
 * 1 = sigma_g down, 2 = sigma_u up, 3 = sigma_u down), so the Hartree-Fock state is |1100>.
 */
public final class H2Hamiltonians {
  /** Number of qubits of every H2 STO-3G Hamiltonian. */
  public static final int QUBITS = 4;

  /** Electrons of H2, filling the two lowest spin orbitals in the Hartree-Fock state. */
  public static final int ELECTRONS = 2;

  /** The bond length of the ground-state geometry used in most VQE demonstrations, Angstrom. */
  public static final double EQUILIBRIUM_ANGSTROM = 0.735;

  private static final String FOLDER = "h2/";

  private H2Hamiltonians() {}

  /** The bond lengths, in Angstrom, of the shipped Hamiltonians, increasing. */
  public static double[] bondLengths() {
    return H2Sto3g.shippedBondLengths();
  }

  /**
   * The shipped Hamiltonian at a bond length in Angstrom.
   *
   * @throws IllegalArgumentException when no Hamiltonian ships for that bond length
   */
  public static PauliSum load(double angstrom) {
    for (double r : bondLengths()) {
      if (r == angstrom) {
        return HamiltonianFile.readResource(H2Hamiltonians.class, FOLDER + H2Sto3g.fileName(r));
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "angstrom: no H2 Hamiltonian ships for %s Angstrom; available: %s "
            + "(H2Sto3g.atAngstrom(r).hamiltonian() computes any other)",
        angstrom, Arrays.toString(bondLengths())));
  }
}
