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

  private final int qubits;
  private final int tileQubits;
  private final Step[] steps;
  /** Stage i covers steps [stageStart[i], stageStart[i + 1]). */
  private final int[] stageStart;
  private final boolean[] tiled;
  private final int scratchLength;

  private Plan(int qubits, int tileQubits, List<Step> steps) {
    this.qubits = qubits;
    this.tileQubits = tileQubits;
    this.steps = steps.toArray(new Step[0]);
    int tile = 1 << tileQubits;
    List<Integer> starts = new ArrayList<>();
    List<Boolean> tiledStages = new ArrayList<>();
    int scratch = 0;
    for (int i = 0; i < this.steps.length; i++) {
      boolean local = this.steps[i].isLocal(tile);
      boolean extend = local && !tiledStages.isEmpty() && tiledStages.get(tiledStages.size() - 1);
      if (!extend) {
        starts.add(i);
        tiledStages.add(local);
      }
      scratch = Math.max(scratch, this.steps[i].scratchLength());
    }
    starts.add(this.steps.length);
    this.stageStart = starts.stream().mapToInt(Integer::intValue).toArray();
    this.tiled = new boolean[tiledStages.size()];
    for (int i = 0; i < tiled.length; i++) {
      tiled[i] = tiledStages.get(i);
    }
    this.scratchLength = scratch;
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
    return tiled.length;
  }

  /** Applies the plan to an amplitude array of {@code 2^(qubits+1)} doubles, on this thread. */
  public void run(double[] s) {
    checkLength(s);
    double[] scratch = new double[scratchLength];
    for (int stage = 0; stage < tiled.length; stage++) {
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
    if (tiled[stage]) {
      int tile = 1 << tileQubits;
      int tiles = dimension >>> tileQubits;
      int from = share(tiles, worker, workers), to = share(tiles, worker + 1, workers);
      for (int t = from; t < to; t++) {
        int base = t << tileQubits;
        for (int i = first; i < last; i++) {
          steps[i].applyTile(s, base, tile, scratch);
        }
      }
    } else {
      Step step = steps[first];
      int units = step.units(dimension);
      step.apply(s, step.insert, step.set, share(units, worker, workers),
          share(units, worker + 1, workers), scratch);
    }
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
