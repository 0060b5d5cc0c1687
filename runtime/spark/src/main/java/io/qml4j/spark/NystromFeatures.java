package io.qml4j.spark;

import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.ml.kernel.FidelityKernel;
import io.qml4j.runtime.ml.kernel.StatePreparation;
import io.qml4j.runtime.ml.kernel.TransposedStates;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The Nystrom approximation of a fidelity kernel (Williams and Seeger 2001) with m landmark points
 * L, for training sets whose N x N kernel matrix does not fit the driver: every point x is mapped
 * to {@code phi(x) = W^(-1/2) k_L(x)}, where {@code k_L(x)} are its m kernel values against the
 * landmarks and {@code W = K(L, L)}, so that {@code phi(x) . phi(y)} approximates {@code k(x, y)}
 * (exactly when the landmarks are all the points). A linear model trained on these features, such
 * as MLlib's {@code LinearSVC} on the column {@link #transform} adds, is then a kernel SVM on the
 * approximated kernel, trained by Spark in O(N m) memory instead of O(N^2).
 *
 * <p>{@code W^(-1/2)} is taken on the eigenvectors whose eigenvalue exceeds
 * {@link #RANK_TOLERANCE} times the largest (a pseudo-inverse), since landmarks close to each other
 * make W nearly singular.
 */
public final class NystromFeatures implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  /**
   * Relative eigenvalue below which a direction of W is dropped: about 1e4 times the rounding of
   * an overlap sum, so numerical noise is never amplified by more than 1e2 in phi.
   */
  public static final double RANK_TOLERANCE = 1e-12;

  private final SerializableFactory<? extends StatePreparation> featureMap;
  private final double[][] landmarks;
  /** W^(-1/2), m x m, row major. */
  private final double[] inverseRoot;
  private final int rank;

  private NystromFeatures(SerializableFactory<? extends StatePreparation> featureMap,
      double[][] landmarks, double[] inverseRoot, int rank) {
    this.featureMap = featureMap;
    this.landmarks = landmarks;
    this.inverseRoot = inverseRoot;
    this.rank = rank;
  }

  /**
   * Chooses {@code landmarks} rows of {@code data} at random (seeded, without replacement) as the
   * landmark points.
   *
   * @throws IllegalArgumentException for fewer rows than landmarks, a landmark count below 1, or a
   *     chosen row that is not a finite vector
   */
  public static NystromFeatures fit(SerializableFactory<? extends StatePreparation> featureMap,
      Dataset<Row> data, String column, int landmarks, long seed) {
    if (landmarks < 1) {
      throw new IllegalArgumentException("landmarks: expected at least 1, got " + landmarks);
    }
    List<Row> sample = data.select(column).javaRDD().takeSample(false, landmarks, seed);
    if (sample.size() < landmarks) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "landmarks: expected at most the %d rows of data, got %d", sample.size(), landmarks));
    }
    double[][] points = new double[landmarks][];
    for (int i = 0; i < landmarks; i++) {
      points[i] = FeatureVectors.read("data", sample.get(i).get(0));
    }
    return of(featureMap, points);
  }

  /**
   * Uses the given landmark points.
   *
   * @throws IllegalArgumentException for no landmarks, rows of different lengths or non-finite
   *     values, or a factory that is not serialisable
   */
  public static NystromFeatures of(SerializableFactory<? extends StatePreparation> featureMap,
      double[][] landmarks) {
    Shipping.requireSerializable("featureMap", featureMap);
    Objects.requireNonNull(landmarks, "landmarks");
    if (landmarks.length == 0) {
      throw new IllegalArgumentException("landmarks: expected at least one point, got none");
    }
    double[][] points = new double[landmarks.length][];
    for (int i = 0; i < points.length; i++) {
      String problem = FeatureVectors.problem(landmarks[i], landmarks[0].length);
      if (problem != null) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "landmarks: point %d %s", i, problem));
      }
      points[i] = landmarks[i].clone();
    }
    int m = points.length;
    double[][] w = new FidelityKernel(Shipping.createOnDriver("featureMap", featureMap))
        .matrix(points);
    DMatrixRMaj matrix = new DMatrixRMaj(w);
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, true, true);
    if (!eig.decompose(matrix)) {
      throw new IllegalStateException("landmarks: the eigendecomposition of W did not converge");
    }
    double largest = 0;
    for (int k = 0; k < m; k++) {
      largest = Math.max(largest, eig.getEigenvalue(k).getReal());
    }
    double[] root = new double[m * m];
    int rank = 0;
    for (int k = 0; k < m; k++) {
      double lambda = eig.getEigenvalue(k).getReal();
      if (lambda <= RANK_TOLERANCE * largest) {
        continue;
      }
      rank++;
      DMatrixRMaj v = eig.getEigenVector(k);
      double scale = 1 / Math.sqrt(lambda);
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < m; j++) {
          root[i * m + j] += scale * v.get(i) * v.get(j);
        }
      }
    }
    return new NystromFeatures(featureMap, points, root, rank);
  }

  /** Number of landmarks m, the length of every feature vector. */
  public int landmarks() {
    return landmarks.length;
  }

  /** The landmark points (a copy). */
  public double[][] landmarkPoints() {
    double[][] copy = new double[landmarks.length][];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = landmarks[i].clone();
    }
    return copy;
  }

  /** The rank of W kept after dropping eigenvalues below {@link #RANK_TOLERANCE}. */
  public int rank() {
    return rank;
  }

  /** {@code phi(x)} on this JVM (for a few points; Spark jobs use {@link #function}). */
  public double[] features(double[] x) {
    Mapper mapper = new Mapper(this);
    return mapper.map(x);
  }

  /**
   * {@code phi} as a Spark SQL function from a feature-vector column to an ML vector of
   * {@link #landmarks()} values, the landmark states prepared once per task.
   */
  public UserDefinedFunction function(InvalidRows invalid) {
    return functions.udf(new NystromFunction(this, invalid), SQLDataTypes.VectorType());
  }

  /** {@code data} with the column {@code outputColumn} of {@code phi(inputColumn)} added. */
  public Dataset<Row> transform(Dataset<Row> data, String inputColumn, String outputColumn) {
    return data.withColumn(outputColumn, function(InvalidRows.FAIL).apply(data.col(inputColumn)));
  }

  /** The landmark states and W^(-1/2) of one task. */
  private static final class Mapper {
    private final NystromFeatures owner;
    private final StatePreparation map;
    private final TransposedStates states;

    Mapper(NystromFeatures owner) {
      this.owner = owner;
      this.map = owner.featureMap.create();
      StateVector[] prepared = new StateVector[owner.landmarks.length];
      for (int j = 0; j < prepared.length; j++) {
        prepared[j] = map.prepare(owner.landmarks[j].clone());
      }
      this.states = TransposedStates.of(prepared);
    }

    double[] map(double[] x) {
      StateVector state = map.prepare(x.clone());
      int m = states.size();
      double[] k = states.fidelities(state);
      double[] phi = new double[m];
      for (int i = 0; i < m; i++) {
        double sum = 0;
        for (int j = 0; j < m; j++) {
          sum += owner.inverseRoot[i * m + j] * k[j];
        }
        phi[i] = sum;
      }
      return phi;
    }
  }

  private static final class NystromFunction extends VectorFunction<Vector> {
    private static final long serialVersionUID = 1L;
    private final NystromFeatures owner;
    private transient Mapper mapper;

    NystromFunction(NystromFeatures owner, InvalidRows invalid) {
      super("nystrom", owner.landmarks[0].length, invalid);
      this.owner = owner;
    }

    @Override
    void prepare() {
      mapper = new Mapper(owner);
    }

    @Override
    Vector evaluate(double[] x) {
      return Vectors.dense(mapper.map(x));
    }
  }
}
