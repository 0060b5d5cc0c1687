package io.qml4j.runtime.ml.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.StateVector;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link StatePreparation#batched}: kernel matrices prepare their points through the batch
 * function, in one call per set of points, with the same entries as one preparation per point;
 * a batch of the wrong length fails naming it.
 */
class BatchedPreparationTest {
  /** RY(x0) on one qubit: cos(x0/2)|0> + sin(x0/2)|1>. */
  private static StateVector ry(double[] x) {
    return StateVector.wrap(1, new double[] {Math.cos(x[0] / 2), 0, Math.sin(x[0] / 2), 0});
  }

  @Test
  void kernelMatricesPrepareThroughTheBatch() {
    AtomicInteger calls = new AtomicInteger();
    StatePreparation batched = StatePreparation.batched(BatchedPreparationTest::ry, xs -> {
      calls.incrementAndGet();
      StateVector[] out = new StateVector[xs.length];
      for (int i = 0; i < xs.length; i++) {
        out[i] = ry(xs[i]);
      }
      return out;
    });
    double[][] points = {{0.1}, {1.3}, {2.9}, {-0.4}};
    double[][] matrix = new FidelityKernel(batched).matrix(points);
    assertEquals(1, calls.get());
    double[][] single = new FidelityKernel(BatchedPreparationTest::ry).matrix(points);
    for (int i = 0; i < points.length; i++) {
      assertArrayEquals(single[i], matrix[i], 1e-15);
      // |<phi(a)|phi(b)>|^2 = cos^2((a - b) / 2)
      double c = Math.cos((points[i][0] - points[0][0]) / 2);
      assertEquals(c * c, matrix[i][0], 1e-12);
    }
    assertEquals(ry(points[2]).amplitudes()[2], batched.prepare(points[2]).amplitudes()[2]);
  }

  @Test
  void aBatchOfTheWrongLengthIsNamed() {
    StatePreparation bad = StatePreparation.batched(BatchedPreparationTest::ry,
        xs -> new StateVector[0]);
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new FidelityKernel(bad).matrix(new double[][] {{0.5}}));
    assertTrue(e.getMessage().contains("0 states for 1 points"), e.getMessage());
  }
}
