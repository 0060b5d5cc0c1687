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

  /** The exact angles of BENCHMARKS.md's HEA 4x4 case (../shared/bench/angles_n4_L4.txt). */
  private static final double[] HEA_4X4_ANGLES = {4.968114978039652, 0.5765914199913601,
      5.495047322620766, 3.040840472401417, 3.2269327163730677, 1.20132341879196,
      5.038243239182525, 1.7806833553973445, 5.576271451627757, 1.999529929861877,
      5.723731967962225, 2.0658517641459584, 5.995626836786183, 2.8349163898500533,
      3.1959015406893156, 3.9704955704027087, 5.815885541741608, 0.2331127061172941,
      6.09546395216027, 3.5807159212169712, 4.778994345510152, 2.7316497878376476,
      5.914195777630136, 1.892290722993075, 1.5967575990750782, 5.087302301710971,
      5.132940370524449, 0.37860720304263284, 4.251562189792678, 5.8815137476282615,
      1.5320559514374064, 1.9920955488802594};

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
  void heaMatchesTheBenchmarkReferenceValue() {
    Circuit reference = build(HeaModel.QUBITS, q -> Hea.circuit(q, HEA_4X4_ANGLES));
    assertEquals(reference, HeaModel.circuit(HEA_4X4_ANGLES));
    // <Z_0> as agreed by every double-precision peer in BENCHMARKS.md
    assertEquals(-0.354185514443131, HeaModel.expectation(HEA_4X4_ANGLES), TOLERANCE);
    assertEquals(expectation(reference, Hea::z0), HeaModel.expectation(HEA_4X4_ANGLES), TOLERANCE);
  }

  @Test
  void hea10() {
    double[] theta = random(Hea10Model.PARAMS);
    Circuit reference = build(Hea10Model.QUBITS, q -> Hea10.circuit(q, theta));
    assertEquals(reference, Hea10Model.circuit(theta));
    assertState(reference, Hea10Model.state(theta));
  }

  @Test
  void largerHeasMatchTheBenchmarkReferenceValues() throws Exception {
    double[] theta10 = angles("/bench/angles_n10_L10.txt");
    assertEquals(0.0357579774757029, Hea10Model.expectation(theta10), TOLERANCE);
    double[] theta16 = angles("/bench/angles_n16_L10.txt");
    Circuit reference = build(Hea16Model.QUBITS, q -> Hea16.circuit(q, theta16));
    assertEquals(reference, Hea16Model.circuit(theta16));
    assertEquals(-0.00661148969973959, Hea16Model.expectation(theta16), TOLERANCE);
    assertEquals(expectation(reference, Hea16::z0), Hea16Model.expectation(theta16), TOLERANCE);
  }

  /** The angles of a BENCHMARKS.md case: a line "n L", then 2nL doubles. */
  private static double[] angles(String resource) throws java.io.IOException {
    try (java.io.InputStream in = SampleModelsTest.class.getResourceAsStream(resource)) {
      String[] tokens = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .trim().split("\\s+");
      double[] theta = new double[tokens.length - 2];
      for (int k = 0; k < theta.length; k++) {
        theta[k] = Double.parseDouble(tokens[k + 2]);
      }
      return theta;
    }
  }

  @Test
  void deepHeaHasFiveThousandGatesAndTheBuildersGateList() {
    double[] theta = random(DeepHeaModel.PARAMS);
    Circuit reference = build(DeepHeaModel.QUBITS, q -> DeepHea.circuit(q, theta));
    assertEquals(5000, reference.size());
    assertEquals(5000, DeepHeaModel.GATES);
    assertEquals(reference, DeepHeaModel.circuit(theta));
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
