package io.qml4j.runtime.kernel;

/**
 * A {@link DiagonalLayerStep} in single precision: the same phase tables, built in double and
 * rounded once to float; the product of the higher tables is formed in double per run of the
 * lowest table, then applied in float.
 */
final class FloatDiagonalLayerStep extends FloatStep {
  private final int chunkBits;
  /** The higher tables as the double step holds them (index 0 unused). */
  private final double[][] tables;
  /** The lowest table, interleaved (re, im). */
  private final float[] low;
  /** The lowest table laid out for {@link FloatRunKernels#tablePhase}, or null when scalar. */
  private final float[] lowRe, lowIm;

  FloatDiagonalLayerStep(DiagonalLayerStep step, double[][] tables, int chunkBits) {
    super(step);
    this.chunkBits = chunkBits;
    this.tables = tables;
    double[] t = tables[0];
    low = new float[t.length];
    for (int e = 0; e < t.length; e++) {
      low[e] = (float) t[e];
    }
    if (FloatSimd.KERNELS != null && (t.length >> 1) >= FloatLanes.GROUP) {
      lowRe = new float[t.length];
      lowIm = new float[t.length];
      for (int e = 0; e < t.length; e += 2) {
        lowRe[e] = low[e];
        lowRe[e + 1] = low[e];
        lowIm[e] = -low[e + 1];
        lowIm[e + 1] = low[e + 1];
      }
    } else {
      lowRe = null;
      lowIm = null;
    }
  }

  @Override
  void apply(float[] s, int insert, int set, int from, int to, float[] scratch) {
    int lowMask = (low.length >> 1) - 1;
    for (int k = from; k < to;) {
      int end = Math.min(to, (k | lowMask) + 1);
      // the phase of the higher chunks is constant over a run of the low chunk
      double hr = 1, hi = 0;
      for (int c = 1; c < tables.length; c++) {
        double[] table = tables[c];
        int e = ((k >>> (c * chunkBits)) & ((table.length >> 1) - 1)) << 1;
        double r = hr * table[e] - hi * table[e + 1];
        hi = hr * table[e + 1] + hi * table[e];
        hr = r;
      }
      if (lowRe != null) {
        FloatSimd.KERNELS.tablePhase(s, k << 1, (end - k) << 1, lowRe, lowIm, (k & lowMask) << 1,
            (float) hr, (float) hi);
        k = end;
        continue;
      }
      float fr = (float) hr, fi = (float) hi;
      for (; k < end; k++) {
        int e = (k & lowMask) << 1, p = k << 1;
        float pr = low[e] * fr - low[e + 1] * fi, pi = low[e] * fi + low[e + 1] * fr;
        float xr = s[p], xi = s[p + 1];
        s[p] = pr * xr - pi * xi;
        s[p + 1] = pr * xi + pi * xr;
      }
    }
  }

  @Override
  void applyBlock(float[] s, int dimension, int outer, int value, float[] scratch) {
    applyBlockByRuns(s, dimension, outer, value, scratch);
  }
}
