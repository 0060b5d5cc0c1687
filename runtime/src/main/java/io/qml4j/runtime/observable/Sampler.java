package io.qml4j.runtime.observable;

import io.qml4j.runtime.FloatStateVector;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.kernel.Kernels;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Seeded measurement shots in the computational basis, and shot-based estimates of Pauli
 * observables. The same state, shots and seed always give the same result. The state is never
 * modified: basis changes are applied to a copy.
 */
public final class Sampler {
  private Sampler() {}

  /**
   * Measures every wire {@code shots} times.
   *
   * @return the basis index of each shot (wire 0 the most significant bit)
   * @throws IllegalArgumentException when {@code shots < 1} or the state has zero norm
   */
  public static int[] sample(StateVector state, int shots, long seed) {
    WireCheck.positiveShots(shots);
    CumulativeDistribution d = CumulativeDistribution.ofAmplitudes(state.amplitudes());
    return draw(d, shots, new SplittableRandom(seed));
  }

  /**
   * Measures only the listed wires {@code shots} times.
   *
   * @return per shot, the bits of the listed wires as an index, the first listed wire most
   *     significant
   * @throws IllegalArgumentException when {@code shots < 1}, or a wire is repeated or out of range
   */
  public static int[] sampleWires(StateVector state, int shots, long seed, int... wires) {
    WireCheck.positiveShots(shots);
    CumulativeDistribution d = CumulativeDistribution.ofWeights(Probabilities.of(state, wires));
    return draw(d, shots, new SplittableRandom(seed));
  }

  /**
   * Measures every wire {@code shots} times and counts the outcomes.
   *
   * @return outcome bitstrings (wire 0 first, e.g. {@code "10"} for wire 0 read 1 and wire 1 read
   *     0) to their counts, in bitstring order; outcomes never seen are absent
   */
  public static Map<String, Integer> counts(StateVector state, int shots, long seed) {
    int n = state.qubits();
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (int k : sample(state, shots, seed)) {
      counts.merge(bitstring(k, n), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * Measures every wire of a single-precision state {@code shots} times; the probabilities are
   * formed and summed in double, so the shots equal those of {@code state.toDouble()}.
   *
   * @return the basis index of each shot (wire 0 the most significant bit)
   * @throws IllegalArgumentException when {@code shots < 1} or the state has zero norm
   */
  public static int[] sample(FloatStateVector state, int shots, long seed) {
    WireCheck.positiveShots(shots);
    CumulativeDistribution d = CumulativeDistribution.ofAmplitudes(state.amplitudes());
    return draw(d, shots, new SplittableRandom(seed));
  }

  /**
   * Measures only the listed wires of a single-precision state {@code shots} times.
   *
   * @return per shot, the bits of the listed wires as an index, the first listed wire most
   *     significant
   * @throws IllegalArgumentException when {@code shots < 1}, or a wire is repeated or out of range
   */
  public static int[] sampleWires(FloatStateVector state, int shots, long seed, int... wires) {
    WireCheck.positiveShots(shots);
    CumulativeDistribution d = CumulativeDistribution.ofWeights(Probabilities.of(state, wires));
    return draw(d, shots, new SplittableRandom(seed));
  }

  /**
   * Measures every wire of a single-precision state {@code shots} times and counts the outcomes,
   * as {@link #counts(StateVector, int, long)}.
   *
   * @return outcome bitstrings (wire 0 first) to their counts, in bitstring order
   */
  public static Map<String, Integer> counts(FloatStateVector state, int shots, long seed) {
    int n = state.qubits();
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (int k : sample(state, shots, seed)) {
      counts.merge(bitstring(k, n), 1, Integer::sum);
    }
    return counts;
  }

  /** An n-bit index as text, most significant bit (wire 0) first. */
  public static String bitstring(int index, int qubits) {
    char[] bits = new char[qubits];
    for (int w = 0; w < qubits; w++) {
      bits[w] = ((index >>> (qubits - 1 - w)) & 1) == 0 ? '0' : '1';
    }
    return new String(bits);
  }

  /**
   * The shot-based estimate of {@code <psi|H|psi>}: see {@link #estimateWithError}.
   */
  public static double estimate(StateVector state, PauliSum h, int shots, long seed) {
    return estimateWithError(state, h, shots, seed).mean();
  }

  /**
   * Estimates {@code <psi|H|psi>} as a device would: the terms are split into
   * {@link QubitWiseCommutingGroups}, and for each group a copy of the state is rotated into the
   * group's eigenbasis (H for an X wire, S-dagger then H for a Y wire) and measured {@code shots}
   * times; each shot gives every term of the group its eigenvalue
   * {@code (-1)^(parity of the term's wires)}. The identity term is added exactly.
   *
   * @throws IllegalArgumentException when {@code shots < 1} or H acts on a wire the state does not
   *     have
   */
  public static ShotEstimate estimateWithError(StateVector state, PauliSum h, int shots,
      long seed) {
    WireCheck.positiveShots(shots);
    WireCheck.observableFits("h", h, state);
    int n = state.qubits();
    List<QubitWiseCommutingGroups.Group> groups = QubitWiseCommutingGroups.of(h);
    SplittableRandom random = new SplittableRandom(seed);
    double mean = h.constant();
    double errorSquared = 0;
    double[] rotated = null;
    for (QubitWiseCommutingGroups.Group group : groups) {
      double[] s = state.amplitudes();
      PauliString basis = group.basis();
      if (basis.flipMask(n) != 0) {
        if (rotated == null) {
          rotated = new double[s.length];
        }
        System.arraycopy(s, 0, rotated, 0, s.length);
        rotateToEigenbasis(rotated, n, basis);
        s = rotated;
      }
      List<PauliSum.Term> terms = group.terms();
      double[] coefficients = new double[terms.size()];
      int[] masks = new int[terms.size()];
      for (int t = 0; t < masks.length; t++) {
        coefficients[t] = terms.get(t).coefficient();
        masks[t] = terms.get(t).string().supportMask(n);
      }
      CumulativeDistribution d = CumulativeDistribution.ofAmplitudes(s);
      double sum = 0, sumSquares = 0;
      for (int shot = 0; shot < shots; shot++) {
        int k = d.draw(random);
        double value = 0;
        for (int t = 0; t < masks.length; t++) {
          value += (Integer.bitCount(k & masks[t]) & 1) == 0 ? coefficients[t] : -coefficients[t];
        }
        sum += value;
        sumSquares += value * value;
      }
      double groupMean = sum / shots;
      mean += groupMean;
      double sampleVariance = shots > 1
          ? Math.max(0, (sumSquares - shots * groupMean * groupMean) / (shots - 1))
          : Double.NaN;
      errorSquared += sampleVariance / shots;
    }
    return new ShotEstimate(mean, Math.sqrt(errorSquared), shots, groups.size());
  }

  /**
   * Rotates each X or Y wire of the basis so that the letter becomes Z: {@code H X H = Z} and
   * {@code (H S^dagger) Y (S H) = Z}.
   */
  private static void rotateToEigenbasis(double[] s, int n, PauliString basis) {
    double r = Math.sqrt(0.5);
    for (int w : basis.wires()) {
      int stride = 1 << (n - 1 - w);
      char letter = basis.letter(w);
      if (letter == 'X') {
        Kernels.real1(s, stride, r, r, r, -r);
      } else if (letter == 'Y') {
        // H S^dagger = (1/sqrt 2) [[1, -i], [1, i]]
        Kernels.general1(s, stride, r, 0, 0, -r, r, 0, 0, r);
      }
    }
  }

  private static int[] draw(CumulativeDistribution d, int shots, SplittableRandom random) {
    int[] outcomes = new int[shots];
    for (int i = 0; i < shots; i++) {
      outcomes[i] = d.draw(random);
    }
    return outcomes;
  }
}
