package io.qml4j.samples.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.samples.bench.models.DeepHea10Model;
import io.qml4j.samples.bench.models.DeepHeaModel;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The 5,000-gate models compile into methods HotSpot will JIT-compile: every method of the
 * generated classes is under {@code -XX:HugeMethodLimit}'s 8,000 bytes of bytecode (HotSpot never
 * compiles a larger one while {@code DontCompileHugeMethods} is on, its default).
 */
class GeneratedMethodSizeTest {
  /** HotSpot's HugeMethodLimit. */
  private static final int HUGE_METHOD_LIMIT = 8000;

  @Test
  void everyMethodOfTheFiveThousandGateModelsIsUnderTheLimit() throws Exception {
    for (Class<?> model : new Class<?>[] {DeepHeaModel.class, DeepHea10Model.class}) {
      Map<String, Integer> sizes = MethodSizes.of(model);
      long chunks = sizes.keySet().stream().filter(n -> n.startsWith("ansatz")).count();
      assertTrue(chunks > 10, model.getSimpleName() + " is split into chunks, got " + chunks);
      sizes.forEach((name, size) -> assertTrue(size < HUGE_METHOD_LIMIT,
          model.getSimpleName() + "." + name + " has " + size + " bytes of bytecode"));
    }
  }

  @Test
  void theBatchSimulationOfA3208GateModelIsCutIntoChunksUnderTheLimit() throws Exception {
    Map<String, Integer> sizes = MethodSizes.of(BatchDeepModel.class);
    long chunks = sizes.keySet().stream().filter(n -> n.startsWith("simulateBatch")).count();
    assertTrue(chunks > 10, "BatchDeepModel's batch simulation is split into chunks, got "
        + chunks);
    sizes.forEach((name, size) -> assertTrue(size < HUGE_METHOD_LIMIT,
        "BatchDeepModel." + name + " has " + size + " bytes of bytecode"));
    double[] theta = new double[BatchDeepModel.PARAMS];
    java.util.Arrays.fill(theta, 0.01);
    double[][] xs = {{1, 2, 3, 4, 5, 6, 7, 8}, {-1, 0.5, 0, 2, 1, 1, 3, 0.25}};
    double[] batch = BatchDeepModel.expectationBatch(xs, theta);
    for (int b = 0; b < xs.length; b++) {
      assertEquals(BatchDeepModel.expectation(xs[b], theta), batch[b], 1e-12);
    }
  }

  @Test
  void theReaderSeesRealSizes() throws Exception {
    // An independent sanity check of the class-file reader: a 5,000-gate model holds at least
    // a few bytes of code per gate across its chunk methods.
    int total = MethodSizes.of(DeepHeaModel.class).entrySet().stream()
        .filter(e -> e.getKey().startsWith("ansatz")).mapToInt(Map.Entry::getValue).sum();
    assertTrue(total > 5 * DeepHeaModel.GATES, "total ansatz bytecode " + total);
  }
}
