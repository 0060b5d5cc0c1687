package io.qml4j.runtime.ml.transfer;

import io.qml4j.runtime.gradient.Param;
import io.qml4j.runtime.gradient.ParametrizedBuilder;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.observable.PauliSum;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The quantum part of a dressed circuit, as Mari, Bromley, Izaac, Schuld and Killoran define it
 * ("Transfer learning in hybrid classical-quantum neural networks", Quantum 4, 340 (2020),
 * arXiv:1912.08278): the embedding {@code E(x) = ⊗_k RY(x_k) H},
 * one input angle {@code x_k} per qubit; then {@code depth} variational layers, each a chain of
 * CNOTs between neighbouring wires (the pairs {@code (0,1), (2,3), ...}, then
 * {@code (1,2), (3,4), ...}) followed by {@code RY(w)} on every wire; measured as {@code <Z_k>}
 * on every wire. The inputs are {@code x[0 .. qubits-1]}, the trainable angles
 * {@code theta[l qubits + k]} for layer l and wire k.
 */
public final class VariationalLayers {
  private VariationalLayers() {}

  /**
   * The circuit on {@code qubits} wires with {@code depth} variational layers.
   *
   * @throws IllegalArgumentException if qubits is not 1 to {@link DressedShape#MAX_QUBITS} or
   *     depth is below 1
   */
  public static ParametrizedCircuit circuit(int qubits, int depth) {
    if (qubits < 1 || qubits > DressedShape.MAX_QUBITS || depth < 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "qubits, depth: expected 1 to %d qubits and at least 1 layer, got %d and %d",
          DressedShape.MAX_QUBITS, qubits, depth));
    }
    ParametrizedBuilder b = new ParametrizedBuilder(qubits, qubits * depth, qubits);
    for (int k = 0; k < qubits; k++) {
      b.h(k);
      b.ry(k, Param.x(k));
    }
    for (int layer = 0; layer < depth; layer++) {
      for (int first = 0; first < 2; first++) {
        for (int k = first; k + 1 < qubits; k += 2) {
          b.cnot(k, k + 1);
        }
      }
      for (int k = 0; k < qubits; k++) {
        b.ry(k, Param.theta(layer * qubits + k));
      }
    }
    return b.build();
  }

  /** The observables measured: {@code Z} on every wire, in wire order. */
  public static List<PauliSum> observables(int qubits) {
    List<PauliSum> z = new ArrayList<>(qubits);
    for (int k = 0; k < qubits; k++) {
      z.add(PauliSum.z(k));
    }
    return List.copyOf(z);
  }
}
