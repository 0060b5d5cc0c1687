package io.qml4j.runtime.gradient;

import io.qml4j.dsl.Gate;
import java.util.function.DoubleUnaryOperator;

/**
 * Parameter-shift recipes: {@code dE/dt = sum_i coefficient_i * E(t + shift_i)}, exact for an
 * expectation E(t) of a circuit in which t enters one gate as {@code exp(-i t G)}.
 *
 * <p>Two-term (Mitarai et al. 2018; Schuld et al. 2019): G with the two eigenvalues +-1/2 (Pauli
 * rotations, IsingXX/YY/ZZ, MultiRZ, PauliRot, each angle of Rot and U3) or 0 and 1 (PhaseShift,
 * ControlledPhase) gives {@code E(t) = a + b cos t + c sin t}, so
 * {@code dE/dt = [E(t + pi/2) - E(t - pi/2)] / 2}.
 *
 * <p>Four-term (Anselmetti et al. 2021, New J. Phys. 23 113010, eq. 30; PennyLane's recipe for
 * controlled rotations): G with eigenvalues -1/2, 0, 1/2 (CRX, CRY, CRZ, each angle of CRot,
 * SingleExcitation, DoubleExcitation) makes E a trigonometric polynomial of frequencies 1/2 and 1;
 * the shifts +-pi/2 and +-3pi/2 with the coefficients below are exact for both frequencies. The
 * two-term rule is not: it is off by the frequency-1/2 part.
 */
public final class ShiftRules {
  private ShiftRules() {}

  /** {@code (sqrt 2 + 1) / (4 sqrt 2)}, the weight of the +-pi/2 shifts in the four-term rule. */
  public static final double FOUR_TERM_NEAR = (Math.sqrt(2) + 1) / (4 * Math.sqrt(2));

  /** {@code (sqrt 2 - 1) / (4 sqrt 2)}, the weight of the +-3pi/2 shifts in the four-term rule. */
  public static final double FOUR_TERM_FAR = (Math.sqrt(2) - 1) / (4 * Math.sqrt(2));

  private static final double[] TWO_TERM_SHIFTS = {Math.PI / 2, -Math.PI / 2};
  private static final double[] TWO_TERM_COEFFICIENTS = {0.5, -0.5};
  private static final double[] FOUR_TERM_SHIFTS =
      {Math.PI / 2, -Math.PI / 2, 3 * Math.PI / 2, -3 * Math.PI / 2};
  private static final double[] FOUR_TERM_COEFFICIENTS =
      {FOUR_TERM_NEAR, -FOUR_TERM_NEAR, -FOUR_TERM_FAR, FOUR_TERM_FAR};

  /** The angle shifts of a rule, in the order of {@link #coefficients}. */
  public static double[] shifts(Gate.ShiftRule rule) {
    return pick(rule, TWO_TERM_SHIFTS, FOUR_TERM_SHIFTS).clone();
  }

  /** The weights of the shifted expectations of a rule. */
  public static double[] coefficients(Gate.ShiftRule rule) {
    return pick(rule, TWO_TERM_COEFFICIENTS, FOUR_TERM_COEFFICIENTS).clone();
  }

  /** {@code dE/dt} at t by the given rule, from the expectations the function returns. */
  public static double derivative(Gate.ShiftRule rule, DoubleUnaryOperator expectation,
      double t) {
    double[] shifts = pick(rule, TWO_TERM_SHIFTS, FOUR_TERM_SHIFTS);
    double[] coefficients = pick(rule, TWO_TERM_COEFFICIENTS, FOUR_TERM_COEFFICIENTS);
    double sum = 0;
    for (int i = 0; i < shifts.length; i++) {
      sum += coefficients[i] * expectation.applyAsDouble(t + shifts[i]);
    }
    return sum;
  }

  private static double[] pick(Gate.ShiftRule rule, double[] twoTerm, double[] fourTerm) {
    switch (rule) {
      case TWO_TERM: return twoTerm;
      case FOUR_TERM: return fourTerm;
      default: throw new IllegalArgumentException("rule: " + rule + " has no shifts");
    }
  }
}
