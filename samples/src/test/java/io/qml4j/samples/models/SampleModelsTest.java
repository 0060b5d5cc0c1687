package io.qml4j.samples.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qml4j.dsl.Pauli;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.observable.Expectation;
import io.qml4j.runtime.observable.PauliSum;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every sample model, compiled by the processor in this module's build, against the runtime: the
 * generated {@code circuit(...)} equals the gate list the runtime's CircuitBuilder records when it
 * runs the same annotated methods, and generated states and expectations equal the runtime
 * simulator's to 1e-12. Where a closed form exists, both are also checked against it.
 */
class SampleModelsTest {
  /** Both sides are exact double-precision simulations; they differ only by rounding. */
  private static final double TOLERANCE = 1e-12;

  private final SplittableRandom random = new SplittableRandom(2026);

  @Test
  void classifier() {
    for (int trial = 0; trial < 3; trial++) {
      double[] x = random(ClassifierModel.INPUTS);
      double[] theta = random(ClassifierModel.PARAMS);
      Circuit reference = build(ClassifierModel.QUBITS, q -> {
        Classifier.encode(q, x);
        Classifier.layers(q, theta);
      });
      assertEquals(reference, ClassifierModel.circuit(x, theta));
      assertState(reference, ClassifierModel.state(x, theta));
      assertEquals(expectation(reference, Classifier::readout),
          ClassifierModel.expectation(x, theta), TOLERANCE);
    }
  }

  @Test
  void zzKernelIsTheFidelityOfRuntimeStates() {
    for (int trial = 0; trial < 3; trial++) {
      double[] x1 = random(ZzKernelModel.INPUTS);
      double[] x2 = random(ZzKernelModel.INPUTS);
      Circuit c1 = build(ZzKernelModel.QUBITS, q -> ZzKernel.features(q, x1));
      Circuit c2 = build(ZzKernelModel.QUBITS, q -> ZzKernel.features(q, x2));
      assertEquals(c1, ZzKernelModel.circuit(x1));
      assertState(c1, ZzKernelModel.state(x1));
      double[] overlap = Simulator.run(c1).innerProduct(Simulator.run(c2));
      double fidelity = overlap[0] * overlap[0] + overlap[1] * overlap[1];
      assertEquals(fidelity, ZzKernelModel.kernel(x1, x2), TOLERANCE);
      assertEquals(1.0, ZzKernelModel.kernel(x1, x1), TOLERANCE);
    }
  }

  @Test
  void maxCutQaoa() {
    double[] theta = random(MaxCutQaoaModel.PARAMS);
    Circuit reference = build(MaxCutQaoaModel.QUBITS, q -> MaxCutQaoa.qaoa(q, theta));
    assertEquals(reference, MaxCutQaoaModel.circuit(theta));
    assertEquals(expectation(reference, MaxCutQaoa::cut), MaxCutQaoaModel.expectation(theta),
        TOLERANCE);
    // With all angles zero the state is uniform: every edge is cut with probability 1/2.
    assertEquals(MaxCutQaoa.EDGES.length / 2.0,
        MaxCutQaoaModel.expectation(new double[MaxCutQaoaModel.PARAMS]), TOLERANCE);
  }

  @Test
  void givensVqe() {
    double[] theta = random(GivensVqeModel.PARAMS);
    Circuit reference = build(GivensVqeModel.QUBITS, q -> GivensVqe.excitations(q, theta));
    assertEquals(reference, GivensVqeModel.circuit(theta));
    assertEquals(expectation(reference, GivensVqe::energy), GivensVqeModel.expectation(theta),
        TOLERANCE);
    // At theta = 0 the state is Hartree-Fock |1100>: Z0 = Z1 = -1, Z2 = Z3 = +1 in every term.
    assertEquals(-1.1173490349902797, GivensVqeModel.expectation(new double[3]), TOLERANCE);
  }

  @Test
  void reuploadingCallsTheFeatureMapFromTheAnsatz() {
    for (int trial = 0; trial < 3; trial++) {
      double[] x = random(ReuploadingModel.INPUTS);
      double[] theta = random(ReuploadingModel.PARAMS);
      Circuit reference = build(ReuploadingModel.QUBITS, q -> {
        Reuploading.embed(q, x);
        Reuploading.blocks(q, x, theta);
      });
      assertEquals(reference, ReuploadingModel.circuit(x, theta));
      assertState(reference, ReuploadingModel.state(x, theta));
      double[] values = ReuploadingModel.expectations(x, theta);
      assertArrayEquals(new double[] {expectation(reference, Reuploading::parity),
          expectation(reference, Reuploading::transverse)}, values, TOLERANCE);
    }
  }

  private static Circuit build(int qubits, Consumer<CircuitBuilder> model) {
    CircuitBuilder q = new CircuitBuilder(qubits);
    model.accept(q);
    return q.build();
  }

  private static void assertState(Circuit reference, StateVector generated) {
    assertArrayEquals(Simulator.run(reference).amplitudes(), generated.amplitudes(), TOLERANCE);
  }

  private static double expectation(Circuit reference, Function<io.qml4j.dsl.Paulis, Pauli> h) {
    return Expectation.of(Simulator.run(reference), (PauliSum) h.apply(PauliSum.PAULIS));
  }

  private double[] random(int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = random.nextDouble(0, 2 * Math.PI);
    }
    return v;
  }
}
