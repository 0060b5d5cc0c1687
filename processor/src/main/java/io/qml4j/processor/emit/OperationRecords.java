package io.qml4j.processor.emit;

import static io.qml4j.processor.emit.RuntimeNames.GATE;
import static io.qml4j.processor.emit.RuntimeNames.OPERATION;

import com.squareup.javapoet.CodeBlock;
import io.qml4j.dsl.Gate;
import io.qml4j.processor.ir.GateOp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A gate as the runtime's {@code Operation} value: what the generated {@code circuit(...)} and
 * {@code simulatedCircuit(...)} record, the same operations the runtime's CircuitBuilder records,
 * and what the simulation hands to the interpreter for gates without a specialised kernel.
 */
final class OperationRecords {
  private final AngleCode angleCode;

  OperationRecords(AngleCode angleCode) {
    this.angleCode = angleCode;
  }

  /** {@code ops.add(Operation...)} for gate number {@code id} of a bound-circuit method. */
  CodeBlock record(GateOp g, int id) {
    CodeBlock.Builder b = CodeBlock.builder();
    List<CodeBlock> a = new ArrayList<>();
    for (int k = 0; k < g.angles().size(); k++) {
      a.add(angleCode.write(b, g.angle(k), "o" + id + "_" + k));
    }
    return b.addStatement("ops.add($L)", operation(g, a)).build();
  }

  /** The expression that creates the operation of g with these angles. */
  static CodeBlock operation(GateOp g, List<CodeBlock> angles) {
    String wires = "new int[] {" + Arrays.stream(g.wires()).mapToObj(String::valueOf)
        .collect(Collectors.joining(", ")) + "}";
    if (g.gate() == Gate.PAULI_ROT) {
      return CodeBlock.of("$T.pauliRot($L, $S, $L)", OPERATION, angles.get(0), g.word(), wires);
    }
    return CodeBlock.of("$T.of($T.$L, $L$L)", OPERATION, GATE, g.gate().name(), wires,
        angles.isEmpty() ? "" : CodeBlock.of(", $L", CodeBlock.join(angles, ", ")));
  }
}
