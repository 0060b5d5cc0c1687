package io.qml4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import io.qml4j.runtime.CircuitBuilder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * An angle that is not finite for the given arguments ({@code Math.sqrt(theta[0])} at -1) makes
 * the generated model throw the builder's IllegalArgumentException, rather than return NaN.
 */
class NonFiniteAngleTest {
  private static final String[] SOURCE = {
      "package demo;",
      "import io.qml4j.dsl.*;",
      "abstract class Root {",
      "  @Ansatz(qubits = 1)",
      "  static void a(Q q, double[] theta) { q.ry(0, Math.sqrt(theta[0])); }",
      "  @Observable static Pauli z(Paulis p) { return p.z(0); }",
      "}"};

  @Test
  void generatedModelThrowsWhereTheBuilderThrows() throws Exception {
    Compilation c = Compiler.compile("demo.Root", SOURCE);
    assertThat(c).succeededWithoutWarnings();
    ClassLoader loader = Compiler.load(c);
    Class<?> model = loader.loadClass("demo.Root");
    Class<?> generated = loader.loadClass("demo.RootModel");
    double[] theta = {-1};

    Method ansatz = model.getDeclaredMethod("a", io.qml4j.dsl.Q.class, double[].class);
    ansatz.setAccessible(true);
    InvocationTargetException built = assertThrows(InvocationTargetException.class,
        () -> ansatz.invoke(null, new CircuitBuilder(1), theta));
    String builderMessage = built.getCause().getMessage();
    assertEquals("angles: Ry angle 0 is NaN, expected a finite number", builderMessage);

    for (String name : new String[] {"expectation", "state"}) {
      Method m = generated.getMethod(name, double[].class);
      InvocationTargetException e = assertThrows(InvocationTargetException.class,
          () -> m.invoke(null, (Object) theta), name);
      assertEquals(IllegalArgumentException.class, e.getCause().getClass(), name);
      assertEquals(builderMessage, e.getCause().getMessage(), name);
    }
    // at a valid angle the check changes nothing
    Method expectation = generated.getMethod("expectation", double[].class);
    double value = (double) expectation.invoke(null, (Object) new double[] {0.3});
    assertEquals(Math.cos(Math.sqrt(0.3)), value, 1e-12);
  }
}
