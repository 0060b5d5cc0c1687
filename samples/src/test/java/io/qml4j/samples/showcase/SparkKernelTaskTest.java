package io.qml4j.samples.showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-kernel task on local[2] with a small matrix. */
class SparkKernelTaskTest {
  @Test
  void theDistributedMatrixEqualsTheSingleJvmOne(@TempDir Path out) throws Exception {
    TaskResult result = ShowcaseTesting.run(out, "spark-kernel", "--master", "local[2]",
        "--points", "70", "--block-size", "30");
    assertTrue(result.meetsReference(), result.figure());
    assertEquals(0.0, result.value("max difference"));
    assertEquals(70.0, result.value("trace"), 1e-9);
  }
}
