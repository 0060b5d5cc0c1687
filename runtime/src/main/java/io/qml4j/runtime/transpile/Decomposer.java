package io.qml4j.runtime.transpile;

import io.qml4j.dsl.Gate;
import io.qml4j.dsl.GateMatrices;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rewrites every gate as single-qubit unitaries and CNOTs, the common currency of layout and
 * routing. Controlled single-qubit gates use the A-X-B-X-C construction (Nielsen and Chuang,
 * Corollary 4.2); Pauli rotations (Ising, MultiRZ, PauliRot, iSWAP and the excitations, whose
 * generators are sums of commuting Pauli strings) a basis change and a CNOT ladder; Toffoli the
 * standard six-CNOT circuit. Each rewrite equals its gate up to a global phase.
 */
final class Decomposer {
  private static final double[] H = Gate.H.matrix();
  private static final double HALF_PI = Math.PI / 2;

  private Decomposer() {}

  /**
   * The circuit's gates as single-qubit {@link Gate#UNITARY} operations and {@link Gate#CNOT}s.
   *
   * @throws UntranslatableGateException for a user unitary on two or more wires
   */
  static List<Operation> toCnotBasis(Circuit circuit) {
    List<Operation> out = new ArrayList<>();
    for (Operation op : circuit.operations()) {
      append(op, out);
    }
    return out;
  }

  static void append(Operation op, List<Operation> out) {
    if (op.arity() == 1) {
      out.add(Operation.unitary(op.matrix(), new int[] {op.wire(0)}));
      return;
    }
    int[] w = op.wires();
    switch (op.gate()) {
      case CNOT:
        out.add(op);
        return;
      case CY: case CZ: case CRX: case CRY: case CRZ: case CROT: case CONTROLLED_PHASE:
        controlled(lowerRightBlock(op.matrix()), w[0], w[1], out);
        return;
      case SWAP:
        cnot(w[0], w[1], out);
        cnot(w[1], w[0], out);
        cnot(w[0], w[1], out);
        return;
      case ECR:
        // ECR = (I X) exp(-i pi/4 X Z)
        pauliRotation("XZ", HALF_PI, w, out);
        out.add(Operation.of(Gate.X, new int[] {w[1]}));
        return;
      case ISWAP:
        // iSWAP = exp(i pi/4 (XX + YY)), two commuting rotations
        pauliRotation("XX", -HALF_PI, w, out);
        pauliRotation("YY", -HALF_PI, w, out);
        return;
      case ISING_XX:
        pauliRotation("XX", op.angle(0), w, out);
        return;
      case ISING_YY:
        pauliRotation("YY", op.angle(0), w, out);
        return;
      case ISING_ZZ: case MULTI_RZ:
        pauliRotation("Z".repeat(w.length), op.angle(0), w, out);
        return;
      case PAULI_ROT:
        pauliRotation(op.word(), op.angle(0), w, out);
        return;
      case SINGLE_EXCITATION: case DOUBLE_EXCITATION:
        for (GeneratorTerms.Term term : GeneratorTerms.of(op.gate())) {
          pauliRotation(term.word(), op.angle(0) * term.coefficient(), w, out);
        }
        return;
      case TOFFOLI:
        toffoli(w[0], w[1], w[2], out);
        return;
      case CSWAP:
        cnot(w[2], w[1], out);
        toffoli(w[0], w[1], w[2], out);
        cnot(w[2], w[1], out);
        return;
      default:
        throw new UntranslatableGateException(String.format(Locale.ROOT,
            "operations: %s on %d wires cannot be translated to native gates; qml4j synthesises "
                + "only single-qubit unitaries, so write a multi-wire unitary as gates first",
            op.gate().displayName(), op.arity()));
    }
  }

  private static double[] lowerRightBlock(double[] m) {
    // a singly controlled gate is diag(I, V) on (control, target): V is rows and columns 2, 3
    int d = 4;
    return new double[] {m[2 * (2 * d + 2)], m[2 * (2 * d + 2) + 1], m[2 * (2 * d + 3)],
        m[2 * (2 * d + 3) + 1], m[2 * (3 * d + 2)], m[2 * (3 * d + 2) + 1], m[2 * (3 * d + 3)],
        m[2 * (3 * d + 3) + 1]};
  }

  /** Controlled-V as C, CNOT, B, CNOT, A on the target and a phase on the control. */
  static void controlled(double[] v, int control, int target, List<Operation> out) {
    double[] e = Matrix2.zyz(v);
    double beta = e[0], gamma = e[1], delta = e[2], alpha = e[3];
    double[] a = GateMatrices.multiply(Gate.RZ.matrix(beta), Gate.RY.matrix(gamma / 2));
    double[] b = GateMatrices.multiply(Gate.RY.matrix(-gamma / 2), Gate.RZ.matrix(-(delta + beta) / 2));
    double[] c = Gate.RZ.matrix((delta - beta) / 2);
    one(c, target, out);
    cnot(control, target, out);
    one(b, target, out);
    cnot(control, target, out);
    one(a, target, out);
    one(Gate.PHASE_SHIFT.matrix(alpha), control, out);
  }

  /** {@code exp(-i angle P / 2)}: rotate each letter to Z, a CNOT ladder, RZ, and back. */
  static void pauliRotation(String word, double angle, int[] wires, List<Operation> out) {
    List<Integer> support = new ArrayList<>();
    for (int k = 0; k < wires.length; k++) {
      char letter = Character.toUpperCase(word.charAt(k));
      if (letter != 'I') {
        support.add(k);
      }
    }
    if (support.isEmpty()) {
      return; // exp(-i angle I / 2) is a global phase
    }
    for (int k : support) {
      double[] toZ = toZ(word.charAt(k));
      if (toZ != null) {
        one(toZ, wires[k], out);
      }
    }
    for (int i = 0; i + 1 < support.size(); i++) {
      cnot(wires[support.get(i)], wires[support.get(i + 1)], out);
    }
    int last = wires[support.get(support.size() - 1)];
    one(Gate.RZ.matrix(angle), last, out);
    for (int i = support.size() - 2; i >= 0; i--) {
      cnot(wires[support.get(i)], wires[support.get(i + 1)], out);
    }
    for (int k : support) {
      double[] toZ = toZ(word.charAt(k));
      if (toZ != null) {
        one(GateMatrices.conjugateTranspose(toZ), wires[k], out);
      }
    }
  }

  /** V with {@code V P V^dagger = Z}: H for X, RX(pi/2) for Y, none for Z. */
  private static double[] toZ(char letter) {
    switch (Character.toUpperCase(letter)) {
      case 'X': return H;
      case 'Y': return Gate.RX.matrix(HALF_PI);
      default: return null;
    }
  }

  /** The standard decomposition of CCX (as in Qiskit's {@code ccx} definition). */
  private static void toffoli(int a, int b, int c, List<Operation> out) {
    double[] t = Gate.T.matrix(), tdg = Gate.TDG.matrix();
    one(H, c, out);
    cnot(b, c, out);
    one(tdg, c, out);
    cnot(a, c, out);
    one(t, c, out);
    cnot(b, c, out);
    one(tdg, c, out);
    cnot(a, c, out);
    one(t, b, out);
    one(t, c, out);
    one(H, c, out);
    cnot(a, b, out);
    one(t, a, out);
    one(tdg, b, out);
    cnot(a, b, out);
  }

  static void one(double[] matrix, int wire, List<Operation> out) {
    out.add(Operation.unitary(matrix, new int[] {wire}));
  }

  static void cnot(int control, int target, List<Operation> out) {
    out.add(Operation.of(Gate.CNOT, new int[] {control, target}));
  }
}
