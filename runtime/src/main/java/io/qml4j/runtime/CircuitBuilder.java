package io.qml4j.runtime;

import io.qml4j.dsl.Gate;
import io.qml4j.dsl.Q;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dynamic implementation of {@link Q}: records gates into a {@link Circuit}, so a model method
 * runs without the annotation processor. Every gate is validated when applied (wire range,
 * repeated wires, finite angles, unitarity of user matrices); a rejected gate leaves the builder as
 * it was.
 *
 * <pre>{@code
 * CircuitBuilder q = new CircuitBuilder(2);
 * q.h(0);
 * q.cnot(0, 1);
 * Circuit bell = q.build();
 * }</pre>
 */
public final class CircuitBuilder implements Q {
  /** Tolerance of the unitarity check on user matrices, max |U U^dagger - I| entry. */
  public static final double UNITARY_TOLERANCE = 1e-10;

  private final int qubits;
  private final List<Operation> operations = new ArrayList<>();

  /** A builder for a circuit on {@code qubits} wires. */
  public CircuitBuilder(int qubits) {
    if (qubits < 1) {
      throw new IllegalArgumentException("qubits: expected at least 1, got " + qubits);
    }
    this.qubits = qubits;
  }

  @Override
  public int qubits() {
    return qubits;
  }

  @Override
  public void gate(Gate gate, int[] wires, double... angles) {
    if (gate == Gate.PAULI_ROT || gate == Gate.UNITARY) {
      throw new IllegalArgumentException("gate: use pauliRot(...) or unitary(...) for " + gate);
    }
    checkWires(gate, wires);
    checkAngles(gate, angles);
    operations.add(Operation.of(gate, wires, angles));
  }

  @Override
  public void pauliRot(double angle, String word, int... wires) {
    checkWires(Gate.PAULI_ROT, wires);
    checkAngles(Gate.PAULI_ROT, new double[] {angle});
    operations.add(Operation.pauliRot(angle, word, wires));
  }

  @Override
  public void unitary(double[] matrix, int... wires) {
    if (wires.length < 1 || wires.length > 2) {
      throw new IllegalArgumentException(
          "wires: a user unitary acts on 1 or 2 wires, got " + wires.length);
    }
    checkWires(Gate.UNITARY, wires);
    Operation op = Operation.unitary(matrix, wires);
    for (int i = 0; i < matrix.length; i++) {
      if (!Double.isFinite(matrix[i])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "matrix: entry %d is %s, expected a finite number", i, matrix[i]));
      }
    }
    double deviation = unitarityDeviation(matrix, 1 << wires.length);
    if (deviation > UNITARY_TOLERANCE) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "matrix: not unitary, max |U U^dagger - I| entry is %.3g, expected at most %.0e",
          deviation, UNITARY_TOLERANCE));
    }
    operations.add(op);
  }

  /** Appends every operation of a circuit on at most this many qubits. */
  public CircuitBuilder append(Circuit circuit) {
    if (circuit.qubits() > qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "circuit: has %d qubits, this builder %d", circuit.qubits(), qubits));
    }
    operations.addAll(circuit.operations());
    return this;
  }

  /** Number of operations recorded so far. */
  public int size() {
    return operations.size();
  }

  /** The circuit recorded so far; the builder stays usable. */
  public Circuit build() {
    return new Circuit(qubits, operations);
  }

  /** Checks wires; the gate's display name is built only for a message (per gate it would cost). */
  private void checkWires(Gate gate, int[] wires) {
    for (int k = 0; k < wires.length; k++) {
      if (wires[k] < 0 || wires[k] >= qubits) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "wires: %s wire %d is out of range for a %d-qubit circuit (wires 0..%d)",
            gate.displayName(), wires[k], qubits, qubits - 1));
      }
      for (int j = 0; j < k; j++) {
        if (wires[j] == wires[k]) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "wires: %s repeats wire %d; a multi-wire gate needs distinct wires",
              gate.displayName(), wires[k]));
        }
      }
    }
  }

  private static void checkAngles(Gate gate, double[] angles) {
    for (int k = 0; k < angles.length; k++) {
      if (!Double.isFinite(angles[k])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "angles: %s angle %d is %s, expected a finite number", gate.displayName(), k,
            angles[k]));
      }
    }
  }

  /** Largest entry of |U U^dagger - I| for a d x d interleaved matrix. */
  static double unitarityDeviation(double[] u, int d) {
    double worst = 0;
    for (int r = 0; r < d; r++) {
      for (int c = 0; c < d; c++) {
        double re = 0, im = 0;
        for (int k = 0; k < d; k++) {
          double ar = u[2 * (r * d + k)], ai = u[2 * (r * d + k) + 1];
          double br = u[2 * (c * d + k)], bi = -u[2 * (c * d + k) + 1];
          re += ar * br - ai * bi;
          im += ar * bi + ai * br;
        }
        worst = Math.max(worst, Math.hypot(re - (r == c ? 1 : 0), im));
      }
    }
    return worst;
  }
}
