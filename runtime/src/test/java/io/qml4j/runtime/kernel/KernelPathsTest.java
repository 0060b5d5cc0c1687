package io.qml4j.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.Simulator;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The SIMD and scalar paths of the kernels. Surefire runs this class twice: with
 * {@code --add-modules jdk.incubator.vector} (the vector loops) and without (the scalar loops a
 * user who adds no flag gets); each run checks its own path against independent arithmetic.
 */
class KernelPathsTest {
  /** One gate's rounding on amplitudes of size about 1. */
  private static final double ROUNDING = 1e-15;
  private static final double TOLERANCE = 1e-12;

  @Test
  void theVectorPathIsTakenExactlyWhereTheModuleResolves() {
    boolean module = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    boolean disabled = "false".equals(System.getProperty("qml4j.simd"));
    if (!module || disabled) {
      assertEquals(0, Kernels.simdLanes(), "no module, no SIMD");
      return;
    }
    if (System.getProperty("os.arch").equals("amd64")) {
      // every x86-64 JVM with AVX or AVX-512 prefers at least 4 doubles per register
      assertTrue(Kernels.simdLanes() >= Simd.MIN_LANES, "lanes: " + Kernels.simdLanes());
    }
  }

  @Test
  void vectorRunsEqualTheComplexArithmeticTheyStandFor() {
    assumeTrue(Simd.KERNELS != null, "scalar path: no vector kernels to check");
    RunKernels k = Simd.KERNELS;
    SplittableRandom rnd = new SplittableRandom(71);
    for (int length = 0; length <= 40; length += 2) {
      double[] m = new double[8];
      for (int i = 0; i < 8; i++) {
        m[i] = rnd.nextDouble(-1, 1);
      }
      int p = 2 * rnd.nextInt(3), q = p + length + 2 * rnd.nextInt(3);
      double[] s = random(rnd, q + length + 4);

      double[] expected = s.clone();
      for (int i = 0; i < length; i += 2) {
        double[] x = {s[p + i], s[p + i + 1]}, y = {s[q + i], s[q + i + 1]};
        double[] top = add(times(m[0], m[1], x), times(m[2], m[3], y));
        double[] bottom = add(times(m[4], m[5], x), times(m[6], m[7], y));
        put(expected, p + i, top);
        put(expected, q + i, bottom);
      }
      double[] actual = s.clone();
      k.general(actual, p, q, length, m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7]);
      assertClose(expected, actual, "general, length " + length);

      expected = s.clone();
      for (int i = 0; i < length; i++) {
        expected[p + i] = m[0] * s[p + i] + m[2] * s[q + i];
        expected[q + i] = m[4] * s[p + i] + m[6] * s[q + i];
      }
      actual = s.clone();
      k.real(actual, p, q, length, m[0], m[2], m[4], m[6]);
      assertClose(expected, actual, "real, length " + length);

      expected = s.clone();
      for (int i = 0; i < length; i += 2) {
        put(expected, p + i, times(m[0], m[1], new double[] {s[p + i], s[p + i + 1]}));
        put(expected, q + i, times(m[6], m[7], new double[] {s[q + i], s[q + i + 1]}));
      }
      actual = s.clone();
      k.diagonal(actual, p, q, length, m[0], m[1], m[6], m[7]);
      assertClose(expected, actual, "diagonal, length " + length);

      expected = s.clone();
      System.arraycopy(s, q, expected, p, length);
      System.arraycopy(s, p, expected, q, length);
      actual = s.clone();
      k.swap(actual, p, q, length);
      assertEquals(0, maxDifference(expected, actual), "swap, length " + length);

      double[] table = random(rnd, length + 8);
      int e = 2 * rnd.nextInt(4);
      double[] re = new double[table.length], im = new double[table.length];
      expected = s.clone();
      for (int i = 0; i < length; i += 2) {
        double[] phase = times(m[4], m[5], new double[] {table[e + i], table[e + i + 1]});
        put(expected, p + i, times(phase[0], phase[1], new double[] {s[p + i], s[p + i + 1]}));
      }
      for (int i = 0; i < table.length; i += 2) {
        re[i] = table[i];
        re[i + 1] = table[i];
        im[i] = -table[i + 1];
        im[i + 1] = table[i + 1];
      }
      actual = s.clone();
      k.tablePhase(actual, p, length, re, im, e, m[4], m[5]);
      assertClose(expected, actual, "table phase, length " + length);
      actual = s.clone();
      k.interleavedTablePhase(actual, p, length, table, e, m[4], m[5]);
      assertClose(expected, actual, "interleaved table phase, length " + length);
    }
  }

  @Test
  void compiledPlansOnEveryWireMatchTheDenseGateByGate() {
    SplittableRandom rnd = new SplittableRandom(72);
    int n = 9;
    Gate[] gates = {Gate.RX, Gate.RY, Gate.RZ, Gate.H, Gate.X, Gate.Y, Gate.T, Gate.CNOT, Gate.CZ,
        Gate.CRX, Gate.CONTROLLED_PHASE, Gate.TOFFOLI, Gate.ROT};
    List<Operation> ops = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      Gate gate = gates[rnd.nextInt(gates.length)];
      int[] wires = distinctWires(rnd, n, gate.wires());
      double[] angles = new double[gate.params()];
      for (int a = 0; a < angles.length; a++) {
        angles[a] = rnd.nextDouble(-Math.PI, Math.PI);
      }
      ops.add(Operation.of(gate, wires, angles));
    }
    Circuit circuit = new Circuit(n, ops);
    double[] start = random(rnd, 2 << n);
    double[] expected = start.clone();
    for (Operation op : ops) {
      Simulator.applyDense(expected, n, op);
    }
    double[] planned = start.clone();
    Simulator.compile(circuit).run(planned);
    assertTrue(maxDifference(expected, planned) < TOLERANCE, "plan: " + maxDifference(expected,
        planned));
    double[] direct = start.clone();
    for (Operation op : ops) {
      Simulator.apply(direct, n, op);
    }
    assertTrue(maxDifference(expected, direct) < TOLERANCE, "gate by gate: "
        + maxDifference(expected, direct));
  }

  private static int[] distinctWires(SplittableRandom rnd, int n, int count) {
    int[] wires = new int[count];
    for (int k = 0; k < count; k++) {
      boolean fresh;
      do {
        wires[k] = rnd.nextInt(n);
        fresh = true;
        for (int j = 0; j < k; j++) {
          fresh &= wires[j] != wires[k];
        }
      } while (!fresh);
    }
    return wires;
  }

  private static double[] random(SplittableRandom rnd, int length) {
    double[] s = new double[length];
    for (int i = 0; i < length; i++) {
      s[i] = rnd.nextDouble(-1, 1);
    }
    return s;
  }

  private static double[] times(double re, double im, double[] z) {
    return new double[] {re * z[0] - im * z[1], re * z[1] + im * z[0]};
  }

  private static double[] add(double[] a, double[] b) {
    return new double[] {a[0] + b[0], a[1] + b[1]};
  }

  private static void put(double[] s, int at, double[] z) {
    s[at] = z[0];
    s[at + 1] = z[1];
  }

  private static void assertClose(double[] expected, double[] actual, String what) {
    double diff = maxDifference(expected, actual);
    assertTrue(diff < 4 * ROUNDING, what + " differs by " + diff);
  }

  private static double maxDifference(double[] a, double[] b) {
    double worst = 0;
    for (int i = 0; i < a.length; i++) {
      worst = Math.max(worst, Math.abs(a[i] - b[i]));
    }
    return worst;
  }
}
