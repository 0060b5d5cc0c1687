package io.qml4j.runtime.qasm;

import static io.qml4j.runtime.qasm.QasmAssertions.assertSameState;
import static io.qml4j.runtime.qasm.QasmAssertions.assertSameStateUpToPhase;

import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A second, independent reference for the standard gates: the definitions that
 * {@code qelib1.inc} gives them in terms of {@code U}/{@code u1}/{@code u3} and {@code cx},
 * declared as user gates under a new name and expanded by the importer, must act like the
 * importer's direct mapping. Controlled gates agree exactly, phase included (their definitions
 * pin the phase down); uncontrolled ones, and definitions known to carry a global phase, up to a
 * global phase.
 */
class QelibDefinitionsTest {
  private static final String PREPARATION = "qreg q[3];\n"
      + "u3(0.3, 0.2, 0.1) q[0];\nu3(1.1, -0.4, 0.7) q[1];\nu3(2.0, 0.5, -1.3) q[2];\n"
      + "cx q[0], q[1];\ncx q[1], q[2];\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "cu3(0.37, -1.21, 2.05) q[1], q[0]|true|gate ref(theta,phi,lambda) c, t { "
          + "u1((lambda+phi)/2) c; u1((lambda-phi)/2) t; cx c,t; "
          + "u3(-theta/2,0,-(phi+lambda)/2) t; cx c,t; u3(theta/2,phi,0) t; }",
      "cu(0.37, -1.21, 2.05, 0.6) q[1], q[0]|true|gate ref(theta,phi,lambda,gamma) c, t { "
          + "u1(gamma) c; u1((lambda+phi)/2) c; u1((lambda-phi)/2) t; cx c,t; "
          + "u3(-theta/2,0,-(phi+lambda)/2) t; cx c,t; u3(theta/2,phi,0) t; }",
      "csx q[0], q[2]|true|gate ref a,b { h b; cu1(pi/2) a,b; h b; }",
      "crx(-1.21) q[2], q[1]|true|gate ref(lambda) a,b { u1(pi/2) b; cx a,b; "
          + "u3(-lambda/2,0,0) b; cx a,b; u3(lambda/2,-pi/2,0) b; }",
      "cry(-1.21) q[2], q[1]|true|gate ref(lambda) a,b { ry(lambda/2) b; cx a,b; "
          + "ry(-lambda/2) b; cx a,b; }",
      "crz(-1.21) q[2], q[1]|true|gate ref(lambda) a,b { u1(lambda/2) b; cx a,b; "
          + "u1(-lambda/2) b; cx a,b; }",
      "cu1(0.8) q[0], q[1]|true|gate ref(lambda) a,b { u1(lambda/2) a; cx a,b; "
          + "u1(-lambda/2) b; cx a,b; u1(lambda/2) b; }",
      "ch q[1], q[2]|true|gate ref a,b { s b; h b; t b; cx a,b; tdg b; h b; sdg b; }",
      // the original qelib1.inc definition, which is controlled-H times a global exp(i pi/4)
      "ch q[1], q[2]|false|gate ref a,b { h b; sdg b; cx a,b; h b; t b; cx a,b; t b; h b; "
          + "s b; x b; s a; }",
      "cswap q[2], q[0], q[1]|true|gate ref a,b,c { cx c,b; ccx a,b,c; cx c,b; }",
      "rzz(0.37) q[0], q[2]|false|gate ref(theta) a,b { cx a,b; u1(theta) b; cx a,b; }",
      "rxx(0.37) q[0], q[2]|false|gate ref(theta) a,b { u3(pi/2, theta, 0) a; h b; cx a,b; "
          + "u1(-theta) b; cx a,b; h b; u2(-pi, pi-theta) a; }",
      "sxdg q[1]|false|gate ref a { s a; h a; s a; }",
      "u2(-1.21, 2.05) q[1]|false|gate ref(phi,lambda) q { U(pi/2,phi,lambda) q; }"})
  void directMappingActsLikeTheQelibDefinition(String call, boolean exact, String definition) {
    String header = "OPENQASM 2.0;\ninclude \"qelib1.inc\";\n";
    StateVector direct = Simulator.run(QasmImporter.parse(header + PREPARATION + call + ";\n"));
    String viaDefinition = call.replaceFirst("^[a-z0-9]+", "ref");
    StateVector defined = Simulator.run(QasmImporter.parse(
        header + definition + "\n" + PREPARATION + viaDefinition + ";\n"));
    if (exact) {
      assertSameState(direct, defined);
    } else {
      assertSameStateUpToPhase(direct, defined);
    }
  }
}
