package io.qml4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.qml4j.dsl.Limits;
import io.qml4j.runtime.Parallelism;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.gradient.Gradient;
import java.lang.reflect.Method;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Generated models from {@link Limits#PLAN_STATE_QUBITS} qubits run their state on the runtime's
 * plan, split across {@link Parallelism#threads()} threads from
 * {@link Limits#PARALLEL_THRESHOLD_QUBITS}: seeded random models at both sizes give the state of
 * their own unrolled code (one thread) to 1e-12 on two and three threads, the same amplitudes bit
 * for bit on two and on three threads and from call to call, their adjoint gradients (the
 * runtime's sweep by points, on the model's threads) agree on one and two threads and with
 * parameter shift, and a model below the first size has no path to the runtime's plan at all. Surefire runs this class with the Vector API module and
 * without it.
 */
class ParallelModelsTest {
  @Test
  void threadedStatesEqualTheUnrolledCodesOnEveryThreadCount() throws Exception {
    SplittableRandom random = new SplittableRandom(1415);
    int threshold = Limits.PLAN_STATE_QUBITS;
    Compilation c = Compiler.compile(
        JavaFileObjects.forSourceString("demo.P0",
            RandomModelsTest.source(random, "P0", true, true, false, threshold)),
        JavaFileObjects.forSourceString("demo.P1",
            RandomModelsTest.source(random, "P1", true, false, true,
                Limits.PARALLEL_THRESHOLD_QUBITS)),
        JavaFileObjects.forSourceString("demo.Small", String.join("\n",
            "package demo;",
            "import io.qml4j.dsl.*;",
            "abstract class Small {",
            "  @Ansatz(qubits = " + (threshold - 1) + ")",
            "  static void a(Q q, double[] theta) { q.ry(0, theta[0]); q.cnot(0, 1); }",
            "  @Observable",
            "  static Pauli h(Paulis p) { return p.z(1); }",
            "}")));
    assertThat(c).succeeded();
    assertFalse(Compiler.source(c, "demo.SmallModel").contains("Parallelism"),
        "a model below the threshold must stay on the calling thread");
    ClassLoader loader = Compiler.load(c);
    int before = Parallelism.threads();
    try {
      for (String name : new String[] {"demo.P0", "demo.P1"}) {
        assertTrue(Compiler.source(c, name + "Model").contains("ParallelSimulator.run("),
            name + " has no threaded path");
        check(loader.loadClass(name + "Model"), random);
      }
    } finally {
      Parallelism.setThreads(before);
    }
  }

  private static void check(Class<?> model, SplittableRandom random) throws Exception {
    Method state = RuntimeAgreement.method(model, "state");
    Method expectation = RuntimeAgreement.method(model, "expectation");
    for (int trial = 0; trial < 2; trial++) {
      Object[] args = state.getParameterCount() == 2
          ? new Object[] {RuntimeAgreement.random(random, model.getField("INPUTS").getInt(null)),
              RuntimeAgreement.random(random, model.getField("PARAMS").getInt(null))}
          : new Object[] {RuntimeAgreement.random(random, model.getField("PARAMS").getInt(null))};
      Parallelism.setThreads(1);
      double[] unrolled = ((StateVector) state.invoke(null, args)).amplitudes();
      double value = (double) expectation.invoke(null, args);
      Parallelism.setThreads(2);
      double[] two = ((StateVector) state.invoke(null, args)).amplitudes();
      RuntimeAgreement.assertClose(unrolled, two, model.getSimpleName() + " on two threads");
      assertEquals(value, (double) expectation.invoke(null, args), RuntimeAgreement.TOLERANCE);
      assertArrayEquals(two, ((StateVector) state.invoke(null, args)).amplitudes(),
          "two threads, called again");
      Parallelism.setThreads(3);
      assertArrayEquals(two, ((StateVector) state.invoke(null, args)).amplitudes(),
          "three threads against two");
      gradientsAgree(model, args);
    }
  }

  /**
   * The adjoint (from 10 qubits the runtime's sweep by points, on the model's threads) on one
   * thread and on two; against parameter shift only where the model is small enough for it here.
   */
  private static void gradientsAgree(Class<?> model, Object[] args) throws Exception {
    Method gradient = RuntimeAgreement.method(model, "gradient");
    Parallelism.setThreads(1);
    Gradient one = (Gradient) gradient.invoke(null, args);
    Parallelism.setThreads(2);
    Gradient two = (Gradient) gradient.invoke(null, args);
    String where = model.getSimpleName() + " gradient on two threads";
    assertEquals(one.value(), two.value(), 1e-12, where);
    assertArrayEquals(one.theta(), two.theta(), 1e-12, where);
    assertArrayEquals(one.x(), two.x(), 1e-12, where);
    Method exactShift = java.util.Arrays.stream(model.getMethods())
        .filter(m -> m.getName().equals("parameterShiftGradient")
            && m.getParameterCount() == args.length)
        .findFirst().orElseThrow();
    Gradient shift = (Gradient) exactShift.invoke(null, args);
    assertArrayEquals(shift.theta(), two.theta(), 1e-10, where + " against parameter shift");
    assertArrayEquals(shift.x(), two.x(), 1e-10, where + " against parameter shift");
  }
}
