package io.qml4j.runtime.vqe;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.gradient.Param;
import io.qml4j.runtime.gradient.ParametrizedBuilder;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Hartree-Fock state followed by Givens rotations for every spin-conserving double excitation
 * and, optionally, every single excitation from occupied to virtual spin orbitals: the
 * particle-conserving ansatz of PennyLane's {@code AllSinglesDoubles} (Arrazola et al., Quantum 6,
 * 742 (2022)). Spin orbitals alternate up, down (wire p has spin up when p is even), the
 * {@code electrons} lowest are occupied in the Hartree-Fock state, and parameters come in the order
 * doubles first, then singles. For H2 in STO-3G (4 qubits, 2 electrons, doubles only) this is
 * {@code |1100>} followed by one {@code DoubleExcitation(theta)} on wires 0..3: a one-parameter
 * ansatz that holds the exact ground state.
 */
public final class ExcitationAnsatz implements VariationalForm {
  private final int qubits;
  private final int electrons;
  private final List<int[]> doubles;
  private final List<int[]> singles;
  private final ParametrizedCircuit template;

  private ExcitationAnsatz(int qubits, int electrons, boolean withSingles) {
    if (qubits < 2 || qubits > 20) {
      throw new IllegalArgumentException("qubits: expected 2..20 spin orbitals, got " + qubits);
    }
    if (electrons < 1 || electrons >= qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "electrons: expected 1..%d for %d spin orbitals, got %d",
          qubits - 1, qubits, electrons));
    }
    this.qubits = qubits;
    this.electrons = electrons;
    List<int[]> d = new ArrayList<>();
    List<int[]> s = new ArrayList<>();
    for (int r = 0; r < electrons; r++) {
      for (int p = electrons; p < qubits; p++) {
        if (spin(r) == spin(p)) {
          s.add(new int[] {r, p});
        }
      }
      for (int t = r + 1; t < electrons; t++) {
        for (int p = electrons; p < qubits; p++) {
          for (int q = p + 1; q < qubits; q++) {
            if (spin(r) + spin(t) == spin(p) + spin(q)) {
              d.add(new int[] {r, t, p, q});
            }
          }
        }
      }
    }
    this.doubles = Collections.unmodifiableList(d);
    this.singles = withSingles ? Collections.unmodifiableList(s) : List.of();
    ParametrizedBuilder q = new ParametrizedBuilder(qubits, doubles.size() + singles.size(), 0);
    q.basisState(hartreeFockBits());
    int k = 0;
    for (int[] e : doubles) {
      q.doubleExcitation(e[0], e[1], e[2], e[3], Param.theta(k++));
    }
    for (int[] e : singles) {
      q.singleExcitation(e[0], e[1], Param.theta(k++));
    }
    this.template = q.build();
  }

  /** Doubles and singles over {@code qubits} spin orbitals with {@code electrons} electrons. */
  public static ExcitationAnsatz of(int qubits, int electrons) {
    return new ExcitationAnsatz(qubits, electrons, true);
  }

  /** Double excitations only; for H2 in STO-3G a single parameter. */
  public static ExcitationAnsatz doublesOnly(int qubits, int electrons) {
    return new ExcitationAnsatz(qubits, electrons, false);
  }

  /** H2 in STO-3G: |1100> and one double excitation on wires 0, 1, 2, 3. */
  public static ExcitationAnsatz h2() {
    return doublesOnly(H2Hamiltonians.QUBITS, H2Hamiltonians.ELECTRONS);
  }

  private static int spin(int spinOrbital) {
    return (spinOrbital & 1) == 0 ? 1 : -1;
  }

  @Override
  public int qubits() {
    return qubits;
  }

  @Override
  public int parameters() {
    return doubles.size() + singles.size();
  }

  /** The double excitations {@code {r, s, p, q}} (occupied r, s to virtual p, q), in order. */
  public List<int[]> doubleExcitations() {
    return copy(doubles);
  }

  /** The single excitations {@code {r, p}} (occupied r to virtual p), in order. */
  public List<int[]> singleExcitations() {
    return copy(singles);
  }

  /** The Hartree-Fock occupation, one bit per wire: {@code electrons} ones, then zeros. */
  public int[] hartreeFockBits() {
    int[] bits = new int[qubits];
    for (int i = 0; i < electrons; i++) {
      bits[i] = 1;
    }
    return bits;
  }

  @Override
  public Circuit circuit(double[] theta) {
    Parameters.check("theta", theta, parameters());
    return template.bind(theta);
  }

  @Override
  public Optional<ParametrizedCircuit> template() {
    return Optional.of(template);
  }

  private static List<int[]> copy(List<int[]> list) {
    List<int[]> out = new ArrayList<>(list.size());
    for (int[] a : list) {
      out.add(a.clone());
    }
    return out;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ExcitationAnsatz(%d qubits, %d electrons, %d doubles, "
        + "%d singles)", qubits, electrons, doubles.size(), singles.size());
  }
}
