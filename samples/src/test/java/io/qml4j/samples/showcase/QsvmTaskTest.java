package io.qml4j.samples.showcase;

import static io.qml4j.samples.showcase.ShowcaseTesting.assertPng;
import static io.qml4j.samples.showcase.ShowcaseTesting.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QsvmTaskTest {
  @TempDir
  Path out;

  @Test
  void exactKernelSeparatesTheAdHocDataset() throws IOException {
    TaskResult r = run(out, "qsvm", "--train", "10", "--test", "10", "--grid", "8");
    assertTrue(r.value("test accuracy") >= QsvmTask.REQUIRED_ACCURACY, r.figure());
    assertTrue(r.meetsReference());
    assertEquals(2, r.plots().size());
    assertEquals(out.resolve("qsvm-decision-boundary.png"), r.plots().get(1));
    for (Path p : r.plots()) {
      assertPng(p);
    }
  }

  @Test
  void shotKernelStillSeparatesIt() throws IOException {
    // 2000 shots: kernel entries within about 0.01, far below the margin the gap 0.3 leaves.
    TaskResult r = run(out, "qsvm", "--train", "8", "--test", "8", "--shots", "2000",
        "--grid", "2");
    assertTrue(r.value("test accuracy") >= QsvmTask.REQUIRED_ACCURACY, r.figure());
    assertTrue(r.task().contains("2000 shots"), r.task());
  }

  @Test
  void moreQubitsSkipTheTwoDimensionalBoundary() throws IOException {
    TaskResult r = run(out, "qsvm", "--qubits", "3", "--train", "6", "--test", "4");
    assertEquals(1, r.plots().size());
    assertPng(r.plots().get(0));
  }
}
