package io.qml4j.processor.emit;

import io.qml4j.processor.ir.GateOp;
import java.util.List;

/**
 * Which scheduled steps keep every tile of {@code 2^tileQubits} amplitudes to themselves, so that
 * a run of them can be applied tile by tile in one pass over memory: their kernels mix only
 * amplitudes whose indices differ below the tile (diagonal kernels mix none; controls may lie
 * anywhere), and have a range variant in the runtime's {@code TileKernels}.
 */
final class TileLocality {
  private TileLocality() {}

  /** Whether the step is tile-local on a state with these strides. */
  static boolean isTileLocal(List<GateOp> step, int tileQubits, Strides strides) {
    int tile = 1 << tileQubits;
    if (SingleQubitRuns.isLayer(step)) {
      return true;
    }
    if (SingleQubitRuns.isSelect(step)) {
      return false;
    }
    GateOp g = step.get(0);
    if (step.size() > 1 || SingleQubitRuns.FUSABLE.contains(g.gate()) && g.arity() == 1) {
      boolean diagonal = step.stream().allMatch(s -> SingleQubitRuns.DIAGONAL.contains(s.gate()));
      return diagonal || strides.of(g, 0) < tile;
    }
    switch (g.gate()) {
      case I:
      case CZ:
      case CONTROLLED_PHASE:
      case ISING_ZZ:
      case MULTI_RZ:
        return true;
      case CNOT:
      case CY:
      case TOFFOLI:
      case CRX:
      case CRY:
      case CRZ:
      case CROT:
        return strides.of(g, g.arity() - 1) < tile;
      default:
        return false;
    }
  }
}
