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

class NoisyTrainingTaskTest {
  @TempDir
  Path out;

  @Test
  void theClassifierAndVqeTrainThroughTheNoisyFakeDevice() throws IOException {
    TaskResult r = run(out, "noisy-training");
    assertTrue(r.meetsReference(), r.figure());
    double exact = r.value("exact energy");
    assertEquals(-1.1373, exact, 1e-4);
    // noise raises the measured energy above the exact ground energy, but far below the start
    assertTrue(r.value("noisy energy") > exact, r.figure());
    assertTrue(r.value("noisy energy") < -0.9, r.figure());
    assertTrue(r.value("noisy accuracy") >= NoisyTrainingTask.REQUIRED_ACCURACY, r.figure());
    assertEquals(1, r.plots().size());
    assertPng(r.plots().get(0));
  }

  @Test
  void anUnknownBackendIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run(out, "noisy-training", "--backend", "nope"));
    assertTrue(e.getMessage().startsWith("name: no backend \"nope\""), e.getMessage());
  }
}
