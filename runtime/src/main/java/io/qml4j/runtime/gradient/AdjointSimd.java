package io.qml4j.runtime.gradient;

import io.qml4j.runtime.internal.VectorModule;
import io.qml4j.runtime.kernel.Kernels;

/**
 * Whether the adjoint passes run their long runs through the Vector API: wherever the simulator's
 * kernels do ({@link Kernels#simdLanes()}: the JVM started with
 * {@code --add-modules jdk.incubator.vector}, registers of at least 4 doubles, no
 * {@code -Dqml4j.simd=false}), unless {@code -Dqml4j.adjoint.simd=false} keeps the scalar loops
 * (for A/B runs). On by default since its passes compile to vector code (docs/figures.md,
 * Gradients: the adjoint gradient 1.7-1.8x faster at 10x10 and 16x10). The SIMD class is loaded
 * by name, so the runtime links without the module and the scalar loops stay complete.
 */
final class AdjointSimd {
  /** The SIMD rotation kernels, or null where the scalar loops run. */
  static final RotationKernels KERNELS = load();

  /** The SIMD cross sums of {@link WireOverlaps}, or null where the scalar loops run. */
  static final WireOverlapKernels WIRE_OVERLAPS = KERNELS == null ? null
      : VectorModule.load("io.qml4j.runtime.gradient.VectorWireOverlaps",
          WireOverlapKernels.class);

  /** Doubles per register, or a huge number when scalar, so that no run qualifies. */
  static final int LANES = KERNELS == null ? Integer.MAX_VALUE : KERNELS.lanes();

  private AdjointSimd() {}

  /** Whether runs of {@code amplitudes} contiguous amplitudes take the vector loop. */
  static boolean wide(int amplitudes) {
    return amplitudes << 1 >= LANES;
  }

  private static RotationKernels load() {
    if (Kernels.simdLanes() == 0 || "false".equals(System.getProperty("qml4j.adjoint.simd"))) {
      return null;
    }
    return VectorModule.load("io.qml4j.runtime.gradient.VectorRotationKernels",
        RotationKernels.class);
  }
}
