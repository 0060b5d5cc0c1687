package io.qml4j.runtime.kernel;

import io.qml4j.dsl.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A circuit compiled to kernels with their coefficients bound, grouped into stages. A stage is
 * either one gate that mixes amplitudes further apart than a tile (a full sweep of the state), or
 * a run of gates that each keep every tile to itself, applied tile by tile so that the run costs
 * one pass over memory instead of one per gate (cache blocking). Immutable after
 * {@link Builder#build()}, so one plan may run on many states at once; {@link #run} is serial,
 * {@link ParallelPlanRunner} splits each stage across threads.
 *
 * <p>Wires are given as amplitude strides ({@code 1 << (n - 1 - wire)}), and matrices as in
 * {@link Kernels}.
 */
public final class Plan {
  /**
   * Tile size for cache blocking, as a qubit count: the shared {@link Limits#TILE_QUBITS}, which
   * generated models tile with too (why 15: see there). The 16 MiB state of HEA 20x5 still fits
   * the 32 MiB L3 of the benchmark machine, so blocking matters more on larger states.
   */
  public static final int TILE_QUBITS = Limits.TILE_QUBITS;

  /**
   * Wires of a block that need not be among the lowest: a block holds {@code 2^tileQubits}
   * amplitudes, the lowest {@code tileQubits - BLOCK_FREE_QUBITS} wires (runs of 2^10 contiguous
   * amplitudes at the default tile, 16 KiB, long enough for the prefetcher) and up to five others
   * that the gates of its stage act on. A layer of gates on the high wires then shares a pass
   * with the gates on the low ones instead of costing a pass each.
   */
  static final int BLOCK_FREE_QUBITS = 5;

  /**
   * Whether stages may hold gates on wires above the tile ({@code -Dqml4j.plan.blocks=false}
   * restores contiguous tiles only, for comparing the two in benchmarks).
   */
  static final boolean BLOCKS = !"false".equals(System.getProperty("qml4j.plan.blocks"));

  /**
   * Whether blocked stages run consecutive uncontrolled real gates two per pass
   * ({@link RealPairsStep}; {@code -Dqml4j.plan.pairs=false} keeps one pass per gate, for
   * benchmarks).
   */
  static final boolean PAIRS = !"false".equals(System.getProperty("qml4j.plan.pairs"));

  /**
   * Whether blocked stages run three consecutive uncontrolled rotations in one pass with their
   * cosines taken out ({@link RealTriplesStep}): by default from JDK 25 on
   * ({@link RealTriplesStep#DEFAULT_ON}); {@code -Dqml4j.plan.triples=false} keeps
   * {@link RealPairsStep} and {@code true} forces them on, for benchmarks.
   */
  static final boolean TRIPLES = System.getProperty("qml4j.plan.triples") == null
      ? RealTriplesStep.DEFAULT_ON : Boolean.getBoolean("qml4j.plan.triples");

  /**
   * Whether the plan moves gates to earlier stages past gates they commute with (disjoint wires),
   * so that a stage takes every later gate its blocks can hold ({@link #schedule};
   * {@code -Dqml4j.plan.reorder=false} keeps the circuit's order, for benchmarks).
   */
  static final boolean REORDER = !"false".equals(System.getProperty("qml4j.plan.reorder"));

  /**
   * How many gates past the first it defers a stage looks at before it closes: bounds the
   * scheduling cost of long circuits whose gates keep to a few wires, which never block them all.
   */
  static final int LOOKAHEAD = 256;

  /**
   * Whether blocked stages run consecutive X gates (a CNOT ring) as one permutation
   * ({@link PermutationChainStep} on wires of stride 8 and up, {@link LowPermutationStep} on the
   * four lowest; {@code -Dqml4j.plan.chains=false} keeps one pass per gate, for benchmarks).
   */
  static final boolean CHAINS = !"false".equals(System.getProperty("qml4j.plan.chains"));

  /**
   * Whether blocked stages run three real gates on the lowest wires in one pass
   * ({@link LowRealsStep}; {@code -Dqml4j.plan.lowReals=false} keeps one pass per gate, for
   * benchmarks).
   */
  static final boolean LOW_REALS = !"false".equals(System.getProperty("qml4j.plan.lowReals"));

  /**
   * Smallest block, in qubits, whose X gates are joined into chains: building a chain's
   * permutation costs about as much as applying it to a few hundred amplitudes, and on smaller
   * states, which stay in L1, the saved passes are cheap.
   */
  static final int CHAIN_BLOCK_QUBITS = 12;

  /** Smallest block, in qubits, whose low-wire real gates are joined ({@link LowRealsStep}). */
  static final int LOW_REALS_BLOCK_QUBITS = 10;

  /** {@link #inner} of a stage that is one gate swept over the whole state. */
  private static final int SWEEP = -1;

  private final int qubits;
  private final Step[] steps;
  /** Stage i covers steps [stageStart[i], stageStart[i + 1]). */
  private final int[] stageStart;
  /** Per stage, the bits a block holds (the gates' action bits among them), or {@link #SWEEP}. */
  private final int[] inner;
  /** How many compiled gates {@link #schedule} placed elsewhere than the circuit's order. */
  private final int moved;
  /** Where a {@link RealTriplesStep} starts (see {@link #markTriples}). */
  private final boolean[] tripleAt;
  /** Per blocked stage, the steps as run: consecutive real gates joined in pairs. */
  private final Step[][] runSteps;
  private final int scratchLength;

  private Plan(int qubits, int tileQubits, List<Step> steps) {
    this.qubits = qubits;
    int serialTile = Math.min(qubits, TILE_QUBITS);
    Step[] given = steps.toArray(new Step[0]);
    this.steps = BLOCKS && REORDER ? schedule(given, qubits, serialTile) : given;
    int moved = 0;
    for (int i = 0; i < given.length; i++) {
      moved += this.steps[i] == given[i] ? 0 : 1;
    }
    this.moved = moved;
    this.tripleAt = new boolean[this.steps.length];
    int[][] stages = null;
    if (TRIPLES && new Tiling(tileQubits).free >= 3) {
      stages = stages(this.steps, qubits, serialTile, tripleAt);
      markTriples(this.steps, stages[0], tripleAt);
    }
    if (stages == null || tileQubits != serialTile) {
      // the serial stages hold their triples already; other tiles must keep them together
      stages = stages(this.steps, qubits, tileQubits, tripleAt);
    }
    this.stageStart = stages[0];
    this.inner = stages[1];
    int scratch = 0;
    for (Step step : this.steps) {
      scratch = Math.max(scratch, step.scratchLength());
    }
    this.runSteps = new Step[inner.length][];
    for (int stage = 0; stage < inner.length; stage++) {
      runSteps[stage] = inner[stage] == SWEEP ? null
          : join(this.steps, tripleAt, stageStart[stage], stageStart[stage + 1], inner[stage]);
      for (int i = 0; runSteps[stage] != null && i < runSteps[stage].length; i++) {
        scratch = Math.max(scratch, runSteps[stage][i].scratchLength());
      }
    }
    this.scratchLength = scratch;
  }

  /**
   * Cuts the steps into stages for tiles of {@code tileQubits}, greedily: a stage grows while its
   * blocks can hold the wires of its gates. A step marked in {@code units} begins a triple that
   * stays in one stage. Returns the stages' first steps (and the end) and their block bits.
   */
  private static int[][] stages(Step[] steps, int qubits, int tileQubits, boolean[] units) {
    Tiling tiling = new Tiling(tileQubits);
    List<Integer> starts = new ArrayList<>();
    List<Integer> inners = new ArrayList<>();
    int held = 0;
    boolean open = false;
    for (int i = 0; i < steps.length; i++) {
      Step step = steps[i];
      int need = units[i]
          ? (step.action | steps[i + 1].action | steps[i + 2].action) & ~tiling.low
          : tiling.need(step);
      int unitEnd = units[i] ? i + 2 : i;
      boolean fits = tiling.fits(need);
      if (fits && open && tiling.fits(held | need)) {
        held |= need;
        i = unitEnd;
        continue;
      }
      if (open) {
        inners.add(blockBits(qubits, tiling.low, held, tileQubits));
      }
      starts.add(i);
      open = fits;
      held = fits ? need : 0;
      if (!fits) {
        inners.add(SWEEP);
      }
      i = unitEnd;
    }
    if (open) {
      inners.add(blockBits(qubits, tiling.low, held, tileQubits));
    }
    starts.add(steps.length);
    return new int[][] {
        starts.stream().mapToInt(Integer::intValue).toArray(),
        inners.stream().mapToInt(Integer::intValue).toArray()};
  }

  /** The block layout of tiles of a given size, which stage cutting and scheduling share. */
  private static final class Tiling {
    final int tile;
    /** How many wires above the low ones a block may hold. */
    final int free;
    /** The low wires every block holds, as a mask. */
    final int low;
    /**
     * The wires of the contiguous tile above the low ones: the one block a non-blockable gate
     * (or, without {@link #BLOCKS}, any gate) runs in.
     */
    final int tileBits;

    Tiling(int tileQubits) {
      tile = 1 << tileQubits;
      free = BLOCKS ? Math.min(BLOCK_FREE_QUBITS, tileQubits / 3) : 0;
      low = (1 << (tileQubits - free)) - 1;
      tileBits = (tile - 1) & ~low;
    }

    /**
     * The wires above the low ones that a block must hold for the step, or {@link #SWEEP} for a
     * step swept over the whole state; a step that cannot run in blocks needs the tile's.
     */
    int need(Step step) {
      if (!step.isLocal(tile) && (!BLOCKS || !step.blockable())) {
        return SWEEP;
      }
      return !BLOCKS || !step.blockable() ? tileBits : step.action & ~low;
    }

    /** Whether a block can hold the wires {@code need} (never a {@link #SWEEP}). */
    boolean fits(int need) {
      return need != SWEEP && Integer.bitCount(need) <= free;
    }
  }

  /**
   * The steps in the order the serial plan's stages take them: each stage begins with the first
   * step left and takes, in order, every later step that its blocks can still hold and that
   * commutes with every step it left behind (supports disjoint, {@link Step#support}); the steps
   * left behind follow in their order. A layer's gates on the high wires then join the stage of the
   * previous layer's gates on the same wires instead of costing a pass of their own (HEA 20x5: 12
   * stages instead of 20). Gates on disjoint wires commute exactly, but in another order their
   * roundings differ, so the order is chosen for the serial tiles whatever this plan's own
   * ({@link #markTriples} explains why).
   */
  private static Step[] schedule(Step[] steps, int qubits, int tileQubits) {
    Tiling tiling = new Tiling(tileQubits);
    int all = (1 << qubits) - 1;
    Step[] out = new Step[steps.length];
    Step[] left = steps.clone(), rest = new Step[steps.length];
    int placed = 0;
    for (int count = steps.length; count > 0;) {
      int held = 0, blocked = 0, kept = 0, firstDeferred = -1;
      boolean closed = false;
      for (int k = 0; k < count; k++) {
        Step step = left[k];
        if (closed) {
          rest[kept++] = step;
          continue;
        }
        int need = tiling.need(step);
        boolean fits = tiling.fits(need);
        if (k == 0) {
          // the first step left opens the stage; one that is swept stands alone
          out[placed++] = step;
          held = fits ? need : 0;
          closed = !fits;
          continue;
        }
        int support = step.support() & all;
        // only gates on high wires move ahead of gates left behind: moving the others gains no
        // stage and would pull apart the low-wire gates and diagonal layer LowRealsStep joins
        boolean movable = firstDeferred < 0 || need != 0;
        if (movable && (support & blocked) == 0 && fits && tiling.fits(held | need)) {
          out[placed++] = step;
          held |= need;
          continue;
        }
        rest[kept++] = step;
        blocked |= support;
        firstDeferred = firstDeferred < 0 ? k : firstDeferred;
        closed = blocked == all || k - firstDeferred >= LOOKAHEAD;
      }
      Step[] swap = left;
      left = rest;
      rest = swap;
      count = kept;
    }
    return out;
  }

  /**
   * Marks where rotations are joined in threes ({@link RealTriplesStep}), left to right inside
   * each of the serial plan's stages ({@code starts}, for {@link #TILE_QUBITS}) whatever this
   * plan's own tiles; {@link #stages} then keeps each triple in one stage. Joined rotations equal
   * the gates one by one only to rounding, so the choice must not depend on the tiles, which
   * differ with the thread count (a plan for several threads has smaller ones): one or two
   * threads still give the same numbers bit for bit, as with the joins that are exact, wherever
   * the plan's blocks hold three free wires (tiles of 9 qubits and more: up to 64 threads at 16
   * qubits; beyond, no triples, and the numbers agree to rounding). Rotations that would begin the
   * three low-wire gates of a {@link LowRealsStep} are left to it.
   */
  private static void markTriples(Step[] steps, int[] starts, boolean[] marks) {
    for (int stage = 0; stage + 1 < starts.length; stage++) {
      int last = starts[stage + 1];
      for (int i = starts[stage]; i < last; i++) {
        if (RealTriplesStep.fits(steps, i, last)
            && !LowRealsStep.qualifies(steps, i + 1, last)
            && !LowRealsStep.qualifies(steps, i + 2, last)) {
          marks[i] = true;
          i += 2;
        }
      }
    }
  }

  /**
   * The bits of a block: the low ones, those the stage's gates act on, and the lowest others
   * until the block holds {@code tileQubits} bits, so that a stage on the low wires alone keeps
   * whole contiguous tiles.
   */
  private static int blockBits(int qubits, int low, int held, int tileQubits) {
    int bits = low | held;
    for (int b = 0; Integer.bitCount(bits) < tileQubits && b < qubits; b++) {
      bits |= 1 << b;
    }
    return bits;
  }

  /** A builder for a plan on {@code qubits} wires with the default tile size. */
  public static Builder builder(int qubits) {
    return builder(qubits, Math.min(qubits, TILE_QUBITS));
  }

  /** A builder for a plan on {@code qubits} wires, tiles of {@code 2^tileQubits} amplitudes. */
  public static Builder builder(int qubits, int tileQubits) {
    if (qubits < 1 || qubits > 30) {
      throw new IllegalArgumentException("qubits: expected 1..30, got " + qubits);
    }
    if (tileQubits < 1 || tileQubits > qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "tileQubits: expected 1..%d, got %d", qubits, tileQubits));
    }
    return new Builder(qubits, tileQubits);
  }

  /** Number of qubits. */
  public int qubits() {
    return qubits;
  }

  /** Number of compiled gates. */
  public int size() {
    return steps.length;
  }

  /** Number of stages: each is one pass over the state. */
  public int stages() {
    return inner.length;
  }

  /** Applies the plan to an amplitude array of {@code 2^(qubits+1)} doubles, on this thread. */
  public void run(double[] s) {
    checkLength(s);
    double[] scratch = new double[scratchLength];
    for (int stage = 0; stage < inner.length; stage++) {
      runStage(stage, s, scratch, 0, 1);
    }
  }

  void checkLength(double[] s) {
    if (s.length != 2 << qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "s: expected %d numbers for %d qubits, got %d", 2 << qubits, qubits, s.length));
    }
  }

  int scratchLength() {
    return scratchLength;
  }

  /** Does chunk {@code worker} of {@code workers} contiguous chunks of one stage. */
  void runStage(int stage, double[] s, double[] scratch, int worker, int workers) {
    int dimension = 1 << qubits;
    int first = stageStart[stage], last = stageStart[stage + 1];
    if (inner[stage] == SWEEP) {
      Step step = steps[first];
      int units = step.units(dimension);
      step.apply(s, step.insert, step.set, share(units, worker, workers),
          share(units, worker + 1, workers), scratch);
      return;
    }
    int outer = (dimension - 1) & ~inner[stage];
    int blocks = Bits.units(dimension, inner[stage]);
    int from = share(blocks, worker, workers), to = share(blocks, worker + 1, workers);
    Step[] run = runSteps[stage];
    for (int block = from; block < to; block++) {
      int value = Bits.deposit(block, inner[stage]);
      for (Step step : run) {
        step.applyBlock(s, dimension, outer, value, scratch);
      }
    }
  }

  /**
   * Applies the compiled gates one at a time in the plan's order, each swept over the whole state,
   * joining nothing: what the joined passes must equal bit for bit. For tests.
   */
  void runOneByOne(double[] s) {
    checkLength(s);
    double[] scratch = new double[scratchLength];
    for (Step step : steps) {
      step.apply(s, step.insert, step.set, 0, step.units(1 << qubits), scratch);
    }
  }

  /**
   * Number of compiled gates the plan runs elsewhere than in the circuit's order: moved into an
   * earlier stage past gates on other wires, with which they commute.
   */
  public int movedGates() {
    return moved;
  }

  /** Number of {@link RealPairsStep}s the blocked stages run, for tests. */
  int joinedPairs() {
    return joined(RealPairsStep.class, RealPairsStep.class);
  }

  /** Number of {@link LowRealsStep}s the blocked stages run, for tests. */
  int joinedLowReals() {
    return joined(LowRealsStep.class, LowRealsStep.class);
  }

  /** Number of {@link RealTriplesStep}s the blocked stages run, for tests. */
  int joinedTriples() {
    return joined(RealTriplesStep.class, RealTriplesStep.class);
  }

  /** Number of {@link PermutationChainStep}s and {@link LowPermutationStep}s run, for tests. */
  int joinedChains() {
    return joined(PermutationChainStep.class, LowPermutationStep.class);
  }

  /** Number of the blocked stages' steps of either kind. */
  private int joined(Class<? extends Step> one, Class<? extends Step> other) {
    int count = 0;
    for (Step[] run : runSteps) {
      for (int i = 0; run != null && i < run.length; i++) {
        count += one.isInstance(run[i]) || other.isInstance(run[i]) ? 1 : 0;
      }
    }
    return count;
  }

  private static boolean lowReals(int inner) {
    return LOW_REALS && Integer.bitCount(inner) >= LOW_REALS_BLOCK_QUBITS;
  }

  /**
   * Steps [first, last) of a stage whose blocks hold the bits {@code inner}, with each chain of
   * X gates inside the blocks joined into one permutation, three real gates on the lowest wires
   * joined, each run of three other consecutive rotations joined (where {@link #TRIPLES}), and
   * each run of two other consecutive qualifying real gates joined.
   */
  private static Step[] join(Step[] steps, boolean[] tripleAt, int first, int last, int inner) {
    boolean chains = CHAINS && Integer.bitCount(inner) >= CHAIN_BLOCK_QUBITS;
    boolean lowReals = lowReals(inner);
    List<Step> joined = new ArrayList<>();
    for (int i = first; i < last; i++) {
      if (tripleAt[i]) {
        joined.add(new RealTriplesStep((PairStep) steps[i], (PairStep) steps[i + 1],
            (PairStep) steps[i + 2]));
        i += 2;
        continue;
      }
      if (chains) {
        PermutationChainStep chain = PermutationChainStep.startingAt(steps, i, last, inner);
        if (chain != null) {
          joined.add(chain);
          i += chain.gates() - 1;
          continue;
        }
        LowPermutationStep lowChain = LowPermutationStep.startingAt(steps, i, last);
        if (lowChain != null) {
          joined.add(lowChain);
          i += lowChain.gates() - 1;
          continue;
        }
      }
      LowRealsStep low = lowReals ? LowRealsStep.startingAt(steps, i, last) : null;
      if (low != null) {
        joined.add(low);
        i += low.joined() - 1;
        continue;
      }
      LowControlledXStep x = CHAINS ? LowControlledXStep.of(steps[i]) : null;
      if (x != null) {
        joined.add(x);
        continue;
      }
      // a real gate that begins the three low-wire gates is left to them
      if (PAIRS && i + 1 < last && !tripleAt[i + 1]
          && RealPairsStep.fits(steps[i], steps[i + 1])
          && !(lowReals && LowRealsStep.qualifies(steps, i + 1, last))) {
        joined.add(new RealPairsStep((PairStep) steps[i], (PairStep) steps[i + 1]));
        i++;
        continue;
      }
      joined.add(steps[i]);
    }
    return joined.toArray(new Step[0]);
  }

  /** First step of a stage; {@code stageStart(stages())} is {@link #size}. For FloatPlan. */
  int stageStart(int stage) {
    return stageStart[stage];
  }

  /** The bits a block of the stage holds, or a negative number for one gate swept over all. */
  int stageInner(int stage) {
    return inner[stage];
  }

  /** Whether a {@link RealTriplesStep} begins at the i-th compiled gate. For FloatPlan. */
  boolean tripleAt(int i) {
    return tripleAt[i];
  }

  /** The i-th compiled gate. */
  Step step(int i) {
    return steps[i];
  }

  private static int share(int total, int worker, int workers) {
    return (int) ((long) total * worker / workers);
  }

  /**
   * Compiles gates, given by strides, into kernels chosen by structure. Matrices are interleaved
   * row-major, the first stride the most significant bit of the matrix index.
   */
  public static final class Builder {
    private final int qubits;
    private final int tileQubits;
    private final List<Step> steps = new ArrayList<>();

    private Builder(int qubits, int tileQubits) {
      this.qubits = qubits;
      this.tileQubits = tileQubits;
    }

    /**
     * A 2x2 matrix {@code m} (8 doubles) on the wire of stride {@code target}, applied where every
     * bit of {@code controls} is set; picks the phase, diagonal, X, Y, real or general kernel from
     * the exact zeros and ones of the matrix.
     */
    public Builder matrix1(int controls, int target, double[] m) {
      boolean offDiagonalZero = m[2] == 0 && m[3] == 0 && m[4] == 0 && m[5] == 0;
      boolean diagonalZero = m[0] == 0 && m[1] == 0 && m[6] == 0 && m[7] == 0;
      if (offDiagonalZero && m[0] == 1 && m[1] == 0) {
        if (m[6] != 1 || m[7] != 0) {
          steps.add(new PhaseStep(controls | target, m[6], m[7]));
        }
      } else if (offDiagonalZero) {
        steps.add(new PairStep(PairStep.Kind.DIAGONAL, controls, target, m));
      } else if (diagonalZero && m[2] == 1 && m[3] == 0 && m[4] == 1 && m[5] == 0) {
        steps.add(new PairStep(PairStep.Kind.X, controls, target, m));
      } else if (diagonalZero && m[2] == 0 && m[3] == -1 && m[4] == 0 && m[5] == 1) {
        steps.add(new PairStep(PairStep.Kind.Y, controls, target, m));
      } else if (m[1] == 0 && m[3] == 0 && m[5] == 0 && m[7] == 0) {
        steps.add(new PairStep(PairStep.Kind.REAL, controls, target, m));
      } else {
        steps.add(new PairStep(PairStep.Kind.GENERAL, controls, target, m));
      }
      return this;
    }

    /**
     * Diagonal single-qubit gates on several wires in one pass: {@code diagonals[k]} is
     * {@code {d0r, d0i, d1r, d1i}} for the wire of stride {@code strides[k]}.
     */
    public Builder diagonalLayer(int[] strides, double[][] diagonals) {
      return diagonalLayer(strides, diagonals, DiagonalLayerStep.chunkBits(qubits));
    }

    /** {@link #diagonalLayer(int[], double[][])} with tables of {@code chunkBits} bits. */
    Builder diagonalLayer(int[] strides, double[][] diagonals, int chunkBits) {
      if (strides.length != diagonals.length) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "diagonals: expected one per stride (%d), got %d", strides.length, diagonals.length));
      }
      steps.add(new DiagonalLayerStep(qubits, strides, diagonals, chunkBits));
      return this;
    }

    /**
     * A diagonal on all wires given by its phases: amplitude k times
     * {@code table[2k] + i table[2k + 1]}, in one pass ({@link PhaseTableStep}); the plan keeps
     * the array, so the caller must not change it.
     */
    public Builder phaseTable(double[] table) {
      if (table.length != 2 << qubits) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "table: expected %d numbers for %d qubits, got %d", 2 << qubits, qubits,
            table.length));
      }
      steps.add(new PhaseTableStep(table));
      return this;
    }

    /** Multiplies every amplitude with all bits of {@code mask} set by {@code er + i ei}. */
    public Builder phase(int mask, double er, double ei) {
      steps.add(new PhaseStep(mask, er, ei));
      return this;
    }

    /** {@code exp(-i angle Z..Z / 2)} on the wires of {@code mask}; pass cos and sin of angle/2. */
    public Builder parity(int mask, double cos, double sin) {
      steps.add(new ParityStep(mask, cos, sin));
      return this;
    }

    /**
     * Exchanges the basis patterns {@code a} and {@code b} (each picking up the phase
     * {@code er + i ei}) where every bit of {@code controls} is set: SWAP, iSWAP, CSWAP.
     */
    public Builder exchange(int controls, int a, int b, double er, double ei) {
      steps.add(new ExchangeStep(controls, a, b, er, ei));
      return this;
    }

    /**
     * {@code |a> -> cos|a> + sin|b>}, {@code |b> -> cos|b> - sin|a>} for the bits under
     * {@code mask}, all other bits kept: SingleExcitation, DoubleExcitation.
     */
    public Builder givens(int mask, int a, int b, double cos, double sin) {
      steps.add(new GivensStep(mask, a, b, cos, sin));
      return this;
    }

    /**
     * {@code exp(-i angle P / 2)} for {@code P = i^ys X^xmask Z^zmask} (a Pauli word with ys
     * letters Y, whose X and Y wires are in xmask and Z and Y wires in zmask); pass cos and sin of
     * angle/2.
     */
    public Builder pauliRotation(int xmask, int zmask, int ys, double cos, double sin) {
      if (xmask == 0) {
        // Z-only words are diagonal: i^ys = 1 because there is no Y
        steps.add(new ParityStep(zmask, cos, sin));
      } else {
        steps.add(new PauliRotationStep(xmask, zmask, ys, cos, sin));
      }
      return this;
    }

    /** A dense {@code 2^k x 2^k} matrix on the wires of the given strides. */
    public Builder dense(int[] strides, double[] m) {
      int d = 1 << strides.length;
      if (m.length != 2 * d * d) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "m: expected %d numbers for %d wire(s), got %d", 2 * d * d, strides.length,
            m.length));
      }
      steps.add(new DenseStep(strides, m));
      return this;
    }

    /** The plan. */
    public Plan build() {
      return new Plan(qubits, tileQubits, steps);
    }
  }
}
