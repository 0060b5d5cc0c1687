package io.qml4j.runtime.vqe.chem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.vqe.ExactDiagonalization;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class FcidumpTest {
  /** Qiskit Nature's total ground-state energy of H2/STO-3G at 0.735 Angstrom. */
  private static final double QISKIT_FCI_0735 = -1.137306035753;

  @Test
  void writtenIntegralsReadBackBitForBit() {
    for (double r : new double[] {0.5, 0.735, 2.5}) {
      MolecularIntegrals m = H2Sto3g.atAngstrom(r).integrals();
      MolecularIntegrals back = Fcidump.parse(Fcidump.write(m), "h2.fcidump");
      assertEquals(m.coreEnergy(), back.coreEnergy(), 0);
      assertEquals(m.electrons(), back.electrons());
      assertEquals(m.spinTwice(), back.spinTwice());
      for (int p = 0; p < 2; p++) {
        for (int q = 0; q < 2; q++) {
          assertEquals(written(m.oneBody(p, q)), back.oneBody(p, q), 0);
          for (int s = 0; s < 2; s++) {
            for (int t = 0; t < 2; t++) {
              assertEquals(written(m.twoBody(p, q, s, t)), back.twoBody(p, q, s, t), 0);
            }
          }
        }
      }
    }
  }

  /** What the writer keeps: the value itself, or 0 for rounding noise below its threshold. */
  private static double written(double v) {
    return Math.abs(v) > Fcidump.WRITE_THRESHOLD ? v : 0;
  }

  @Test
  void shippedFileIsTheH2HamiltonianWithItsPublishedEnergy() throws IOException {
    String text = String.join("\n", PublishedChemistryTest.lines("h2-sto3g-0.735.fcidump"));
    MolecularIntegrals m = Fcidump.parse(text, "h2-sto3g-0.735.fcidump");
    assertEquals(Fcidump.write(H2Sto3g.atAngstrom(0.735).integrals()).strip(), text.strip(),
        "the shipped file is what Fcidump.write gives today");
    assertEquals(QISKIT_FCI_0735, FullCi.groundEnergy(m), 1e-8);
    assertEquals(QISKIT_FCI_0735,
        ExactDiagonalization.groundEnergy(m.qubitHamiltonian(SpinOrdering.BLOCKED,
            FermionMapping.PARITY), 4), 1e-8, "parity encodes the same spectrum");
    assertEquals(-1.1169989967540, m.referenceEnergy(), 1e-12, "RHF energy");
  }

  @Test
  void readsMolproAndPsi4Layouts() {
    // One-line namelist ended by '/', lower-case keys, Fortran exponents, an integral written as
    // (21|21) instead of (12|12), and an orbital-energy line that is not part of H.
    MolecularIntegrals h2 = H2Sto3g.atAngstrom(0.735).integrals();
    String text = String.format(java.util.Locale.ROOT,
        "&fci norb=2, nelec=2, ms2=0, orbsym=1,5, isym=1 /%n"
            + "%s 1 1 1 1%n%s 1 2 1 2%n%s 1 1 2 2%n%s 2 2 2 2%n"
            + "%s 1 1 0 0%n%s 2 2 0 0%n-0.5D+00 1 0 0 0%n%s 0 0 0 0%n",
        d(h2.twoBody(0, 0, 0, 0)), d(h2.twoBody(0, 1, 0, 1)), d(h2.twoBody(0, 0, 1, 1)),
        d(h2.twoBody(1, 1, 1, 1)), d(h2.oneBody(0, 0)), d(h2.oneBody(1, 1)), d(h2.coreEnergy()));
    PauliSum h = Fcidump.parse(text, "molpro.fcidump").qubitHamiltonian();
    PauliSum expected = h2.qubitHamiltonian();
    assertEquals(expected.terms().size(), h.terms().size());
    for (PauliSum.Term t : expected.terms()) {
      assertEquals(t.coefficient(), h.coefficient(t.string()), 1e-15, t.toString());
    }
  }

  private static String d(double v) {
    return String.format(java.util.Locale.ROOT, "%.17E", v).replace('E', 'D');
  }

  @Test
  void malformedFilesNameTheLineAndField() {
    String header = " &FCI NORB=2,NELEC=2,MS2=0,\n  ORBSYM=1,1,\n  ISYM=1,\n &END\n";
    assertError("x.fcidump:6: field 1 (value): expected a finite number, got '0.1x'",
        header + " 0.5 1 1 1 1\n 0.1x 2 2 1 1\n");
    assertError("x.fcidump:5: field 4 (index k): expected an integer in 0..2, got '3'",
        header + " 0.5 1 1 3 1\n");
    assertError("x.fcidump:5: expected 5 fields 'value i j k l', got 4 in '0.5 1 1 1'",
        header + " 0.5 1 1 1\n");
    assertError("x.fcidump:5: expected four non-zero indices for a two-electron integral, "
        + "got 1 0 1 1", header + " 0.5 1 0 1 1\n");
    assertError("x.fcidump:4: header: NORB is missing",
        " &FCI NELEC=2,\n MS2=0,\n ISYM=1,\n &END\n");
    assertError("x.fcidump:1: expected the header to start with &FCI, got '0.5 1 1 1 1'",
        "0.5 1 1 1 1\n");
    assertError("x.fcidump:3: the header has no &END (or /) line", " &FCI NORB=2,\n NELEC=2,\n");
    assertError("x.fcidump:1: IUHF: unrestricted (UHF) FCIDUMP files are not supported; "
        + "write restricted orbitals", " &FCI NORB=2,NELEC=2,MS2=0,IUHF=1 &END\n");
    assertError("x.fcidump:0: electrons: expected 0..4 for 2 orbitals, got 5",
        " &FCI NORB=2,NELEC=5 &END\n 1.0 0 0 0 0\n");
  }

  private static void assertError(String message, String text) {
    FcidumpException e =
        assertThrows(FcidumpException.class, () -> Fcidump.parse(text, "x.fcidump"));
    assertEquals(message, e.getMessage());
  }
}
