package io.qml4j.runtime.kernel;

import java.util.List;

/**
 * Consecutive X gates (CNOT, Toffoli, X) all on the four lowest wires, applied in one pass: they
 * compose to one permutation of each group of up to sixteen neighbouring amplitudes, applied by
 * copying the group aside and gathering it back. Gates on these wires move amplitudes less than a
 * register apart, which the range kernels do one or two amplitudes at a time; here each group costs
 * one copy and one gather in L1 however many gates the chain has. Moves are exact, so the result
 * is the sequential one bit for bit.
 */
final class LowPermutationStep extends Step {
  /** The wires a chain may use: those of strides 1, 2, 4 and 8. */
  static final int LOW_BITS = 15;

  /** Number of gates joined. */
  private final int gates;
  /** Amplitudes per group, a power of two up to 16. */
  private final int group;
  /** {@code source[x]}: the amplitude of the group (before the gates) that ends up at x. */
  private final int[] source;
  /**
   * Where registers hold four amplitudes and each output register of a sixteen-amplitude group
   * draws from one input register (a CNOT ring, whose controls lie above its targets): that
   * register per output register, and the lanes it is rearranged by; null otherwise.
   */
  private final int[] sourceRegister, lanes;

  private LowPermutationStep(List<PairStep> chain, int group) {
    super(group - 1, 0, group - 1);
    this.gates = chain.size();
    this.group = group;
    source = new int[group];
    for (int x = 0; x < group; x++) {
      source[PairStep.image(chain, x)] = x;
    }
    int[][] registers = group == 16 && Simd.KERNELS != null && Simd.KERNELS.lanes() == 8
        ? registerGather(source) : null;
    sourceRegister = registers == null ? null : registers[0];
    lanes = registers == null ? null : registers[1];
  }

  /** The gather as whole registers rearranged, or null where a register draws from two. */
  private static int[][] registerGather(int[] source) {
    int[] register = new int[4];
    int[] lanes = new int[32];
    for (int k = 0; k < 4; k++) {
      register[k] = source[4 * k] >> 2;
      for (int a = 0; a < 4; a++) {
        int from = source[4 * k + a];
        if (from >> 2 != register[k]) {
          return null;
        }
        lanes[8 * k + 2 * a] = 2 * (from & 3);
        lanes[8 * k + 2 * a + 1] = 2 * (from & 3) + 1;
      }
    }
    return new int[][] {register, lanes};
  }

  /**
   * The chain of X gates on the low wires starting at {@code steps[first]}, or null where fewer
   * than two consecutive gates qualify.
   */
  static LowPermutationStep startingAt(Step[] steps, int first, int last) {
    List<PairStep> chain = PairStep.xRun(steps, first, last, LOW_BITS, Integer.bitCount(LOW_BITS));
    int bits = 0;
    for (PairStep g : chain) {
      bits |= g.insert;
    }
    return chain.size() < 2 ? null
        : new LowPermutationStep(chain, Integer.highestOneBit(bits) << 1);
  }

  /** Number of gates this step applies. */
  int gates() {
    return gates;
  }

  @Override
  int scratchLength() {
    return 2 * group;
  }

  @Override
  void apply(double[] s, int insert, int set, int from, int to, double[] scratch) {
    if (insert != group - 1 || set != 0) {
      // the low wires lie inside every block and tile
      throw new IllegalStateException("a chain of low X gates split by a block");
    }
    int length = 2 * group;
    if (sourceRegister != null) {
      // each output register is one input register rearranged; all four are read before any
      // is written, so the group is gathered in registers without the scratch
      Simd.KERNELS.permuteGroups(s, from * length, to * length, sourceRegister, lanes);
      return;
    }
    for (int p = from * length, e = to * length; p < e; p += length) {
      System.arraycopy(s, p, scratch, 0, length);
      for (int x = 0; x < group; x++) {
        int q = source[x] << 1;
        s[p + 2 * x] = scratch[q];
        s[p + 2 * x + 1] = scratch[q + 1];
      }
    }
  }
}
