package io.qml4j.processor.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import io.qml4j.runtime.gradient.Gradient;
import io.qml4j.runtime.gradient.Jacobian;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded random models of 2 to 12 qubits (from 10, the adjoint by the runtime's sweep by points), each using every parameterised gate of the table (RX,
 * RY, RZ, PhaseShift, U3, Rot, CRX, CRY, CRZ, CRot, ControlledPhase, IsingXX/YY/ZZ, MultiRZ,
 * PauliRot, SingleExcitation and, from 4 qubits, DoubleExcitation) with parameters shared between
 * gates, angle expressions of theta and x ({@code theta[k] * x[j]}, {@code theta[a] + theta[b]},
 * {@code Math.sin(x[i]) * theta[k]}, ...), adjacent rotations the optimiser merges, and fixed
 * gates including SX and iSWAP (whose inverses come from the runtime). The generated adjoint and
 * parameter-shift gradients must agree to 1e-10 with each other and to 1e-7 with central finite
 * differences of the generated expectation computed here.
 */
class RandomModelGradientsTest {
  private static final int PARAMS = 6;
  private static final int INPUTS = 3;
  private static final double AGREE = 1e-10;
  private static final double FINITE_DIFFERENCE = 1e-7;
  /** Central differences: error about h^2 |f'''| / 6 + 1e-16 / h, near 1e-10 for h = 1e-5. */
  private static final double H = 1e-5;

  private static final String[] ONE_QUBIT = {"rx", "ry", "rz", "phaseShift"};
  private static final String[] TWO_QUBIT = {"crx", "cry", "crz", "controlledPhase", "isingXX",
      "isingYY", "isingZZ", "singleExcitation"};
  private static final String[] FIXED = {"h", "x", "s", "t", "sdg", "sx", "cnot", "cz", "iswap",
      "swap", "cy"};

  private static Map<String, GeneratedModel> models;
  /** From 10 qubits the generated adjoint delegates to the runtime's sweep by points. */
  private static final int[] QUBITS = {2, 3, 4, 5, 6, 7, 8, 4, 3, 10, 11, 12};

  @BeforeAll
  static void compile() {
    SplittableRandom random = new SplittableRandom(4_2026L);
    List<JavaFileObject> sources = new ArrayList<>();
    for (int m = 0; m < QUBITS.length; m++) {
      sources.add(JavaFileObjects.forSourceString("demo.G" + m, source(random, m, QUBITS[m])));
    }
    models = GeneratedModel.compile(sources.toArray(new JavaFileObject[0]));
  }

  @Test
  void adjointParameterShiftAndFiniteDifferencesAgree() {
    SplittableRandom random = new SplittableRandom(7L);
    for (int m = 0; m < QUBITS.length; m++) {
      GeneratedModel model = models.get("demo.G" + m + "Model");
      String where = "model G" + m;
      double[] x = uniform(random, model.constant("INPUTS"));
      double[] theta = uniform(random, model.constant("PARAMS"));
      Gradient adjoint = model.call("gradient", x, theta);
      Gradient shift = model.call("parameterShiftGradient", x, theta);
      double value = model.call("expectation", x, theta);
      assertEquals(value, adjoint.value(), 1e-12, where);
      assertEquals(value, shift.value(), 1e-12, where);
      assertArrayEquals(shift.theta(), adjoint.theta(), AGREE, where + " d/dtheta");
      assertArrayEquals(shift.x(), adjoint.x(), AGREE, where + " d/dx");
      assertArrayEquals(centralTheta(model, x, theta), adjoint.theta(), FINITE_DIFFERENCE,
          where + " d/dtheta against finite differences");
      assertArrayEquals(centralX(model, x, theta), adjoint.x(), FINITE_DIFFERENCE,
          where + " d/dx against finite differences");
      assertTrue(maxAbs(adjoint.theta()) + maxAbs(adjoint.x()) > 1e-3,
          where + ": a vanishing gradient would make the comparison vacuous");
      assertEquals(QUBITS[m] >= 10, declares(model, "ANGLE_SLOTS"), where + " by slots");
      assertEquals(QUBITS[m] < 10, declares(model, "adjointGradient"), where + " unrolled");
    }
  }

  private static boolean declares(GeneratedModel model, String member) {
    return java.util.Arrays.stream(model.type.getDeclaredFields())
        .anyMatch(f -> f.getName().equals(member))
        || java.util.Arrays.stream(model.type.getDeclaredMethods())
        .anyMatch(f -> f.getName().equals(member));
  }

  @Test
  void jacobiansRowsAndVectorProductsAgree() {
    SplittableRandom random = new SplittableRandom(8L);
    for (int m = 0; m < QUBITS.length; m++) {
      GeneratedModel model = models.get("demo.G" + m + "Model");
      String where = "model G" + m;
      double[] x = uniform(random, model.constant("INPUTS"));
      double[] theta = uniform(random, model.constant("PARAMS"));
      Jacobian adjoint = model.call("jacobian", x, theta);
      Jacobian shift = model.call("parameterShiftJacobian", x, theta);
      double[] values = model.call("expectations", x, theta);
      assertArrayEquals(values, adjoint.values(), 1e-12, where);
      assertEquals(2, values.length);
      for (int i = 0; i < 2; i++) {
        assertArrayEquals(shift.theta()[i], adjoint.theta()[i], AGREE, where + " row " + i);
        assertArrayEquals(shift.x()[i], adjoint.x()[i], AGREE, where + " row " + i);
      }
      Gradient first = model.call("gradient", x, theta);
      assertArrayEquals(first.theta(), adjoint.theta()[0], 1e-12, where);
      double[] v = {0.7, -1.3};
      Gradient vjp = model.call("vectorJacobianProduct", x, theta, (Object) v);
      Gradient expected = adjoint.vectorProduct(v);
      assertEquals(expected.value(), vjp.value(), 1e-12, where);
      assertArrayEquals(expected.theta(), vjp.theta(), AGREE, where + " vjp theta");
      assertArrayEquals(expected.x(), vjp.x(), AGREE, where + " vjp x");
      if (model.takesX) {
        double[] dx = model.call("inputGradient", x, theta);
        assertArrayEquals(first.x(), dx, 0, where);
      }
    }
  }

  /** Central differences of the generated expectation with respect to theta. */
  static double[] centralTheta(GeneratedModel model, double[] x, double[] theta) {
    double[] d = new double[theta.length];
    for (int k = 0; k < theta.length; k++) {
      double[] plus = theta.clone(), minus = theta.clone();
      plus[k] += H;
      minus[k] -= H;
      d[k] = ((double) model.call("expectation", x, plus)
          - (double) model.call("expectation", x, minus)) / (2 * H);
    }
    return d;
  }

  private static double[] centralX(GeneratedModel model, double[] x, double[] theta) {
    double[] d = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      double[] plus = x.clone(), minus = x.clone();
      plus[j] += H;
      minus[j] -= H;
      d[j] = ((double) model.call("expectation", plus, theta)
          - (double) model.call("expectation", minus, theta)) / (2 * H);
    }
    return d;
  }

  private static double maxAbs(double[] a) {
    double m = 0;
    for (double v : a) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }

  private static double[] uniform(SplittableRandom r, int n) {
    double[] a = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = r.nextDouble(-Math.PI, Math.PI);
    }
    return a;
  }

  /**
   * Model m: shapes cycle through feature map + ansatz(x, theta), feature map + ansatz(theta) and
   * ansatz(theta) alone; models 8 and the last are a feature map alone (gradient with respect to
   * x only).
   * Odd models switch optimisation off.
   */
  static String source(SplittableRandom r, int m, int n) {
    boolean featureMapOnly = m == 8 || m == QUBITS.length - 1;
    boolean featureMap = featureMapOnly || m % 3 != 2;
    boolean ansatzTakesX = m % 3 == 0;
    StringBuilder b = new StringBuilder("package demo;\nimport io.qml4j.dsl.*;\n");
    b.append("@QuantumModel(optimize = ").append(m % 2 == 0).append(")\n");
    b.append("abstract class G").append(m).append(" {\n  static final int N = ").append(n)
        .append(";\n");
    if (featureMap) {
      b.append("  @FeatureMap(qubits = N, inputs = ").append(INPUTS)
          .append(")\n  static void f(Q q, double[] x) {\n");
      b.append("    for (int i = 0; i < N; i++) q.h(i);\n");
      b.append("    q.ry(0, x[0]);\n    q.rz(1, Math.sin(x[1]) * 2);\n");
      b.append("    q.crx(0, 1, x[2] * x[0]);\n");
      if (featureMapOnly) {
        body(b, r, n, true, false);
      }
      b.append("  }\n");
    }
    if (!featureMapOnly) {
      b.append("  @Ansatz(qubits = N, params = ").append(PARAMS).append(")\n  static void a(Q q, ")
          .append(ansatzTakesX ? "double[] x, " : "").append("double[] theta) {\n");
      body(b, r, n, ansatzTakesX, true);
      b.append("  }\n");
    }
    b.append("  @Observable\n  static Pauli h(Paulis p) {\n    return p.z(0).scale(0.7)")
        .append(".plus(p.x(N - 1).times(p.z(0)).scale(-0.3)).plus(p.identity().scale(0.1));\n")
        .append("  }\n");
    b.append("  @Observable\n  static Pauli k(Paulis p) {\n    return p.y(1).plus(p.z(0).times(")
        .append("p.z(1)).scale(0.5));\n  }\n");
    return b.append("}\n").toString();
  }

  /** Every parameterised gate at least once, in a random order, with fixed gates between. */
  private static void body(StringBuilder b, SplittableRandom r, int n, boolean x, boolean theta) {
    List<String> gates = new ArrayList<>(List.of("rx", "ry", "rz", "phaseShift", "u3", "rot",
        "crx", "cry", "crz", "crot", "controlledPhase", "isingXX", "isingYY", "isingZZ",
        "multiRZ", "pauliRot", "singleExcitation", "doubleExcitation"));
    for (int i = 0; i < 10; i++) {
      gates.add(r.nextBoolean() ? ONE_QUBIT[r.nextInt(ONE_QUBIT.length)]
          : TWO_QUBIT[r.nextInt(TWO_QUBIT.length)]);
    }
    Collections.shuffle(gates, new java.util.Random(r.nextLong()));
    if (theta) {
      // every parameter is read, so PARAMS is the declared count and none is unused
      for (int k = 0; k < PARAMS; k++) {
        b.append("    q.ry(").append(k % n).append(", theta[").append(k).append("]);\n");
      }
    }
    for (String g : gates) {
      int[] w = distinct(r, n, Math.min(n, 4));
      String a = angle(r, x, theta);
      String call;
      switch (g) {
        case "u3": case "rot":
          call = g + "(" + w[0] + ", " + a + ", " + angle(r, x, theta) + ", " + angle(r, x, theta)
              + ")";
          break;
        case "crot":
          call = g + "(" + w[0] + ", " + w[1] + ", " + a + ", " + angle(r, x, theta) + ", "
              + angle(r, x, theta) + ")";
          break;
        case "multiRZ":
          call = g + "(" + a + ", " + w[0] + ", " + w[1] + (n > 2 ? ", " + w[2] : "") + ")";
          break;
        case "pauliRot":
          call = g + "(" + a + ", \"" + "XYZ".charAt(r.nextInt(3)) + "XYZ".charAt(r.nextInt(3))
              + "\", " + w[0] + ", " + w[1] + ")";
          break;
        case "doubleExcitation":
          if (n < 4) {
            continue;
          }
          call = g + "(" + w[0] + ", " + w[1] + ", " + w[2] + ", " + w[3] + ", " + a + ")";
          break;
        default:
          boolean one = List.of(ONE_QUBIT).contains(g);
          call = g + "(" + w[0] + (one ? "" : ", " + w[1]) + ", " + a + ")";
      }
      b.append("    q.").append(call).append(";\n");
      if (r.nextInt(4) == 0) {
        // the same rotation again on the same wires: the optimiser merges the two
        b.append("    q.").append(call.replace(a, angle(r, x, theta))).append(";\n");
      }
      String fixed = FIXED[r.nextInt(FIXED.length)];
      boolean two = List.of("cnot", "cz", "iswap", "swap", "cy").contains(fixed);
      b.append("    q.").append(fixed).append("(").append(w[0])
          .append(two ? ", " + w[1] : "").append(");\n");
    }
  }

  /** A smooth angle expression (no abs or sqrt: finite differences need smoothness). */
  private static String angle(SplittableRandom r, boolean x, boolean theta) {
    String t = "theta[" + r.nextInt(PARAMS) + "]";
    String u = "theta[" + r.nextInt(PARAMS) + "]";
    String in = "x[" + r.nextInt(INPUTS) + "]";
    if (!theta) {
      t = in;
      u = "x[" + r.nextInt(INPUTS) + "]";
    }
    String v = x ? in : u;
    switch (r.nextInt(9)) {
      case 0: return t;
      case 1: return t + " * " + v;
      case 2: return t + " + " + u;
      case 3: return "Math.sin(" + v + ") * " + t;
      case 4: return "-" + t + " / 3";
      case 5: return "2 * (" + t + " - " + v + ")";
      case 6: return "Math.cos(" + u + ") * " + t + " + 0.25";
      case 7: return "Math.atan2(" + v + ", 1.5) - " + t;
      default: return t + " * " + t + " / 4";
    }
  }

  private static int[] distinct(SplittableRandom r, int n, int k) {
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    return java.util.Arrays.copyOf(perm, k);
  }
}
