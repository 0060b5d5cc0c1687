package io.qml4j.samples.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.ml.kernel.FidelityKernel;
import io.qml4j.runtime.ml.kernel.StatePreparation;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code expectationsBatch} against one {@code expectations} call per input, for
 * models with an input-free ansatz (Classifier), an ansatz that reads x and two observables
 * (Reuploading, MoonsClassifier), every batch kernel (BatchGates), a 12-qubit model, a feature
 * map without parameters (BatchEncoding), and the row-by-row fallback (BatchWide, BatchRowByRow);
 * batch sizes 1, 7 (not a multiple of any vector width), 64 and 1000 (several blocks of lanes).
 * Runs with and without the Vector API (samples/pom.xml), which changes the kernels of both sides.
 */
class BatchEvaluationTest {
  /** Both sides are exact double-precision simulations that differ by rounding only. */
  private static final double TOLERANCE = 1e-12;
  private static final int[] SIZES = {1, 7, 64, 1000};

  private final SplittableRandom random = new SplittableRandom(15);

  @Test
  void classifier() {
    double[] theta = random(ClassifierModel.PARAMS);
    for (int size : SIZES) {
      double[][] xs = rows(size, ClassifierModel.INPUTS);
      assertRowsEqual(xs, ClassifierModel.expectationsBatch(xs, theta),
          x -> ClassifierModel.expectations(x, theta));
      double[] first = ClassifierModel.expectationBatch(xs, theta);
      for (int b = 0; b < size; b++) {
        assertEquals(ClassifierModel.expectation(xs[b], theta), first[b], TOLERANCE);
      }
    }
  }

  @Test
  void ansatzThatReadsTheInputWithTwoObservables() {
    double[] theta = random(ReuploadingModel.PARAMS);
    double[] moons = random(MoonsClassifierModel.PARAMS);
    for (int size : SIZES) {
      double[][] xs = rows(size, ReuploadingModel.INPUTS);
      assertRowsEqual(xs, ReuploadingModel.expectationsBatch(xs, theta),
          x -> ReuploadingModel.expectations(x, theta));
      double[][] two = rows(size, MoonsClassifierModel.INPUTS);
      assertRowsEqual(two, MoonsClassifierModel.expectationsBatch(two, moons),
          x -> MoonsClassifierModel.expectations(x, moons));
    }
  }

  @Test
  void everyBatchKernel() {
    double[] theta = random(BatchGatesModel.PARAMS);
    for (int size : SIZES) {
      double[][] xs = rows(size, BatchGatesModel.INPUTS);
      assertRowsEqual(xs, BatchGatesModel.expectationsBatch(xs, theta),
          x -> BatchGatesModel.expectations(x, theta));
    }
  }

  @Test
  void twelveQubitsAndAFeatureMapWithoutParameters() {
    double[] theta = random(Classifier12Model.PARAMS);
    double[][] xs = rows(7, Classifier12Model.INPUTS);
    assertRowsEqual(xs, Classifier12Model.expectationsBatch(xs, theta),
        x -> Classifier12Model.expectations(x, theta));
    for (int size : SIZES) {
      double[][] rows = rows(size, BatchEncodingModel.INPUTS);
      assertRowsEqual(rows, BatchEncodingModel.expectationsBatch(rows),
          BatchEncodingModel::expectations);
    }
  }

  @Test
  void statesForKernelMatrices() {
    for (int size : SIZES) {
      double[][] xs = rows(size, ZzKernelModel.INPUTS);
      StateVector[] states = ZzKernelModel.statesBatch(xs);
      for (int b = 0; b < size; b++) {
        assertArrayEquals(ZzKernelModel.state(xs[b]).amplitudes(), states[b].amplitudes(),
            TOLERANCE, "state " + b);
      }
    }
    double[] theta = random(ReuploadingModel.PARAMS);
    double[][] xs = rows(7, ReuploadingModel.INPUTS);
    StateVector[] states = ReuploadingModel.statesBatch(xs, theta);
    for (int b = 0; b < xs.length; b++) {
      assertArrayEquals(ReuploadingModel.state(xs[b], theta).amplitudes(),
          states[b].amplitudes(), TOLERANCE, "state " + b);
    }
    double[][] points = rows(30, ZzKernelModel.INPUTS);
    double[][] batched = new FidelityKernel(StatePreparation.batched(ZzKernelModel::state,
        ZzKernelModel::statesBatch)).matrix(points);
    double[][] single = new FidelityKernel(ZzKernelModel::state).matrix(points);
    for (int i = 0; i < points.length; i++) {
      assertArrayEquals(single[i], batched[i], TOLERANCE, "row " + i);
    }
  }

  @Test
  void wideAndNormalisingModelsGoRowByRow() {
    double[] theta = random(1);
    double[][] wide = rows(7, BatchWideModel.INPUTS);
    assertRowsEqual(wide, BatchWideModel.expectationsBatch(wide, theta),
        x -> BatchWideModel.expectations(x, theta));
    double[][] amplitudes = rows(7, BatchRowByRowModel.INPUTS);
    assertRowsEqual(amplitudes, BatchRowByRowModel.expectationsBatch(amplitudes, theta),
        x -> BatchRowByRowModel.expectations(x, theta));
    amplitudes[5] = new double[4];
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BatchRowByRowModel.expectationsBatch(amplitudes, theta));
    assertTrue(e.getMessage().contains("all zero"), e.getMessage());
  }

  @Test
  void badRowsAreNamed() {
    double[] theta = random(ClassifierModel.PARAMS);
    double[][] xs = rows(5, ClassifierModel.INPUTS);
    xs[3] = new double[] {1, 2, 3};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ClassifierModel.expectationsBatch(xs, theta));
    assertTrue(e.getMessage().startsWith("xs[3]: expected 4 values, got 3"), e.getMessage());
    xs[3] = new double[] {0, Double.NaN, 0, 0};
    e = assertThrows(IllegalArgumentException.class,
        () -> ClassifierModel.expectationsBatch(xs, theta));
    assertTrue(e.getMessage().startsWith("xs[3]: element 1 is NaN"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ClassifierModel.expectationsBatch(null, theta));
    assertTrue(e.getMessage().startsWith("xs: "), e.getMessage());
    assertEquals(0, ClassifierModel.expectationsBatch(new double[0][], theta).length);
  }

  private void assertRowsEqual(double[][] xs, double[][] batch,
      java.util.function.Function<double[], double[]> single) {
    assertEquals(xs.length, batch.length);
    for (int b = 0; b < xs.length; b++) {
      assertArrayEquals(single.apply(xs[b]), batch[b], TOLERANCE, "row " + b);
    }
  }

  private double[][] rows(int size, int inputs) {
    double[][] xs = new double[size][];
    for (int b = 0; b < size; b++) {
      xs[b] = random(inputs);
    }
    return xs;
  }

  private double[] random(int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = random.nextDouble(-Math.PI, Math.PI);
    }
    return v;
  }
}
