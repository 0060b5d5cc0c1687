package io.qml4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.StateVector;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The same model compiled with optimisation on and off: fewer simulated gates, the same circuit
 * as written, and the same state to rounding.
 */
class OptimizationSwitchTest {
  private static JavaFileObject model(String name, boolean optimize) {
    return JavaFileObjects.forSourceLines("demo." + name,
        "package demo;",
        "import io.qml4j.dsl.*;",
        "@QuantumModel(optimize = " + optimize + ")",
        "abstract class " + name + " {",
        "  @Ansatz(qubits = 3)",
        "  static void a(Q q, double[] theta) {",
        "    q.h(0); q.h(0);",                            // cancels
        "    q.rz(1, theta[0]); q.rz(1, theta[1]);",      // merges
        "    q.cnot(0, 2); q.cnot(0, 2);",                // cancels
        "    q.rx(2, 0.0);",                              // identity
        "    q.ry(2, 0.3); q.ry(2, -0.3);",               // merges to zero, dropped
        "    q.cnot(1, 2); q.ry(0, theta[2]); q.cnot(1, 2);",
        "  }",
        "}");
  }

  @Test
  void optimizedAndUnoptimizedModelsAgree() throws Exception {
    Compilation c = Compiler.compile(model("On", true), model("Off", false));
    assertThat(c).succeededWithoutWarnings();
    ClassLoader loader = Compiler.load(c);
    Class<?> on = loader.loadClass("demo.OnModel");
    Class<?> off = loader.loadClass("demo.OffModel");
    // as written: 2 + 2 + 2 + 1 + 2 + 3 gates; optimised: RZ(theta[0] + theta[1]) and RY(theta[2])
    // remain, the CNOT pair around the RY on wire 0 cancels too (the RY does not touch 1 or 2)
    assertEquals(12, off.getField("GATES").getInt(null));
    assertEquals(2, on.getField("GATES").getInt(null));
    double[] theta = {0.4, -1.1, 2.3};
    Circuit writtenOn = (Circuit) RuntimeAgreement.method(on, "circuit").invoke(null, theta);
    Circuit writtenOff = (Circuit) RuntimeAgreement.method(off, "circuit").invoke(null, theta);
    assertEquals(writtenOff, writtenOn);
    StateVector a = (StateVector) RuntimeAgreement.method(on, "state").invoke(null, theta);
    StateVector b = (StateVector) RuntimeAgreement.method(off, "state").invoke(null, theta);
    RuntimeAgreement.assertClose(b.amplitudes(), a.amplitudes(), "state");
  }
}
