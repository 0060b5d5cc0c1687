package io.qml4j.runtime.ml.variational;

import io.qml4j.runtime.gradient.Param;
import io.qml4j.runtime.gradient.ParametrizedBuilder;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.observable.PauliSum;
import java.util.List;
import java.util.Locale;

/**
 * Data re-uploading circuits (Perez-Salinas, Cervera-Lierta, Gil-Fuster and Latorre 2020, Quantum
 * 4, 226): the inputs are encoded again in every layer, so L layers make the model a Fourier
 * series of degree L in each feature (Schuld, Sweke and Meyer 2021, PRA 103, 032430). Layer l:
 * encode input j on wire {@code j mod qubits} (RY for the first {@code qubits} inputs, RZ for the
 * next, alternating, so that two features on one wire do not merge into one angle), then
 * {@code Rot(theta[3 (l qubits + q) .. +2])} on every wire q, then, between layers, a CNOT ring.
 */
public final class DataReuploading {
  private DataReuploading() {}

  /** Number of trainable angles of the circuit: three per wire per layer. */
  public static int params(int qubits, int layers) {
    return 3 * qubits * layers;
  }

  /**
   * The circuit on {@code qubits} wires for {@code inputs} features with {@code layers} layers.
   *
   * @throws IllegalArgumentException if a count is below 1
   */
  public static ParametrizedCircuit circuit(int qubits, int inputs, int layers) {
    if (qubits < 1 || inputs < 1 || layers < 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "qubits, inputs, layers: expected each at least 1, got %d, %d, %d",
          qubits, inputs, layers));
    }
    ParametrizedBuilder b = new ParametrizedBuilder(qubits, params(qubits, layers), inputs);
    for (int l = 0; l < layers; l++) {
      for (int j = 0; j < inputs; j++) {
        int wire = j % qubits;
        if ((j / qubits) % 2 == 0) {
          b.ry(wire, Param.x(j));
        } else {
          b.rz(wire, Param.x(j));
        }
      }
      for (int q = 0; q < qubits; q++) {
        int k = 3 * (l * qubits + q);
        b.rot(q, Param.theta(k), Param.theta(k + 1), Param.theta(k + 2));
      }
      if (l < layers - 1 && qubits > 1) {
        for (int q = 0; q < (qubits == 2 ? 1 : qubits); q++) {
          b.cnot(q, (q + 1) % qubits);
        }
      }
    }
    return b.build();
  }

  /** The circuit measured with Z on wire 0, as a model. */
  public static CircuitModel model(int qubits, int inputs, int layers) {
    return new CircuitModel(circuit(qubits, inputs, layers), List.of(PauliSum.z(0)));
  }
}
