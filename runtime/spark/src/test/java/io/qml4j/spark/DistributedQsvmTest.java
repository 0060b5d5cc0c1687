package io.qml4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.ml.data.AdHocDataset;
import io.qml4j.runtime.ml.data.TrainTest;
import io.qml4j.runtime.ml.kernel.FidelityKernel;
import io.qml4j.runtime.ml.svm.PrecomputedKernelSvm;
import io.qml4j.runtime.ml.svm.Qsvm;
import io.qml4j.runtime.ml.svm.SvmOptions;
import io.qml4j.spark.models.ZzMapModel;
import java.util.List;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The QSVM on a distributed kernel against the single-JVM {@link Qsvm}, and Nystrom features. */
class DistributedQsvmTest {
  private static TrainTest data;

  @BeforeAll
  static void start() {
    LocalSpark.session();
    data = AdHocDataset.generate(15, 10, AdHocDataset.PAPER_GAP, 11);
  }

  @Test
  void trainsTheSameSvmAsTheSingleJvmQsvm() {
    Dataset<Row> train = LocalSpark.points(data.train().features(), data.train().labels(), 2);
    Dataset<Row> test = LocalSpark.points(data.test().features(), data.test().labels(), 3);
    DistributedQsvm distributed = DistributedQsvm.train(
        new DistributedKernel(() -> ZzMapModel::state, 8), train, "features", "label",
        SvmOptions.defaults());
    Qsvm single = Qsvm.train(ZzMapModel::state, data.train(), SvmOptions.defaults());
    assertArrayEquals(single.svm().supportVectorIndices(),
        distributed.svm().supportVectorIndices());
    double[] expected = single.decisionValues(data.test().features());
    assertArrayEquals(expected, distributed.decisionValues(test, "features"), 0.0);
    List<Row> scored = test.select(
        distributed.decisionFunction(InvalidRows.FAIL).apply(functions.col("features")),
        distributed.predictFunction(InvalidRows.FAIL).apply(functions.col("features")))
        .collectAsList();
    int[] labels = single.predict(data.test().features());
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], scored.get(i).getDouble(0), 0.0, "decision of row " + i);
      assertEquals(labels[i], scored.get(i).getInt(1), "label of row " + i);
    }
  }

  @Test
  void nystromWithEveryPointAsLandmarkReproducesTheKernel() {
    double[][] x = data.train().features();
    NystromFeatures nystrom = NystromFeatures.of(() -> ZzMapModel::state, x);
    double[][] k = new FidelityKernel(ZzMapModel::state).matrix(x);
    double[][] phi = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      phi[i] = nystrom.features(x[i]);
    }
    // phi(x_i) . phi(x_j) = K W^+ K = K when W = K: exact up to the dropped eigenvalues.
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) {
        double dot = 0;
        for (int l = 0; l < phi[i].length; l++) {
          dot += phi[i][l] * phi[j][l];
        }
        assertEquals(k[i][j], dot, 1e-9, "(" + i + ", " + j + ")");
      }
    }
  }

  @Test
  void nystromFeaturesFromSparkApproximateTheKernelWellEnoughToClassify() {
    Dataset<Row> train = LocalSpark.points(data.train().features(), data.train().labels(), 2);
    NystromFeatures nystrom = NystromFeatures.fit(() -> ZzMapModel::state, train, "features", 20,
        5);
    assertEquals(20, nystrom.landmarks());
    // The Spark SQL function gives, row by row, what the driver computes for the same point.
    List<Row> rows = nystrom.transform(train, "features", "phi").select("features", "phi")
        .collectAsList();
    double[][] phi = new double[rows.size()][];
    for (int i = 0; i < phi.length; i++) {
      phi[i] = ((Vector) rows.get(i).get(1)).toArray();
      assertArrayEquals(nystrom.features(LocalSparkRows.vector(rows.get(i), 0)), phi[i], 0.0);
    }
    // 20 of 30 points as landmarks: phi . phi approximates K; an SVM on that linear kernel (what
    // a linear model on the features is, such as MLlib's LinearSVC) classifies the test set about
    // as well as the exact QSVM.
    double[][] approximate = new double[phi.length][phi.length];
    for (int i = 0; i < phi.length; i++) {
      for (int j = 0; j < phi.length; j++) {
        approximate[i][j] = dot(phi[i], phi[j]);
      }
    }
    PrecomputedKernelSvm svm = PrecomputedKernelSvm.train(approximate, data.train().labels(),
        SvmOptions.defaults());
    double[][] testRows = new double[data.test().size()][phi.length];
    for (int i = 0; i < testRows.length; i++) {
      double[] p = nystrom.features(data.test().features(i));
      for (int j = 0; j < phi.length; j++) {
        testRows[i][j] = dot(p, phi[j]);
      }
    }
    int[] predicted = svm.predict(testRows);
    int correct = 0;
    for (int i = 0; i < predicted.length; i++) {
      correct += predicted[i] == data.test().label(i) ? 1 : 0;
    }
    double accuracy = correct / (double) predicted.length;
    double exact = Qsvm.train(ZzMapModel::state, data.train(), SvmOptions.defaults())
        .accuracy(data.test());
    assertTrue(accuracy >= exact - 0.15, "Nystrom " + accuracy + ", exact " + exact);
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
