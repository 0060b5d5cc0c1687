package io.qml4j.runtime.qasm;

import io.qml4j.dsl.Gate;
import io.qml4j.dsl.GateMatrices;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes any two-wire unitary as {@code qelib1.inc} gates, exactly up to a global phase, by the
 * two-level (Givens) decomposition of Nielsen and Chuang, section 4.5.1. Basis states are visited
 * in the Gray-code order 00, 01, 11, 10, so each two-level step mixes two states that differ in
 * one bit: a single-qubit unitary controlled by the other wire, written as {@code cu3} plus
 * {@code u1} on the control for its phase (and {@code x} around the control when it must be 0).
 * What is left is a diagonal, written as {@code u1, u1, cu1}. At most 6 controlled steps: not the
 * 3-CNOT optimum of a KAK decomposition, but short, exact and easy to check.
 */
final class TwoQubitUnitaries {
  /** Basis indices (first wire most significant) in Gray-code order. */
  private static final int[] GRAY = {0, 1, 3, 2};

  /** One two-level step: a 2x2 unitary on basis states {@code s} and {@code t}. */
  private record TwoLevel(double[] matrix, int s, int t) {}

  private TwoQubitUnitaries() {}

  /** Appends the gates of a 4x4 unitary (interleaved, row-major) on {@code wires}. */
  static void append(double[] unitary, int[] wires, List<QasmInstruction> out) {
    double[] m = unitary.clone();
    List<TwoLevel> steps = new ArrayList<>();
    for (int j = 0; j < 3; j++) {
      int column = GRAY[j];
      for (int i = 3; i > j; i--) {
        int s = GRAY[i - 1], t = GRAY[i];
        double xr = get(m, s, column, 0), xi = get(m, s, column, 1);
        double yr = get(m, t, column, 0), yi = get(m, t, column, 1);
        double r = Math.sqrt(xr * xr + xi * xi + yr * yr + yi * yi);
        if (yr == 0 && yi == 0) {
          continue;
        }
        // G (x, y) = (r, 0) with G = [[conj x, conj y], [-y, x]] / r
        double[] g = {xr / r, -xi / r, yr / r, -yi / r, -yr / r, -yi / r, xr / r, xi / r};
        applyToRows(g, s, t, m);
        steps.add(new TwoLevel(g, s, t));
      }
    }
    // Now m = G_k ... G_1 U is diagonal, so U = G_1^dagger ... G_k^dagger m: m acts first.
    diagonal(m, wires, out);
    for (int k = steps.size() - 1; k >= 0; k--) {
      TwoLevel step = steps.get(k);
      controlled(GateMatrices.conjugateTranspose(step.matrix()), step.s(), step.t(), wires, out);
    }
  }

  /** {@code diag(d0, d1, d2, d3) = exp(i arg d0) u1(b) u1(a) cu1(c - a - b)} on the two wires. */
  private static void diagonal(double[] m, int[] wires, List<QasmInstruction> out) {
    double[] phase = new double[4];
    for (int k = 0; k < 4; k++) {
      phase[k] = Math.atan2(get(m, k, k, 1), get(m, k, k, 0));
    }
    double a = phase[1] - phase[0], b = phase[2] - phase[0], c = phase[3] - phase[0];
    out.add(QasmInstruction.of("u1", new int[] {wires[1]}, a));
    out.add(QasmInstruction.of("u1", new int[] {wires[0]}, b));
    out.add(QasmInstruction.of("cu1", wires, c - a - b));
  }

  /**
   * A 2x2 unitary on basis states s and t (which differ in one bit) as a single-qubit gate on the
   * differing wire, controlled by the other wire's value in s.
   */
  private static void controlled(double[] v, int s, int t, int[] wires,
      List<QasmInstruction> out) {
    boolean firstWireDiffers = (s ^ t) == 2;
    int target = firstWireDiffers ? wires[0] : wires[1];
    int control = firstWireDiffers ? wires[1] : wires[0];
    boolean controlValue = ((firstWireDiffers ? s : s >> 1) & 1) == 1;
    boolean sHasTargetZero = ((firstWireDiffers ? s >> 1 : s) & 1) == 0;
    // rows and columns of v are (s, t); the target's basis is (|0>, |1>)
    double[] onTarget = sHasTargetZero ? v
        : new double[] {v[6], v[7], v[4], v[5], v[2], v[3], v[0], v[1]};
    double[] angles = Decompositions.u3Angles(onTarget);
    double alpha = phaseOver(onTarget, Gate.U3.matrix(angles));
    int[] pair = {control, target};
    if (!controlValue) {
      out.add(QasmInstruction.of("x", new int[] {control}));
    }
    out.add(QasmInstruction.of("cu3", pair, angles[0], angles[1], angles[2]));
    out.add(QasmInstruction.of("u1", new int[] {control}, alpha));
    if (!controlValue) {
      out.add(QasmInstruction.of("x", new int[] {control}));
    }
  }

  /** The alpha with {@code a = exp(i alpha) b}, read from the largest entry of b. */
  private static double phaseOver(double[] a, double[] b) {
    int largest = 0;
    for (int i = 2; i < b.length; i += 2) {
      if (Math.hypot(b[i], b[i + 1]) > Math.hypot(b[largest], b[largest + 1])) {
        largest = i;
      }
    }
    return Math.atan2(a[largest + 1], a[largest]) - Math.atan2(b[largest + 1], b[largest]);
  }

  /** Rows s and t of the 4x4 matrix m become g times themselves. */
  private static void applyToRows(double[] g, int s, int t, double[] m) {
    for (int c = 0; c < 4; c++) {
      double xr = get(m, s, c, 0), xi = get(m, s, c, 1);
      double yr = get(m, t, c, 0), yi = get(m, t, c, 1);
      m[2 * (s * 4 + c)] = g[0] * xr - g[1] * xi + g[2] * yr - g[3] * yi;
      m[2 * (s * 4 + c) + 1] = g[0] * xi + g[1] * xr + g[2] * yi + g[3] * yr;
      m[2 * (t * 4 + c)] = g[4] * xr - g[5] * xi + g[6] * yr - g[7] * yi;
      m[2 * (t * 4 + c) + 1] = g[4] * xi + g[5] * xr + g[6] * yi + g[7] * yr;
    }
  }

  private static double get(double[] m, int row, int column, int part) {
    return m[2 * (row * 4 + column) + part];
  }
}
