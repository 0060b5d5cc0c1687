package io.qml4j.runtime.noise;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Operation;
import java.util.List;

/**
 * Lifts gates and channels of an n-qubit circuit to the {@code 2n}-qubit register that holds
 * {@code vec(rho)} ({@link DensityMatrix}): a gate U on wires W becomes U on W and
 * {@code conj(U)} on {@code W + n}; a channel becomes one non-unitary operation, its
 * superoperator, on {@code W} and {@code W + n} together.
 *
 * <p>Why this representation: every kernel, the single-qubit fusion and the cache tiling of the
 * state-vector {@link io.qml4j.runtime.kernel.Plan} apply to density matrices unchanged, and the
 * conjugate of most gates is a gate the kernels already specialise (a real gate is its own
 * conjugate; a rotation's conjugate is the rotation by minus the angle), so a noisy circuit runs
 * at about the cost of a noiseless circuit of twice the qubits.
 */
final class Doubling {
  private Doubling() {}

  /** The gate and its conjugate on the doubled register. */
  static List<Operation> lift(Operation op, int n) {
    return List.of(op, conjugate(op, n));
  }

  /** {@code conj(U)} of an operation, moved {@code shift} wires up. */
  static Operation conjugate(Operation op, int shift) {
    int[] wires = shifted(op, shift);
    Gate gate = op.gate();
    switch (gate) {
      case I: case H: case X: case Z: case RY: case CNOT: case CZ: case SWAP: case CRY:
      case SINGLE_EXCITATION: case DOUBLE_EXCITATION: case TOFFOLI: case CSWAP:
        return Operation.of(gate, wires, op.angles());
      case RX: case RZ: case PHASE_SHIFT: case CRX: case CRZ: case CONTROLLED_PHASE:
      case ISING_XX: case ISING_YY: case ISING_ZZ: case MULTI_RZ:
        // exp(-i t G) with G real (X, Z, XX, YY = -(real), ZZ, projectors): conjugate at -t
        return Operation.of(gate, wires, -op.angle(0));
      case S: return Operation.of(Gate.SDG, wires);
      case SDG: return Operation.of(Gate.S, wires);
      case T: return Operation.of(Gate.TDG, wires);
      case TDG: return Operation.of(Gate.T, wires);
      case PAULI_ROT: {
        // conj(P) = (-1)^(#Y) P, so conj(exp(-i t P / 2)) = exp(-i t' P / 2), t' = -t (-1)^(#Y)
        String word = op.word();
        long ys = word.chars().filter(ch -> ch == 'Y').count();
        double angle = (ys & 1) == 0 ? -op.angle(0) : op.angle(0);
        return Operation.pauliRot(angle, word, wires);
      }
      default:
        return Operation.unitary(conjugate(op.matrix()), wires);
    }
  }

  /** A channel's superoperator on its wires W and W + n. */
  static Operation superoperator(Channel channel, int[] wires, int n) {
    int[] both = new int[2 * wires.length];
    for (int k = 0; k < wires.length; k++) {
      both[k] = wires[k];
      both[wires.length + k] = wires[k] + n;
    }
    return Operation.unitary(channel.superoperator(), both);
  }

  private static int[] shifted(Operation op, int shift) {
    int[] wires = op.wires();
    for (int k = 0; k < wires.length; k++) {
      wires[k] += shift;
    }
    return wires;
  }

  private static double[] conjugate(double[] m) {
    double[] c = m.clone();
    for (int i = 1; i < c.length; i += 2) {
      c[i] = -c[i];
    }
    return c;
  }
}
