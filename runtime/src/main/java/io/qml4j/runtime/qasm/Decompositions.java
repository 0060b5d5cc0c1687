package io.qml4j.runtime.qasm;

import io.qml4j.runtime.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rewrites each qml4j operation as {@code qelib1.inc} gate calls that produce the same state up to
 * a global phase of the whole circuit (phases of controlled parts kept exact).
 *
 * <ul>
 *   <li>{@code Rot(a,b,c) = RZ(c) RY(b) RZ(a) = exp(-i (a+c)/2) U3(b, c, a)};</li>
 *   <li>{@code CRot(a,b,c)}: {@code cu3(b, c, a)} then {@code u1(-(a+c)/2)} on the control, which
 *       restores the phase the controlled {@code U3} would otherwise add;</li>
 *   <li>Pauli rotations {@code exp(-i t P/2)} (IsingXX/YY/ZZ, MultiRZ, PauliRot): each X turned
 *       into Z by {@code h}, each Y by {@code rx(pi/2)} (as {@code Y = RX(-pi/2) Z RX(pi/2)}),
 *       the parity collected by a CNOT ladder onto the last wire, {@code rz(t)} there, then
 *       everything undone;</li>
 *   <li>Single and double excitations: {@code exp(t/2 (|b><a| - |a><b|))} expanded into
 *       commuting Pauli words of X and Y with an odd number of Y (2 words on 2 wires, 8 on 4),
 *       each a Pauli rotation (the same expansion as Yordanov et al. 2020, fig. 2);</li>
 *   <li>{@code iSWAP = s a; s b; h a; cx a,b; cx b,a; h b};</li>
 *   <li>a one-wire unitary {@code U = exp(i alpha) U3(theta, phi, lambda)}, the phase dropped;
 *       a two-wire unitary by two-level steps ({@link TwoQubitUnitaries}).</li>
 * </ul>
 */
final class Decompositions {
  private static final double HALF_PI = Math.PI / 2;

  private Decompositions() {}

  /** The instructions of one operation, appended to {@code out}. */
  static void append(Operation op, List<QasmInstruction> out) {
    int[] w = op.wires();
    switch (op.gate()) {
      case I: out.add(QasmInstruction.of("id", w)); return;
      case H: out.add(QasmInstruction.of("h", w)); return;
      case X: out.add(QasmInstruction.of("x", w)); return;
      case Y: out.add(QasmInstruction.of("y", w)); return;
      case Z: out.add(QasmInstruction.of("z", w)); return;
      case S: out.add(QasmInstruction.of("s", w)); return;
      case SDG: out.add(QasmInstruction.of("sdg", w)); return;
      case T: out.add(QasmInstruction.of("t", w)); return;
      case TDG: out.add(QasmInstruction.of("tdg", w)); return;
      case SX: out.add(QasmInstruction.of("sx", w)); return;
      case RX: out.add(QasmInstruction.of("rx", w, op.angle(0))); return;
      case RY: out.add(QasmInstruction.of("ry", w, op.angle(0))); return;
      case RZ: out.add(QasmInstruction.of("rz", w, op.angle(0))); return;
      case PHASE_SHIFT: out.add(QasmInstruction.of("u1", w, op.angle(0))); return;
      case U3: out.add(QasmInstruction.of("u3", w, op.angle(0), op.angle(1), op.angle(2))); return;
      case ROT: out.add(QasmInstruction.of("u3", w, op.angle(1), op.angle(2), op.angle(0))); return;
      case CNOT: out.add(QasmInstruction.of("cx", w)); return;
      case CY: out.add(QasmInstruction.of("cy", w)); return;
      case CZ: out.add(QasmInstruction.of("cz", w)); return;
      case SWAP: out.add(QasmInstruction.of("swap", w)); return;
      case TOFFOLI: out.add(QasmInstruction.of("ccx", w)); return;
      case CSWAP: out.add(QasmInstruction.of("cswap", w)); return;
      case CRX: out.add(QasmInstruction.of("crx", w, op.angle(0))); return;
      case CRY: out.add(QasmInstruction.of("cry", w, op.angle(0))); return;
      case CRZ: out.add(QasmInstruction.of("crz", w, op.angle(0))); return;
      case CONTROLLED_PHASE: out.add(QasmInstruction.of("cu1", w, op.angle(0))); return;
      case CROT:
        out.add(QasmInstruction.of("cu3", w, op.angle(1), op.angle(2), op.angle(0)));
        out.add(QasmInstruction.of("u1", new int[] {w[0]}, -(op.angle(0) + op.angle(2)) / 2));
        return;
      case ECR:
        // ECR = (I X) exp(-i pi/4 X Z): the XZ rotation is H, a ZZ rotation, H (stdgates has no ecr)
        out.add(QasmInstruction.of("h", new int[] {w[0]}));
        out.add(QasmInstruction.of("cx", w));
        out.add(QasmInstruction.of("rz", new int[] {w[1]}, Math.PI / 2));
        out.add(QasmInstruction.of("cx", w));
        out.add(QasmInstruction.of("h", new int[] {w[0]}));
        out.add(QasmInstruction.of("x", new int[] {w[1]}));
        return;
      case ISWAP:
        out.add(QasmInstruction.of("s", new int[] {w[0]}));
        out.add(QasmInstruction.of("s", new int[] {w[1]}));
        out.add(QasmInstruction.of("h", new int[] {w[0]}));
        out.add(QasmInstruction.of("cx", w));
        out.add(QasmInstruction.of("cx", new int[] {w[1], w[0]}));
        out.add(QasmInstruction.of("h", new int[] {w[1]}));
        return;
      case ISING_XX: pauliRotation("XX", w, op.angle(0), out); return;
      case ISING_YY: pauliRotation("YY", w, op.angle(0), out); return;
      case ISING_ZZ:
      case MULTI_RZ: pauliRotation("Z".repeat(w.length), w, op.angle(0), out); return;
      case PAULI_ROT: pauliRotation(op.word(), w, op.angle(0), out); return;
      case SINGLE_EXCITATION:
      case DOUBLE_EXCITATION: excitation(w, op.angle(0), out); return;
      case UNITARY:
        if (w.length == 2) {
          TwoQubitUnitaries.append(op.matrix(), w, out);
          return;
        }
        if (w.length != 1) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "circuit: %s is a %d-wire user unitary; OpenQASM export decomposes one- and "
                  + "two-wire unitaries only", op, w.length));
        }
        double[] angles = u3Angles(op.matrix());
        out.add(QasmInstruction.of("u3", w, angles[0], angles[1], angles[2]));
        return;
      default:
        throw new AssertionError("no OpenQASM mapping for " + op.gate());
    }
  }

  /** {@code exp(-i t P / 2)} for a Pauli word, one letter per wire. */
  static void pauliRotation(String word, int[] wires, double t, List<QasmInstruction> out) {
    List<Integer> active = new ArrayList<>();
    for (int k = 0; k < word.length(); k++) {
      if (word.charAt(k) != 'I') {
        active.add(wires[k]);
      }
    }
    if (active.isEmpty()) {
      return; // exp(-i t I / 2) is a global phase
    }
    for (int k = 0; k < word.length(); k++) {
      basisChange(word.charAt(k), wires[k], true, out);
    }
    for (int k = 0; k + 1 < active.size(); k++) {
      out.add(QasmInstruction.of("cx", new int[] {active.get(k), active.get(k + 1)}));
    }
    out.add(QasmInstruction.of("rz", new int[] {active.get(active.size() - 1)}, t));
    for (int k = active.size() - 2; k >= 0; k--) {
      out.add(QasmInstruction.of("cx", new int[] {active.get(k), active.get(k + 1)}));
    }
    for (int k = 0; k < word.length(); k++) {
      basisChange(word.charAt(k), wires[k], false, out);
    }
  }

  private static void basisChange(char letter, int wire, boolean into, List<QasmInstruction> out) {
    if (letter == 'X') {
      out.add(QasmInstruction.of("h", new int[] {wire}));
    } else if (letter == 'Y') {
      out.add(QasmInstruction.of("rx", new int[] {wire}, into ? HALF_PI : -HALF_PI));
    }
  }

  /**
   * The Givens rotation {@code exp(t/2 (|1..10..0><0..01..1| - h.c.))} on 2 or 4 wires. With
   * {@code |1><0| = (X - iY)/2} on the first half and {@code |0><1| = (X + iY)/2} on the second,
   * the generator is {@code sum_P 2i Im(c_P)/2^n P} over words P of X and Y, {@code c_P} the
   * product of the Y coefficients; the words with nonzero {@code Im(c_P)} have an odd number of
   * Y, commute pairwise, and each contributes {@code exp(-i t_P P / 2)} with
   * {@code t_P = -2 t Im(c_P) / 2^n}.
   */
  static void excitation(int[] wires, double t, List<QasmInstruction> out) {
    int n = wires.length;
    for (int mask = 0; mask < 1 << n; mask++) {
      StringBuilder word = new StringBuilder();
      int powerOfI = 0;
      for (int k = 0; k < n; k++) {
        boolean y = (mask >> (n - 1 - k) & 1) == 1;
        word.append(y ? 'Y' : 'X');
        if (y) {
          powerOfI += k < n / 2 ? 3 : 1; // -i = i^3 on the first half, +i on the second
        }
      }
      int imaginary = powerOfI % 4 == 1 ? 1 : powerOfI % 4 == 3 ? -1 : 0;
      if (imaginary != 0) {
        pauliRotation(word.toString(), wires, -2 * t * imaginary / (1 << n), out);
      }
    }
  }

  /**
   * {@code (theta, phi, lambda)} with {@code U = exp(i alpha) U3(theta, phi, lambda)} for a 2x2
   * unitary (interleaved, row-major). Phases are referred to the larger column entry so that a
   * tiny entry's ill-defined phase only ever multiplies that tiny entry.
   */
  static double[] u3Angles(double[] u) {
    double c = Math.hypot(u[0], u[1]);
    double s = Math.hypot(u[4], u[5]);
    double a0 = Math.atan2(u[1], u[0]);
    double a1 = Math.atan2(u[5], u[4]);
    double a2 = Math.atan2(-u[3], -u[2]);
    double a3 = Math.atan2(u[7], u[6]);
    double theta = 2 * Math.atan2(s, c);
    if (c >= s) {
      return new double[] {theta, a1 - a0, a3 - a1};
    }
    return new double[] {theta, a1 - a0, a2 - a0};
  }
}
