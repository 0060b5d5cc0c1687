package io.qml4j.runtime.batch;

import io.qml4j.runtime.internal.VectorModule;

/**
 * Whether the batch kernels run their lane loops through the Vector API: under the same
 * conditions as the single-state kernels ({@code kernel.Simd}): the JVM was started with
 * {@code --add-modules jdk.incubator.vector}, its preferred register holds at least
 * {@link #MIN_LANES} doubles, and {@code -Dqml4j.simd=false} was not given. C2 does not
 * vectorise the scalar loops (their two rows are one array at an unknown distance, which its
 * loop vectoriser cannot prove independent), so the module is worth about 7x on the 2x2 kernel.
 */
final class LaneSimd {
  /** Fewest doubles per register worth a vector loop, as for the single-state kernels. */
  static final int MIN_LANES = 4;

  /** The vector lane kernels, or null where the scalar loops run. */
  static final LaneKernels KERNELS = load();

  /** Doubles per register, or a huge number when scalar, so that no loop qualifies. */
  static final int LANES = KERNELS == null ? Integer.MAX_VALUE : KERNELS.lanes();

  private LaneSimd() {}

  private static LaneKernels load() {
    LaneKernels kernels = VectorModule.load("io.qml4j.runtime.batch.VectorLaneKernels",
        LaneKernels.class);
    return kernels != null && kernels.lanes() >= MIN_LANES ? kernels : null;
  }
}
