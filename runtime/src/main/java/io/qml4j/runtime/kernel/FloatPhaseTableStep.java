package io.qml4j.runtime.kernel;

/** A {@link PhaseTableStep} in single precision: the table built in double, rounded once. */
final class FloatPhaseTableStep extends FloatStep {
  private final float[] table;

  FloatPhaseTableStep(PhaseTableStep step, double[] table) {
    super(step);
    this.table = new float[table.length];
    for (int e = 0; e < table.length; e++) {
      this.table[e] = (float) table[e];
    }
  }

  @Override
  void apply(float[] s, int insert, int set, int from, int to, float[] scratch) {
    for (int p = from << 1, end = to << 1; p < end; p += 2) {
      float pr = table[p], pi = table[p + 1], xr = s[p], xi = s[p + 1];
      s[p] = pr * xr - pi * xi;
      s[p + 1] = pr * xi + pi * xr;
    }
  }

  @Override
  void applyBlock(float[] s, int dimension, int outer, int value, float[] scratch) {
    applyBlockByRuns(s, dimension, outer, value, scratch);
  }
}
