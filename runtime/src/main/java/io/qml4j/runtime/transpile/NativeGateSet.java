package io.qml4j.runtime.transpile;

import io.qml4j.dsl.Gate;
import io.qml4j.dsl.GateMatrices;
import io.qml4j.runtime.Operation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A device's native gates and how a single-qubit unitary and a CNOT are written in them.
 *
 * <ul>
 *   <li>{@link #IBM_CX}: {@code rz, sx, x, cx} (IBM Falcon and earlier);
 *   <li>{@link #IBM_ECR}: {@code rz, sx, x, ecr} (IBM Eagle): the echoed cross-resonance gate
 *       {@code ECR = (IX - XY) / sqrt 2}, the gate table's {@link Gate#ECR};
 *   <li>{@link #IBM_CZ}: {@code rz, sx, x, cz} (IBM Heron), {@code CX = (I H) CZ (I H)};
 *   <li>{@link #ION_TRAP}: {@code rx, ry, rz, rxx} with arbitrary angles (IonQ's
 *       Molmer-Sorensen gate as {@code RXX = exp(-i t XX / 2)}, the gate table's IsingXX).
 * </ul>
 *
 * <p>A single-qubit unitary {@code e^{ia} RZ(phi) RY(theta) RZ(lambda)} becomes, on IBM sets,
 * {@code RZ(phi + pi) SX RZ(theta + pi) SX RZ(lambda)} (two SX pulses, as Qiskit's ZSX basis),
 * with the one-SX and no-SX forms when theta is pi/2 or 0 and X when theta is pi; on the ion set
 * the three Euler rotations. A CNOT is the native two-qubit gate between single-qubit
 * corrections, derived from {@code CX = e^{i pi/4} RZ_c(pi/2) RX_t(pi/2) exp(i pi/4 Z_c X_t)}.
 */
public enum NativeGateSet {
  /** {@code rz, sx, x, cx}. */
  IBM_CX("rz", "sx", "x", "cx"),
  /** {@code rz, sx, x, ecr}. */
  IBM_ECR("rz", "sx", "x", "ecr"),
  /** {@code rz, sx, x, cz}. */
  IBM_CZ("rz", "sx", "x", "cz"),
  /** {@code rx, ry, rz, rxx}. */
  ION_TRAP("rx", "ry", "rz", "rxx");

  private static final double R = Math.sqrt(0.5);
  private static final double HALF_PI = Math.PI / 2;
  /** Below this distance from pi/2 or pi an Euler angle takes the shorter IBM form. */
  private static final double SPECIAL_ANGLE = 1e-12;

  /**
   * The ECR matrix on (control, target), first wire most significant: {@code (IX - XY)/sqrt 2},
   * written out here and checked against the gate table's {@link Gate#ECR} in the tests.
   */
  public static final double[] ECR_MATRIX = {
      0, 0, R, 0, 0, 0, 0, R,
      R, 0, 0, 0, 0, -R, 0, 0,
      0, 0, 0, R, 0, 0, R, 0,
      0, -R, 0, 0, R, 0, 0, 0};

  private final List<String> names;

  NativeGateSet(String... names) {
    this.names = List.of(names);
  }

  /** The native gate names, as OpenQASM and the resource counts write them. */
  public List<String> gateNames() {
    return names;
  }

  /** The set named by its enum constant or its gate names, e.g. "ibm_cx" or "rz,sx,x,cx". */
  public static NativeGateSet named(String name) {
    for (NativeGateSet s : values()) {
      if (s.name().equalsIgnoreCase(name) || String.join(",", s.names).equalsIgnoreCase(
          name.replace(" ", ""))) {
        return s;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT,
        "name: no native gate set \"%s\"; known: %s", name, Arrays.toString(values())));
  }

  /** Whether an operation is one of this set's native gates. */
  public boolean isNative(Operation op) {
    switch (this) {
      case ION_TRAP:
        return op.gate() == Gate.RX || op.gate() == Gate.RY || op.gate() == Gate.RZ
            || op.gate() == Gate.ISING_XX;
      case IBM_ECR:
        return op.gate() == Gate.RZ || op.gate() == Gate.SX || op.gate() == Gate.X
            || isEcr(op);
      case IBM_CZ:
        return op.gate() == Gate.RZ || op.gate() == Gate.SX || op.gate() == Gate.X
            || op.gate() == Gate.CZ;
      default:
        return op.gate() == Gate.RZ || op.gate() == Gate.SX || op.gate() == Gate.X
            || op.gate() == Gate.CNOT;
    }
  }

  /** Whether the operation is the ECR gate (the table's, or a user unitary of its matrix). */
  public static boolean isEcr(Operation op) {
    return op.gate() == Gate.ECR || (op.gate() == Gate.UNITARY && op.arity() == 2
        && Arrays.equals(op.matrix(), ECR_MATRIX));
  }

  /** The native two-qubit gate on (control, target) and its single-qubit corrections. */
  void cnot(int control, int target, List<Operation> out) {
    double[] h = Gate.H.matrix(), x = Gate.X.matrix(), z = Gate.Z.matrix();
    switch (this) {
      case IBM_CX:
        Decomposer.cnot(control, target, out);
        return;
      case IBM_CZ:
        Decomposer.one(h, target, out);
        out.add(Operation.of(Gate.CZ, new int[] {control, target}));
        Decomposer.one(h, target, out);
        return;
      case IBM_ECR:
        // exp(i pi/4 Z X) = (X H (x) H X) ECR (H X (x) H)
        Decomposer.one(GateMatrices.multiply(h, x), control, out);
        Decomposer.one(h, target, out);
        out.add(Operation.of(Gate.ECR, new int[] {control, target}));
        Decomposer.one(GateMatrices.multiply(Gate.RZ.matrix(HALF_PI), GateMatrices.multiply(x, h)), control, out);
        Decomposer.one(GateMatrices.multiply(Gate.RX.matrix(HALF_PI), GateMatrices.multiply(h, x)), target, out);
        return;
      default:
        // exp(i pi/4 Z X) = (H Z (x) I) RXX(pi/2) (Z H (x) I)
        Decomposer.one(GateMatrices.multiply(z, h), control, out);
        out.add(Operation.of(Gate.ISING_XX, new int[] {control, target}, HALF_PI));
        Decomposer.one(GateMatrices.multiply(Gate.RZ.matrix(HALF_PI), GateMatrices.multiply(h, z)), control, out);
        Decomposer.one(Gate.RX.matrix(HALF_PI), target, out);
    }
  }

  /** A single-qubit unitary as native gates, up to a global phase; nothing for the identity. */
  void single(double[] u, int wire, List<Operation> out) {
    if (Matrix2.isIdentityUpToPhase(u)) {
      return;
    }
    double[] e = Matrix2.zyz(u);
    double phi = e[0], theta = e[1], lambda = e[2];
    int[] w = {wire};
    if (this == ION_TRAP) {
      rotation(Gate.RZ, lambda, w, out);
      rotation(Gate.RY, theta, w, out);
      rotation(Gate.RZ, phi, w, out);
    } else if (Math.abs(theta) < SPECIAL_ANGLE) {
      rotation(Gate.RZ, phi + lambda, w, out);
    } else if (Math.abs(theta - HALF_PI) < SPECIAL_ANGLE) {
      // RY(pi/2) = RZ(pi/2) SX RZ(-pi/2) up to phase
      rotation(Gate.RZ, lambda - HALF_PI, w, out);
      out.add(Operation.of(Gate.SX, w));
      rotation(Gate.RZ, phi + HALF_PI, w, out);
    } else if (Math.abs(theta - Math.PI) < SPECIAL_ANGLE) {
      // RY(pi) = RZ(pi/2) X RZ(-pi/2) up to phase
      rotation(Gate.RZ, lambda - HALF_PI, w, out);
      out.add(Operation.of(Gate.X, w));
      rotation(Gate.RZ, phi + HALF_PI, w, out);
    } else {
      rotation(Gate.RZ, lambda, w, out);
      out.add(Operation.of(Gate.SX, w));
      rotation(Gate.RZ, theta + Math.PI, w, out);
      out.add(Operation.of(Gate.SX, w));
      rotation(Gate.RZ, phi + Math.PI, w, out);
    }
  }

  private static void rotation(Gate gate, double angle, int[] wire, List<Operation> out) {
    if (!Matrix2.isTrivial(angle)) {
      out.add(Operation.of(gate, wire, Matrix2.wrap(angle)));
    }
  }
}
