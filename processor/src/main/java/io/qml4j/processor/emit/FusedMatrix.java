package io.qml4j.processor.emit;

import com.squareup.javapoet.CodeBlock;

/**
 * Products of the 2x2 matrices of a fused single-qubit run, on {@link Entry} values: eight
 * entries, the real and imaginary parts of a, b, c, d in row-major order. Each product entry that
 * is not a literal or a single local becomes a local, so that the next product multiplies only
 * those.
 */
final class FusedMatrix {
  private FusedMatrix() {}

  /** {@code g * m} (g applied after m), into locals named {@code prefix_k}. */
  static Entry[] product(CodeBlock.Builder b, Entry[] g, Entry[] m, String prefix) {
    Entry[] out = new Entry[8];
    for (int row = 0; row < 2; row++) {
      for (int col = 0; col < 2; col++) {
        // g[row][0] m[0][col] + g[row][1] m[1][col], complex
        Entry[] p = multiply(g, 2 * row, m, col);
        Entry[] q = multiply(g, 2 * row + 1, m, 2 + col);
        int k = 2 * (2 * row + col);
        out[k] = store(b, prefix + "_" + k, p[0].plus(q[0]));
        out[k + 1] = store(b, prefix + "_" + (k + 1), p[1].plus(q[1]));
      }
    }
    return out;
  }

  /** Whether the matrix is diagonal (b = c = 0). */
  static boolean isDiagonal(Entry[] m) {
    return m[2].isZero() && m[3].isZero() && m[4].isZero() && m[5].isZero();
  }

  /** Whether every entry is real. */
  static boolean isReal(Entry[] m) {
    return m[1].isZero() && m[3].isZero() && m[5].isZero() && m[7].isZero();
  }

  /** The complex product of entry i of g and entry j of m. */
  private static Entry[] multiply(Entry[] g, int i, Entry[] m, int j) {
    Entry ar = g[2 * i];
    Entry ai = g[2 * i + 1];
    Entry br = m[2 * j];
    Entry bi = m[2 * j + 1];
    return new Entry[] {ar.times(br).minus(ai.times(bi)), ar.times(bi).plus(ai.times(br))};
  }

  private static Entry store(CodeBlock.Builder b, String name, Entry value) {
    if (value.isSimple()) {
      return value;
    }
    b.addStatement("double $L = $L", name, value.code());
    return Entry.local(name);
  }
}
