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

class NoiseTaskTest {
  @TempDir
  Path out;

  @Test
  void zneBringsTheNoisyH2EnergyWithinChemicalAccuracy() throws IOException {
    TaskResult r = run(out, "noise");
    double exact = r.value("exact energy");
    assertEquals(-1.1373, exact, 1e-4);
    assertTrue(r.value("raw energy") - exact > NoiseTask.CHEMICAL_ACCURACY, r.figure());
    assertTrue(Math.abs(r.value("zne energy") - exact) < NoiseTask.CHEMICAL_ACCURACY,
        r.figure());
    assertTrue(r.meetsReference(), r.figure());
    assertEquals(1, r.plots().size());
    assertPng(r.plots().get(0));
  }

  @Test
  void perGateFoldingOnSycamoreAlsoImproves() throws IOException {
    TaskResult r = run(out, "noise", "--device", "google-sycamore-2019", "--folding",
        "per_gate", "--fit", "linear", "--scales", "1,2,3");
    assertTrue(r.value("improvement") > 2, r.figure());
  }

  @Test
  void anUnknownDeviceIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run(out, "noise", "--device", "nope"));
    assertTrue(e.getMessage().startsWith("name: no device snapshot \"nope\""), e.getMessage());
  }
}
