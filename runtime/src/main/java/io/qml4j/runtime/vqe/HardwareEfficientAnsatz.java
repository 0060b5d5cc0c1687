package io.qml4j.runtime.vqe;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.gradient.Param;
import io.qml4j.runtime.gradient.ParametrizedBuilder;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import java.util.Locale;
import java.util.Optional;

/**
 * A hardware-efficient ansatz (Kandala et al., Nature 549, 242 (2017)): an optional initial basis
 * state, then {@code layers} repetitions of a rotation layer and a linear chain of CNOTs
 * {@code (0,1), (1,2), ...}, and a final rotation layer. Each rotation layer puts RY on every wire
 * ({@link Rotations#RY}, real amplitudes, enough for real Hamiltonians such as H2's) or RY then RZ
 * ({@link Rotations#RY_RZ}). Parameters are read layer by layer, wire by wire, RY before RZ.
 */
public final class HardwareEfficientAnsatz implements VariationalForm {
  /** The single-qubit rotations of each layer. */
  public enum Rotations {
    /** RY on every wire: real amplitudes, like Qiskit's RealAmplitudes. */
    RY(1),
    /** RY then RZ on every wire, like Qiskit's EfficientSU2. */
    RY_RZ(2);

    private final int perWire;

    Rotations(int perWire) {
      this.perWire = perWire;
    }
  }

  private final int qubits;
  private final int layers;
  private final Rotations rotations;
  private final int[] initialBits;
  private final ParametrizedCircuit template;

  /**
   * An ansatz on {@code qubits} wires.
   *
   * @param layers entangling layers, at least 1
   * @param rotations the rotations of each layer
   * @param initialBits the basis state prepared first, one 0/1 per wire (e.g. the Hartree-Fock
   *     state), or null for |0...0>
   */
  public HardwareEfficientAnsatz(int qubits, int layers, Rotations rotations, int[] initialBits) {
    new CircuitBuilder(qubits); // validates qubits
    if (layers < 1) {
      throw new IllegalArgumentException("layers: expected at least 1, got " + layers);
    }
    if (rotations == null) {
      throw new IllegalArgumentException("rotations: expected RY or RY_RZ, got null");
    }
    if (initialBits != null) {
      if (initialBits.length != qubits) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "initialBits: expected one bit per wire (%d), got %d", qubits, initialBits.length));
      }
      new CircuitBuilder(qubits).basisState(initialBits); // validates the bits
    }
    this.qubits = qubits;
    this.layers = layers;
    this.rotations = rotations;
    this.initialBits = initialBits == null ? null : initialBits.clone();
    this.template = record();
  }

  @Override
  public int qubits() {
    return qubits;
  }

  @Override
  public int parameters() {
    return (layers + 1) * qubits * rotations.perWire;
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

  private ParametrizedCircuit record() {
    ParametrizedBuilder q = new ParametrizedBuilder(qubits, parameters(), 0);
    if (initialBits != null) {
      q.basisState(initialBits);
    }
    int k = 0;
    for (int l = 0; l <= layers; l++) {
      for (int w = 0; w < qubits; w++) {
        q.ry(w, Param.theta(k++));
        if (rotations == Rotations.RY_RZ) {
          q.rz(w, Param.theta(k++));
        }
      }
      if (l < layers) {
        for (int w = 0; w + 1 < qubits; w++) {
          q.cnot(w, w + 1);
        }
      }
    }
    return q.build();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "HardwareEfficientAnsatz(%d qubits, %d layers, %s)",
        qubits, layers, rotations);
  }
}
