package io.qml4j.runtime.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every {@link Plan.Builder} kind in single precision, with targets and controls on every wire
 * (the low wires inside one SIMD register, the high ones across runs and blocks), against the
 * double plan and against the widened fallback. Surefire runs it with the Vector API and without.
 */
class FloatPlanTest {
  private static final double TOLERANCE = 1e-6;

  @Test
  void theLanePathIsTakenExactlyWhereTheModuleResolves() {
    boolean module = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    boolean disabled = "false".equals(System.getProperty("qml4j.simd"));
    if (!module || disabled) {
      assertEquals(0, FloatPlan.simdLanes());
    } else if (System.getProperty("os.arch").equals("amd64")) {
      assertTrue(FloatPlan.simdLanes() >= FloatSimd.MIN_LANES, "lanes " + FloatPlan.simdLanes());
    }
  }

  @Test
  void everyStepKindOnEveryWireAgreesWithDouble() {
    SplittableRandom rnd = new SplittableRandom(161);
    for (int n : new int[] {1, 2, 3, 4, 6, 9, 12}) {
      for (int tile = 1; tile <= n; tile += Math.max(1, n / 4)) {
        Plan plan = randomPlan(rnd, n, tile, 80);
        double[] start = state(rnd, n);
        double[] expected = start.clone();
        plan.run(expected);
        float[] fast = narrow(start);
        FloatPlan.of(plan).run(fast);
        float[] widened = narrow(start);
        FloatPlan.widened(plan).run(widened);
        assertClose(expected, fast, "n=" + n + " tile " + tile);
        assertClose(expected, widened, "widened n=" + n + " tile " + tile);
      }
    }
  }

  /** A plan of random gates through every builder method, wires and controls anywhere. */
  static Plan randomPlan(SplittableRandom rnd, int n, int tile, int gates) {
    Plan.Builder b = Plan.builder(n, tile);
    for (int g = 0; g < gates; g++) {
      int target = 1 << rnd.nextInt(n);
      int controls = 0;
      for (int c = 0; c < 2 && n > 1; c++) {
        int bit = 1 << rnd.nextInt(n);
        if (bit != target && rnd.nextBoolean()) {
          controls |= bit;
        }
      }
      double a = rnd.nextDouble(-Math.PI, Math.PI);
      double c = Math.cos(a), s = Math.sin(a);
      switch (rnd.nextInt(11)) {
        case 0: // general
          b.matrix1(controls, target, new double[] {c, 0, 0, -s, 0, -s, c, 0});
          break;
        case 1: // real
          b.matrix1(controls, target, new double[] {c, 0, -s, 0, s, 0, c, 0});
          break;
        case 2: // diagonal
          b.matrix1(controls, target, new double[] {c, -s, 0, 0, 0, 0, c, s});
          break;
        case 3: // X
          b.matrix1(controls, target, new double[] {0, 0, 1, 0, 1, 0, 0, 0});
          break;
        case 4: // Y
          b.matrix1(controls, target, new double[] {0, 0, 0, -1, 0, 1, 0, 0});
          break;
        case 5:
          b.phase(controls | target, c, s);
          break;
        case 6:
          b.parity(controls | target, c, s);
          break;
        case 7: {
          int[] strides = new int[n];
          double[][] d = new double[n][];
          for (int w = 0; w < n; w++) {
            double t = rnd.nextDouble(-Math.PI, Math.PI);
            strides[w] = 1 << w;
            d[w] = new double[] {Math.cos(t), -Math.sin(t), Math.cos(t), Math.sin(t)};
          }
          b.diagonalLayer(strides, d);
          break;
        }
        case 8:
          if (controls != 0) {
            int other = Integer.lowestOneBit(controls);
            b.exchange(controls & ~other, target, other, 0, 1);
            b.givens(target | other, target, other, c, s);
          }
          break;
        case 9:
          b.pauliRotation(target | controls, controls, Integer.bitCount(controls) & 3, c, s);
          break;
        default: {
          int[] strides = controls == 0 ? new int[] {target} : new int[] {target,
              Integer.lowestOneBit(controls)};
          int d = 1 << strides.length;
          double[] m = new double[2 * d * d];
          for (int i = 0; i < m.length; i++) {
            m[i] = rnd.nextDouble(-0.5, 0.5);
          }
          b.dense(strides, m);
          break;
        }
      }
    }
    return b.build();
  }

  static double[] state(SplittableRandom rnd, int n) {
    double[] s = new double[2 << n];
    double norm = 0;
    for (int k = 0; k < s.length; k++) {
      s[k] = rnd.nextDouble(-1, 1);
      norm += s[k] * s[k];
    }
    for (int k = 0; k < s.length; k++) {
      s[k] /= Math.sqrt(norm);
    }
    return s;
  }

  static float[] narrow(double[] s) {
    float[] f = new float[s.length];
    for (int i = 0; i < s.length; i++) {
      f[i] = (float) s[i];
    }
    return f;
  }

  private static void assertClose(double[] expected, float[] actual, String what) {
    double worst = 0;
    for (int i = 0; i < expected.length; i++) {
      worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
    }
    assertTrue(worst < TOLERANCE, what + ": differs by " + worst);
  }
}
