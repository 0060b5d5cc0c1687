package io.qml4j.spark.models;

import io.qml4j.dsl.FeatureMap;
import io.qml4j.dsl.Q;

/** The ZZ feature map on 2 qubits, 2 repetitions: the ad hoc data set's kernel. */
public abstract class ZzMap {
  private ZzMap() {}

  /** The library template, expanded at compile time into {@code ZzMapModel}. */
  @FeatureMap(qubits = 2, inputs = 2)
  static void features(Q q, double[] x) {
    q.zzFeatureMap(x, 2);
  }
}
