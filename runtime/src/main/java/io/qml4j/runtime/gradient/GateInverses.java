package io.qml4j.runtime.gradient;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.Simulator;
import java.util.Locale;

/**
 * The inverse {@code U^dagger} of every gate, as a gate the simulator's specialised kernels run:
 * the same rotation at the negated angle for the single-angle rotations (they are
 * {@code exp(-i t G / 2)}, or PhaseShift-like {@code exp(i t P)}); {@code Rot(-c, -b, -a)} for
 * {@code Rot(a, b, c)} and likewise CRot; {@code U3(-theta, -lambda, -phi)} for
 * {@code U3(theta, phi, lambda)}; SDG for S, TDG for T and back; the conjugate transpose, as a
 * user unitary, for SX, iSWAP and user unitaries; self-inverse gates as themselves. Adjoint
 * differentiation walks the circuit backwards with these.
 */
public final class GateInverses {
  private GateInverses() {}

  /** The operation {@code U^dagger} on the same wires. */
  public static Operation of(Operation op) {
    switch (op.gate()) {
      case I: case H: case X: case Y: case Z:
      case CNOT: case CY: case CZ: case SWAP: case TOFFOLI: case CSWAP:
        return op;
      case S: return Operation.of(Gate.SDG, op.wires());
      case SDG: return Operation.of(Gate.S, op.wires());
      case T: return Operation.of(Gate.TDG, op.wires());
      case TDG: return Operation.of(Gate.T, op.wires());
      case SX: case ISWAP: case UNITARY:
        return Operation.unitary(ComplexMatrices.dagger(op.matrix()), op.wires());
      case ROT: case CROT:
        return op.withAngles(-op.angle(2), -op.angle(1), -op.angle(0));
      case U3:
        return op.withAngles(-op.angle(0), -op.angle(2), -op.angle(1));
      default:
        // Every remaining gate has one angle t and is exp(t A) for an anti-Hermitian A.
        if (op.gate().params() != 1) {
          throw new AssertionError("no inverse rule for " + op.gate());
        }
        return op.withAngles(-op.angle(0));
    }
  }

  /**
   * Applies {@code U^dagger} of a gate of the table (fixed arity, or {@link Gate#MULTI_RZ}) to an
   * amplitude array in place, the wires given by their strides.
   */
  public static void apply(double[] s, Gate gate, int[] strides, double... angles) {
    int n = qubitsOf(s);
    Simulator.apply(s, n, of(Operation.of(gate, wiresOf(n, strides), angles)));
  }

  /** Applies {@code exp(+i angle P / 2)}, the inverse of a PauliRot, in place. */
  public static void applyPauliRot(double[] s, int[] strides, String word, double angle) {
    int n = qubitsOf(s);
    Simulator.apply(s, n, Operation.pauliRot(-angle, word, wiresOf(n, strides)));
  }

  /** Applies the conjugate transpose of a unitary matrix (layout of GateMatrices) in place. */
  public static void applyUnitary(double[] s, int[] strides, double[] matrix) {
    int n = qubitsOf(s);
    Simulator.apply(s, n, of(Operation.unitary(matrix, wiresOf(n, strides))));
  }

  private static int qubitsOf(double[] s) {
    if (Integer.bitCount(s.length) != 1 || s.length < 4) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "s: expected 2^(n+1) doubles for n >= 1 qubits, got %d", s.length));
    }
    return Integer.numberOfTrailingZeros(s.length) - 1;
  }

  private static int[] wiresOf(int n, int[] strides) {
    int[] wires = new int[strides.length];
    for (int k = 0; k < strides.length; k++) {
      if (Integer.bitCount(strides[k]) != 1 || strides[k] >= 1 << n) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "strides: expected powers of two below 2^%d, got %d at %d", n, strides[k], k));
      }
      wires[k] = n - 1 - Integer.numberOfTrailingZeros(strides[k]);
    }
    return wires;
  }
}
