package io.qml4j.processor.emit;

import static io.qml4j.processor.emit.RuntimeNames.KERNELS;
import static io.qml4j.processor.emit.RuntimeNames.TILE_KERNELS;

import com.squareup.javapoet.CodeBlock;

/**
 * One call to a runtime kernel, on the whole state through {@code Kernels} or, inside a loop over
 * the tiles of a larger state, on one tile's range through {@code TileKernels}: the two classes
 * have the same kernels, the range variant taking {@code from, to} last.
 */
final class KernelCalls {
  private KernelCalls() {}

  /**
   * {@code Kernels.name(psi, args)} into b, or {@code TileKernels.name(psi, args, from, to)} into
   * loop (the body of a tile loop) when loop is not null.
   */
  static void call(CodeBlock.Builder b, CodeBlock.Builder loop, String name, String format,
      Object... args) {
    CodeBlock arguments = CodeBlock.of(format, args);
    if (loop != null) {
      loop.addStatement("$T.$L(psi, $L, from, to)", TILE_KERNELS, name, arguments);
    } else {
      b.addStatement("$T.$L(psi, $L)", KERNELS, name, arguments);
    }
  }

  /** The phase kernel: {@code re + i im} on amplitudes with the control and target bits set. */
  static void phase(CodeBlock.Builder b, CodeBlock.Builder loop, Object control, Object target,
      String re, String im) {
    call(b, loop, "phase", "$L, $L, $L, $L", control, target, re, im);
  }
}
