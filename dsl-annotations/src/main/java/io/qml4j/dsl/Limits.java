package io.qml4j.dsl;

/**
 * The numbers the processor and the runtime must agree on, defined once: a compiled model that the
 * processor accepts must fit the runtime that runs it, and the tiles its generated code walks must
 * be the runtime kernels' tiles.
 */
public final class Limits {
  private Limits() {}

  /**
   * The most qubits a state may have: 2^29 amplitudes are 2^30 doubles, and 2^30 amplitudes would
   * need 2^31 doubles, one more than a Java array holds.
   */
  public static final int MAX_QUBITS = 29;

  /**
   * Tile size for cache blocking, as a qubit count: 2^15 amplitudes are 512 KiB, half the 1 MiB
   * L2 of the benchmark machine, so a tile stays in L2 while a run of gates passes over it.
   * Measured by {@code TileBenchmark} on HEA 20x5 (see docs/figures.md): 103 ms at 15, 105-109 ms
   * at 12, 13 and 16, 118 ms without blocking.
   */
  public static final int TILE_QUBITS = 15;

  /**
   * Smallest state, in qubits, whose passes are split across threads, by the runtime's
   * {@code ParallelSimulator} and so by generated models: one more than {@link #TILE_QUBITS}.
   * Up to a tile, the serial plan runs the whole circuit in one pass over an L2-resident state,
   * while a split needs tiles smaller than the state and so a pass per stage, with a barrier
   * each: HEA n x 10, two threads against one, 0.64-0.72x at 14 qubits, 0.77-0.78x at 15,
   * 0.95-1.03x at 16, 1.03-1.12x at 17 (docs/benchmarks.md, {@code ThresholdBenchmark}).
   */
  public static final int PARALLEL_THRESHOLD_QUBITS = TILE_QUBITS + 1;

  /**
   * Smallest model, in qubits, whose generated {@code state(...)} is the runtime's plan of its
   * simulated circuit instead of its unrolled code: at these sizes the passes over memory, not
   * the per-gate overhead that unrolling removes, set the time, and the plan joins several gates
   * per pass (HEA 16x10: 3.1 ms on the plan against 7.1-7.9 ms unrolled, docs/figures.md). From
   * {@link #PARALLEL_THRESHOLD_QUBITS} the plan's passes are also split across threads.
   */
  public static final int PLAN_STATE_QUBITS = 14;

  /**
   * Smallest state, in qubits, whose adjoint gradient the runtime's sweep by points computes
   * ({@code PointSweep}), for runtime circuits and generated models alike: below it the
   * gate-by-gate sweep is faster, since the sweep by points compiles a plan per segment and copies
   * the state at each point. Measured on HEA n x n, runtime gate by gate / by points: 9x9 150 /
   * 151-160 us, 10x10 317-324 / 258-259 us; generated 10x10 unrolled 282-289 us against
   * 216-234 us by points (docs/figures.md).
   */
  public static final int ADJOINT_POINTS_QUBITS = 10;

  /**
   * The most gates a model may unroll to unless {@link QuantumModel#gateBudget()} says otherwise:
   * enough for deep benchmark circuits (DeepHea is 5,000 gates), small enough that a runaway loop
   * stops in seconds.
   */
  public static final int DEFAULT_GATE_BUDGET = 200_000;
}
