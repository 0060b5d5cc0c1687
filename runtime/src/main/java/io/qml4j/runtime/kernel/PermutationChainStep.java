package io.qml4j.runtime.kernel;

import java.util.Arrays;
import java.util.List;

/**
 * Consecutive X gates (X, CNOT, Toffoli) of a blocked stage, on wires of stride 8 and up, applied
 * in one pass: together they map basis states to basis states, so they compose to one permutation
 * of the {@code 2^k} patterns of their {@code k} wires, applied as cycles of moves. A CNOT ring's gates inside a block then cost
 * one pass over the block instead of one each; a CNOT only moves amplitudes, so its pass is all
 * loads and stores, which is what the double kernels are bound by. Moves are exact, so the result
 * is the sequential one bit for bit. Joined by {@link Plan} for its own runs only, and only where
 * every wire of every gate, controls included, lies inside the stage's blocks.
 */
final class PermutationChainStep extends Step {
  /**
   * Amplitudes moved per cycle step where the runs below the chain's lowest wire are long: a
   * cycle's carried piece then fits a small scratch, and the other moves are
   * {@link System#arraycopy} within the state.
   */
  static final int PIECE = 512;

  /**
   * Most wires a chain spans: 64 patterns, a table built in a few microseconds, and five CNOTs of
   * a ring per pass; longer chains cost more to build than their passes save on all but the
   * largest states.
   */
  static final int MAX_BITS = 6;

  /**
   * Runs shorter than this many amplitudes move register by register along the cycles (with the
   * Vector API); longer ones a piece at a time with {@link System#arraycopy}, which streams
   * better.
   */
  private static final int SHORT_RUN = 64;

  /**
   * Wires a chain leaves out, those of strides 1, 2 and 4: runs under them are too short to move
   * as runs ({@link LowPermutationStep} takes chains on them).
   */
  static final int LOW = 7;

  /** Number of gates joined. */
  private final int gates;
  /**
   * The cycles of the permutation, as double offsets of the patterns from a unit's base, delimited
   * by {@link #starts}: the amplitude at {@code cycles[k]} moves to {@code cycles[k + 1]}.
   */
  private final int[] cycles, starts;

  private PermutationChainStep(List<PairStep> chain, int bits) {
    super(bits, 0, bits);
    this.gates = chain.size();
    int size = 1 << Integer.bitCount(bits);
    int[] image = new int[size];
    for (int r = 0; r < size; r++) {
      image[r] = Bits.compress(PairStep.image(chain, Bits.scatter(r, bits)), ~bits);
    }
    int[] cycleList = new int[size];
    int[] startList = new int[size / 2 + 1];
    int length = 0, count = 0;
    boolean[] seen = new boolean[size];
    for (int r = 0; r < size; r++) {
      if (seen[r] || image[r] == r) {
        continue;
      }
      startList[count++] = length;
      for (int x = r; !seen[x]; x = image[x]) {
        seen[x] = true;
        cycleList[length++] = Bits.scatter(x, bits) << 1;
      }
    }
    startList[count++] = length;
    cycles = Arrays.copyOf(cycleList, length);
    starts = Arrays.copyOf(startList, count);
  }

  /**
   * The chain of X gates starting at {@code steps[first]}, as long as the gates are X gates with
   * all their wires among {@code inner} and together on at most {@link #MAX_BITS} wires; null
   * where fewer than two gates qualify (one X gate is best left to its own kernel).
   */
  static PermutationChainStep startingAt(Step[] steps, int first, int last, int inner) {
    List<PairStep> chain = PairStep.xRun(steps, first, last, inner & ~LOW, MAX_BITS);
    int bits = 0;
    for (PairStep g : chain) {
      bits |= g.insert;
    }
    return chain.size() < 2 ? null : new PermutationChainStep(chain, bits);
  }

  /** Number of gates this step applies. */
  int gates() {
    return gates;
  }

  @Override
  int scratchLength() {
    return 2 * PIECE;
  }

  @Override
  void apply(double[] s, int insert, int set, int from, int to, double[] scratch) {
    if (insert != this.insert || set != 0) {
      // Plan joins only gates whose wires all lie inside the blocks
      throw new IllegalStateException("a chain of X gates split by a block");
    }
    int lowest = insert & -insert;
    for (int j = from; j < to;) {
      int run = Bits.run(j, to, lowest);
      int p = Bits.deposit(j, insert) << 1;
      if (Simd.KERNELS != null && Simd.wide(run) && run < SHORT_RUN) {
        Simd.KERNELS.permute(s, p, run << 1, cycles, starts);
      } else {
        movePieces(s, p, run << 1, scratch);
      }
      j += run;
    }
  }

  /** Each cycle moves runs of {@code length} doubles, a piece at a time. */
  private void movePieces(double[] s, int p, int length, double[] scratch) {
    movePieces(s, p, length, scratch, cycles, starts);
  }

  /**
   * Moves runs of {@code length} numbers (doubles or floats: {@code s} and {@code scratch} are
   * arrays of one primitive type, which {@link System#arraycopy} takes as they are) along the
   * cycles, {@code 2 PIECE} numbers at a time: the float chain shares it.
   */
  static void movePieces(Object s, int p, int length, Object scratch, int[] cycles,
      int[] starts) {
    for (int offset = 0; offset < length; offset += 2 * PIECE) {
      int piece = Math.min(2 * PIECE, length - offset);
      int base = p + offset;
      for (int c = 0; c + 1 < starts.length; c++) {
        int first = starts[c], last = starts[c + 1] - 1;
        System.arraycopy(s, base + cycles[last], scratch, 0, piece);
        for (int k = last; k > first; k--) {
          System.arraycopy(s, base + cycles[k - 1], s, base + cycles[k], piece);
        }
        System.arraycopy(scratch, 0, s, base + cycles[first], piece);
      }
    }
  }
}
