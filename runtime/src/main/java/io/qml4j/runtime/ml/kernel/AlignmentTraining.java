package io.qml4j.runtime.ml.kernel;

import io.qml4j.runtime.ml.data.Dataset;
import io.qml4j.runtime.ml.optim.Objective;
import io.qml4j.runtime.ml.optim.OptimizationResult;
import io.qml4j.runtime.ml.optim.Optimizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Trains the parameters of a feature map by maximising the {@link KernelTargetAlignment} of its
 * fidelity kernel on labelled data (Hubregtsen et al. 2022, Phys. Rev. A 106, 042431), with any
 * {@link Optimizer} (typically a derivative-free one: the alignment is computed from exact
 * kernel matrices, each of them in parallel).
 */
public final class AlignmentTraining {
  private AlignmentTraining() {}

  /**
   * The outcome of training.
   *
   * @param theta the trained parameters
   * @param alignment the kernel-target alignment they reach on the training data
   * @param optimisation the optimiser's result, whose loss is {@code -alignment}
   */
  public record Result(double[] theta, double alignment, OptimizationResult optimisation) {}

  /** The alignment of the feature map with parameters theta on the data. */
  public static double alignment(ParametrizedFeatureMap featureMap, double[] theta, Dataset data) {
    return KernelTargetAlignment.of(
        new FidelityKernel(featureMap.bind(theta)).matrix(data.features()), data.labels());
  }

  /**
   * Maximises the alignment from {@code initialTheta}.
   *
   * @throws IllegalArgumentException if the data are empty or not two classes
   */
  public static Result maximise(ParametrizedFeatureMap featureMap, Dataset data,
      double[] initialTheta, Optimizer optimizer) {
    Objects.requireNonNull(featureMap, "featureMap");
    Objects.requireNonNull(optimizer, "optimizer");
    if (data.size() == 0) {
      throw new IllegalArgumentException("data: expected labelled examples, got none");
    }
    int[] classes = data.classes();
    if (classes.length != 2) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "data: expected exactly two classes, got %d", classes.length));
    }
    OptimizationResult result = optimizer.minimize(
        Objective.of(theta -> -alignment(featureMap, theta, data)), initialTheta);
    return new Result(result.parameters(), -result.loss(), result);
  }
}
