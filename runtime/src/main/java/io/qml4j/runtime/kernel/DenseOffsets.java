package io.qml4j.runtime.kernel;

/** Offsets of the amplitudes a dense matrix on k wires touches, relative to the base index. */
final class DenseOffsets {
  private DenseOffsets() {}

  /** Offset of matrix index r; the first stride is the most significant bit of r. */
  static int of(int[] strides, int r) {
    int k = strides.length;
    int offset = 0;
    for (int b = 0; b < k; b++) {
      if ((r & (1 << (k - 1 - b))) != 0) {
        offset |= strides[b];
      }
    }
    return offset;
  }

  /** All {@code 2^k} offsets. */
  static int[] of(int[] strides) {
    int[] offsets = new int[1 << strides.length];
    for (int r = 0; r < offsets.length; r++) {
      offsets[r] = of(strides, r);
    }
    return offsets;
  }
}
