package io.qml4j.spark;

import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.ml.kernel.StatePreparation;
import io.qml4j.runtime.ml.kernel.TransposedStates;
import io.qml4j.runtime.ml.svm.PrecomputedKernelSvm;

/**
 * A distributed QSVM's decision value or predicted label as a Spark SQL function: each task
 * prepares the training states once (transposed for the products), then per row one state and its
 * fidelities with all training states in one {@link TransposedStates#fidelities} call.
 */
final class QsvmFunction<R> extends VectorFunction<R> {
  private static final long serialVersionUID = 1L;

  private final SerializableFactory<? extends StatePreparation> featureMap;
  private final double[][] trainingPoints;
  private final PrecomputedKernelSvm svm;
  private final boolean label;
  private transient StatePreparation map;
  private transient TransposedStates training;

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
    StateVector[] states = new StateVector[trainingPoints.length];
    for (int j = 0; j < states.length; j++) {
      states[j] = map.prepare(trainingPoints[j].clone());
    }
    training = TransposedStates.of(states);
  }

  @Override
  @SuppressWarnings("unchecked")
  R evaluate(double[] x) {
    StateVector state = map.prepare(x);
    double[] row = training.fidelities(state);
    double[][] rows = {row};
    Object result = label ? (Object) svm.predict(rows)[0] : (Object) svm.decisionValues(rows)[0];
    return (R) result;
  }
}
