package io.qml4j.runtime.backend;

import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.noise.DensityMatrixSimulator;
import io.qml4j.runtime.noise.NoisyCircuit;
import io.qml4j.runtime.noise.ReadoutError;
import io.qml4j.runtime.noise.TrajectorySimulator;
import io.qml4j.runtime.observable.Sampler;
import java.util.SplittableRandom;

/**
 * Seeded final measurements of a noisy circuit, readout error included: from the density matrix
 * (exact mixture), or from quantum trajectories, where each of at most {@value #TRAJECTORIES}
 * trajectories is measured {@code shots / trajectories} times: every shot is still a draw from the
 * circuit's output distribution (the trajectory average), though shots of one trajectory are not
 * independent, which is why the trajectory count is kept in the hundreds.
 */
final class NoisySampling {
  /** The most trajectories per circuit: standard errors of a few percent on a channel's effect. */
  static final int TRAJECTORIES = 256;
  /** Widest circuit for the density matrix: 4^10 complex entries are 16 MiB. */
  static final int DENSITY_MATRIX_QUBITS = 10;

  private NoisySampling() {}

  static int[] densityMatrix(NoisyCircuit circuit, int shots, long seed) {
    return DensityMatrixSimulator.run(circuit).sample(shots, seed);
  }

  static int[] trajectories(NoisyCircuit circuit, int shots, long seed) {
    int n = circuit.qubits();
    int count = Math.min(shots, TRAJECTORIES);
    int[] out = new int[shots];
    SplittableRandom random = new SplittableRandom(seed);
    ReadoutError readout = circuit.readout().orElse(null);
    int at = 0;
    for (int t = 0; t < count; t++) {
      int take = shots / count + (t < shots % count ? 1 : 0);
      StateVector state = TrajectorySimulator.trajectory(circuit, random.nextLong()).state();
      int[] drawn = Sampler.sample(state, take, random.nextLong());
      for (int k : drawn) {
        out[at++] = readout == null ? k : misread(k, n, readout, random);
      }
    }
    return out;
  }

  /** Flips each bit with the readout error's probability for the bit read. */
  private static int misread(int index, int n, ReadoutError readout, SplittableRandom random) {
    int read = index;
    for (int q = 0; q < n; q++) {
      int mask = 1 << (n - 1 - q);
      double flip = (index & mask) == 0 ? readout.flipZero(q) : readout.flipOne(q);
      if (flip > 0 && random.nextDouble() < flip) {
        read ^= mask;
      }
    }
    return read;
  }
}
