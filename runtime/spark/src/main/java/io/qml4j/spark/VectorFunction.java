package io.qml4j.spark;

import java.util.Locale;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.api.java.UDF1;

/**
 * A Spark SQL function of one feature-vector column. Spark deserialises a fresh copy of the
 * function for every task, so {@link #prepare()} (building the model, preparing training states)
 * runs once per task and every row of the partition reuses what it built. A row that cannot be
 * evaluated fails the job with its position and values, or gives NULL, as {@link InvalidRows}
 * says.
 *
 * @param <R> the SQL result's Java type
 */
abstract class VectorFunction<R> implements UDF1<Object, R> {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final int inputs;
  private final InvalidRows invalid;
  private transient boolean prepared;
  private transient long position;

  VectorFunction(String name, int inputs, InvalidRows invalid) {
    this.name = name;
    this.inputs = inputs;
    this.invalid = java.util.Objects.requireNonNull(invalid, "invalid");
  }

  /** Builds what every row of this task uses. */
  abstract void prepare();

  /** The result for a valid vector. */
  abstract R evaluate(double[] x);

  @Override
  public final R call(Object value) {
    if (!prepared) {
      prepare();
      prepared = true;
    }
    long row = position++;
    double[] x = FeatureVectors.read(name, value);
    String problem = FeatureVectors.problem(x, inputs);
    if (problem != null) {
      if (invalid == InvalidRows.NULL) {
        return null;
      }
      TaskContext task = TaskContext.get();
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: the feature vector of row %d of partition %d (counted from 0 as this function "
              + "saw them) %s: %s; fix the data, or pass InvalidRows.NULL for a NULL result",
          name, row, task == null ? 0 : task.partitionId(), problem, FeatureVectors.show(x)));
    }
    return evaluate(x);
  }
}
