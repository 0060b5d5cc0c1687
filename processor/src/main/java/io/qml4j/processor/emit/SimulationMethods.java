package io.qml4j.processor.emit;

import static io.qml4j.processor.emit.RuntimeNames.LAYER_KERNELS;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import io.qml4j.dsl.Limits;
import io.qml4j.processor.ir.GateOp;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulation of a gate list as private methods: gates scheduled into steps by
 * {@link SingleQubitRuns} (fused runs, diagonal layers) and {@link PhaseRuns} (CNOTs and
 * diagonals as one phase table), on states larger than a cache tile
 * consecutive tile-local steps grouped into blocks applied tile by tile, and the blocks cut into
 * chunk methods by {@link MethodChunks}.
 */
final class SimulationMethods {
  /**
   * Tile size for cache blocking in generated code, as a qubit count: the shared
   * {@link Limits#TILE_QUBITS}, the runtime kernels' tile. Models with more qubits apply runs of
   * tile-local steps tile by tile; the generated class holds the tile as a constant.
   */
  static final int TILE_QUBITS = Limits.TILE_QUBITS;
  /**
   * Most estimated bytecode in one tile block. The estimate is about 2.5 times the real size for
   * gate statements, so a block this large still compiles to a method far under 8,000 bytes; a
   * longer run of tile-local steps is cut into several blocks (one more pass each).
   */
  static final int TILE_BLOCK_BYTES = 8_000;

  private SimulationMethods() {}

  /**
   * Adds to privates the chunks {@code prefix0, prefix1, ...} that simulate the gates and a
   * method {@code prefix} calling them, each taking params (the state {@code psi} first).
   */
  static void simulation(List<MethodSpec> privates, String prefix, List<GateOp> gates,
      int qubits, List<ParameterSpec> params, GateStatements statements) {
    List<List<GateOp>> steps = PhaseRuns.join(SingleQubitRuns.mergeCnots(
        SingleQubitRuns.schedule(gates, qubits), qubits, TILE_QUBITS), qubits,
        statements.strides());
    List<List<List<GateOp>>> blocks = blocks(steps, qubits, statements.strides());
    StepStatements stepStatements = new StepStatements(statements);
    MethodChunks.chunks(privates, prefix, blocks, params, BytecodeEstimates::ofBlock,
        stepStatements::applyBlock, chunk -> layerTables(chunk, qubits));
  }

  /**
   * Groups steps into blocks: with more qubits than {@link #TILE_QUBITS}, each maximal run of
   * tile-local steps (at most {@link #TILE_BLOCK_BYTES} of estimated bytecode, so that it fits
   * one chunk) is a block, applied tile by tile; every other step is a block of its own.
   */
  static List<List<List<GateOp>>> blocks(List<List<GateOp>> steps, int qubits, Strides strides) {
    List<List<List<GateOp>>> blocks = new ArrayList<>();
    List<List<GateOp>> open = new ArrayList<>();
    int bytes = 0;
    for (List<GateOp> step : steps) {
      boolean local = qubits > TILE_QUBITS
          && TileLocality.isTileLocal(step, TILE_QUBITS, strides);
      int cost = BytecodeEstimates.ofStep(step);
      if (!open.isEmpty() && (!local || bytes + cost > TILE_BLOCK_BYTES)) {
        blocks.add(List.copyOf(open));
        open.clear();
        bytes = 0;
      }
      if (local) {
        open.add(step);
        bytes += cost;
      } else {
        blocks.add(List.of(step));
      }
    }
    if (!open.isEmpty()) {
      blocks.add(List.copyOf(open));
    }
    return blocks;
  }

  /** The diagonal-layer tables a chunk needs: one per layer of its largest block. */
  private static CodeBlock layerTables(List<List<List<GateOp>>> chunk, int qubits) {
    long tables = chunk.stream().mapToLong(block -> block.stream()
        .filter(SingleQubitRuns::isLayer).count()).max().orElse(0);
    CodeBlock.Builder b = CodeBlock.builder();
    for (int k = 0; k < tables; k++) {
      b.addStatement("double[] layer$L = new double[$T.tableLength($L)]", k,
          LAYER_KERNELS, qubits);
    }
    return b.build();
  }
}
