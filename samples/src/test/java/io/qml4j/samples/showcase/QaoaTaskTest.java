package io.qml4j.samples.showcase;

import static io.qml4j.samples.showcase.ShowcaseTesting.assertPng;
import static io.qml4j.samples.showcase.ShowcaseTesting.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QaoaTaskTest {
  @TempDir
  Path out;

  @Test
  void cubeAtDepthOneMatchesFarhisRatioAndDeeperDoesBetter() throws IOException {
    TaskResult r = run(out, "qaoa", "--layers", "3");
    assertEquals(QaoaTask.P1_RATIO, r.value("ratio p=1"), QaoaTask.P1_TOLERANCE, r.figure());
    assertTrue(r.value("ratio") > r.value("ratio p=1"), r.figure());
    assertEquals(12, r.value("max cut"));
    assertEquals(12, r.value("best sampled cut"), r.figure());
    assertTrue(r.meetsReference());
    assertEquals(3, r.plots().size());
    for (Path p : r.plots()) {
      assertPng(p);
    }
  }

  @Test
  void completeBipartiteAtDepthOne() throws IOException {
    TaskResult r = run(out, "qaoa", "--graph", "k33", "--layers", "1");
    assertEquals(QaoaTask.P1_RATIO, r.value("ratio p=1"), QaoaTask.P1_TOLERANCE, r.figure());
    assertEquals(9, r.value("max cut"));
  }

  @Test
  void randomThreeRegularGraphBeatsTheBound() throws IOException {
    TaskResult r = run(out, "qaoa", "--graph", "random", "--nodes", "10", "--layers", "2");
    assertTrue(r.value("ratio p=1") >= QaoaTask.P1_RATIO - QaoaTask.P1_TOLERANCE, r.figure());
    assertTrue(r.task().contains("10 nodes"), r.task());
  }
}
