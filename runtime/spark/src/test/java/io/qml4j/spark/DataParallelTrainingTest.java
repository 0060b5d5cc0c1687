package io.qml4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.ml.DifferentiableModel;
import io.qml4j.runtime.ml.data.Dataset;
import io.qml4j.runtime.ml.data.TwoMoons;
import io.qml4j.runtime.ml.optim.Adam;
import io.qml4j.runtime.ml.optim.GradientDescent;
import io.qml4j.runtime.ml.optim.OptimizerOptions;
import io.qml4j.runtime.ml.variational.VariationalClassifier;
import io.qml4j.spark.models.MoonsModel;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Data-parallel training against the single-JVM {@link VariationalClassifier#train}. */
class DataParallelTrainingTest {
  private static final int STEPS = 8;
  private static final int BATCH = 10;
  private static Dataset moons;

  @BeforeAll
  static void start() {
    LocalSpark.session();
    moons = TwoMoons.generate(40, 0.1, 2);
  }

  private static Adam adam() {
    return new Adam(0.05, OptimizerOptions.defaults().withMaxSteps(STEPS).withSeed(17));
  }

  /** Plain gradient descent: a step moves by the gradient, so rounding is not amplified. */
  private static GradientDescent descent() {
    return new GradientDescent(0.2, OptimizerOptions.defaults().withMaxSteps(STEPS).withSeed(17));
  }

  /** The generated model with parameter-shift Jacobians instead of adjoint ones. */
  static DifferentiableModel parameterShift() {
    return DifferentiableModel.of(MoonsModel.PARAMS, MoonsModel.INPUTS, 1,
        (x, theta) -> new double[] {MoonsModel.expectation(x, theta)},
        (x, theta) -> MoonsModel.parameterShiftJacobian(x, theta).theta());
  }

  private static org.apache.spark.sql.Dataset<Row> rows(int partitions) {
    return LocalSpark.points(moons.features(), moons.labels(), partitions);
  }

  @Test
  void onePartitionReproducesTheSingleJvmRunBitForBit() {
    VariationalClassifier single =
        VariationalClassifier.train(MoonsModel.differentiable(), moons, adam(), BATCH, 5);
    VariationalClassifier spark = DataParallelTraining.classifier(MoonsModel::differentiable,
        rows(1), "features", "label", adam(), BATCH, 5);
    assertArrayEquals(single.parameters(), spark.parameters(), 0.0);
    assertEquals(single.result().loss(), spark.result().loss(), 0.0);
    assertEquals(STEPS, spark.result().steps());
  }

  @Test
  void twoPartitionsAgreeToRoundingAndRepeatBitForBit() {
    // Two partitions add the batch in another order than one JVM: equal to rounding, which plain
    // gradient descent keeps at rounding (Adam's division by sqrt(v) can magnify it to 1e-11).
    VariationalClassifier single =
        VariationalClassifier.train(parameterShift(), moons, descent(), BATCH, 5);
    VariationalClassifier first = DataParallelTraining.classifier(
        DataParallelTrainingTest::parameterShift, rows(2), "features", "label", descent(), BATCH,
        5);
    VariationalClassifier second = DataParallelTraining.classifier(
        DataParallelTrainingTest::parameterShift, rows(2), "features", "label", descent(), BATCH,
        5);
    assertArrayEquals(single.parameters(), first.parameters(), 1e-12);
    assertEquals(single.result().loss(), first.result().loss(), 1e-12);
    assertArrayEquals(first.parameters(), second.parameters(), 0.0);
    VariationalClassifier untrained = VariationalClassifier.of(parameterShift(), new int[] {0, 1},
        VariationalClassifier.initialParameters(parameterShift(), 5), null);
    double[] zero = new double[first.parameters().length];
    double start = 0;
    for (int i = 0; i < moons.size(); i++) {
      start += untrained.lossAndGradient(moons.features(i), moons.label(i),
          untrained.parameters(), zero) / moons.size();
    }
    assertTrue(first.result().loss() < start, "training lowered the loss from " + start + " to "
        + first.result().loss());
  }

  @Test
  void aLabelThatIsNotAnIntegerNamesItsRow() {
    org.apache.spark.sql.Dataset<Row> data = rows(2).withColumn("label",
        org.apache.spark.sql.functions.when(org.apache.spark.sql.functions.monotonically_increasing_id()
            .equalTo(0), 0.5).otherwise(org.apache.spark.sql.functions.col("label")));
    Exception e = assertThrows(Exception.class, () -> DataParallelTraining.classifier(
        MoonsModel::differentiable, data, "features", "label", adam(), BATCH, 5));
    assertTrue(DistributedKernelTest.messages(e).contains("train: row 0 has label 0.5 in column "
        + "label, expected an integer class label"), DistributedKernelTest.messages(e));
  }
}
