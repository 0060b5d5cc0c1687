package io.qml4j.runtime.ml.svm;

import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.ml.data.Checks;
import io.qml4j.runtime.ml.data.Dataset;
import io.qml4j.runtime.ml.kernel.FidelityKernel;
import io.qml4j.runtime.ml.kernel.StatePreparation;
import java.util.Locale;
import java.util.Objects;

/**
 * The quantum support vector machine of Havlicek et al. 2019: a C-SVM on the fidelity kernel of a
 * feature map. Training prepares each training state once and keeps the states, so predicting a
 * point costs one state preparation and one inner product per training example.
 *
 * <pre>{@code
 * TrainTest data = AdHocDataset.generate(20, 10, AdHocDataset.PAPER_GAP, 7);
 * Qsvm qsvm = Qsvm.train(CircuitFeatureMap.zz(2, 2), data.train(), SvmOptions.defaults());
 * double accuracy = qsvm.accuracy(data.test());
 * }</pre>
 */
public final class Qsvm {
  private final StatePreparation featureMap;
  private final StateVector[] trainingStates;
  private final int features;
  private final PrecomputedKernelSvm svm;

  private Qsvm(StatePreparation featureMap, StateVector[] trainingStates, int features,
      PrecomputedKernelSvm svm) {
    this.featureMap = featureMap;
    this.trainingStates = trainingStates;
    this.features = features;
    this.svm = svm;
  }

  /**
   * Trains on the data's fidelity kernel matrix.
   *
   * @throws IllegalArgumentException for empty data or labels that are not two classes
   */
  public static Qsvm train(StatePreparation featureMap, Dataset train, SvmOptions options) {
    Objects.requireNonNull(featureMap, "featureMap");
    if (train.size() == 0) {
      throw new IllegalArgumentException("train: expected a training set, got 0 examples");
    }
    FidelityKernel kernel = new FidelityKernel(featureMap);
    StateVector[] states = kernel.states(train.features());
    PrecomputedKernelSvm svm =
        PrecomputedKernelSvm.train(FidelityKernel.gram(states), train.labels(), options);
    return new Qsvm(featureMap, states, train.dimension(), svm);
  }

  /** The SVM on the precomputed kernel. */
  public PrecomputedKernelSvm svm() {
    return svm;
  }

  /** The kernel rows of new points against the training points. */
  public double[][] kernelRows(double[][] x) {
    Checks.requireRectangular("x", x, features);
    return FidelityKernel.cross(new FidelityKernel(featureMap).states(x), trainingStates);
  }

  /** The predicted label of every point. */
  public int[] predict(double[][] x) {
    return svm.predict(kernelRows(x));
  }

  /** The decision value of every point, positive for the second (larger) class. */
  public double[] decisionValues(double[][] x) {
    return svm.decisionValues(kernelRows(x));
  }

  /** Class probabilities {@code [point][class]}, classes ascending; needs probability training. */
  public double[][] probabilities(double[][] x) {
    return svm.probabilities(kernelRows(x));
  }

  /** The fraction of the data's examples predicted correctly. */
  public double accuracy(Dataset data) {
    return data.accuracy(this::predict);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "Qsvm(%d training states, %d support vectors)",
        trainingStates.length, svm.supportVectorIndices().length);
  }
}
