package io.qml4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.ml.DifferentiableModel;
import io.qml4j.runtime.ml.data.TwoMoons;
import io.qml4j.runtime.ml.variational.VariationalClassifier;
import io.qml4j.spark.models.MoonsModel;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Batch inference through Spark SQL functions against the model's own methods. */
class ModelFunctionsTest {
  static final AtomicInteger MODELS_BUILT = new AtomicInteger();
  private static SparkSession spark;
  private static double[][] x;
  private static double[] theta;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
    x = TwoMoons.generate(40, 0.1, 4).features();
    theta = MoonsModel.differentiable().initialParameters(9);
  }

  static DifferentiableModel countedModel() {
    MODELS_BUILT.incrementAndGet();
    return MoonsModel.differentiable();
  }

  @Test
  void expectationsEqualTheCompiledModelsAndTheModelIsBuiltOncePerTask() {
    Dataset<Row> points = LocalSpark.points(x, null, 4);
    MODELS_BUILT.set(0);
    spark.udf().register("score", ModelFunctions.expectation(ModelFunctionsTest::countedModel,
        theta, InvalidRows.FAIL));
    points.createOrReplaceTempView("moons");
    List<Row> rows = spark.sql("SELECT score(features) FROM moons").collectAsList();
    assertEquals(x.length, rows.size());
    for (int i = 0; i < x.length; i++) {
      assertEquals(MoonsModel.expectation(x[i], theta), rows.get(i).getDouble(0), 0.0, "row " + i);
    }
    // One on the driver (the checks), then one per task of the 4 partitions, none per row.
    assertEquals(1 + 4, MODELS_BUILT.get());
  }

  @Test
  void predictedClassesEqualTheClassifiers() {
    int[] classes = {0, 1};
    double[] parameters = VariationalClassifier.initialParameters(MoonsModel.differentiable(), 3);
    parameters[theta.length] = 2.5;
    parameters[theta.length + 1] = -0.2;
    VariationalClassifier classifier =
        VariationalClassifier.of(MoonsModel.differentiable(), classes, parameters, null);
    List<Row> rows = LocalSpark.points(x, null, 3).select(ModelFunctions.predictedClass(
        MoonsModel::differentiable, classes, parameters, InvalidRows.FAIL)
        .apply(functions.col("features"))).collectAsList();
    int[] expected = classifier.predict(x);
    assertTrue(java.util.Arrays.stream(expected).distinct().count() == 2, "both classes occur");
    for (int i = 0; i < x.length; i++) {
      assertEquals(expected[i], rows.get(i).getInt(0), "row " + i);
    }
  }

  @Test
  void invalidRowsGiveNullWhenAskedAndOtherwiseANamedError() {
    double[][] bad = x.clone();
    bad[3] = new double[] {0.5, Double.NaN};
    bad[7] = new double[] {0.5};
    List<Row> rows = LocalSpark.points(bad, null, 1).select(ModelFunctions.expectation(
        MoonsModel::differentiable, theta, InvalidRows.NULL).apply(functions.col("features")))
        .collectAsList();
    assertNull(rows.get(3).get(0));
    assertNull(rows.get(7).get(0));
    assertEquals(MoonsModel.expectation(x[4], theta), rows.get(4).getDouble(0), 0.0);
    Exception e = assertThrows(Exception.class, () -> LocalSpark.points(bad, null, 1)
        .select(ModelFunctions.expectation(MoonsModel::differentiable, theta, InvalidRows.FAIL)
            .apply(functions.col("features"))).collectAsList());
    assertTrue(DistributedKernelTest.messages(e).contains("expectation: the feature vector of "
        + "row 3 of partition 0 (counted from 0 as this function saw them) has NaN at element 1, "
        + "expected finite numbers: [0.5, NaN]"), DistributedKernelTest.messages(e));
  }

  @Test
  void badParametersAndUnshippableModelsAreRefusedOnTheDriver() {
    IllegalArgumentException length = assertThrows(IllegalArgumentException.class,
        () -> ModelFunctions.expectation(MoonsModel::differentiable, new double[3],
            InvalidRows.FAIL));
    assertEquals("theta: expected " + theta.length + " values, got 3", length.getMessage());
    DifferentiableModel captured = MoonsModel.differentiable();
    IllegalArgumentException shipping = assertThrows(IllegalArgumentException.class,
        () -> ModelFunctions.expectation(() -> captured, theta, InvalidRows.FAIL));
    assertTrue(shipping.getMessage().startsWith("model: cannot be sent to Spark executors: it "
        + "holds an instance of io.qml4j.runtime.ml.BatchedModel"), shipping.getMessage());
    double[] expected = theta.clone();
    assertArrayEquals(expected, theta, 0.0, "arguments are not changed");
  }
}
