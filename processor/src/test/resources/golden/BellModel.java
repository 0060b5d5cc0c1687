package demo;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.gradient.AdjointSteps;
import io.qml4j.runtime.gradient.Gradient;
import io.qml4j.runtime.gradient.Jacobian;
import io.qml4j.runtime.gradient.Overlaps;
import io.qml4j.runtime.gradient.ShiftRules;
import io.qml4j.runtime.internal.GeneratedChecks;
import io.qml4j.runtime.kernel.Kernels;
import io.qml4j.runtime.ml.DifferentiableModel;
import io.qml4j.runtime.observable.Expectation;
import io.qml4j.runtime.observable.ObservableApplier;
import io.qml4j.runtime.observable.PauliString;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.observable.Sampler;
import java.lang.Double;
import java.lang.IllegalArgumentException;
import java.lang.Math;
import java.lang.String;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.annotation.processing.Generated;

/**
 * The model {@link Bell}, compiled by qml4j: 2 qubit(s), 1 trainable parameter(s), 0 input(s);
 * 4 gates as written, 3 simulated after optimisation.
 * Generated code: do not edit.
 */
@Generated(
    value = "io.qml4j.processor.QuantumModelProcessor",
    comments = "from demo.Bell"
)
public final class BellModel {
  /**
   * Number of qubits; wire 0 is the most significant bit of a basis index.
   */
  public static final int QUBITS = 2;

  /**
   * Number of trainable parameters: the length of {@code theta}.
   */
  public static final int PARAMS = 1;

  /**
   * Number of inputs: the length of {@code x}.
   */
  public static final int INPUTS = 0;

  /**
   * Number of gates the simulation applies.
   */
  public static final int GATES = 3;

  /**
   * The observable {@link Bell#parity}: {@code 1.0 Z0 Z1}.
   */
  public static final PauliSum PARITY = PauliSum.of(List.of(
      new PauliSum.Term(1.0, PauliString.parse("Z0 Z1"))));

  /**
   * Number of differentiable angles of the simulated gates (an angle that is not a constant,
   * counted per gate occurrence): parameter shift evaluates two shifted circuits for each,
   * four for controlled rotations and excitations.
   */
  public static final int ANGLES = 1;

  private static final PauliSum[] OBSERVABLE_SUMS = {PARITY};

  /**
   * Per angle slot, the terms of its shift rule: '2' or '4'.
   */
  private static final String SHIFT_RULES = "2";

  private static final double[] TWO_TERM_SHIFTS = ShiftRules.shifts(Gate.ShiftRule.TWO_TERM);

  private static final double[] TWO_TERM_COEFFICIENTS = ShiftRules.coefficients(Gate.ShiftRule.TWO_TERM);

  private static final double[] FOUR_TERM_SHIFTS = ShiftRules.shifts(Gate.ShiftRule.FOUR_TERM);

  private static final double[] FOUR_TERM_COEFFICIENTS = ShiftRules.coefficients(Gate.ShiftRule.FOUR_TERM);

  private BellModel() {
  }

  /**
   * The expectation of the first observable, {@code parity}, in the model's state.
   */
  public static double expectation(double[] theta) {
    return Expectation.of(state(theta), PARITY);
  }

  /**
   * The expectations of every observable, in declaration order.
   */
  public static double[] expectations(double[] theta) {
    StateVector state = state(theta);
    return new double[] {Expectation.of(state, PARITY)};
  }

  /**
   * The model's state: the circuit applied to |0...0>.
   */
  public static StateVector state(double[] theta) {
    check(theta, "theta", PARAMS);
    double[] psi = StateVector.allocate(QUBITS);
    psi[0] = 1;
    ansatz(psi, theta);
    return StateVector.wrap(QUBITS, psi);
  }

  /**
   * The circuit as written in the model class, bound to these arguments:
   * the same gates the runtime's CircuitBuilder records when it runs the model's methods.
   */
  public static Circuit circuit(double[] theta) {
    check(theta, "theta", PARAMS);
    List<Operation> ops = new ArrayList<>(4);
    written0(ops, theta);
    return new Circuit(QUBITS, ops);
  }

  /**
   * The circuit this class simulates, bound to these arguments
   * (after optimisation, if on): equal in effect to {@link #circuit}.
   */
  public static Circuit simulatedCircuit(double[] theta) {
    check(theta, "theta", PARAMS);
    List<Operation> ops = new ArrayList<>(3);
    simulated0(ops, theta);
    return new Circuit(QUBITS, ops);
  }

  /**
   * The expectation of {@code parity} and its gradient with respect to theta and x, by adjoint
   * differentiation: one forward and one backward sweep over the simulated gates,
   * whatever the number of parameters.
   */
  public static Gradient gradient(double[] theta) {
    StateVector state = state(theta);
    return adjointGradient(state.amplitudes(), ObservableApplier.apply(state, PARITY).amplitudes(), theta);
  }

  /**
   * The expectations of every observable and their derivatives with respect to theta and x
   * (row i: observable i), by adjoint differentiation: one forward sweep, one backward sweep per observable.
   */
  public static Jacobian jacobian(double[] theta) {
    StateVector state = state(theta);
    int outputs = OBSERVABLE_SUMS.length;
    double[] values = new double[outputs];
    double[][] dTheta = new double[outputs][], dX = new double[outputs][];
    for (int i = 0; i < outputs; i++) {
      double[] lambda = ObservableApplier.apply(state, OBSERVABLE_SUMS[i]).amplitudes();
      Gradient row = adjointGradient(state.amplitudes().clone(), lambda, theta);
      values[i] = row.value();
      dTheta[i] = row.theta();
      dX[i] = row.x();
    }
    return new Jacobian(values, dTheta, dX);
  }

  /**
   * The vector-Jacobian product {@code v^T J}: {@code sum_i v_i <H_i>} and its gradient with respect to
   * theta and x, from one backward sweep with the bra {@code sum_i v_i H_i |psi>}, for a caller that
   * back-propagates a classical loss ({@code v_i = dLoss/d<H_i>}).
   *
   * @throws IllegalArgumentException if cotangent's length is not the number of observables,
   *     or it holds a non-finite value
   */
  public static Gradient vectorJacobianProduct(double[] theta, double[] cotangent) {
    check(cotangent, "cotangent", OBSERVABLE_SUMS.length);
    StateVector state = state(theta);
    double[] lambda = StateVector.allocate(QUBITS);
    for (int i = 0; i < OBSERVABLE_SUMS.length; i++) {
      double[] h = ObservableApplier.apply(state, OBSERVABLE_SUMS[i]).amplitudes();
      for (int k = 0; k < lambda.length; k++) {
        lambda[k] += cotangent[i] * h[k];
      }
    }
    return adjointGradient(state.amplitudes(), lambda, theta);
  }

  /**
   * The expectation of {@code parity} and its exact parameter-shift gradient with respect to theta and x:
   * per angle slot, two shifted circuits (four for controlled rotations and excitations), then the
   * chain rule through the angle's expression. Needs only expectations, as hardware would.
   */
  public static Gradient parameterShiftGradient(double[] theta) {
    return parameterShift(1, 0, 0L, theta).row(0);
  }

  /**
   * The shot-based parameter-shift estimate: the value and every shifted expectation each from
   * {@code shots} measurements, seeded in a fixed order from {@code seed}, as a hardware backend
   * would return it.
   *
   * @throws IllegalArgumentException also if {@code shots < 1}
   */
  public static Gradient parameterShiftGradient(double[] theta, int shots, long seed) {
    checkShots(shots);
    return parameterShift(1, shots, seed, theta).row(0);
  }

  /**
   * The exact expectations of every observable and their parameter-shift Jacobian.
   */
  public static Jacobian parameterShiftJacobian(double[] theta) {
    return parameterShift(OBSERVABLE_SUMS.length, 0, 0L, theta);
  }

  /**
   * The shot-based parameter-shift Jacobian: every shifted circuit measured once per observable.
   *
   * @throws IllegalArgumentException also if {@code shots < 1}
   */
  public static Jacobian parameterShiftJacobian(double[] theta, int shots, long seed) {
    checkShots(shots);
    return parameterShift(OBSERVABLE_SUMS.length, shots, seed, theta);
  }

  private static void checkShots(int shots) {
    if (shots < 1) {
      throw new IllegalArgumentException("shots: expected at least 1, got " + shots);
    }
  }

  /**
   * This model for the runtime's trainers ({@code VariationalClassifier}, ...): expectations of every
   * observable, Jacobians by adjoint differentiation.
   */
  public static DifferentiableModel differentiable() {
    return DifferentiableModel.of(PARAMS, INPUTS, OBSERVABLE_SUMS.length, (x, theta) -> expectations(theta), (x, theta) -> jacobian(theta).theta());
  }

  private static void written0(List<Operation> ops, double[] theta) {
    ops.add(Operation.of(Gate.H, new int[] {0}));
    ops.add(Operation.of(Gate.CNOT, new int[] {0, 1}));
    ops.add(Operation.of(Gate.RY, new int[] {1}, theta[0] / 2.0));
    ops.add(Operation.of(Gate.RY, new int[] {1}, theta[0] / 2.0));
  }

  private static void simulated0(List<Operation> ops, double[] theta) {
    ops.add(Operation.of(Gate.H, new int[] {0}));
    ops.add(Operation.of(Gate.CNOT, new int[] {0, 1}));
    ops.add(Operation.of(Gate.RY, new int[] {1}, theta[0] / 2.0 + theta[0] / 2.0));
  }

  private static void ansatz0(double[] psi, double[] theta) {
    // line 6: H on 0  <- q.h(0)
    Kernels.real1(psi, 2, 0.7071067811865476, 0.7071067811865476, 0.7071067811865476, -0.7071067811865476);
    // line 7: Cnot on 0, 1  <- q.cnot(0, 1)
    Kernels.controlledX(psi, 2, 1);
    // line 8: Ry(theta[0] / 2.0 + theta[0] / 2.0) on 1  <- q.ry(1, theta[0] / 2)
    double a2 = GeneratedChecks.angle(theta[0] / 2.0 + theta[0] / 2.0, "Ry", 0);
    double c2 = Math.cos(a2 / 2), s2 = Math.sin(a2 / 2);
    Kernels.real1(psi, 1, c2, -s2, s2, c2);
  }

  private static void ansatz(double[] psi, double[] theta) {
    ansatz0(psi, theta);
  }

  /**
   * {@code <phi|lambda>} and its gradient; phi is the final state, lambda the bra H|phi>; both are consumed.
   */
  private static Gradient adjointGradient(double[] phi, double[] lambda, double[] theta) {
    double value = Overlaps.real(phi, lambda);
    double[] dAngle = new double[ANGLES];
    adjoint(phi, lambda, dAngle, theta);
    double[] dTheta = new double[PARAMS], dX = new double[INPUTS];
    chainRule(dAngle, dTheta, dX, theta);
    return new Gradient(value, dTheta, dX);
  }

  private static void adjoint0(double[] phi, double[] lambda, double[] dAngle, double[] theta) {
    // back: line 8: Ry(theta[0] / 2.0 + theta[0] / 2.0) on 1  <- q.ry(1, theta[0] / 2)
    {
      double v = theta[0] / 2.0 + theta[0] / 2.0;
      dAngle[0] = AdjointSteps.ry(phi, lambda, 1, Math.cos(v / 2), Math.sin(v / 2));
    }
  }

  private static void adjoint(double[] phi, double[] lambda, double[] dAngle, double[] theta) {
    adjoint0(phi, lambda, dAngle, theta);
  }

  private static void shiftedAnsatz0(double[] psi, double[] shift, double[] theta) {
    // line 6: H on 0  <- q.h(0)
    Kernels.real1(psi, 2, 0.7071067811865476, 0.7071067811865476, 0.7071067811865476, -0.7071067811865476);
    // line 7: Cnot on 0, 1  <- q.cnot(0, 1)
    Kernels.controlledX(psi, 2, 1);
    // line 8: Ry(theta[0] / 2.0 + theta[0] / 2.0) on 1  <- q.ry(1, theta[0] / 2)
    double a2 = GeneratedChecks.angle(theta[0] / 2.0 + theta[0] / 2.0 + shift[0], "Ry", 0);
    double c2 = Math.cos(a2 / 2), s2 = Math.sin(a2 / 2);
    Kernels.real1(psi, 1, c2, -s2, s2, c2);
  }

  private static void shiftedAnsatz(double[] psi, double[] shift, double[] theta) {
    shiftedAnsatz0(psi, shift, theta);
  }

  /**
   * The state with {@code shift[slot]} added to every angle slot.
   */
  private static double[] shiftedState(double[] shift, double[] theta) {
    double[] psi = StateVector.allocate(QUBITS);
    psi[0] = 1;
    shiftedAnsatz(psi, shift, theta);
    return psi;
  }

  /**
   * The first {@code outputs} observables: exact when shots is 0, else estimated from shots.
   */
  private static double[] measure(double[] psi, int outputs, int shots, SplittableRandom seeds) {
    StateVector state = StateVector.wrap(QUBITS, psi);
    double[] e = new double[outputs];
    for (int i = 0; i < outputs; i++) {
      e[i] = shots == 0 ? Expectation.of(state, OBSERVABLE_SUMS[i])
          : Sampler.estimate(state, OBSERVABLE_SUMS[i], shots, seeds.nextLong());
    }
    return e;
  }

  /**
   * Parameter shift over every angle slot for the first {@code outputs} observables (exact when shots is 0).
   */
  private static Jacobian parameterShift(int outputs, int shots, long seed, double[] theta) {
    check(theta, "theta", PARAMS);
    SplittableRandom seeds = new SplittableRandom(seed);
    double[] shift = new double[ANGLES];
    double[] values = measure(shiftedState(shift, theta), outputs, shots, seeds);
    double[][] dAngle = new double[outputs][ANGLES];
    for (int slot = 0; slot < ANGLES; slot++) {
      boolean four = SHIFT_RULES.charAt(slot) == '4';
      double[] shifts = four ? FOUR_TERM_SHIFTS : TWO_TERM_SHIFTS;
      double[] coefficients = four ? FOUR_TERM_COEFFICIENTS : TWO_TERM_COEFFICIENTS;
      for (int s = 0; s < shifts.length; s++) {
        shift[slot] = shifts[s];
        double[] e = measure(shiftedState(shift, theta), outputs, shots, seeds);
        for (int i = 0; i < outputs; i++) {
          dAngle[i][slot] += coefficients[s] * e[i];
        }
      }
      shift[slot] = 0;
    }
    double[][] dTheta = new double[outputs][PARAMS], dX = new double[outputs][INPUTS];
    for (int i = 0; i < outputs; i++) {
      chainRule(dAngle[i], dTheta[i], dX[i], theta);
    }
    return new Jacobian(values, dTheta, dX);
  }

  private static void chainRule0(double[] dAngle, double[] dTheta, double[] dX, double[] theta) {
    dTheta[0] += dAngle[0];
  }

  private static void chainRule(double[] dAngle, double[] dTheta, double[] dX, double[] theta) {
    chainRule0(dAngle, dTheta, dX, theta);
  }

  private static void check(double[] values, String name, int expected) {
    if (values == null) {
      throw new IllegalArgumentException(name + ": expected " + expected + " values, got null");
    }
    if (values.length != expected) {
      throw new IllegalArgumentException(name + ": expected " + expected + " values, got " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(name + ": element " + i + " is " + values[i] + ", expected a finite number");
      }
    }
  }
}
