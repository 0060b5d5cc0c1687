package io.qml4j.runtime.kernel;

/**
 * Three consecutive uncontrolled real gates on the wires of strides 4, 2 and 1, all inside one
 * register of sixteen floats (the lowest three wires of an RY layer), applied in one pass: each
 * register is loaded once, takes the three gates' lane kernels in their order and is stored once,
 * where {@link FloatPairStep} would make a pass per gate. The arithmetic is the three gates' own,
 * in their order, so the result is theirs bit for bit. Only with the Vector API and registers of
 * sixteen floats (elsewhere the wires are not all inside a register and {@link FloatPlan} does
 * not join them).
 */
final class FloatLowReals extends FloatStep {
  /** Whether plans join the three gates ({@code -Dqml4j.float.lowReals=false}: not, for A/B). */
  static final boolean ENABLED = !"false".equals(System.getProperty("qml4j.float.lowReals"));

  private final FloatPairStep first, second, third;

  private FloatLowReals(FloatPairStep first, FloatPairStep second, FloatPairStep third) {
    super(7, 0, 7);
    this.first = first;
    this.second = second;
    this.third = third;
  }

  /** The joined step for steps i, i + 1, i + 2, or null where they do not qualify. */
  static FloatLowReals startingAt(FloatStep[] steps, int i, int last) {
    if (!ENABLED || FloatLanes.LOW != 7 || i + 2 >= last) {
      return null;
    }
    if (!low(steps[i], 4) || !low(steps[i + 1], 2) || !low(steps[i + 2], 1)) {
      return null;
    }
    return new FloatLowReals((FloatPairStep) steps[i], (FloatPairStep) steps[i + 1],
        (FloatPairStep) steps[i + 2]);
  }

  private static boolean low(FloatStep step, int target) {
    return step instanceof FloatPairStep && ((FloatPairStep) step).lowUncontrolledReal()
        && ((FloatPairStep) step).target() == target;
  }

  @Override
  void apply(float[] s, int insert, int set, int from, int to, float[] scratch) {
    if (from == to) {
      return;
    }
    if (insert != 7 || set != 0 || !FloatLanes.fits(insert, from, to)) {
      // whole registers always: the three wires are the register's own
      throw new IllegalStateException("three low-wire gates split by a block");
    }
    FloatSimd.KERNELS.lowReals(s, from << 4, (to - from) << 4, first.lanePatterns(),
        second.lanePatterns(), third.lanePatterns());
  }
}
