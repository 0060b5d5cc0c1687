package io.qml4j.spark;

import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.ml.kernel.FidelityKernel;
import io.qml4j.runtime.ml.kernel.StatePreparation;
import io.qml4j.runtime.ml.svm.PrecomputedKernelSvm;

/**
 * A distributed QSVM's decision value or predicted label as a Spark SQL function: each task
 * prepares the training states once, then per row one state and one overlap per training point.
 */
final class QsvmFunction<R> extends VectorFunction<R> {
  private static final long serialVersionUID = 1L;

  private final SerializableFactory<? extends StatePreparation> featureMap;
  private final double[][] trainingPoints;
  private final PrecomputedKernelSvm svm;
  private final boolean label;
  private transient StatePreparation map;
  private transient StateVector[] training;

  QsvmFunction(String name, SerializableFactory<? extends StatePreparation> featureMap,
      double[][] trainingPoints, PrecomputedKernelSvm svm, boolean label, InvalidRows invalid) {
    super(name, trainingPoints[0].length, invalid);
    this.featureMap = featureMap;
    this.trainingPoints = trainingPoints;
    this.svm = svm;
    this.label = label;
  }

  @Override
  void prepare() {
    map = featureMap.create();
    training = new StateVector[trainingPoints.length];
    for (int j = 0; j < training.length; j++) {
      training[j] = map.prepare(trainingPoints[j].clone());
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  R evaluate(double[] x) {
    StateVector state = map.prepare(x);
    double[] row = new double[training.length];
    for (int j = 0; j < row.length; j++) {
      row[j] = FidelityKernel.fidelity(state, training[j]);
    }
    double[][] rows = {row};
    Object result = label ? (Object) svm.predict(rows)[0] : (Object) svm.decisionValues(rows)[0];
    return (R) result;
  }
}
