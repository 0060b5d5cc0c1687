package io.qml4j.runtime.kernel;

/**
 * Three consecutive uncontrolled real rotations ({@code [[a, b], [-b, a]]}, a layer of RY) on
 * different wires, all at least a register apart, applied in one pass with their cosines taken
 * out: each gate becomes {@code x0 + u x1, x1 - u x0} with {@code u = b / a}, one multiplication
 * per amplitude instead of two, and the product of the three cosines scales the group once before
 * it is stored. Inside a cache block the joined real kernels are bound by traffic between L2 and
 * the registers and by multiplications about equally; this step cuts the first by a third against
 * {@link RealPairsStep} and the second by a third against the gates one by one. The result equals
 * the sequential gates to rounding (a few units in the last place), not bit for bit; the scalar
 * loop that takes the tail of a run does the same operations as the lanes, so the two paths agree
 * bit for bit. Joined by {@link Plan} for its own runs only.
 */
final class RealTriplesStep extends Step {
  /**
   * Largest {@code |b / a|} taken out this way: beyond it (angles near pi) the gate stays in
   * {@link RealPairsStep}'s form, so that no cosine near zero scales a group.
   */
  static final double MAX_TANGENT = 0x1p10;

  /**
   * Whether {@link Plan} joins triples by default: from JDK 25 on. On JDK 17's C2 a kernel of this
   * size kept its Vector API intrinsics only when it was compiled before the others: after
   * {@link RealPairsStep} had run first, its stores (and {@link LowRealsStep}'s) were left as
   * boxed calls, 7 and 5 times slower (class-check traps in the Vector API's fallback code
   * spoiled the type profiles they share). JDK 25 compiled them fully in either order.
   */
  static final boolean DEFAULT_ON = Runtime.version().feature() >= 25;

  /** The wires' strides, the tangents {@code b / a} and the product of the cosines. */
  final int t1, t2, t3;
  final double u1, u2, u3, scale;

  RealTriplesStep(PairStep first, PairStep second, PairStep third) {
    super(first.target() | second.target() | third.target(), 0,
        first.target() | second.target() | third.target());
    t1 = first.target();
    t2 = second.target();
    t3 = third.target();
    u1 = first.b() / first.a();
    u2 = second.b() / second.a();
    u3 = third.b() / third.a();
    scale = first.a() * second.a() * third.a();
  }

  /** Whether three consecutive steps qualify: uncontrolled rotations on distinct wide wires. */
  static boolean fits(Step[] steps, int i, int last) {
    if (i + 2 >= last || Simd.KERNELS == null) {
      return false;
    }
    int wires = 0;
    for (int k = i; k < i + 3; k++) {
      if (!(steps[k] instanceof PairStep)) {
        return false;
      }
      PairStep g = (PairStep) steps[k];
      if (!g.uncontrolledReal() || !rotation(g) || (wires & g.target()) != 0
          || !Simd.wide(g.target())) {
        return false;
      }
      wires |= g.target();
    }
    return true;
  }

  /** A rotation {@code [[a, b], [-b, a]]} whose tangent stays within {@link #MAX_TANGENT}. */
  static boolean rotation(PairStep g) {
    double a = g.a(), b = g.b();
    return a == g.d() && b == -g.c() && Math.abs(b) <= MAX_TANGENT * Math.abs(a);
  }

  @Override
  void apply(double[] s, int insert, int set, int from, int to, double[] scratch) {
    int d1 = t1 << 1, d2 = t2 << 1, d3 = t3 << 1;
    int lowest = insert & -insert;
    boolean wide = insert == (t1 | t2 | t3) && set == 0 && Simd.wide(lowest);
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int p = (Bits.deposit(j, insert) | set) << 1;
      if (wide) {
        Simd.KERNELS.realTriples(s, p, d1, d2, d3, run << 1, u1, u2, u3, scale);
      } else {
        // real and imaginary parts alike: the gates are real
        for (int e = p + (run << 1); p < e; p++) {
          RunKernels.realTriple(s, p, d1, d2, d3, u1, u2, u3, scale);
        }
      }
      j += run;
    }
  }
}
