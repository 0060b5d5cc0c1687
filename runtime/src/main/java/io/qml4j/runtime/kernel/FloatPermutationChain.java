package io.qml4j.runtime.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive X gates (CNOT, Toffoli) whose wires all lie above the register, on at most
 * {@link #MAX_BITS} distinct wires together, applied in one pass: they compose to one permutation
 * of the {@code 2^bits} registers that share the other bits, applied as cycles of whole-register
 * moves, or for long runs of pieces moved with {@link System#arraycopy}. A CNOT ring then costs
 * one pass per five CNOTs instead of one each; the float kernels are bound by the traffic between
 * the cache and the registers.
 */
final class FloatPermutationChain extends FloatStep {
  /** Most wires a chain spans: 64 patterns per unit, as {@link PermutationChainStep#MAX_BITS}. */
  static final int MAX_BITS = PermutationChainStep.MAX_BITS;

  /**
   * Runs of at least this many amplitudes move a piece at a time with {@link System#arraycopy}
   * (as {@link PermutationChainStep} does), which streams better than register by register along
   * the cycles.
   */
  private static final int LONG_RUN = 64;

  /** Amplitudes per piece of a long run. */
  private static final int PIECE = PermutationChainStep.PIECE;

  private final FloatPairStep[] gates;
  /** The cycles of the composed permutation, as float offsets, delimited by {@link #starts}. */
  private final int[] cycles, starts;

  FloatPermutationChain(List<FloatPairStep> gates, int bits) {
    super(bits, 0, bits);
    this.gates = gates.toArray(new FloatPairStep[0]);
    int size = 1 << Integer.bitCount(bits);
    int[] to = new int[size];
    for (int r = 0; r < size; r++) {
      int x = Bits.scatter(r, bits);
      for (FloatPairStep g : this.gates) {
        if ((x & g.set) == g.set) {
          x ^= g.target();
        }
      }
      to[r] = Bits.compress(x, ~bits);
    }
    List<Integer> cycleList = new ArrayList<>();
    List<Integer> startList = new ArrayList<>();
    boolean[] seen = new boolean[size];
    for (int r = 0; r < size; r++) {
      if (seen[r] || to[r] == r) {
        continue;
      }
      startList.add(cycleList.size());
      for (int x = r; !seen[x]; x = to[x]) {
        seen[x] = true;
        cycleList.add(Bits.scatter(x, bits) << 1);
      }
    }
    startList.add(cycleList.size());
    cycles = cycleList.stream().mapToInt(Integer::intValue).toArray();
    starts = startList.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The bits of a chain of a and the steps before it, or 0 where a cannot join: its controls too
   * must lie inside the stage's blocks ({@code inner}), so that the chain sees whole units.
   */
  static int join(int bits, FloatStep a, int inner) {
    if (!(a instanceof FloatPairStep) || !((FloatPairStep) a).permutesRegisters()
        || (a.insert & ~inner) != 0) {
      return 0;
    }
    int joined = bits | a.insert;
    return Integer.bitCount(joined) <= MAX_BITS ? joined : 0;
  }

  @Override
  void apply(float[] s, int insert, int set, int from, int to, float[] scratch) {
    if (insert != this.insert || set != 0) {
      // FloatPlan joins only gates whose bits all lie inside the blocks
      throw new IllegalStateException("a chain of X gates split by a block");
    }
    int lowest = insert & -insert;
    boolean lanes = FloatLanes.fits(insert, from, to);
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int p = (Bits.deposit(j, insert) | set) << 1;
      if (run >= LONG_RUN) {
        movePieces(s, p, run << 1, scratch);
      } else if (lanes) {
        FloatSimd.KERNELS.permute(s, p, run << 1, cycles, starts);
      } else {
        // each gate in turn on the amplitudes of the unit's registers
        for (int e = p + (run << 1); p < e; p += 2) {
          for (FloatPairStep g : gates) {
            for (int r = 0, size = 1 << Integer.bitCount(this.insert); r < size; r++) {
              int x = Bits.scatter(r, this.insert);
              if ((x & g.set) == g.set && (x & g.target()) == 0) {
                g.pair(s, p + (x << 1), p + ((x | g.target()) << 1));
              }
            }
          }
        }
      }
      j += run;
    }
  }

  @Override
  int scratchLength() {
    return 2 * PIECE;
  }

  /** Each cycle moves runs of {@code length} floats, a piece at a time. */
  private void movePieces(float[] s, int p, int length, float[] scratch) {
    PermutationChainStep.movePieces(s, p, length, scratch, cycles, starts);
  }
}
