package io.qml4j.runtime;

import io.qml4j.runtime.kernel.Kernels;
import java.util.Locale;

/**
 * Exact state-vector simulation of a {@link Circuit}: picks, per operation, the kernel specialised
 * for its structure (diagonal, permutation, real, general). Stateless and thread-safe.
 */
public final class Simulator {
  private Simulator() {}

  /** Runs a circuit from |0...0> and returns the final state. */
  public static StateVector run(Circuit circuit) {
    StateVector state = StateVector.zero(circuit.qubits());
    apply(state, circuit);
    return state;
  }

  /** Applies every operation of a circuit to a state in place. */
  public static void apply(StateVector state, Circuit circuit) {
    if (circuit.qubits() != state.qubits()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "circuit: has %d qubits, the state %d", circuit.qubits(), state.qubits()));
    }
    double[] s = state.amplitudes();
    int n = state.qubits();
    for (Operation op : circuit.operations()) {
      apply(s, n, op);
    }
  }

  /** Applies one operation to an n-qubit amplitude array in place. */
  public static void apply(double[] s, int n, Operation op) {
    switch (op.gate()) {
      case I:
        return;
      case H: {
        double r = Math.sqrt(0.5);
        Kernels.real1(s, stride(n, op, 0), r, r, r, -r);
        return;
      }
      case X:
        Kernels.x(s, stride(n, op, 0));
        return;
      case Y:
        Kernels.y(s, stride(n, op, 0));
        return;
      case Z:
        Kernels.phase(s, 0, stride(n, op, 0), -1, 0);
        return;
      case S:
        Kernels.phase(s, 0, stride(n, op, 0), 0, 1);
        return;
      case SDG:
        Kernels.phase(s, 0, stride(n, op, 0), 0, -1);
        return;
      case T:
        Kernels.phase(s, 0, stride(n, op, 0), Math.sqrt(0.5), Math.sqrt(0.5));
        return;
      case TDG:
        Kernels.phase(s, 0, stride(n, op, 0), Math.sqrt(0.5), -Math.sqrt(0.5));
        return;
      case RY: {
        double c = Math.cos(op.angle(0) / 2), sn = Math.sin(op.angle(0) / 2);
        Kernels.real1(s, stride(n, op, 0), c, -sn, sn, c);
        return;
      }
      case RZ: {
        double c = Math.cos(op.angle(0) / 2), sn = Math.sin(op.angle(0) / 2);
        Kernels.diagonal1(s, stride(n, op, 0), c, -sn, c, sn);
        return;
      }
      case PHASE_SHIFT:
        Kernels.phase(s, 0, stride(n, op, 0), Math.cos(op.angle(0)), Math.sin(op.angle(0)));
        return;
      case CNOT:
        Kernels.controlledX(s, stride(n, op, 0), stride(n, op, 1));
        return;
      case CY:
        Kernels.controlledY(s, stride(n, op, 0), stride(n, op, 1));
        return;
      case CZ:
        Kernels.phase(s, stride(n, op, 0), stride(n, op, 1), -1, 0);
        return;
      case CONTROLLED_PHASE:
        Kernels.phase(s, stride(n, op, 0), stride(n, op, 1),
            Math.cos(op.angle(0)), Math.sin(op.angle(0)));
        return;
      case SWAP:
        Kernels.controlledSwap(s, 0, stride(n, op, 0), stride(n, op, 1));
        return;
      case ISWAP:
        Kernels.iswap(s, stride(n, op, 0), stride(n, op, 1));
        return;
      case TOFFOLI:
        Kernels.controlledX(s, stride(n, op, 0) | stride(n, op, 1), stride(n, op, 2));
        return;
      case CSWAP:
        Kernels.controlledSwap(s, stride(n, op, 0), stride(n, op, 1), stride(n, op, 2));
        return;
      case ISING_ZZ:
      case MULTI_RZ: {
        int mask = 0;
        for (int k = 0; k < op.arity(); k++) {
          mask |= stride(n, op, k);
        }
        Kernels.parityPhase(s, mask, Math.cos(op.angle(0) / 2), Math.sin(op.angle(0) / 2));
        return;
      }
      case SINGLE_EXCITATION: {
        int a = stride(n, op, 0), b = stride(n, op, 1);
        Kernels.givens(s, a | b, b, a, Math.cos(op.angle(0) / 2), Math.sin(op.angle(0) / 2));
        return;
      }
      case DOUBLE_EXCITATION: {
        int w0 = stride(n, op, 0), w1 = stride(n, op, 1), w2 = stride(n, op, 2);
        int w3 = stride(n, op, 3);
        // |0011> -> |1100> on the gate's wires (first wire most significant)
        Kernels.givens(s, w0 | w1 | w2 | w3, w2 | w3, w0 | w1,
            Math.cos(op.angle(0) / 2), Math.sin(op.angle(0) / 2));
        return;
      }
      case CRX:
      case CRY:
      case CRZ:
      case CROT: {
        double[] m = op.matrix();
        // lower-right 2x2 block of the 4x4 matrix is the controlled unitary
        Kernels.controlled1(s, stride(n, op, 0), stride(n, op, 1),
            m[20], m[21], m[22], m[23], m[28], m[29], m[30], m[31]);
        return;
      }
      default:
        break;
    }
    if (op.arity() == 1) {
      double[] m = op.matrix();
      Kernels.general1(s, stride(n, op, 0), m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7]);
      return;
    }
    applyDense(s, n, op);
  }

  /**
   * The naive generic path: every operation as a dense matrix through {@link Kernels#dense}. Kept
   * as the baseline the specialised kernels are benchmarked and tested against.
   */
  public static void applyDense(double[] s, int n, Operation op) {
    int[] strides = new int[op.arity()];
    for (int k = 0; k < strides.length; k++) {
      strides[k] = stride(n, op, k);
    }
    Kernels.dense(s, strides, op.matrix(), new double[2 << strides.length]);
  }

  /** Amplitude stride of an operation's k-th wire in an n-qubit state (wire 0 most significant). */
  static int stride(int n, Operation op, int k) {
    return 1 << (n - 1 - op.wire(k));
  }
}
