package io.qml4j.runtime.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.observable.PauliSum;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The adjoint sweep by points ({@link PointSweep}) against the gate-by-gate sweep it replaced
 * and against central finite differences: random circuits of every gate kind (single-qubit gates
 * carried through later ones, multi-qubit and multi-angle gates read by overlaps), with psi kept
 * at the points and walked backward instead, for gradients, Jacobians, vector-Jacobian products
 * and diagonal observables.
 */
class PointSweepTest {
  /** Both sweeps add the same terms in another order; relative to the largest derivative. */
  private static final double SAME = 1e-11;
  /** Central differences err by about 1e-11 (see RandomCircuits.STEP). */
  private static final double FINITE_DIFFERENCES = 1e-7;
  /** A block size no state reaches: the gate-by-gate sweep on the whole state. */
  private static final int WHOLE_STATE = 30;

  @ParameterizedTest
  @CsvSource({"6, kept", "7, kept", "8, walked", "9, kept"})
  void randomCircuitsOfEveryGateAgreeWithTheGateByGateSweep(int n, String psi) {
    SplittableRandom random = new SplittableRandom(41 * n);
    ParametrizedCircuit c = RandomCircuits.circuit(n, 5, 3, 17 * n);
    double[] theta = RandomCircuits.uniform(random, 5, 0, 2 * Math.PI);
    double[] x = RandomCircuits.uniform(random, 3, -1, 1);
    PauliSum h = RandomCircuits.observable(n, random);
    assertTrue(byPoints(() -> PointSweep.applies(c)));
    assertTrue(c.gradientPoints().count() > 2, "the circuit should need several points");

    Gradient points = byPoints(() -> withPsi(psi, () -> Adjoint.gradient(c, theta, x, h)));
    Gradient gateByGate = Adjoint.gradient(c, theta, x, h, 1, WHOLE_STATE);

    RandomCircuits.assertSameGradient(gateByGate, points, SAME);
    RandomCircuits.assertFiniteDifferences(c, theta, x, h, points, FINITE_DIFFERENCES);
  }

  @Test
  void jacobianRowsAreTheGradientsOfEachObservable() {
    int n = 7;
    SplittableRandom random = new SplittableRandom(7);
    ParametrizedCircuit c = RandomCircuits.circuit(n, 4, 2, 70);
    double[] theta = RandomCircuits.uniform(random, 4, 0, 2 * Math.PI);
    double[] x = RandomCircuits.uniform(random, 2, -1, 1);
    List<PauliSum> hs = List.of(RandomCircuits.observable(n, random),
        RandomCircuits.observable(n, random));

    Jacobian jacobian = byPoints(() -> Adjoint.jacobian(c, theta, x, hs));

    for (int i = 0; i < hs.size(); i++) {
      Gradient gateByGate = Adjoint.gradient(c, theta, x, hs.get(i), 1, WHOLE_STATE);
      RandomCircuits.assertSameGradient(gateByGate, jacobian.row(i), SAME);
    }
  }

  @Test
  void vectorJacobianProductAndDiagonalObservablesMatchTheGateByGateSweep() {
    int n = 6;
    SplittableRandom random = new SplittableRandom(6);
    ParametrizedCircuit c = RandomCircuits.circuit(n, 4, 2, 60);
    ParametrizedCircuit noInputs = mixed(n);
    double[] theta = RandomCircuits.uniform(random, 4, 0, 2 * Math.PI);
    double[] x = RandomCircuits.uniform(random, 2, -1, 1);
    List<PauliSum> hs = List.of(RandomCircuits.observable(n, random),
        RandomCircuits.observable(n, random));
    double[] cotangent = {0.7, -1.3};
    double[] diagonal = RandomCircuits.uniform(random, 1 << n, -1, 1);

    Gradient vjp = byPoints(() -> Adjoint.vectorJacobianProduct(c, theta, x, hs, cotangent));
    Gradient vjpGateByGate = withPsi("off",
        () -> Adjoint.vectorJacobianProduct(c, theta, x, hs, cotangent));
    Gradient diag = byPoints(() -> Adjoint.diagonalGradient(noInputs, theta, diagonal));
    Gradient diagGateByGate = withPsi("off",
        () -> Adjoint.diagonalGradient(noInputs, theta, diagonal));

    RandomCircuits.assertSameGradient(vjpGateByGate, vjp, SAME);
    RandomCircuits.assertSameGradient(diagGateByGate, diag, SAME);
  }

  @Test
  void constantGatesAheadOfTheAnsatzStayInTheFirstSegment() {
    int n = 7;
    ParametrizedBuilder b = new ParametrizedBuilder(n, 2 * n, 0);
    for (int layer = 0; layer < 2; layer++) {
      for (int w = 0; w < n; w++) {
        b.ry(w, Param.constant(0.3 + w + layer));
      }
      for (int w = 0; w < n; w++) {
        b.cnot(w, (w + 1) % n);
      }
    }
    for (int w = 0, k = 0; w < n; w++) {
      b.ry(w, Param.theta(k++));
      b.rz(w, Param.theta(k++));
    }
    for (int w = 0; w < n; w++) {
      b.cnot(w, (w + 1) % n);
    }
    ParametrizedCircuit c = b.build();
    double[] theta = RandomCircuits.uniform(new SplittableRandom(77), 2 * n, -Math.PI, Math.PI);
    PauliSum h = PauliSum.parse("Z0 + 0.5 X6 Y1");

    // no point among the constant layers: they open nothing, so the backward never walks them
    assertEquals(2, c.gradientPoints().count());
    assertEquals(6 * n, c.gradientPoints().end(0));
    Gradient gateByGate = Adjoint.gradient(c, theta, new double[0], h, 1, WHOLE_STATE);
    RandomCircuits.assertSameGradient(gateByGate,
        byPoints(() -> Adjoint.gradient(c, theta, new double[0], h)), SAME);
  }

  @Test
  void twoThreadsAgreeWithOne() {
    int n = 15;
    ParametrizedBuilder b = new ParametrizedBuilder(n, 2 * n, 0);
    for (int w = 0, k = 0; w < n; w++) {
      b.ry(w, Param.theta(k++));
      b.rz(w, Param.theta(k++));
    }
    for (int w = 0; w < n; w++) {
      b.cnot(w, (w + 1) % n);
    }
    for (int w = 0; w < n; w++) {
      b.ry(w, Param.theta(w));
    }
    ParametrizedCircuit c = b.build();
    double[] theta = RandomCircuits.uniform(new SplittableRandom(15), 2 * n, -Math.PI, Math.PI);
    PauliSum h = PauliSum.parse("Z0 + 0.5 X14 Y1");

    Gradient oneThread = Adjoint.gradient(c, theta, new double[0], h, 1, WHOLE_STATE);
    RandomCircuits.assertSameGradient(oneThread, Adjoint.gradient(c, theta, new double[0], h, 2),
        SAME);
  }

  /** A circuit without inputs: rotations, Rot, a controlled rotation and ZZ rotations. */
  private static ParametrizedCircuit mixed(int n) {
    ParametrizedBuilder b = new ParametrizedBuilder(n, 4, 0);
    for (int layer = 0; layer < 2; layer++) {
      for (int w = 0; w < n; w++) {
        b.ry(w, Param.theta(w % 4));
        b.rz(w, Param.theta((w + 1) % 4));
      }
      b.rot(0, Param.theta(1), Param.theta(2), Param.theta(3));
      b.crx(1, 2, Param.theta(0));
      for (int w = 0; w + 1 < n; w++) {
        b.isingZZ(w, w + 1, Param.theta(3));
      }
      b.cnot(n - 1, 0);
    }
    return b.build();
  }

  /** Runs with the sweep by points at any size, as small circuits keep these tests quick. */
  private static <T> T byPoints(Supplier<T> call) {
    System.setProperty("qml4j.adjoint.pointsFrom", "2");
    try {
      return call.get();
    } finally {
      System.clearProperty("qml4j.adjoint.pointsFrom");
    }
  }

  /** Runs with psi kept at the points, walked backward ({@code walked}) or the old sweep. */
  private static <T> T withPsi(String psi, Supplier<T> call) {
    String key = psi.equals("off") ? "qml4j.adjoint.points" : "qml4j.adjoint.checkpointBytes";
    String value = psi.equals("off") ? "false" : psi.equals("walked") ? "0" : null;
    if (value == null) {
      return call.get();
    }
    System.setProperty(key, value);
    try {
      return call.get();
    } finally {
      System.clearProperty(key);
    }
  }
}
