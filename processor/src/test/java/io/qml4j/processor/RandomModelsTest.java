package io.qml4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Seeded random models over the whole gate vocabulary, with angle expressions mixing theta, x,
 * constants and Math functions, loops, and adjacent gates the optimiser rewrites; half of them with
 * optimisation off. Each must compile, give the runtime builder's gate list and agree with the
 * runtime simulator to 1e-12.
 */
class RandomModelsTest {
  private static final int MODELS = 16;
  private static final int GATES_PER_MODEL = 30;

  private static final String[] FIXED_1 = {"h", "x", "y", "z", "s", "sdg", "t", "tdg", "sx", "i"};
  private static final String[] ROTATION_1 = {"rx", "ry", "rz", "phaseShift"};
  private static final String[] FIXED_2 = {"cnot", "cy", "cz", "swap", "iswap"};
  private static final String[] ROTATION_2 = {"crx", "cry", "crz", "controlledPhase", "isingXX",
      "isingYY", "isingZZ", "singleExcitation"};

  @Test
  void randomModelsAgreeWithTheRuntime() throws Exception {
    SplittableRandom random = new SplittableRandom(20261126L);
    List<JavaFileObject> sources = new ArrayList<>();
    List<boolean[]> shapes = new ArrayList<>();
    for (int m = 0; m < MODELS; m++) {
      boolean featureMap = m % 4 != 3;
      boolean ansatzTakesX = m % 3 == 0;
      shapes.add(new boolean[] {featureMap, ansatzTakesX});
      sources.add(JavaFileObjects.forSourceString("demo.R" + m,
          source(random, "R" + m, m % 2 == 0, featureMap, ansatzTakesX, 1 + random.nextInt(5))));
    }
    Compilation c = Compiler.compile(sources.toArray(new JavaFileObject[0]));
    assertThat(c).succeeded();
    ClassLoader loader = Compiler.load(c);
    for (int m = 0; m < MODELS; m++) {
      new RuntimeAgreement(loader, "demo.R" + m, shapes.get(m)[0] ? "f" : null, "a", "h")
          .check(m);
    }
  }

  /** The source of a random model class {@code demo.<name>} on n qubits. */
  static String source(SplittableRandom r, String name, boolean optimize, boolean featureMap,
      boolean ansatzTakesX, int n) {
    StringBuilder b = new StringBuilder("package demo;\nimport io.qml4j.dsl.*;\n");
    b.append("@QuantumModel(optimize = ").append(optimize).append(")\n");
    b.append("abstract class ").append(name).append(" {\n");
    b.append("  static final int N = ").append(n).append(";\n");
    if (featureMap) {
      b.append("  @FeatureMap(qubits = N, inputs = 4)\n  static void f(Q q, double[] x) {\n");
      body(b, r, n, true, false);
      b.append("  }\n");
    }
    b.append("  @Ansatz(qubits = N)\n  static void a(Q q, ")
        .append(ansatzTakesX ? "double[] x, " : "").append("double[] theta) {\n");
    body(b, r, n, ansatzTakesX, true);
    b.append("  }\n");
    b.append("  @Observable\n  static Pauli h(Paulis p) {\n    return p.z(0).scale(0.7)");
    // X_(N-1) Z_0 is Hermitian only on distinct wires: a one-qubit model measures X_0 instead.
    b.append(".plus((N > 1 ? p.x(N - 1).times(p.z(0)) : p.x(0)).scale(-0.3))");
    b.append(".plus(p.identity().scale(0.1));\n  }\n");
    return b.append("}\n").toString();
  }

  private static void body(StringBuilder b, SplittableRandom r, int n, boolean x, boolean theta) {
    // Every model reads theta[0] so that the parameter count is at least one.
    if (theta) {
      b.append("    q.ry(0, theta[0]);\n");
    }
    for (int g = 0; g < GATES_PER_MODEL; g++) {
      int kind = r.nextInt(10);
      int w = r.nextInt(n);
      if (kind == 0) {
        b.append("    for (int i = 0; i < N; i++) q.").append(pick(r, ROTATION_1))
            .append("(i, ").append(angle(r, x, theta, "i")).append(");\n");
      } else if (kind == 1) {
        String gate = pick(r, FIXED_1);
        b.append("    q.").append(gate).append("(").append(w).append("); q.").append(gate)
            .append("(").append(w).append(");\n");
      } else if (kind == 2) {
        String gate = pick(r, ROTATION_1);
        b.append("    q.").append(gate).append("(").append(w).append(", ")
            .append(angle(r, x, theta, null)).append("); q.").append(gate).append("(").append(w)
            .append(", ").append(angle(r, x, theta, null)).append(");\n");
      } else if (kind == 3) {
        b.append("    q.").append(r.nextBoolean() ? "rot" : "u3").append("(").append(w);
        for (int k = 0; k < 3; k++) {
          b.append(", ").append(angle(r, x, theta, null));
        }
        b.append(");\n");
      } else if (kind <= 5 && n >= 2) {
        int[] ws = distinct(r, n, 2);
        boolean rotation = kind == 5;
        b.append("    q.").append(rotation ? pick(r, ROTATION_2) : pick(r, FIXED_2)).append("(")
            .append(ws[0]).append(", ").append(ws[1])
            .append(rotation ? ", " + angle(r, x, theta, null) : "").append(");\n");
      } else if (kind == 6 && n >= 3) {
        int[] ws = distinct(r, n, 3);
        b.append("    q.").append(r.nextBoolean() ? "toffoli" : "cswap").append("(").append(ws[0])
            .append(", ").append(ws[1]).append(", ").append(ws[2]).append(");\n");
      } else if (kind == 7 && n >= 4) {
        int[] ws = distinct(r, n, 4);
        b.append("    q.doubleExcitation(").append(ws[0]).append(", ").append(ws[1]).append(", ")
            .append(ws[2]).append(", ").append(ws[3]).append(", ")
            .append(angle(r, x, theta, null)).append(");\n");
      } else if (kind == 8 && n >= 2) {
        int[] ws = distinct(r, n, 2);
        b.append("    q.multiRZ(").append(angle(r, x, theta, null)).append(", ").append(ws[0])
            .append(", ").append(ws[1]).append(");\n");
        b.append("    q.pauliRot(").append(angle(r, x, theta, null)).append(", \"")
            .append("XYZ".charAt(r.nextInt(3))).append("XYZ".charAt(r.nextInt(3))).append("\", ")
            .append(ws[0]).append(", ").append(ws[1]).append(");\n");
      } else if (kind == 9 && n >= 2) {
        b.append("    q.crot(0, 1, ").append(angle(r, x, theta, null)).append(", ")
            .append(angle(r, x, theta, null)).append(", 0.25);\n");
      } else {
        b.append("    q.").append(pick(r, FIXED_1)).append("(").append(w).append(");\n");
      }
    }
  }

  private static String angle(SplittableRandom r, boolean x, boolean theta, String loopVar) {
    String t = "theta[" + (loopVar != null ? loopVar + " + " : "") + r.nextInt(6) + "]";
    String in = "x[" + (loopVar != null ? loopVar + " % 4" : String.valueOf(r.nextInt(4))) + "]";
    String a = theta ? t : in;
    String b = x ? in : theta ? t : "0.3";
    switch (r.nextInt(8)) {
      case 0: return a;
      case 1: return a + " * " + b;
      case 2: return "Math.sin(" + b + ") + 0.5 * " + a;
      case 3: return "-" + a + " / 3";
      case 4: return "Math.atan2(" + b + ", 1.5) - Math.PI / 4";
      case 5: return "2 * (" + a + " - " + b + ")";
      case 6: return "Math.sqrt(Math.abs(" + a + ")) * Math.cos(" + b + ")";
      default: return String.valueOf(r.nextInt(5) * 0.5);
    }
  }

  private static String pick(SplittableRandom r, String[] names) {
    return names[r.nextInt(names.length)];
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
