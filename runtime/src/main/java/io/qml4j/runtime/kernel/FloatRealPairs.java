package io.qml4j.runtime.kernel;

/**
 * Two consecutive uncontrolled real 2x2 gates on different wires above the register (a layer of
 * RY), applied in one pass: each register quadruple {@code k, k + a, k + b, k + a + b} is loaded
 * once, takes the first gate and then the second, and is stored once. The float kernels are bound
 * by the traffic between the cache and the registers, so a pass saved is time saved; the
 * arithmetic is the two gates' own, in their order.
 */
final class FloatRealPairs extends FloatStep {
  private final FloatPairStep first, second;

  FloatRealPairs(FloatPairStep first, FloatPairStep second) {
    super(first.target() | second.target(), 0, first.target() | second.target());
    this.first = first;
    this.second = second;
  }

  /** Whether two consecutive steps qualify. */
  static boolean fits(FloatStep a, FloatStep b) {
    return a instanceof FloatPairStep && b instanceof FloatPairStep
        && ((FloatPairStep) a).pairsInRegisters() && ((FloatPairStep) b).pairsInRegisters()
        && ((FloatPairStep) a).target() != ((FloatPairStep) b).target();
  }

  @Override
  void apply(float[] s, int insert, int set, int from, int to, float[] scratch) {
    int t1 = first.target(), t2 = second.target();
    int lowest = insert & -insert;
    boolean lanes = insert == (t1 | t2) && FloatLanes.fits(insert, from, to);
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int p = (Bits.deposit(j, insert) | set) << 1;
      if (lanes) {
        FloatSimd.KERNELS.realPairs(s, p, t1 << 1, t2 << 1, run << 1, first.lanePatterns(),
            second.lanePatterns());
      } else {
        for (int e = p + (run << 1); p < e; p += 2) {
          first.pair(s, p, p + (t1 << 1));
          first.pair(s, p + (t2 << 1), p + ((t1 | t2) << 1));
          second.pair(s, p, p + (t2 << 1));
          second.pair(s, p + (t1 << 1), p + ((t1 | t2) << 1));
        }
      }
      j += run;
    }
  }
}
