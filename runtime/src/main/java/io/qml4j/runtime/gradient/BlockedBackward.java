package io.qml4j.runtime.gradient;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.kernel.ParallelChunks;
import java.util.ArrayList;
import java.util.List;

/**
 * The single-bra backward sweep of {@link Adjoint} on a state larger than a block, applied block
 * by block as a {@link io.qml4j.runtime.kernel.Plan} applies a forward run: consecutive steps of
 * the {@code BackwardSchedule} whose wires all lie among a block's bits (the lowest wires and up
 * to {@link #FREE_QUBITS} others) form a stage, and a stage costs one pass over both states
 * instead of one per step. A block of phi and the same block of lambda are gathered into two
 * compact states of {@code 2^blockQubits} amplitudes that stay in cache, every step of the stage
 * reads its derivatives from them and peels its gates off both (the same {@link AdjointSteps}
 * passes, on the block's wires renumbered), and the two are scattered back. Each derivative is
 * the sum of its blocks' shares, so the result equals the step-by-step sweep up to the order of
 * that sum. A step on more than {@link #FREE_QUBITS} high wires is a stage of its own, swept over
 * the whole state as before.
 */
final class BlockedBackward {
  /**
   * Qubits of a block, {@code -Dqml4j.adjoint.blockQubits}: by default 14 where the passes run
   * on the Vector API ({@link AdjointSimd}; two compact states of {@code 2^14} amplitudes are
   * 512 KiB, half the 1 MiB L2 of the benchmark machine), and 30 ({@link #NO_BLOCKS}, one pass
   * per step) with the scalar loops, which are slow enough that keeping blocks in cache did not
   * pay (docs/figures.md, Gradients: with SIMD passes blocks took HEA 16x10 from 34-36 to 28 ms
   * and 20x5 from 319-333 to 285-306 ms).
   */
  static final int BLOCK_QUBITS = Integer.getInteger("qml4j.adjoint.blockQubits",
      AdjointSimd.KERNELS != null ? 14 : 30);

  /** A block size no state reaches: the sweep without blocks. */
  static final int NO_BLOCKS = 30;

  /**
   * Wires of a block that need not be among the lowest, as {@code Plan.BLOCK_FREE_QUBITS}: the
   * lowest {@code blockQubits - 5} wires stay contiguous runs (512 amplitudes, 8 KiB, at the
   * default block), long enough for the prefetcher and the vector loops.
   */
  static final int FREE_QUBITS = 5;

  /** One step of a stage: its gates renumbered onto the stage's compact wires. */
  private static final class StageStep {
    final int[] gates;
    final Operation[] compact;
    /** The first of this step's derivative slots in the stage. */
    final int slot;

    StageStep(int[] gates, Operation[] compact, int slot) {
      this.gates = gates;
      this.compact = compact;
      this.slot = slot;
    }
  }

  private BlockedBackward() {}

  /**
   * Runs the sweep: phi and lambda as {@link Adjoint}'s backward sweep receives them (both
   * consumed), derivatives added through each angle's {@link Param} into dTheta and dX.
   */
  static void run(int n, int blockQubits, List<ParametrizedOperation> templates,
      List<Operation> ops, List<int[]> schedule, double[] theta, double[] x, double[] phi,
      double[] lambda, double[] dTheta, double[] dX, int threads) {
    int free = Math.min(FREE_QUBITS, blockQubits / 3);
    int low = (1 << (blockQubits - free)) - 1;
    int dimension = 1 << n;
    int s = 0;
    while (s < schedule.size()) {
      int held = 0;
      int end = s;
      while (end < schedule.size()) {
        int need = bits(n, ops, schedule.get(end)) & ~low;
        if (Integer.bitCount(held | need) > free) {
          break;
        }
        held |= need;
        end++;
      }
      if (end == s) {
        // a step on more high wires than a block holds: swept over the whole state
        Adjoint.sweepStep(n, templates, ops, schedule.get(s), theta, x, phi, lambda, dTheta, dX,
            threads);
        s++;
        continue;
      }
      int inner = blockBits(low | held, blockQubits, n);
      runStage(n, blockQubits, inner, templates, ops, schedule.subList(s, end), theta, x, phi,
          lambda, dTheta, dX, threads, dimension);
      s = end;
    }
  }

  /** The block's bits: the low ones and those held, topped up with the lowest others. */
  private static int blockBits(int bits, int blockQubits, int n) {
    for (int b = 0; Integer.bitCount(bits) < blockQubits && b < n; b++) {
      bits |= 1 << b;
    }
    return bits;
  }

  /** The index bits (strides) of every wire a schedule step's gates touch. */
  private static int bits(int n, List<Operation> ops, int[] step) {
    int mask = 0;
    for (int g : step) {
      for (int w : ops.get(g).wires()) {
        mask |= 1 << (n - 1 - w);
      }
    }
    return mask;
  }

  private static void runStage(int n, int blockQubits, int inner,
      List<ParametrizedOperation> templates, List<Operation> ops, List<int[]> steps,
      double[] theta, double[] x, double[] phi, double[] lambda, double[] dTheta, double[] dX,
      int threads, int dimension) {
    int[] compactWire = new int[n];
    for (int w = 0; w < n; w++) {
      int bit = 1 << (n - 1 - w);
      compactWire[w] = (inner & bit) == 0 ? -1
          : blockQubits - 1 - Integer.bitCount(inner & (bit - 1));
    }
    List<StageStep> stage = new ArrayList<>(steps.size());
    int slots = 0;
    for (int[] step : steps) {
      Operation[] compact = new Operation[step.length];
      for (int k = 0; k < step.length; k++) {
        compact[k] = renumber(ops.get(step[k]), compactWire);
      }
      stage.add(new StageStep(step, compact, slots));
      slots += slotCount(templates, ops, step);
    }
    int outer = (dimension - 1) & ~inner;
    int blocks = dimension >>> blockQubits;
    int ranges = threads == 1 ? 1 : Math.min(blocks, 4 * threads);
    double[] partial = new double[ranges * slots];
    int segment = (inner + 1) & ~inner;
    int spread = inner & ~(segment - 1);
    int segments = 1 << Integer.bitCount(spread);
    int finalSlots = slots;
    Runnable serial = () -> blocksOf(0, blocks, blockQubits, outer, spread, segment, segments,
        stage, templates, phi, lambda, partial, 0);
    if (ranges == 1) {
      serial.run();
    } else {
      ParallelChunks.run(ranges, threads, r -> blocksOf(
          (int) ((long) blocks * r / ranges), (int) ((long) blocks * (r + 1) / ranges),
          blockQubits, outer, spread, segment, segments, stage, templates, phi, lambda, partial,
          r * finalSlots));
    }
    for (StageStep step : stage) {
      accumulate(templates, ops, step, partial, ranges, slots, theta, x, dTheta, dX);
    }
  }

  /** Blocks from .. to - 1 of a stage, each gathered, stepped and scattered back. */
  private static void blocksOf(int from, int to, int blockQubits, int outer, int spread,
      int segment, int segments, List<StageStep> stage, List<ParametrizedOperation> templates,
      double[] phi, double[] lambda, double[] partial, int base) {
    double[] blockPhi = new double[2 << blockQubits];
    double[] blockLambda = new double[2 << blockQubits];
    int length = 2 * segment;
    for (int block = from; block < to; block++) {
      int value = scatter(block, outer);
      for (int k = 0; k < segments; k++) {
        int start = 2 * (value | scatter(k, spread));
        System.arraycopy(phi, start, blockPhi, k * length, length);
        System.arraycopy(lambda, start, blockLambda, k * length, length);
      }
      for (StageStep step : stage) {
        Adjoint.compactStep(blockQubits, templates, step.gates, step.compact, blockPhi,
            blockLambda, partial, base + step.slot);
      }
      for (int k = 0; k < segments; k++) {
        int start = 2 * (value | scatter(k, spread));
        System.arraycopy(blockPhi, k * length, phi, start, length);
        System.arraycopy(blockLambda, k * length, lambda, start, length);
      }
    }
  }

  /** Adds a step's derivatives, summed over the ranges in order, through its angles. */
  private static void accumulate(List<ParametrizedOperation> templates, List<Operation> ops,
      StageStep step, double[] partial, int ranges, int slots, double[] theta, double[] x,
      double[] dTheta, double[] dX) {
    int slot = step.slot;
    for (int g : angleGates(step.gates)) {
      ParametrizedOperation template = templates.get(g);
      if (!template.isTrainable()) {
        continue;
      }
      int params = ops.get(g).gate().params();
      for (int p = 0; p < params; p++, slot++) {
        double sum = 0;
        for (int r = 0; r < ranges; r++) {
          sum += partial[r * slots + slot];
        }
        template.angles().get(p).accumulate(sum, theta, x, dTheta, dX);
      }
    }
  }

  /** The gates of a step that may carry angles: all but a leading CNOT of a joined step. */
  static int[] angleGates(int[] step) {
    return step.length == 3 ? new int[] {step[1], step[2]} : step;
  }

  /** Derivative slots of a step: one per angle of each trainable gate. */
  private static int slotCount(List<ParametrizedOperation> templates, List<Operation> ops,
      int[] step) {
    int count = 0;
    for (int g : angleGates(step)) {
      if (templates.get(g).isTrainable()) {
        count += ops.get(g).gate().params();
      }
    }
    return count;
  }

  /** The operation on the compact wires of a stage. */
  private static Operation renumber(Operation op, int[] compactWire) {
    int[] wires = op.wires();
    for (int k = 0; k < wires.length; k++) {
      wires[k] = compactWire[wires[k]];
    }
    if (op.gate() == Gate.PAULI_ROT) {
      return Operation.pauliRot(op.angle(0), op.word(), wires);
    }
    if (op.gate() == Gate.UNITARY) {
      return Operation.unitary(op.matrix(), wires);
    }
    return Operation.of(op.gate(), wires, op.angles());
  }

  /** Places the low bits of k, in order, at the set positions of mask. */
  private static int scatter(int k, int mask) {
    int r = 0;
    for (int rest = mask; rest != 0 && k != 0; rest &= rest - 1, k >>>= 1) {
      if ((k & 1) != 0) {
        r |= rest & -rest;
      }
    }
    return r;
  }

  /** Whether a state of n qubits is swept in blocks of blockQubits. */
  static boolean applies(int n, int blockQubits) {
    return n > blockQubits;
  }
}
