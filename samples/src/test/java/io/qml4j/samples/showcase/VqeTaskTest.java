package io.qml4j.samples.showcase;

import static io.qml4j.samples.showcase.ShowcaseTesting.assertPng;
import static io.qml4j.samples.showcase.ShowcaseTesting.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.vqe.ExactDiagonalization;
import io.qml4j.runtime.vqe.H2Hamiltonians;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VqeTaskTest {
  @TempDir
  Path out;

  @Test
  void excitationAnsatzReachesChemicalAccuracyAlongTheCurve() throws IOException {
    TaskResult r = run(out, "vqe");
    assertTrue(r.value("max error") < VqeTask.CHEMICAL_ACCURACY, r.figure());
    assertTrue(r.value("error at equilibrium") < VqeTask.CHEMICAL_ACCURACY, r.figure());
    assertTrue(r.task().contains(H2Hamiltonians.bondLengths().length + " bond lengths"), r.task());
    assertEquals(2, r.plots().size());
    for (Path p : r.plots()) {
      assertPng(p);
    }
  }

  @Test
  void hardwareEfficientAnsatzAtEquilibrium() throws IOException {
    TaskResult r = run(out, "vqe", "--ansatz", "hea", "--bond-lengths", "0.735");
    assertTrue(r.value("error at equilibrium") < VqeTask.CHEMICAL_ACCURACY, r.figure());
  }

  @Test
  void shotBasedSpsaAtEquilibrium() throws IOException {
    TaskResult r = run(out, "vqe", "--bond-lengths", "0.735", "--shots", "4000",
        "--optimizer", "spsa", "--steps", "150");
    assertTrue(r.value("error at equilibrium") < VqeTask.CHEMICAL_ACCURACY, r.figure());
  }

  @Test
  void errorIsMeasuredAgainstExactDiagonalization() throws IOException {
    // Two gradient-descent steps from Hartree-Fock stay well above the ground state, so the
    // reported error must equal E_VQE - E_exact by an independent diagonalisation: positive.
    TaskResult r = run(out, "vqe", "--bond-lengths", "0.735", "--optimizer", "gd",
        "--learning-rate", "0.01", "--steps", "2");
    double exact = ExactDiagonalization.groundEnergy(H2Hamiltonians.load(0.735),
        H2Hamiltonians.QUBITS);
    assertTrue(r.value("error at equilibrium") > VqeTask.CHEMICAL_ACCURACY, r.figure());
    assertTrue(exact < -1.13, "exact " + exact);
    assertTrue(!r.meetsReference());
  }

  @Test
  void unshippedBondLengthIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run(out, "vqe", "--bond-lengths", "0.73"));
    assertTrue(e.getMessage().startsWith("--bond-lengths: no Hamiltonian ships for 0.73 Angstrom"),
        e.getMessage());
  }
}
