package io.qml4j.runtime.qasm;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Operation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gates an OpenQASM program may call without defining them: the built-ins {@code U} and
 * {@code CX}, the gates of Qiskit's {@code qelib1.inc} and of OpenQASM 3's {@code stdgates.inc},
 * each mapped onto qml4j operations on the same wires (the first wire is the control where there is
 * one).
 *
 * <p>Controlled gates are mapped exactly, phase included, because a controlled gate's phase is
 * observable. Where qml4j has no matching gate the mapping is a short exact product:
 * {@code ch = CRY(pi/2) CZ} (as {@code H = RY(pi/2) Z}); {@code cu3(t,p,l)} is
 * {@code CRot(l,t,p)} then {@code PhaseShift((p+l)/2)} on the control, because
 * {@code U3(t,p,l) = exp(i (p+l)/2) RZ(p) RY(t) RZ(l)}; {@code cu(t,p,l,g)} adds {@code g} to that
 * phase; {@code csx} is {@code CRX(pi/2)} then {@code PhaseShift(pi/4)} on the control, as
 * {@code SX = exp(i pi/4) RX(pi/2)}. Uncontrolled gates match Qiskit's matrices exactly too
 * ({@code rz} is {@code exp(-i t Z/2)} as Qiskit's {@code RZGate}, not {@code u1}; {@code sxdg} is
 * carried as its exact matrix).
 */
final class StandardGates {
  /** Emits the qml4j operations of one call. */
  interface Expansion {
    void emit(double[] p, int[] w, List<Operation> out);
  }

  /** A standard gate: how many angles and qubits it takes, and what it becomes. */
  record Definition(String name, int params, int qubits, Expansion expansion) {}

  /** Gates of Qiskit's qelib1.inc that qml4j does not map (multi-controlled X and kin). */
  static final Set<String> UNSUPPORTED = Set.of("rccx", "rc3x", "c3x", "c3sqrtx", "c4x");

  /** Gates OpenQASM 2.0 defines without any include. */
  static final Set<String> BUILT_IN = Set.of("U", "CX");

  private static final double HALF_PI = Math.PI / 2;
  private static final double[] SXDG = {0.5, -0.5, 0.5, 0.5, 0.5, 0.5, 0.5, -0.5};
  private static final Map<String, Definition> TABLE = new HashMap<>();

  static {
    Expansion u3 = (p, w, out) -> out.add(Operation.of(Gate.U3, w, p[0], p[1], p[2]));
    Expansion phase = (p, w, out) -> out.add(Operation.of(Gate.PHASE_SHIFT, w, p[0]));
    Expansion controlledPhase = (p, w, out) ->
        out.add(Operation.of(Gate.CONTROLLED_PHASE, w, p[0]));
    define("U", 3, 1, u3);
    define("u3", 3, 1, u3);
    define("u", 3, 1, u3);
    define("u2", 2, 1, (p, w, out) -> out.add(Operation.of(Gate.U3, w, HALF_PI, p[0], p[1])));
    define("u1", 1, 1, phase);
    define("p", 1, 1, phase);
    define("phase", 1, 1, phase);
    define("u0", 1, 1, (p, w, out) -> out.add(Operation.of(Gate.I, w)));
    define("id", 0, 1, fixed(Gate.I));
    define("x", 0, 1, fixed(Gate.X));
    define("y", 0, 1, fixed(Gate.Y));
    define("z", 0, 1, fixed(Gate.Z));
    define("h", 0, 1, fixed(Gate.H));
    define("s", 0, 1, fixed(Gate.S));
    define("sdg", 0, 1, fixed(Gate.SDG));
    define("t", 0, 1, fixed(Gate.T));
    define("tdg", 0, 1, fixed(Gate.TDG));
    define("sx", 0, 1, fixed(Gate.SX));
    define("sxdg", 0, 1, (p, w, out) -> out.add(Operation.unitary(SXDG, w)));
    define("rx", 1, 1, rotation(Gate.RX));
    define("ry", 1, 1, rotation(Gate.RY));
    define("rz", 1, 1, rotation(Gate.RZ));
    define("CX", 0, 2, fixed(Gate.CNOT));
    define("cx", 0, 2, fixed(Gate.CNOT));
    define("cy", 0, 2, fixed(Gate.CY));
    define("cz", 0, 2, fixed(Gate.CZ));
    define("ch", 0, 2, (p, w, out) -> {
      out.add(Operation.of(Gate.CZ, w));
      out.add(Operation.of(Gate.CRY, w, HALF_PI));
    });
    define("swap", 0, 2, fixed(Gate.SWAP));
    define("crx", 1, 2, rotation(Gate.CRX));
    define("cry", 1, 2, rotation(Gate.CRY));
    define("crz", 1, 2, rotation(Gate.CRZ));
    define("cu1", 1, 2, controlledPhase);
    define("cp", 1, 2, controlledPhase);
    define("cphase", 1, 2, controlledPhase);
    define("cu3", 3, 2, (p, w, out) -> controlledU3(p[0], p[1], p[2], 0, w, out));
    define("cu", 4, 2, (p, w, out) -> controlledU3(p[0], p[1], p[2], p[3], w, out));
    define("csx", 0, 2, (p, w, out) -> {
      out.add(Operation.of(Gate.CRX, w, HALF_PI));
      out.add(Operation.of(Gate.PHASE_SHIFT, new int[] {w[0]}, Math.PI / 4));
    });
    define("rxx", 1, 2, rotation(Gate.ISING_XX));
    define("ryy", 1, 2, rotation(Gate.ISING_YY));
    define("rzz", 1, 2, rotation(Gate.ISING_ZZ));
    define("ccx", 0, 3, fixed(Gate.TOFFOLI));
    define("cswap", 0, 3, fixed(Gate.CSWAP));
  }

  private StandardGates() {}

  /** The standard gate of that name, or null. */
  static Definition lookup(String name) {
    return TABLE.get(name);
  }

  /** Controlled {@code exp(i gamma) U3(theta, phi, lambda)}, phase included. */
  private static void controlledU3(double theta, double phi, double lambda, double gamma,
      int[] w, List<Operation> out) {
    out.add(Operation.of(Gate.CROT, w, lambda, theta, phi));
    out.add(Operation.of(Gate.PHASE_SHIFT, new int[] {w[0]}, (phi + lambda) / 2 + gamma));
  }

  private static Expansion fixed(Gate gate) {
    return (p, w, out) -> out.add(Operation.of(gate, w));
  }

  private static Expansion rotation(Gate gate) {
    return (p, w, out) -> out.add(Operation.of(gate, w, p[0]));
  }

  private static void define(String name, int params, int qubits, Expansion expansion) {
    TABLE.put(name, new Definition(name, params, qubits, expansion));
  }
}
