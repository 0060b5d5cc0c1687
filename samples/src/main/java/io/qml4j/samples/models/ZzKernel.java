package io.qml4j.samples.models;

import io.qml4j.dsl.FeatureMap;
import io.qml4j.dsl.Q;

/**
 * The ZZ feature map of Havlicek et al. 2019 on 6 qubits with 2 repetitions, the kernel workload
 * of docs/benchmarks.md. A feature map alone: the generated {@code ZzKernelModel} has
 * {@code kernel(x1, x2)} and {@code state(x)}.
 */
public abstract class ZzKernel {
  static final int N = 6;

  private ZzKernel() {}

  /** The library template, expanded at compile time. */
  @FeatureMap(qubits = N, inputs = N)
  static void features(Q q, double[] x) {
    q.zzFeatureMap(x, 2);
  }
}
