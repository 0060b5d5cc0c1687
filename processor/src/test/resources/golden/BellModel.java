package demo;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.kernel.Kernels;
import io.qml4j.runtime.observable.Expectation;
import io.qml4j.runtime.observable.PauliString;
import io.qml4j.runtime.observable.PauliSum;
import java.util.ArrayList;
import java.util.List;
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
    double a2 = theta[0] / 2.0 + theta[0] / 2.0;
    double c2 = Math.cos(a2 / 2), s2 = Math.sin(a2 / 2);
    Kernels.real1(psi, 1, c2, -s2, s2, c2);
  }

  private static void ansatz(double[] psi, double[] theta) {
    ansatz0(psi, theta);
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
