package io.qml4j.runtime.transpile;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.draw.GateNames;
import io.qml4j.runtime.qasm.QasmExporter;
import java.util.Locale;

/**
 * A transpiled circuit as OpenQASM 3.0 in its native gates, one register {@code q} of the
 * device's physical qubits. {@code rz, sx, x, cx, cz, rx, ry} are those of {@code stdgates.inc};
 * {@code ecr} and {@code rxx}, which it lacks, are defined at the top from standard gates, so the
 * program stands alone. Angles are written with {@link Double#toString(double)}, so they read
 * back as the same doubles. A circuit with other gates is written by {@link QasmExporter}.
 */
public final class NativeQasm {
  private NativeQasm() {}

  /**
   * The program.
   *
   * @param circuit a circuit, usually {@link TranspileResult#circuit()}
   * @return OpenQASM 3.0 text
   */
  public static String toQasm3(Circuit circuit) {
    boolean ecr = false, rxx = false;
    for (Operation op : circuit.operations()) {
      String name = GateNames.of(op);
      if (!name.matches("rz|sx|x|cx|cz|rx|ry|ecr|rxx")) {
        return QasmExporter.toQasm3(circuit);
      }
      ecr |= name.equals("ecr");
      rxx |= name.equals("rxx");
    }
    StringBuilder out = new StringBuilder("OPENQASM 3.0;\ninclude \"stdgates.inc\";\n");
    if (ecr) {
      // ECR = (I (x) X) exp(-i pi/4 X (x) Z): the XZ rotation is H, a ZZ rotation, H
      out.append("gate ecr a, b { h a; cx a, b; rz(pi/2) b; cx a, b; h a; x b; }\n");
    }
    if (rxx) {
      out.append("gate rxx(theta) a, b { h a; h b; cx a, b; rz(theta) b; cx a, b; h a; h b; }\n");
    }
    out.append("qubit[").append(circuit.qubits()).append("] q;\n");
    for (Operation op : circuit.operations()) {
      out.append(GateNames.of(op));
      double[] angles = op.angles();
      if (angles.length > 0) {
        out.append('(').append(Double.toString(angles[0])).append(')');
      }
      for (int k = 0; k < op.arity(); k++) {
        out.append(k == 0 ? " " : ", ").append(String.format(Locale.ROOT, "q[%d]", op.wire(k)));
      }
      out.append(";\n");
    }
    return out.toString();
  }
}
