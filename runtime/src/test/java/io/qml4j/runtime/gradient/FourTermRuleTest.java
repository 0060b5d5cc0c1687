package io.qml4j.runtime.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.observable.PauliSum;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The four-term rule is needed and used: for a controlled rotation or an excitation whose control
 * is in superposition and an observable that sees the control's coherence, the expectation has
 * frequencies 1/2 and 1 in the angle, so the two-term rule misses, while the four-term rule and
 * {@link ParameterShift} (which picks it from the gate table) give the true derivative.
 */
class FourTermRuleTest {
  /** The two-term error here is of order 0.1; 1e-3 keeps the claim far from rounding. */
  private static final double TWO_TERM_MISS = 1e-3;
  private static final double EXACT = 1e-10;

  @ParameterizedTest
  @EnumSource(value = Gate.class, names = {"CRX", "CRY", "CRZ", "CROT", "SINGLE_EXCITATION"})
  void twoTermRuleMissesFourTermRuleHits(Gate gate) {
    SplittableRandom random = new SplittableRandom(gate.ordinal());
    ParametrizedBuilder b = new ParametrizedBuilder(2, 1, 0);
    b.rot(0, random.nextDouble(6), random.nextDouble(6), random.nextDouble(6));
    b.rot(1, random.nextDouble(6), random.nextDouble(6), random.nextDouble(6));
    List<Param> angles = gate == Gate.CROT
        ? List.of(Param.constant(0.3), Param.theta(0), Param.constant(-1.1))
        : List.of(Param.theta(0));
    b.gate(gate, new int[] {0, 1}, angles);
    ParametrizedCircuit c = b.build();
    PauliSum h = PauliSum.parse("0.8 X0 Y1 + 0.6 X0 - 0.4 Y0 Z1 + 0.3 Z0 X1");
    double t = 0.9;
    double[] x = new double[0];
    DoubleUnaryOperator e = a -> RandomCircuits.expectation(c, new double[] {a}, x, h);

    double exact = Adjoint.gradient(c, new double[] {t}, h).theta()[0];
    double fd = (e.applyAsDouble(t + 1e-5) - e.applyAsDouble(t - 1e-5)) / 2e-5;
    assertEquals(fd, exact, 1e-7);
    double twoTerm = ShiftRules.derivative(Gate.ShiftRule.TWO_TERM, e, t);
    double fourTerm = ShiftRules.derivative(Gate.ShiftRule.FOUR_TERM, e, t);
    assertTrue(Math.abs(twoTerm - exact) > TWO_TERM_MISS,
        "two-term " + twoTerm + " should miss " + exact);
    assertEquals(exact, fourTerm, EXACT);
    assertEquals(Gate.ShiftRule.FOUR_TERM, gate.shiftRule());
    assertEquals(exact, ParameterShift.gradient(c, new double[] {t}, h).theta()[0], EXACT);
    assertEquals(4, ParameterShift.shiftedCircuitCount(c));
  }

  @ParameterizedTest
  @EnumSource(value = Gate.class, names = {"RX", "RY", "RZ", "PHASE_SHIFT", "CONTROLLED_PHASE",
      "ISING_XX", "ISING_YY", "ISING_ZZ"})
  void twoTermRuleIsExactForPauliGeneratedAngles(Gate gate) {
    SplittableRandom random = new SplittableRandom(40 + gate.ordinal());
    ParametrizedBuilder b = new ParametrizedBuilder(2, 1, 0);
    b.rot(0, random.nextDouble(6), random.nextDouble(6), random.nextDouble(6));
    b.rot(1, random.nextDouble(6), random.nextDouble(6), random.nextDouble(6));
    int[] wires = gate.wires() == 1 ? new int[] {1} : new int[] {0, 1};
    b.gate(gate, wires, List.of(Param.theta(0)));
    ParametrizedCircuit c = b.build();
    PauliSum h = PauliSum.parse("0.8 X0 Y1 + 0.6 X0 - 0.4 Y0 Z1 + 0.3 Z0 X1 + 0.5 X1");
    double[] x = new double[0];
    DoubleUnaryOperator e = a -> RandomCircuits.expectation(c, new double[] {a}, x, h);
    double exact = Adjoint.gradient(c, new double[] {0.9}, h).theta()[0];
    assertTrue(Math.abs(exact) > 1e-3, "vacuous: zero gradient");
    assertEquals(exact, ShiftRules.derivative(Gate.ShiftRule.TWO_TERM, e, 0.9), EXACT);
    assertEquals(2, ParameterShift.shiftedCircuitCount(c));
  }
}
