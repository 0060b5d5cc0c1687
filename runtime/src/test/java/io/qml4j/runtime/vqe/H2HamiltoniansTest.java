package io.qml4j.runtime.vqe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.vqe.chem.H2Sto3g;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class H2HamiltoniansTest {
  @Test
  void shippedFilesAreExactlyWhatTheGeneratorWrites() throws IOException {
    for (double r : H2Hamiltonians.bondLengths()) {
      String name = "h2/" + H2Sto3g.fileName(r);
      try (InputStream in = H2Hamiltonians.class.getResourceAsStream(name)) {
        String shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(H2Sto3g.atAngstrom(r).fileText(), shipped,
            name + " differs from a fresh run of H2Sto3g: regenerate with H2Sto3g.main");
      }
    }
  }

  @Test
  void shippedHamiltoniansParseToTheGeneratedOnes() {
    for (double r : H2Hamiltonians.bondLengths()) {
      PauliSum shipped = H2Hamiltonians.load(r);
      PauliSum fresh = H2Sto3g.atAngstrom(r).hamiltonian();
      assertEquals(fresh.terms().size(), shipped.terms().size());
      for (PauliSum.Term t : fresh.terms()) {
        assertEquals(t.coefficient(), shipped.coefficient(t.string()), 1e-15, r + " " + t);
      }
      assertEquals(3, shipped.maxWire());
    }
  }

  @Test
  void curveIncludesTheIssuesBondLengths() {
    double[] r = H2Hamiltonians.bondLengths();
    assertTrue(r.length >= 11);
    for (double wanted : new double[] {0.5, 0.7, 0.735, 1.0, 1.5, 2.0, 2.5}) {
      assertTrue(java.util.Arrays.stream(r).anyMatch(x -> x == wanted), "missing " + wanted);
    }
  }

  @Test
  void equilibriumIsTheMinimumOfTheExactCurve() {
    double best = Double.POSITIVE_INFINITY, at = 0;
    for (double r : H2Hamiltonians.bondLengths()) {
      double e = ExactDiagonalization.groundEnergy(H2Hamiltonians.load(r), H2Hamiltonians.QUBITS);
      if (e < best) {
        best = e;
        at = r;
      }
    }
    assertEquals(0.735, at, 0, "STO-3G H2's minimum lies near 0.735 Angstrom");
  }

  @Test
  void unknownBondLengthNamesTheAvailableOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> H2Hamiltonians.load(0.74));
    assertTrue(e.getMessage().startsWith(
        "angstrom: no H2 Hamiltonian ships for 0.74 Angstrom; available: [0.5, 0.6,"),
        e.getMessage());
  }
}
