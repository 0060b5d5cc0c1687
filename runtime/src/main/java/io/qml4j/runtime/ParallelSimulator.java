package io.qml4j.runtime;

import io.qml4j.dsl.Limits;
import io.qml4j.runtime.kernel.ParallelPlanRunner;
import io.qml4j.runtime.kernel.Plan;

/**
 * The multi-threaded variant of {@link Simulator}: the same compiled plan, with every pass over the
 * state split across threads. States below {@link #PARALLEL_THRESHOLD_QUBITS} run on the calling
 * thread, where handing work to other threads costs more than it saves. Results equal the serial
 * simulator's bit for bit, since each amplitude sees the same arithmetic in the same order.
 */
public final class ParallelSimulator {
  /**
   * Smallest state split across threads: one more qubit than a tile. Up to a tile the serial plan
   * is one pass over a state that stays in L2, while a split cuts it into smaller tiles, a pass
   * and a barrier per stage, and loses: HEA n x 10 on two threads against one, 0.64-0.72x at 14
   * qubits, 0.77-0.78x at 15, 0.95-1.03x at 16, 1.03-1.12x at 17 ({@code ThresholdBenchmark},
   * docs/benchmarks.md). The shared {@link Limits#PARALLEL_THRESHOLD_QUBITS}, which generated
   * models split their passes from too.
   */
  public static final int PARALLEL_THRESHOLD_QUBITS = Limits.PARALLEL_THRESHOLD_QUBITS;

  /** Tiles per thread in a cache-blocked stage, so that uneven tiles still balance. */
  private static final int TILES_PER_THREAD = 2;

  private ParallelSimulator() {}

  /**
   * Runs a circuit from |0...0> on {@code threads} threads and returns the final state; starts
   * as {@link Simulator#run} does, so the two agree bit for bit on any number of threads.
   */
  public static StateVector run(Circuit circuit, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads: expected at least 1, got " + threads);
    }
    StateVector state = StateVector.zero(circuit.qubits());
    ProductStart start = ProductStart.of(circuit);
    if (start == null) {
      apply(state, circuit, threads);
    } else {
      start.fill(state.amplitudes());
      apply(state, start.rest(), threads);
    }
    return state;
  }

  /** Applies a circuit to a state in place on {@code threads} threads. */
  public static void apply(StateVector state, Circuit circuit, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads: expected at least 1, got " + threads);
    }
    Simulator.checkQubits(state, circuit);
    int n = circuit.qubits();
    if (threads == 1 || n < PARALLEL_THRESHOLD_QUBITS) {
      Simulator.apply(state, circuit);
      return;
    }
    ParallelPlanRunner.run(compile(circuit, threads), state.amplitudes(), threads);
  }

  /**
   * The plan that {@link #apply} splits across {@code threads} threads: tiles small enough that
   * every thread gets some (public for {@code ThresholdBenchmark}, which times it against the
   * serial plan).
   */
  public static Plan compile(Circuit circuit, int threads) {
    int n = circuit.qubits();
    int split = 32 - Integer.numberOfLeadingZeros(threads * TILES_PER_THREAD - 1);
    int tileQubits = Math.max(1, Math.min(Plan.TILE_QUBITS, n - split));
    return PlanCompiler.compile(circuit, true, tileQubits);
  }
}
