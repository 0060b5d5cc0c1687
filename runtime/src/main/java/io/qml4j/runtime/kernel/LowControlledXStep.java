package io.qml4j.runtime.kernel;

/**
 * An X gate whose target lies a register or more apart and some of whose controls lie inside the
 * register (the CNOT that closes a ring, from the lowest wire to the highest): the range kernel
 * would swap one amplitude at a time, since a control on the lowest wire leaves runs of one; here
 * whole registers are swapped in the lanes where those controls hold, and the controls above the
 * register are enumerated as before. A swap moves amplitudes exactly, so the result is the range
 * kernel's bit for bit. Joined by {@link Plan} for its blocked stages, with the Vector API only.
 */
final class LowControlledXStep extends Step {
  /** Whether plans use it ({@code -Dqml4j.plan.lowControls=false}: not, for A/B runs). */
  static final boolean ENABLED = !"false".equals(System.getProperty("qml4j.plan.lowControls"));

  /** The amplitude bits a register holds. */
  private static final int IN_REGISTER = Simd.KERNELS == null ? 0 : Simd.LANES / 2 - 1;

  private final int target;
  /** Per lane of a register: 1 where the in-register controls hold, else 0. */
  private final double[] lanes;

  private LowControlledXStep(PairStep x) {
    super(x.insert & ~IN_REGISTER, x.set & ~IN_REGISTER, x.action);
    target = x.target();
    int low = x.set & IN_REGISTER;
    lanes = new double[Simd.LANES];
    for (int i = 0; i < lanes.length; i++) {
      lanes[i] = ((i >> 1) & low) == low ? 1 : 0;
    }
  }

  /** The step for an X gate it qualifies for, or null. */
  static LowControlledXStep of(Step step) {
    if (!ENABLED || IN_REGISTER == 0 || !(step instanceof PairStep) || !((PairStep) step).isX()) {
      return null;
    }
    PairStep x = (PairStep) step;
    boolean lowControl = (x.set & IN_REGISTER) != 0;
    return lowControl && Simd.wide(x.target()) ? new LowControlledXStep(x) : null;
  }

  @Override
  void apply(double[] s, int insert, int set, int from, int to, double[] scratch) {
    int lowest = insert & -insert;
    int dt = target << 1;
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int p = (Bits.deposit(j, insert) | set) << 1;
      Simd.KERNELS.swapLanes(s, p, p + dt, run << 1, lanes);
      j += run;
    }
  }
}
