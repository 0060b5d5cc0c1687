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

class ClassifierTaskTest {
  @TempDir
  Path out;

  @Test
  void reuploadingClassifierLearnsTwoMoons() throws IOException {
    TaskResult r = run(out, "classifier", "--grid", "8");
    assertTrue(r.value("test accuracy") >= ClassifierTask.REQUIRED_ACCURACY, r.figure());
    assertTrue(r.meetsReference());
    assertEquals(2, r.plots().size());
    for (Path p : r.plots()) {
      assertPng(p);
    }
  }

  @Test
  void sameSeedSameAccuracy() throws IOException {
    String[] args = {"--samples", "60", "--steps", "20", "--grid", "2"};
    assertEquals(run(out, "classifier", args).value("test accuracy"),
        run(out, "classifier", args).value("test accuracy"));
  }

  @Test
  void derivativeFreeOptimiserIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run(out, "classifier", "--optimizer", "nelder-mead"));
    assertEquals("--optimizer: the classifier trains on mini-batch gradients; expected adam or "
        + "gd, got nelder-mead", e.getMessage());
  }
}
