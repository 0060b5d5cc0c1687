package io.qml4j.runtime.ml.kernel;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * The inverse {@code U^dagger} of a circuit: its operations reversed, each replaced by its own
 * inverse. Rotations get negated angles and named gates their named inverses so the result stays
 * as cheap to simulate and as portable to hardware as the original; only gates with no inverse in
 * the table (SX, iSWAP, user unitaries) become a {@link Gate#UNITARY} with the conjugate
 * transpose.
 */
public final class CircuitInverse {
  private CircuitInverse() {}

  /** {@code U^dagger} for the circuit U. */
  public static Circuit of(Circuit circuit) {
    List<Operation> ops = circuit.operations();
    List<Operation> inverse = new ArrayList<>(ops.size());
    for (int k = ops.size() - 1; k >= 0; k--) {
      inverse.add(of(ops.get(k)));
    }
    return new Circuit(circuit.qubits(), inverse);
  }

  /** The inverse of one operation, on the same wires. */
  public static Operation of(Operation op) {
    int[] wires = op.wires();
    switch (op.gate()) {
      case I: case H: case X: case Y: case Z: case CNOT: case CY: case CZ: case SWAP:
      case TOFFOLI: case CSWAP:
        return op;
      case S:
        return Operation.of(Gate.SDG, wires);
      case SDG:
        return Operation.of(Gate.S, wires);
      case T:
        return Operation.of(Gate.TDG, wires);
      case TDG:
        return Operation.of(Gate.T, wires);
      case RX: case RY: case RZ: case PHASE_SHIFT: case CRX: case CRY: case CRZ:
      case CONTROLLED_PHASE: case ISING_XX: case ISING_YY: case ISING_ZZ:
      case SINGLE_EXCITATION: case DOUBLE_EXCITATION: case MULTI_RZ: case PAULI_ROT:
        // each is exp(-i t G) (up to a phase) for a fixed generator G
        return op.withAngles(-op.angle(0));
      case ROT: case CROT:
        // Rot(a, b, c) = RZ(c) RY(b) RZ(a), so its inverse RZ(-a) RY(-b) RZ(-c) = Rot(-c, -b, -a)
        return op.withAngles(-op.angle(2), -op.angle(1), -op.angle(0));
      case U3:
        // U3(t, p, l)^dagger = U3(-t, -l, -p) (OpenQASM 3 specification, gate u3)
        return op.withAngles(-op.angle(0), -op.angle(2), -op.angle(1));
      default:
        return Operation.unitary(conjugateTranspose(op.matrix()), wires);
    }
  }

  /** The conjugate transpose of a square interleaved row-major matrix. */
  static double[] conjugateTranspose(double[] m) {
    int d = (int) Math.round(Math.sqrt(m.length / 2.0));
    double[] out = new double[m.length];
    for (int r = 0; r < d; r++) {
      for (int c = 0; c < d; c++) {
        out[2 * (c * d + r)] = m[2 * (r * d + c)];
        out[2 * (c * d + r) + 1] = -m[2 * (r * d + c) + 1];
      }
    }
    return out;
  }
}
