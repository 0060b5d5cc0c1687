package io.qml4j.runtime.noise;

import io.qml4j.runtime.observable.PauliSum;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The exact outcome of {@link DensityMatrixSimulator#run}: one unnormalised density matrix per
 * classical record (the mixture a dynamic circuit branches into), their sum the final state.
 */
public final class DensityMatrixResult {
  /**
   * One branch: the classical record and the state given it, unnormalised.
   *
   * @param bits the classical register, bit k at {@code 1 << k}
   * @param state {@code P rho P} for this record; its trace is the record's probability
   */
  public record Branch(long bits, DensityMatrix state) {}

  private final int qubits;
  private final int bits;
  private final List<Branch> branches;
  private final ReadoutError readout;
  private DensityMatrix total;

  DensityMatrixResult(int qubits, int bits, Map<Long, DensityMatrix> branches,
      ReadoutError readout) {
    this.qubits = qubits;
    this.bits = bits;
    List<Branch> list = new ArrayList<>();
    branches.forEach((record, rho) -> list.add(new Branch(record, rho)));
    this.branches = Collections.unmodifiableList(list);
    this.readout = readout;
  }

  /** Number of qubits. */
  public int qubits() {
    return qubits;
  }

  /** The branches, in the order they arose. */
  public List<Branch> branches() {
    return branches;
  }

  /** The final state averaged over every classical record: the sum of the branches. */
  public synchronized DensityMatrix densityMatrix() {
    if (total == null) {
      if (branches.size() == 1) {
        total = branches.get(0).state();
      } else {
        double[] sum = DensityMatrix.allocate(qubits);
        for (Branch b : branches) {
          double[] e = b.state().entries();
          for (int i = 0; i < sum.length; i++) {
            sum[i] += e[i];
          }
        }
        total = new DensityMatrix(qubits, sum);
      }
    }
    return total;
  }

  /** {@code Tr(rho H)} of the final state. */
  public double expectation(PauliSum h) {
    return densityMatrix().expectation(h);
  }

  /** The probability of each basis state of the final state, before readout error. */
  public double[] probabilities() {
    return densityMatrix().probabilities();
  }

  /**
   * The probability of each reading when every wire is measured at the end, readout error
   * included, wire 0 the most significant bit.
   */
  public double[] measuredProbabilities() {
    double[] p = probabilities();
    if (readout == null) {
      return p;
    }
    int[] all = new int[qubits];
    for (int q = 0; q < qubits; q++) {
      all[q] = q;
    }
    return readout.apply(p, all);
  }

  /** The probability of each classical record, indexed by the register value (bit k at 2^k). */
  public double[] recordProbabilities() {
    if (bits > 20) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "bits: %d classical bits are too many to tabulate; read branches() instead", bits));
    }
    double[] p = new double[1 << bits];
    for (Branch b : branches) {
      p[(int) b.bits()] += b.state().trace();
    }
    return p;
  }

  /**
   * Seeded final measurements of every wire, readout error included.
   *
   * @return the basis index read in each shot, wire 0 the most significant bit
   * @throws IllegalArgumentException if shots is below 1
   */
  public int[] sample(int shots, long seed) {
    if (shots < 1) {
      throw new IllegalArgumentException("shots: expected at least 1, got " + shots);
    }
    return Draws.draw(measuredProbabilities(), shots, new SplittableRandom(seed));
  }
}
