package io.qml4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evaluator computes what Java computes: each model below exercises one of Java's numeric
 * rules, and its generated {@code circuit(...)} must equal, angle for angle and bit for bit, the
 * circuit the runtime builder records when the JVM runs the same method as plain Java.
 */
class JavaNumericsTest {
  private static ClassLoader loader;

  private static JavaFileObject model(String name, String... body) {
    String[] lines = new String[body.length + 4];
    lines[0] = "package demo; import io.qml4j.dsl.*;";
    lines[1] = "abstract class " + name + " {";
    System.arraycopy(body, 0, lines, 2, body.length);
    lines[lines.length - 2] = "  @Observable static Pauli z(Paulis p) { return p.z(0); }";
    lines[lines.length - 1] = "}";
    return JavaFileObjects.forSourceLines("demo." + name, lines);
  }

  @BeforeAll
  static void compileAll() {
    Compilation c = Compiler.compile(
        model("Integrals",
            "  @Ansatz(qubits = 1, params = 1)",
            "  static void a(Q q, double[] theta) {",
            "    short s = 32767; s++;",
            "    char c = 65535; c += 2;",
            "    byte b = (byte) 200; b *= 3;",
            "    long big = 1L << 40; long m = 3_000_000_000L * 3; long w = Long.MAX_VALUE + 1;",
            "    int wrap = Integer.MAX_VALUE + 1; int shifted = 1 << 33; long lshift = 1L << 33;",
            "    q.rx(0, theta[0] + s / 1e5);",
            "    q.ry(0, c + b / 100.0);",
            "    q.rz(0, (big % 1000) / 1000.0 + m / 1e10 + w / 1e19);",
            "    q.rx(0, wrap / 1e9 + shifted + lshift / 1e10);",
            "    q.ry(0, (long) 1e19 / 1e19 + (short) 70000 / 1e4 + (byte) -129);",
            "    q.rz(0, (int) -2.7 + (char) 65.9 / 100.0 + (int) Double.NaN + (long) -1e30 / 1e19);",
            "    q.rx(0, 7 / 2 + (-7) / 2 + (-7) % 3 + (-7L >>> 60) + (-7 >> 1) + ~5);",
            "    char letter = 'a'; letter += 1; int code = letter + 1;",
            "    q.ry(0, code / 100.0 + ('z' - letter) / 10.0);",
            "  }"),
        model("Floats",
            "  @Ansatz(qubits = 1, params = 1)",
            "  static void a(Q q, double[] theta) {",
            "    float f = 0.1f; float g = f * 3; float h = 1.0f / 3;",
            "    double d = f;",
            "    q.ry(0, g);",
            "    q.rz(0, d + h);",
            "    q.rx(0, (float) 0.1 * 2.0 + (float) Math.PI);",
            "    q.ry(0, theta[0] * 0.7f + 16777217 * 1f / 1e7f);",
            "    float acc = 0; for (int i = 0; i < 10; i++) acc += 0.1f;",
            "    q.rz(0, acc + (double) (float) 1e-40 * 1e40 + 5 % 2.5f);",
            "  }"),
        model("DoubleStores",
            "  static final double[] W = {1, 3};",
            "  static double half() { return 3; }",
            "  static double twice(double v) { return v * 2; }",
            "  @Ansatz(qubits = 1, params = 1)",
            "  static void a(Q q, double[] theta) {",
            "    double[] a = {1, 2}; a[0] = 3;",
            "    double[][] grid = {{1, 2}, {3, 4}};",
            "    double d = 5; var v = d; var i = 5;",
            "    q.rx(0, a[0] / 2 + W[1] / 2 + half() / 2);",
            "    q.ry(0, v / 2 + i / 2 + grid[1][0] / 2 + twice(3) / 4);",
            "    q.rz(0, theta[0] + (true ? 1 : 2.5) / 2);",
            "    double[] z = new double[2]; z[1] += 7; z[0]++;",
            "    q.rx(0, z[1] / 2 + z[0] / 4);",
            "  }"),
        model("StaticBlocks",
            "  static final double[] S = new double[3];",
            "  static final int K;",
            "  static final int[][] EDGES;",
            "  static {",
            "    for (int i = 0; i < S.length; i++) S[i] = i * 0.5 + 1;",
            "  }",
            "  static {",
            "    K = 3;",
            "    EDGES = new int[][] {{0, 1}, {1, 0}};",
            "  }",
            "  @Ansatz(qubits = 2, params = 1)",
            "  static void a(Q q, double[] theta) {",
            "    for (int i = 0; i < K; i++) q.ry(i % 2, theta[0] * S[i]);",
            "    for (int[] e : EDGES) q.cnot(e[0], e[1]);",
            "  }"),
        model("StaticOrder",
            // Java runs the whole class initialisation in source order: the block writes A
            // through its alias B, fill() writes A from a block that never names it, and C reads
            // A afterwards. Initialising each field lazily with the blocks that name it gave
            // A = {1, 2} and C = {2} here; Java gives {7, 5} and {8}.
            "  static final double[] A = {1, 2};",
            "  static final double[] B = A;",
            "  static { B[0] = 7; }",
            "  static { fill(); }",
            "  static final double[] C = {A[0] + 1};",
            "  static void fill() { A[1] = 5; }",
            "  @Ansatz(qubits = 1, params = 1)",
            "  static void a(Q q, double[] theta) {",
            "    q.ry(0, theta[0] * A[0] + A[1]);",
            "    q.rz(0, C[0]);",
            "  }"),
        model("SignedZeros",
            "  @Ansatz(qubits = 1, params = 1)",
            "  static void a(Q q, double[] theta) {",
            "    q.rx(0, -0.0);",
            "    q.ry(0, theta[0] * 0);",
            "    q.rz(0, 0.0 * -1);",
            "    q.rx(0, theta[0] + 0.0);",
            "    q.ry(0, -0.0 + theta[0]);",
            "    q.rz(0, 0 - theta[0]);",
            "  }"),
        model("Calls",
            "  static double sum(double... v) { double s = 0; for (double e : v) s += e; return s; }",
            "  static int count(int first, int... rest) { return first + rest.length; }",
            "  @Ansatz(qubits = 1, params = 2)",
            "  static void a(Q q, double[] theta) {",
            "    q.rx(0, sum() + sum(1) + sum(1, 2.5) + sum(new double[] {theta[0], 1}));",
            "    q.ry(0, count(1) + count(1, 2, 3) / 2);",
            "    q.rz(0, Math.abs(-3) / 2 + Math.round(2.5) / 2 + Math.round(2.5f) + Math.floorMod(-7L, 3));",
            "    q.rx(0, Integer.bitCount(255) + Long.numberOfTrailingZeros(64) + Math.max(1, 2L) / 4);",
            "    q.ry(0, Math.floor(theta.length * 1.5) + Math.hypot(3, 4) + Math.cbrt(27));",
            "    String s = \"ab\" + 'c' + 1 + 2.0f + 3L;",
            "    q.rz(0, s.length() + (s.equals(\"abc12.03\") ? 1 : 0) + theta[1]);",
            "    q.rx(0, Math.toRadians(theta[1]) + Math.sin(theta[0]) * Math.pow(theta[1], 2));",
            "  }"));
    assertThat(c).succeededWithoutWarnings();
    loader = Compiler.load(c);
  }

  private static void agrees(String name) throws Exception {
    new RuntimeAgreement(loader, "demo." + name, null, "a", "z").check(name.hashCode());
  }

  @Test
  void integralTypesWrapNarrowAndPromoteAsInJava() throws Exception {
    agrees("Integrals");
  }

  @Test
  void floatArithmeticKeepsFloatPrecision() throws Exception {
    agrees("Floats");
  }

  @Test
  void intsStoredAsDoublesBecomeDoubles() throws Exception {
    agrees("DoubleStores");
  }

  @Test
  void staticBlocksFillStaticFinalFieldsBeforeTheyAreRead() throws Exception {
    agrees("StaticBlocks");
  }

  @Test
  void staticInitialisationRunsInJavasOrder() throws Exception {
    agrees("StaticOrder");
  }

  @Test
  void theSignOfZeroAnglesIsJavas() throws Exception {
    agrees("SignedZeros");
  }

  @Test
  void varargsAndLibraryCallsAreJavas() throws Exception {
    agrees("Calls");
  }
}
