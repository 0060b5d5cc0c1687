package io.qml4j.runtime.kernel;

/**
 * A diagonal gate on every wire of a small state given as its table of phases, one per basis
 * index: what a run of diagonal gates (phases, controlled phases, ZZ and multi-Z rotations, and
 * phases conjugated by CNOTs) multiplies into. However many gates the run held, the state is
 * read and written once, at one complex multiplication per amplitude. Diagonal, so always local.
 */
final class PhaseTableStep extends Step {
  /** The phases, interleaved {@code (re, im)}, {@code 2^qubits} of them. */
  private final double[] table;

  /** A step multiplying amplitude k by {@code table[2k] + i table[2k + 1]}; keeps the array. */
  PhaseTableStep(double[] table) {
    super(0, 0, 0);
    this.table = table;
  }

  @Override
  void apply(double[] s, int insert, int set, int from, int to, double[] scratch) {
    // insert is 0 for this step, so from and to are basis indices
    if (Simd.KERNELS != null && Simd.wide(to - from)) {
      Simd.KERNELS.interleavedTablePhase(s, from << 1, (to - from) << 1, table, from << 1, 1, 0);
      return;
    }
    for (int p = from << 1, end = to << 1; p < end; p += 2) {
      double pr = table[p], pi = table[p + 1], xr = s[p], xi = s[p + 1];
      s[p] = pr * xr - pi * xi;
      s[p + 1] = pr * xi + pi * xr;
    }
  }

  @Override
  void applyBlock(double[] s, int dimension, int outer, int value, double[] scratch) {
    applyBlockByRuns(s, dimension, outer, value, scratch);
  }

  @Override
  FloatStep toFloat() {
    return new FloatPhaseTableStep(this, table);
  }
}
