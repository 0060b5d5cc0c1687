package io.qml4j.samples.serve;

import io.qml4j.runtime.ml.DifferentiableModel;
import io.qml4j.runtime.ml.persist.ModelParameters;
import io.qml4j.runtime.ml.persist.ParameterBlock;
import io.qml4j.runtime.ml.variational.Losses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A trained two-class variational classifier ready to answer: a compiled model's
 * {@code <Z_0>} through the head {@code P(second class) = sigmoid(scale <Z_0> + bias)}, exactly
 * as {@code VariationalClassifier} computes it, behind the feature scaling it was trained with.
 * Thread-safe: it holds only immutable values and the compiled model, whose static methods are.
 *
 * <p>Saved as a {@link ModelParameters} of kind {@value #KIND} with the blocks
 * {@link #blocks(int, int)}: {@code theta}, {@code scale}, {@code bias}, then the feature
 * scaling's {@code featureMin}, {@code featureSpan} and {@code featureRange} (low, high).
 */
public final class ServedModel {
  /** The kind written to parameter files of served classifiers. */
  public static final String KIND = "variational-classifier";

  /** The class labels of a two-class classifier, as the two-moons data labels them. */
  private static final int[] CLASSES = {0, 1};

  private final String name;
  private final DifferentiableModel model;
  private final double[] theta;
  private final double scale;
  private final double bias;
  private final FeatureScaling scaling;

  /**
   * A classifier over {@code model}, which must have one output.
   *
   * @param name the compiled model's name, as in parameter files
   * @param theta the model's trained parameters
   * @param scale the head's scale
   * @param bias the head's bias
   * @param scaling the feature scaling applied before the model
   * @throws IllegalArgumentException if the shapes disagree
   */
  public ServedModel(String name, DifferentiableModel model, double[] theta, double scale,
      double bias, FeatureScaling scaling) {
    this.name = Objects.requireNonNull(name, "name");
    this.model = Objects.requireNonNull(model, "model");
    if (model.outputs() != 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "model: a two-class classifier reads one output, %s has %d", name, model.outputs()));
    }
    if (theta.length != model.params()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "theta: %s takes %d parameters, got %d", name, model.params(), theta.length));
    }
    if (scaling.width() != model.inputs()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "scaling: %s takes %d features, the scaling has %d", name, model.inputs(),
          scaling.width()));
    }
    this.theta = theta.clone();
    this.scale = scale;
    this.bias = bias;
    this.scaling = scaling;
  }

  /** The blocks of a served classifier's parameter file, in order. */
  public static List<ParameterBlock> blocks(int params, int inputs) {
    List<ParameterBlock> blocks = new ArrayList<>();
    blocks.add(new ParameterBlock("theta", params));
    blocks.add(new ParameterBlock("scale", 1));
    blocks.add(new ParameterBlock("bias", 1));
    blocks.add(new ParameterBlock("featureMin", inputs));
    blocks.add(new ParameterBlock("featureSpan", inputs));
    blocks.add(new ParameterBlock("featureRange", 2));
    return blocks;
  }

  /**
   * The classifier saved in {@code parameters}, which must be of kind {@value #KIND} for
   * {@code name} with the blocks {@link #blocks(int, int)} of {@code model}.
   *
   * @throws IllegalArgumentException naming the model, kind or block that differs
   */
  public static ServedModel of(String name, DifferentiableModel model,
      ModelParameters parameters) {
    parameters.requireShape(name, blocks(model.params(), model.inputs()));
    if (!KIND.equals(parameters.kind())) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "kind: these parameters are of kind '%s', expected '%s'", parameters.kind(), KIND));
    }
    double[] range = parameters.block("featureRange");
    return new ServedModel(name, model, parameters.block("theta"),
        parameters.block("scale")[0], parameters.block("bias")[0],
        new FeatureScaling(parameters.block("featureMin"), parameters.block("featureSpan"),
            range[0], range[1]));
  }

  /** This classifier as parameters to save, with the given metadata. */
  public ModelParameters toParameters(java.util.Map<String, Object> metadata) {
    double[] values = new double[theta.length + 2 + 2 * scaling.width() + 2];
    int at = 0;
    System.arraycopy(theta, 0, values, at, theta.length);
    at += theta.length;
    values[at++] = scale;
    values[at++] = bias;
    System.arraycopy(scaling.min(), 0, values, at, scaling.width());
    at += scaling.width();
    System.arraycopy(scaling.span(), 0, values, at, scaling.width());
    at += scaling.width();
    values[at++] = scaling.low();
    values[at] = scaling.high();
    return new ModelParameters(name, KIND, blocks(theta.length, scaling.width()), values,
        metadata);
  }

  /** The compiled model's name. */
  public String name() {
    return name;
  }

  /** The number of features a row must have. */
  public int inputs() {
    return model.inputs();
  }

  /** The class labels, in the order of {@link Prediction#probabilities()}. */
  public int[] classes() {
    return CLASSES.clone();
  }

  /**
   * The prediction for one row of {@link #inputs()} finite features (the caller validates: a
   * service checks every row before any reaches the model).
   */
  public Prediction predict(double[] row) {
    double expectation = model.expectations(scaling.apply(row), theta)[0];
    double p1 = Losses.sigmoid(scale * expectation + bias);
    double[] probabilities = {1 - p1, p1};
    return new Prediction(CLASSES[p1 > probabilities[0] ? 1 : 0], probabilities);
  }
}
