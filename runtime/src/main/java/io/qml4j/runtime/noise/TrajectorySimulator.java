package io.qml4j.runtime.noise;

import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.observable.Expectation;
import io.qml4j.runtime.observable.PauliSum;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Monte Carlo trajectories of a {@link NoisyCircuit} on state vectors: each trajectory draws one
 * Kraus operator per channel and one outcome per measurement, so it costs about one noiseless
 * evaluation, and the average over trajectories of an observable converges to the density
 * matrix's expectation with the standard error reported. Use it where a density matrix does not
 * fit (beyond about 13 qubits). Trajectory i is seeded from {@code (seed, i)} alone, so results do
 * not depend on the thread count; trajectories run in parallel on the common fork-join pool.
 */
public final class TrajectorySimulator {
  private TrajectorySimulator() {}

  /**
   * One trajectory's final state and classical register.
   *
   * @param state the normalised final state
   * @param bits the classical register, bit k at {@code 1 << k}
   */
  public record Outcome(StateVector state, long bits) {}

  /** Runs one trajectory from {@code |0...0>}. */
  public static Outcome trajectory(NoisyCircuit circuit, long seed) {
    return trajectory(new TrajectoryProgram(circuit), seed);
  }

  private static Outcome trajectory(TrajectoryProgram program, long seed) {
    StateVector state = StateVector.zero(program.qubits());
    TrajectoryProgram.Trajectory t = new TrajectoryProgram.Trajectory(new SplittableRandom(seed));
    program.run(state.amplitudes(), t);
    return new Outcome(state, t.bits);
  }

  /**
   * Averages observables over trajectories.
   *
   * @param circuit the circuit
   * @param observables the observables, each on wires of the circuit
   * @param trajectories the number of trajectories, at least 2 (for a standard error)
   * @param seed the seed of the whole run
   * @throws IllegalArgumentException if trajectories is below 2 or an observable acts on a wire
   *     the circuit does not have
   */
  public static TrajectoryResult run(NoisyCircuit circuit, List<PauliSum> observables,
      int trajectories, long seed) {
    if (trajectories < 2) {
      throw new IllegalArgumentException(
          "trajectories: expected at least 2 (for a standard error), got " + trajectories);
    }
    for (int i = 0; i < observables.size(); i++) {
      if (observables.get(i).maxWire() >= circuit.qubits()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "observables: observable %d acts on wire %d, but the circuit has %d qubit(s)", i,
            observables.get(i).maxWire(), circuit.qubits()));
      }
    }
    StateVector.allocate(circuit.qubits()); // fail early and clearly when one state cannot fit
    TrajectoryProgram program = new TrajectoryProgram(circuit);
    double[][] values = new double[trajectories][];
    long[] records = new long[trajectories];
    IntStream.range(0, trajectories).parallel().forEach(i -> {
      Outcome o = trajectory(program, seedOf(seed, i));
      double[] v = new double[observables.size()];
      for (int k = 0; k < v.length; k++) {
        v[k] = Expectation.of(o.state(), observables.get(k));
      }
      values[i] = v;
      records[i] = o.bits();
    });
    return TrajectoryResult.of(values, records);
  }

  /** The seed of trajectory i: a fixed function of the run's seed and i. */
  static long seedOf(long seed, int i) {
    return seed * 0x9E3779B97F4A7C15L + (i + 1) * 0xBF58476D1CE4E5B9L;
  }
}
