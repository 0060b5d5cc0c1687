package io.qml4j.runtime.kernel;

/**
 * The single-precision {@link RealTriplesStep}: three uncontrolled rotations on wires above the
 * register, in one pass with their cosines taken out ({@code x0 + u x1, x1 - u x0} per gate, one
 * fused multiply-add per amplitude, and the product of the cosines once before the store). The
 * double plan chooses the triples ({@link Plan#tripleAt}); this step narrows the double step's
 * tangents and scale, so each is rounded to float once.
 */
final class FloatRealTriples extends FloatStep {
  private final int t1, t2, t3;
  private final float u1, u2, u3, scale;

  FloatRealTriples(RealTriplesStep triple) {
    super(triple.insert, 0, triple.action);
    t1 = triple.t1;
    t2 = triple.t2;
    t3 = triple.t3;
    u1 = (float) triple.u1;
    u2 = (float) triple.u2;
    u3 = (float) triple.u3;
    scale = (float) triple.scale;
  }

  /**
   * The float form of the double plan's triple at step i, or null where there is none or a wire
   * lies inside a float register.
   */
  static FloatRealTriples at(Plan plan, int i) {
    if (FloatSimd.KERNELS == null || !plan.tripleAt(i)) {
      return null;
    }
    RealTriplesStep triple = new RealTriplesStep((PairStep) plan.step(i),
        (PairStep) plan.step(i + 1), (PairStep) plan.step(i + 2));
    return ((triple.t1 | triple.t2 | triple.t3) & FloatLanes.LOW) == 0
        ? new FloatRealTriples(triple) : null;
  }

  @Override
  void apply(float[] s, int insert, int set, int from, int to, float[] scratch) {
    int d1 = t1 << 1, d2 = t2 << 1, d3 = t3 << 1;
    int lowest = insert & -insert;
    boolean lanes = insert == (t1 | t2 | t3) && set == 0 && FloatLanes.fits(insert, from, to);
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int p = (Bits.deposit(j, insert) | set) << 1;
      if (lanes) {
        FloatSimd.KERNELS.realTriples(s, p, d1, d2, d3, run << 1, u1, u2, u3, scale);
      } else {
        for (int e = p + (run << 1); p < e; p++) {
          triple(s, p, d1, d2, d3);
        }
      }
      j += run;
    }
  }

  /** The lanes' formula (without fused multiply-adds) for the eight floats at p and its offsets. */
  private void triple(float[] s, int p, int d1, int d2, int d3) {
    int p1 = p + d1, p2 = p + d2, p12 = p1 + d2;
    float x0 = s[p], x1 = s[p1], x2 = s[p2], x3 = s[p12];
    float x4 = s[p + d3], x5 = s[p1 + d3], x6 = s[p2 + d3], x7 = s[p12 + d3];
    float y0 = x0 + u1 * x1, y1 = x1 - u1 * x0, y2 = x2 + u1 * x3, y3 = x3 - u1 * x2;
    float y4 = x4 + u1 * x5, y5 = x5 - u1 * x4, y6 = x6 + u1 * x7, y7 = x7 - u1 * x6;
    float z0 = y0 + u2 * y2, z2 = y2 - u2 * y0, z1 = y1 + u2 * y3, z3 = y3 - u2 * y1;
    float z4 = y4 + u2 * y6, z6 = y6 - u2 * y4, z5 = y5 + u2 * y7, z7 = y7 - u2 * y5;
    s[p] = (z0 + u3 * z4) * scale;
    s[p + d3] = (z4 - u3 * z0) * scale;
    s[p1] = (z1 + u3 * z5) * scale;
    s[p1 + d3] = (z5 - u3 * z1) * scale;
    s[p2] = (z2 + u3 * z6) * scale;
    s[p2 + d3] = (z6 - u3 * z2) * scale;
    s[p12] = (z3 + u3 * z7) * scale;
    s[p12 + d3] = (z7 - u3 * z3) * scale;
  }
}
