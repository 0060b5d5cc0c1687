package io.qml4j.runtime.gradient;

import io.qml4j.dsl.Gate;
import io.qml4j.dsl.GateSink;
import io.qml4j.dsl.Q;
import io.qml4j.dsl.Templates;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Records a {@link ParametrizedCircuit}: fixed gates through the ordinary {@link Q} vocabulary (so
 * existing model methods and templates run unchanged, their angles becoming constants), trainable
 * ones through the overloads that take {@link Param} angles. Each gate is validated as
 * {@link CircuitBuilder} validates it, and every expression may read only the declared
 * {@code theta} and {@code x} ranges; a rejected gate leaves the builder as it was.
 *
 * <pre>{@code
 * ParametrizedBuilder b = new ParametrizedBuilder(2, 2, 1); // 2 qubits, theta[0..1], x[0]
 * b.h(0);
 * b.ry(0, Param.theta(0));
 * b.rx(1, Param.product(1, 0));       // theta[1] * x[0]
 * b.cnot(0, 1);
 * b.rz(1, Param.theta(0).times(2.0)); // theta[0] shared, scaled
 * ParametrizedCircuit circuit = b.build();
 * }</pre>
 */
public final class ParametrizedBuilder implements Q {
  private final int qubits;
  private final int thetaCount;
  private final int inputCount;
  private final List<ParametrizedOperation> operations = new ArrayList<>();

  /**
   * A builder on {@code qubits} wires whose angles may read {@code theta[0 .. thetaCount-1]} and
   * {@code x[0 .. inputCount-1]}.
   */
  public ParametrizedBuilder(int qubits, int thetaCount, int inputCount) {
    new CircuitBuilder(qubits); // validates qubits
    if (thetaCount < 0) {
      throw new IllegalArgumentException("thetaCount: expected at least 0, got " + thetaCount);
    }
    if (inputCount < 0) {
      throw new IllegalArgumentException("inputCount: expected at least 0, got " + inputCount);
    }
    this.qubits = qubits;
    this.thetaCount = thetaCount;
    this.inputCount = inputCount;
  }

  @Override
  public int qubits() {
    return qubits;
  }

  /** A gate with constant angles. */
  @Override
  public void gate(Gate gate, int[] wires, double... angles) {
    List<Param> params = new ArrayList<>(angles.length);
    for (double a : angles) {
      params.add(constantAngle(gate, a));
    }
    gate(gate, wires, params);
  }

  /**
   * A gate of the table (fixed arity, or {@link Gate#MULTI_RZ}) whose angles are expressions.
   *
   * @throws IllegalArgumentException for a bad wire, a wrong angle count or an expression that
   *     reads theta or x outside the declared ranges
   */
  public void gate(Gate gate, int[] wires, List<Param> angles) {
    if (angles.size() != gate.params()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "angles: gate %s takes %d angle(s), got %d", gate, gate.params(), angles.size()));
    }
    for (Param p : angles) {
      checkIndices(p, thetaCount, inputCount);
    }
    CircuitBuilder probe = new CircuitBuilder(qubits);
    probe.gate(gate, wires, placeholders(angles));
    add(probe, angles);
  }

  @Override
  public void pauliRot(double angle, String word, int... wires) {
    pauliRot(constantAngle(Gate.PAULI_ROT, angle), word, wires);
  }

  /** {@code exp(-i angle P / 2)} for a Pauli word P such as "XZY", one letter per wire. */
  public void pauliRot(Param angle, String word, int... wires) {
    checkIndices(angle, thetaCount, inputCount);
    CircuitBuilder probe = new CircuitBuilder(qubits);
    probe.pauliRot(placeholders(List.of(angle))[0], word, wires);
    add(probe, List.of(angle));
  }

  @Override
  public void unitary(double[] matrix, int... wires) {
    CircuitBuilder probe = new CircuitBuilder(qubits);
    probe.unitary(matrix, wires);
    add(probe, List.of());
  }

  /** The circuit recorded so far; the builder stays usable. */
  public ParametrizedCircuit build() {
    return new ParametrizedCircuit(qubits, thetaCount, inputCount, operations);
  }

  /** Number of operations recorded so far. */
  public int size() {
    return operations.size();
  }

  // Trainable gates: one overload per parameterised gate of the table.

  /** {@code exp(-i angle X / 2)}. */
  public void rx(int wire, Param angle) { gate(Gate.RX, new int[] {wire}, List.of(angle)); }

  /** {@code exp(-i angle Y / 2)}. */
  public void ry(int wire, Param angle) { gate(Gate.RY, new int[] {wire}, List.of(angle)); }

  /** {@code exp(-i angle Z / 2)}. */
  public void rz(int wire, Param angle) { gate(Gate.RZ, new int[] {wire}, List.of(angle)); }

  /** diag(1, exp(i angle)). */
  public void phaseShift(int wire, Param angle) {
    gate(Gate.PHASE_SHIFT, new int[] {wire}, List.of(angle));
  }

  /** OpenQASM's U3(theta, phi, lambda). */
  public void u3(int wire, Param theta, Param phi, Param lambda) {
    gate(Gate.U3, new int[] {wire}, List.of(theta, phi, lambda));
  }

  /** {@code Rot(phi, theta, omega) = RZ(omega) RY(theta) RZ(phi)}. */
  public void rot(int wire, Param phi, Param theta, Param omega) {
    gate(Gate.ROT, new int[] {wire}, List.of(phi, theta, omega));
  }

  /** Controlled RX. */
  public void crx(int control, int target, Param angle) {
    gate(Gate.CRX, new int[] {control, target}, List.of(angle));
  }

  /** Controlled RY. */
  public void cry(int control, int target, Param angle) {
    gate(Gate.CRY, new int[] {control, target}, List.of(angle));
  }

  /** Controlled RZ. */
  public void crz(int control, int target, Param angle) {
    gate(Gate.CRZ, new int[] {control, target}, List.of(angle));
  }

  /** Controlled Rot. */
  public void crot(int control, int target, Param phi, Param theta, Param omega) {
    gate(Gate.CROT, new int[] {control, target}, List.of(phi, theta, omega));
  }

  /** diag(1, 1, 1, exp(i angle)). */
  public void controlledPhase(int control, int target, Param angle) {
    gate(Gate.CONTROLLED_PHASE, new int[] {control, target}, List.of(angle));
  }

  /** {@code exp(-i angle X X / 2)}. */
  public void isingXX(int a, int b, Param angle) {
    gate(Gate.ISING_XX, new int[] {a, b}, List.of(angle));
  }

  /** {@code exp(-i angle Y Y / 2)}. */
  public void isingYY(int a, int b, Param angle) {
    gate(Gate.ISING_YY, new int[] {a, b}, List.of(angle));
  }

  /** {@code exp(-i angle Z Z / 2)}. */
  public void isingZZ(int a, int b, Param angle) {
    gate(Gate.ISING_ZZ, new int[] {a, b}, List.of(angle));
  }

  /** Givens rotation between |01> and |10>. */
  public void singleExcitation(int a, int b, Param angle) {
    gate(Gate.SINGLE_EXCITATION, new int[] {a, b}, List.of(angle));
  }

  /** Givens rotation between |0011> and |1100>. */
  public void doubleExcitation(int a, int b, int c, int d, Param angle) {
    gate(Gate.DOUBLE_EXCITATION, new int[] {a, b, c, d}, List.of(angle));
  }

  /** {@code exp(-i angle Z...Z / 2)} on the given wires. */
  public void multiRZ(Param angle, int... wires) {
    gate(Gate.MULTI_RZ, wires, List.of(angle));
  }

  // Templates with trainable angles, expanded by the same shared definitions as the Q versions.

  /** One rotation per feature on wires 0 .. x.length-1; rotation "X", "Y" or "Z". */
  public void angleEmbedding(Param[] x, String rotation) {
    Templates.angleEmbedding(ParamAlgebra.INSTANCE, sink(), List.of(x), rotation);
  }

  /** PennyLane's BasicEntanglerLayers over all qubits; theta holds layers x qubits angles. */
  public void basicEntanglerLayers(Param[] theta, int layers, String rotation) {
    Templates.basicEntanglerLayers(
        ParamAlgebra.INSTANCE, sink(), List.of(theta), layers, qubits, rotation);
  }

  /** PennyLane's StronglyEntanglingLayers over all qubits; theta holds layers x qubits x 3. */
  public void stronglyEntanglingLayers(Param[] theta, int layers) {
    Templates.stronglyEntanglingLayers(
        ParamAlgebra.INSTANCE, sink(), List.of(theta), layers, qubits);
  }

  /** A QAOA cost layer; {@code weights} may be null for an unweighted graph. */
  public void qaoaCostLayer(Param gamma, int[][] edges, double[] weights) {
    Templates.qaoaCostLayer(ParamAlgebra.INSTANCE, sink(), gamma, edges, weights);
  }

  /** A QAOA mixer layer {@code exp(-i beta sum X)} over all qubits. */
  public void qaoaMixerLayer(Param beta) {
    Templates.qaoaMixerLayer(ParamAlgebra.INSTANCE, sink(), beta, qubits);
  }

  private GateSink<Param> sink() {
    return (gate, wires, angles) -> gate(gate, wires, angles);
  }

  private void add(CircuitBuilder probe, List<Param> angles) {
    Operation template = probe.build().operations().get(0);
    operations.add(new ParametrizedOperation(template, angles));
  }

  /** Constants as themselves (so the probe checks they are finite), expressions as 0. */
  private static double[] placeholders(List<Param> angles) {
    double[] values = new double[angles.size()];
    for (int k = 0; k < values.length; k++) {
      Param p = angles.get(k);
      values[k] = p.isConstant() ? p.value(new double[0], new double[0]) : 0;
    }
    return values;
  }

  private static Param constantAngle(Gate gate, double angle) {
    if (!Double.isFinite(angle)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "angles: %s angle is %s, expected a finite number", gate.displayName(), angle));
    }
    return Param.constant(angle);
  }

  /** Rejects an expression reading theta or x past the declared counts. */
  static void checkIndices(Param p, int thetaCount, int inputCount) {
    if (p.maxThetaIndex() >= thetaCount) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "angles: %s reads theta[%d], but the circuit declares %d parameter(s) (theta[0..%d])",
          p, p.maxThetaIndex(), thetaCount, thetaCount - 1));
    }
    if (p.maxInputIndex() >= inputCount) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "angles: %s reads x[%d], but the circuit declares %d input(s) (x[0..%d])",
          p, p.maxInputIndex(), inputCount, inputCount - 1));
    }
  }

  @Override
  public String toString() {
    return "ParametrizedBuilder(" + qubits + " qubits, " + operations + ")";
  }
}
