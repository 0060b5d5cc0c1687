package io.qml4j.runtime.kernel;

import io.qml4j.runtime.internal.VectorModule;

/**
 * Whether the single-precision kernels run through the Vector API, decided as {@link Simd} does:
 * the module {@code jdk.incubator.vector} must resolve ({@code --add-modules
 * jdk.incubator.vector}), {@code -Dqml4j.simd=false} turns it off, and the SIMD class is loaded by
 * name so that the runtime links without the module.
 */
final class FloatSimd {
  /**
   * Fewest floats per register worth the lane kernels: eight (AVX2) hold four complex amplitudes,
   * so the two lowest wires become lane patterns.
   */
  static final int MIN_LANES = 8;

  /**
   * Most floats per register the lane kernels handle: their partner shuffles cover the strides 1,
   * 2 and 4 inside a register of 16 (AVX-512); a wider register keeps the scalar loops.
   */
  static final int MAX_LANES = 16;

  /** The SIMD float kernels, or null where the scalar float loops run. */
  static final FloatRunKernels KERNELS = load();

  /** Floats per register, or 0 when scalar. */
  static final int LANES = KERNELS == null ? 0 : KERNELS.lanes();

  private FloatSimd() {}

  private static FloatRunKernels load() {
    FloatRunKernels kernels = VectorModule.load(
        "io.qml4j.runtime.kernel.VectorFloatRunKernels", FloatRunKernels.class);
    return kernels != null && kernels.lanes() >= MIN_LANES && kernels.lanes() <= MAX_LANES
        ? kernels : null;
  }
}
