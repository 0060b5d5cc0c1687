package io.qml4j.runtime.ml.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.observable.Expectation;
import io.qml4j.runtime.observable.PauliSum;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The dressed circuit's and the feature extractor's end-to-end gradients (adjoint through the
 * circuit, chain rule through tanh and the linear layers) against central differences of the
 * loss, and the circuit itself against closed forms.
 */
class TransferGradientsTest {
  /** Central differences with this step have a truncation error near 1e-10 on these losses. */
  private static final double STEP = 1e-5;

  /** What differences at {@link #STEP} can resolve, with room for rounding. */
  private static final double TOLERANCE = 1e-7;

  @Test
  void dressedCircuitGradientEqualsCentralDifferences() {
    DressedShape shape = new DressedShape(5, 3, 2, 3);
    SplittableRandom random = new SplittableRandom(11);
    DressedQuantumCircuit model = DressedQuantumCircuit.of(shape, new int[] {2, 7, 9},
        randomVector(shape.parameterCount(), 1.0, random));
    for (int trial = 0; trial < 3; trial++) {
      double[] x = randomVector(shape.inputs(), 2.0, random);
      int target = trial % shape.classes();
      double[] p = model.parameters();
      double[] gradient = new double[p.length];
      model.lossAndGradient(p, x, target, gradient);
      for (int i = 0; i < p.length; i++) {
        double[] plus = p.clone();
        double[] minus = p.clone();
        plus[i] += STEP;
        minus[i] -= STEP;
        double difference = (model.lossAndGradient(plus, x, target, null)
            - model.lossAndGradient(minus, x, target, null)) / (2 * STEP);
        assertEquals(difference, gradient[i], TOLERANCE, "parameter " + i + ", trial " + trial);
      }
    }
  }

  @Test
  void classicalNetworkGradientEqualsCentralDifferences() {
    SplittableRandom random = new SplittableRandom(5);
    ClassicalNetwork network = ClassicalNetwork.initial(6, 4, new int[] {0, 1, 2}, 3);
    double[] p = randomVector(network.parameters().length, 1.0, random);
    double[] x = randomVector(6, 1.0, random);
    double[] gradient = new double[p.length];
    network.lossAndGradient(p, x, 1, gradient);
    for (int i = 0; i < p.length; i++) {
      double[] plus = p.clone();
      double[] minus = p.clone();
      plus[i] += STEP;
      minus[i] -= STEP;
      double difference = (network.lossAndGradient(plus, x, 1, null)
          - network.lossAndGradient(minus, x, 1, null)) / (2 * STEP);
      assertEquals(difference, gradient[i], TOLERANCE, "parameter " + i);
    }
  }

  @Test
  void oneQubitCircuitIsARotationOfPlus() {
    // RY(w) RY(a) H |0> = RY(a + w) |+>, whose Bloch vector (cos(a + w), 0, -sin(a + w)) gives
    // <Z> = -sin(a + w); a = (pi/2) tanh(v x + b).
    double v = 0.7;
    double b = -0.2;
    double w = 0.4;
    double[] head = {1.5, -0.5, 0.25, 0.1};
    DressedQuantumCircuit model = DressedQuantumCircuit.of(new DressedShape(1, 1, 1, 2),
        new int[] {0, 1}, new double[] {v, b, w, head[0], head[1], head[2], head[3]});
    double x = 0.9;
    double angle = Math.PI / 2 * Math.tanh(v * x + b);
    double z = -Math.sin(angle + w);
    assertEquals(z, model.expectations(new double[] {x})[0], 1e-14);
    double[] logits = model.logits(new double[] {x});
    assertEquals(head[0] * z + head[2], logits[0], 1e-14);
    assertEquals(head[1] * z + head[3], logits[1], 1e-14);
  }

  @Test
  void expectationsEqualTheSimulatorsOnTheBoundCircuit() {
    DressedShape shape = new DressedShape(4, 5, 3, 2);
    SplittableRandom random = new SplittableRandom(2);
    DressedQuantumCircuit model = DressedQuantumCircuit.of(shape, new int[] {0, 1},
        randomVector(shape.parameterCount(), 1.5, random));
    double[] x = randomVector(4, 1.0, random);
    double[] p = model.parameters();
    double[] theta = Arrays.copyOfRange(p, shape.circuit(), shape.outputWeights());
    StateVector state = Simulator.run(model.circuit().bind(theta, model.angles(x)));
    double[] e = model.expectations(x);
    for (int k = 0; k < shape.qubits(); k++) {
      assertEquals(Expectation.of(state, PauliSum.z(k)), e[k], 1e-13, "qubit " + k);
    }
  }

  @Test
  void circuitHasTheEmbeddingAndOneEntanglerAndRotationLayerPerDepth() {
    // 4 qubits: H and RY per wire, then per layer CNOTs (0,1), (2,3), (1,2) and 4 RY.
    assertEquals(8 + 2 * 7, VariationalLayers.circuit(4, 2).operations().size());
    assertEquals(4, VariationalLayers.observables(4).size());
  }

  private static double[] randomVector(int n, double scale, SplittableRandom random) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = scale * (2 * random.nextDouble() - 1);
    }
    return v;
  }
}
