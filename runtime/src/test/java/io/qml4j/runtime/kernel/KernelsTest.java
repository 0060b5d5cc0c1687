package io.qml4j.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.Simulator;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The public whole-state kernels that generated models call, each against the naive dense path of
 * the gate it stands for, on every wire placement of a 5-qubit state.
 */
class KernelsTest {
  private static final int N = 5;
  private static final double TOLERANCE = 1e-12;
  private final SplittableRandom rnd = new SplittableRandom(51);

  private static int st(int wire) {
    return 1 << (N - 1 - wire);
  }

  private void check(Operation op, Consumer<double[]> kernel) {
    double[] expected = state();
    double[] actual = expected.clone();
    Simulator.applyDense(expected, N, op);
    kernel.accept(actual);
    double worst = 0;
    for (int i = 0; i < actual.length; i++) {
      worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
    }
    assertTrue(worst < TOLERANCE, op + " differs by " + worst);
  }

  private double[] state() {
    double[] s = new double[2 << N];
    for (int i = 0; i < s.length; i++) {
      s[i] = rnd.nextDouble(-1, 1);
    }
    return s;
  }

  @Test
  void singleQubitKernels() {
    for (int w = 0; w < N; w++) {
      int t = st(w);
      double a = rnd.nextDouble(-3, 3);
      double[] m = Gate.RX.matrix(a);
      check(Operation.of(Gate.RX, new int[] {w}, a),
          s -> Kernels.general1(s, t, m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7]));
      double c = Math.cos(a / 2), sn = Math.sin(a / 2);
      check(Operation.of(Gate.RY, new int[] {w}, a), s -> Kernels.real1(s, t, c, -sn, sn, c));
      check(Operation.of(Gate.RZ, new int[] {w}, a),
          s -> Kernels.diagonal1(s, t, c, -sn, c, sn));
      check(Operation.of(Gate.PHASE_SHIFT, new int[] {w}, a),
          s -> Kernels.phase(s, 0, t, Math.cos(a), Math.sin(a)));
      check(Operation.of(Gate.X, new int[] {w}), s -> Kernels.x(s, t));
      check(Operation.of(Gate.Y, new int[] {w}), s -> Kernels.y(s, t));
    }
  }

  @Test
  void multiQubitKernels() {
    for (int a = 0; a < N; a++) {
      for (int b = 0; b < N; b++) {
        if (a == b) {
          continue;
        }
        int sa = st(a), sb = st(b);
        int[] ab = {a, b};
        double t = rnd.nextDouble(-3, 3);
        double c = Math.cos(t / 2), sn = Math.sin(t / 2);
        check(Operation.of(Gate.CNOT, ab), s -> Kernels.controlledX(s, sa, sb));
        check(Operation.of(Gate.CY, ab), s -> Kernels.controlledY(s, sa, sb));
        check(Operation.of(Gate.CZ, ab), s -> Kernels.phase(s, sa, sb, -1, 0));
        check(Operation.of(Gate.SWAP, ab), s -> Kernels.controlledSwap(s, 0, sa, sb));
        check(Operation.of(Gate.ISWAP, ab), s -> Kernels.iswap(s, sa, sb));
        double[] m = Gate.CRX.matrix(t);
        check(Operation.of(Gate.CRX, ab, t), s -> Kernels.controlled1(s, sa, sb,
            m[20], m[21], m[22], m[23], m[28], m[29], m[30], m[31]));
        check(Operation.of(Gate.ISING_ZZ, ab, t), s -> Kernels.parityPhase(s, sa | sb, c, sn));
        check(Operation.of(Gate.SINGLE_EXCITATION, ab, t),
            s -> Kernels.givens(s, sa | sb, sb, sa, c, sn));
        check(Operation.of(Gate.ISING_XX, ab, t),
            s -> Kernels.pauliRotation(s, sa | sb, 0, 0, c, sn));
        check(Operation.of(Gate.ISING_YY, ab, t),
            s -> Kernels.pauliRotation(s, sa | sb, sa | sb, 2, c, sn));
        check(Operation.pauliRot(t, "ZY", ab),
            s -> Kernels.pauliRotation(s, sb, sa | sb, 1, c, sn));
        double[] u = Gate.ISING_XX.matrix(t);
        check(Operation.unitary(u, ab),
            s -> Kernels.dense(s, new int[] {sa, sb}, u, new double[8]));
        for (int k = 0; k < N; k++) {
          if (k != a && k != b) {
            int sk = st(k);
            check(Operation.of(Gate.TOFFOLI, new int[] {a, b, k}),
                s -> Kernels.controlledX(s, sa | sb, sk));
            check(Operation.of(Gate.CSWAP, new int[] {k, a, b}),
                s -> Kernels.controlledSwap(s, sk, sa, sb));
          }
        }
      }
    }
  }
}
