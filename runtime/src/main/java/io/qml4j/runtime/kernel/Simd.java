package io.qml4j.runtime.kernel;

import io.qml4j.runtime.internal.VectorModule;

/**
 * Whether the kernels run their long contiguous runs through the Vector API. The incubating
 * module {@code jdk.incubator.vector} resolves only when the JVM is started with
 * {@code --add-modules jdk.incubator.vector}; without it, or on a platform whose preferred
 * register holds fewer than {@link #MIN_LANES} doubles, or with {@code -Dqml4j.simd=false}, every
 * kernel keeps its scalar loop and gives the same results to rounding. The SIMD class is loaded
 * by name only after the module is found, so the runtime links and runs without the module.
 */
final class Simd {
  /**
   * Fewest doubles per register worth a vector loop: two lanes (SSE) is one complex amplitude,
   * no better than the scalar loop, which C2 already schedules well.
   */
  static final int MIN_LANES = 4;

  /** The SIMD run kernels, or null where the scalar loops run. */
  static final RunKernels KERNELS = load();

  /** Doubles per register, or a huge number when scalar, so that no run qualifies. */
  static final int LANES = KERNELS == null ? Integer.MAX_VALUE : KERNELS.lanes();

  private Simd() {}

  /** Whether runs of {@code amplitudes} contiguous amplitudes take the vector loop. */
  static boolean wide(int amplitudes) {
    return amplitudes << 1 >= LANES;
  }

  private static RunKernels load() {
    RunKernels kernels = VectorModule.load("io.qml4j.runtime.kernel.VectorRunKernels",
        RunKernels.class);
    return kernels != null && kernels.lanes() >= MIN_LANES ? kernels : null;
  }
}
