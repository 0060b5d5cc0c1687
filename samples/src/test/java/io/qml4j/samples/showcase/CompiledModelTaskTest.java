package io.qml4j.samples.showcase;

import static io.qml4j.samples.showcase.ShowcaseTesting.assertPng;
import static io.qml4j.samples.showcase.ShowcaseTesting.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.vqe.ExactDiagonalization;
import io.qml4j.runtime.vqe.H2Hamiltonians;
import io.qml4j.samples.models.GivensVqeModel;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompiledModelTaskTest {
  @TempDir
  Path out;

  @Test
  void compiledModelReachesChemicalAccuracyAndAgreesWithTheRuntime() throws IOException {
    TaskResult r = run(out, "compiled", "--timing-runs", "0");
    assertTrue(r.value("error") < VqeTask.CHEMICAL_ACCURACY, r.figure());
    assertTrue(r.value("disagreement") <= CompiledModelTask.AGREEMENT, r.figure());
    assertTrue(r.value("gradient disagreement") <= CompiledModelTask.GRADIENT_AGREEMENT,
        r.figure());
    assertTrue(r.meetsReference());
    assertTrue(r.task().contains("adam on generated adjoint gradient"), r.task());
    assertEquals(1, r.plots().size());
    assertPng(r.plots().get(0));
  }

  @Test
  void fewAdamStepsOnTheGeneratedGradientReachChemicalAccuracy() throws IOException {
    TaskResult r = run(out, "compiled", "--steps", "60", "--timing-runs", "0");
    assertTrue(r.value("error") < VqeTask.CHEMICAL_ACCURACY, r.figure());
  }

  @Test
  void derivativeFreeOptimiserStillRunsOnEnergiesAlone() throws IOException {
    TaskResult r = run(out, "compiled", "--optimizer", "nelder-mead", "--learning-rate", "0.2",
        "--steps", "400", "--timing-runs", "0");
    assertTrue(r.value("error") < VqeTask.CHEMICAL_ACCURACY, r.figure());
    assertEquals("Compiled model, H2 VQE (GivensVqeModel, nelder-mead)", r.task());
  }

  @Test
  void compiledHamiltonianIsOneOfTheShippedMolecules() {
    // The model's coefficients (PennyLane's qchem tutorial) and the shipped files are independent
    // sources of H2 STO-3G: the model's ground energy must be the exact energy of a shipped bond
    // length. (It matches 0.7 Angstrom to about 1e-6 Ha, the tutorial's 1.3228 bohr.)
    double compiled = ExactDiagonalization.groundEnergy(GivensVqeModel.ENERGY, 4);
    double nearest = Double.POSITIVE_INFINITY;
    for (double r : H2Hamiltonians.bondLengths()) {
      double shipped = ExactDiagonalization.groundEnergy(H2Hamiltonians.load(r), 4);
      nearest = Math.min(nearest, Math.abs(shipped - compiled));
    }
    assertTrue(nearest < 1e-5, "closest shipped ground energy is " + nearest + " Ha away");
  }
}
