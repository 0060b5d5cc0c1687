package io.qml4j.runtime.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.gradient.Jacobian;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link DifferentiableModel#withBatchExpectations}: the batch function serves
 * {@code batchExpectations} (cut into parts for large batches, rows back in order) and the
 * training batch's values; everything else is the wrapped model's; a batch of the wrong shape
 * fails naming what is wrong.
 */
class BatchedModelTest {
  // <Z> after RY(theta0 x0) RY(theta1) on |0>: cos(theta0 x0 + theta1)
  private static double[] e(double[] x, double[] t) {
    return new double[] {Math.cos(t[0] * x[0] + t[1])};
  }

  private static double[][] j(double[] x, double[] t) {
    double s = -Math.sin(t[0] * x[0] + t[1]);
    return new double[][] {{s * x[0], s}};
  }

  private final AtomicInteger rowsSeen = new AtomicInteger();

  private double[][] batch(double[][] xs, double[] t) {
    rowsSeen.addAndGet(xs.length);
    double[][] out = new double[xs.length][];
    for (int i = 0; i < xs.length; i++) {
      out[i] = e(xs[i], t);
    }
    return out;
  }

  @Test
  void theBatchFunctionServesBatchesInOrder() {
    DifferentiableModel plain = DifferentiableModel.of(2, 1, 1, BatchedModelTest::e,
        BatchedModelTest::j);
    DifferentiableModel m = plain.withBatchExpectations(this::batch);
    double[] t = {1.2, -0.3};
    double[][] xs = new double[5_000][];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = new double[] {i * 1e-3};
    }
    double[][] values = m.batchExpectations(xs, t);
    assertEquals(xs.length, rowsSeen.get());
    for (int i = 0; i < xs.length; i++) {
      assertArrayEquals(e(xs[i], t), values[i], 0, "row " + i);
    }
    assertArrayEquals(plain.batchExpectations(xs, t)[4_321], values[4_321], 0);
    List<Jacobian> training = m.batchJacobians(new double[][] {{0.5}, {0.7}}, t);
    assertEquals(xs.length + 2, rowsSeen.get());
    assertArrayEquals(e(new double[] {0.7}, t), training.get(1).values(), 0);
    assertArrayEquals(j(new double[] {0.7}, t)[0], training.get(1).theta()[0], 0);
    assertEquals(2, m.params());
    assertArrayEquals(plain.initialParameters(4), m.initialParameters(4), 0);
  }

  @Test
  void aBatchOfTheWrongShapeIsNamed() {
    DifferentiableModel m = DifferentiableModel.of(2, 1, 1, BatchedModelTest::e,
        BatchedModelTest::j).withBatchExpectations((xs, t) -> new double[xs.length][2]);
    IllegalStateException error = assertThrows(IllegalStateException.class,
        () -> m.batchExpectations(new double[][] {{0.1}}, new double[] {1, 2}));
    assertTrue(error.getMessage().contains("2 values per point"), error.getMessage());
  }
}
