package io.qml4j.spark;

import io.qml4j.runtime.ml.DifferentiableModel;
import io.qml4j.runtime.ml.variational.VariationalClassifier;
import java.util.Locale;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * Batch inference with a compiled model as Spark SQL functions over a column of feature vectors
 * ({@code array<double>} or ML vectors). The model is built once per task by its factory (for a
 * generated model, {@code MyModel::differentiable}); each row then costs one run of the model's
 * generated code, with no model or simulator object made per row.
 *
 * <pre>{@code
 * UserDefinedFunction score = ModelFunctions.expectation(MyModel::differentiable, theta,
 *     InvalidRows.NULL);
 * spark.udf().register("score", score);
 * spark.sql("SELECT id, score(features) FROM points");
 * }</pre>
 */
public final class ModelFunctions {
  private ModelFunctions() {}

  /**
   * The model's first expectation value at fixed parameters, a double per row.
   *
   * @throws IllegalArgumentException if theta does not have the model's length or is not finite,
   *     or the factory is not serialisable
   */
  public static UserDefinedFunction expectation(
      SerializableFactory<? extends DifferentiableModel> model, double[] theta,
      InvalidRows invalid) {
    DifferentiableModel local = checked(model, theta);
    return functions.udf(new ExpectationFunction(model, theta.clone(), local.inputs(), invalid),
        DataTypes.DoubleType);
  }

  /**
   * The predicted class of a variational classifier (the model with its trained parameters: model
   * parameters, head scale, biases, as {@link VariationalClassifier#parameters()}), an integer per
   * row.
   *
   * @throws IllegalArgumentException if the classes or parameters do not fit the model, or the
   *     factory is not serialisable
   */
  public static UserDefinedFunction predictedClass(
      SerializableFactory<? extends DifferentiableModel> model, int[] classes,
      double[] parameters, InvalidRows invalid) {
    Shipping.requireSerializable("model", model);
    DifferentiableModel local = Shipping.createOnDriver("model", model);
    VariationalClassifier.of(local, classes, parameters, null);
    return functions.udf(new ClassFunction(model, classes.clone(), parameters.clone(),
        local.inputs(), invalid), DataTypes.IntegerType);
  }

  private static DifferentiableModel checked(
      SerializableFactory<? extends DifferentiableModel> model, double[] theta) {
    Shipping.requireSerializable("model", model);
    DifferentiableModel local = Shipping.createOnDriver("model", model);
    if (theta.length != local.params()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "theta: expected %d values, got %d", local.params(), theta.length));
    }
    String problem = FeatureVectors.problem(theta, theta.length);
    if (problem != null) {
      throw new IllegalArgumentException("theta: " + problem);
    }
    return local;
  }

  private static final class ExpectationFunction extends VectorFunction<Double> {
    private static final long serialVersionUID = 1L;
    private final SerializableFactory<? extends DifferentiableModel> factory;
    private final double[] theta;
    private transient DifferentiableModel model;

    ExpectationFunction(SerializableFactory<? extends DifferentiableModel> factory,
        double[] theta, int inputs, InvalidRows invalid) {
      super("expectation", inputs, invalid);
      this.factory = factory;
      this.theta = theta;
    }

    @Override
    void prepare() {
      model = factory.create();
    }

    @Override
    Double evaluate(double[] x) {
      return model.expectations(x, theta)[0];
    }
  }

  private static final class ClassFunction extends VectorFunction<Integer> {
    private static final long serialVersionUID = 1L;
    private final SerializableFactory<? extends DifferentiableModel> factory;
    private final int[] classes;
    private final double[] parameters;
    private transient VariationalClassifier classifier;

    ClassFunction(SerializableFactory<? extends DifferentiableModel> factory, int[] classes,
        double[] parameters, int inputs, InvalidRows invalid) {
      super("predictedClass", inputs, invalid);
      this.factory = factory;
      this.classes = classes;
      this.parameters = parameters;
    }

    @Override
    void prepare() {
      classifier = VariationalClassifier.of(factory.create(), classes, parameters, null);
    }

    @Override
    Integer evaluate(double[] x) {
      return classifier.predict(new double[][] {x})[0];
    }
  }
}
