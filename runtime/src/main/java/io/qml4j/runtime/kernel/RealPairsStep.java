package io.qml4j.runtime.kernel;

/**
 * Two consecutive uncontrolled real 2x2 gates on different wires, both at least a register apart
 * (a layer of RY), applied in one pass: each quadruple of runs {@code k, k + a, k + b,
 * k + a + b} is loaded once, takes the first gate and then the second, and is stored once. The
 * double kernels are bound by loads and stores between cache and registers, so a pass saved is
 * time saved; every amplitude gets the two gates' own operations in their order, so the result is
 * the sequential one bit for bit. Joined by {@link Plan} for its own runs only (the plan's step
 * list, which single precision converts, keeps the two gates).
 */
final class RealPairsStep extends Step {
  private final PairStep first, second;

  RealPairsStep(PairStep first, PairStep second) {
    super(first.target() | second.target(), 0, first.target() | second.target());
    this.first = first;
    this.second = second;
  }

  /** Whether two consecutive steps qualify: both real, uncontrolled, apart, long runs. */
  static boolean fits(Step a, Step b) {
    if (!(a instanceof PairStep) || !(b instanceof PairStep) || Simd.KERNELS == null) {
      return false;
    }
    PairStep x = (PairStep) a, y = (PairStep) b;
    return x.uncontrolledReal() && y.uncontrolledReal() && x.target() != y.target()
        && Simd.wide(Math.min(x.target(), y.target()));
  }

  @Override
  void apply(double[] s, int insert, int set, int from, int to, double[] scratch) {
    int t1 = first.target(), t2 = second.target();
    int d1 = t1 << 1, d2 = t2 << 1, d12 = (t1 | t2) << 1;
    int lowest = insert & -insert;
    boolean wide = insert == (t1 | t2) && set == 0 && Simd.wide(lowest);
    double a1 = first.a(), b1 = first.b(), c1 = first.c(), e1 = first.d();
    double a2 = second.a(), b2 = second.b(), c2 = second.c(), e2 = second.d();
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int p = (Bits.deposit(j, insert) | set) << 1;
      if (wide) {
        Simd.KERNELS.realPairs(s, p, d1, d2, run << 1, a1, b1, c1, e1, a2, b2, c2, e2);
      } else {
        for (int e = p + (run << 1); p < e; p += 2) {
          PairKernels.real(s, p, p + d1, a1, b1, c1, e1);
          PairKernels.real(s, p + d2, p + d12, a1, b1, c1, e1);
          PairKernels.real(s, p, p + d2, a2, b2, c2, e2);
          PairKernels.real(s, p + d1, p + d12, a2, b2, c2, e2);
        }
      }
      j += run;
    }
  }
}
