package io.qml4j.processor.emit;

import io.qml4j.processor.ir.GateOp;
import java.util.List;

/**
 * Generous estimates of the bytecode that generated statements compile to, so that chunk methods
 * and tile blocks can be cut before javac or HotSpot's limits: about 30 bytes of kernel call and
 * trigonometry per gate, about 6 per node of each angle expression, about 100 of complex
 * products per fused gate.
 */
final class BytecodeEstimates {
  private BytecodeEstimates() {}

  /** A gate: its kernel call and the Java of each angle. */
  static int of(GateOp g) {
    int bytes = 60;
    for (var a : g.angles()) {
      bytes += 40 + AngleCode.estimateBytes(a);
    }
    return bytes;
  }

  /** A scheduled step: its gates plus the products of a fused run or a diagonal layer. */
  static int ofStep(List<GateOp> step) {
    int gates = step.stream().mapToInt(BytecodeEstimates::of).sum();
    if (SingleQubitRuns.isLayer(step)) {
      // products where a wire has several gates, and one table update of about 40 per wire
      long wires = step.stream().mapToInt(g -> g.wire(0)).distinct().count();
      return gates + 100 * (step.size() - (int) wires) + 40 * (int) wires;
    }
    // a fused run adds about 100 bytes of complex products per gate after the first
    return gates + 100 * (step.size() - 1);
  }

  /** A block of steps: its steps, plus the tile loop and range arguments. */
  static int ofBlock(List<List<GateOp>> block) {
    int bytes = block.stream().mapToInt(BytecodeEstimates::ofStep).sum();
    return block.size() == 1 ? bytes : bytes + 30 + 4 * block.size();
  }
}
