package io.qml4j.samples.showcase;

import static io.qml4j.samples.showcase.ShowcaseTesting.assertPng;
import static io.qml4j.samples.showcase.ShowcaseTesting.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The qcbm, qgan and qbm tasks: their figures against issue 13's targets, plots and options. */
class GenerativeTasksTest {
  @TempDir
  Path out;

  @Test
  void bornMachineLearnsBarsAndStripes() throws IOException {
    TaskResult r = run(out, "qcbm");
    assertTrue(r.value("KL") < BornMachineTask.KL_TARGET, r.figure());
    assertTrue(r.value("valid samples") > 0.9, r.figure());
    assertTrue(r.meetsReference());
    assertEquals(2, r.plots().size());
    for (Path p : r.plots()) {
      assertPng(p);
    }
  }

  @Test
  void bornMachineLearnsTheGaussianMixture() throws IOException {
    TaskResult r = run(out, "qcbm", "--data", "gaussian", "--steps", "150");
    assertTrue(r.value("KL") < BornMachineTask.KL_TARGET, r.figure());
    assertTrue(r.task().contains("Gaussian mixture (6 qubits"), r.task());
  }

  @Test
  void qganLoadsTheLogNormal() throws IOException {
    TaskResult r = run(out, "qgan");
    assertTrue(r.value("relative entropy") < QganTask.ENTROPY_TARGET, r.figure());
    assertEquals(2, r.plots().size());
    for (Path p : r.plots()) {
      assertPng(p);
    }
  }

  @Test
  void boltzmannMachinesAreComparedAndTheGradientChecked() throws IOException {
    TaskResult r = run(out, "qbm", "--steps", "60");
    assertTrue(r.value("gradient error") < BoltzmannTask.GRADIENT_TOLERANCE, r.figure());
    assertTrue(r.value("KL QBM") < 0.1 && r.value("KL BM") < 0.1, r.figure());
    for (Path p : r.plots()) {
      assertPng(p);
    }
  }

  @Test
  void outOfRangeFieldAndTemperatureAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run(out, "qbm", "--field", "-1"));
    assertTrue(e.getMessage().startsWith("field: expected a transverse field in [0, 100.0]"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> run(out, "qbm", "--temperature", "0"));
    assertTrue(e.getMessage().startsWith("temperature: expected a temperature in"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> run(out, "qcbm", "--depth", "0"));
    assertEquals("--depth: expected 1 to 20, got 0", e.getMessage());
  }
}
