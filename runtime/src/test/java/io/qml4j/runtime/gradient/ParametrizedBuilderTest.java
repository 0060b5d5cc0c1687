package io.qml4j.runtime.gradient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qml4j.dsl.Gate;
import io.qml4j.dsl.Q;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.observable.PauliSum;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Binding a parametrised circuit gives the circuit the plain builder records at those numbers. */
class ParametrizedBuilderTest {
  @Test
  void bindEqualsTheCircuitBuiltWithTheNumbers() {
    double[] theta = {0.3, -1.1, 2.5};
    double[] x = {0.8, -0.2};
    ParametrizedBuilder b = new ParametrizedBuilder(4, 3, 2);
    b.h(0);
    b.ry(0, Param.theta(0));
    b.rot(1, Param.theta(1), Param.theta(0).times(2), Param.constant(0.4));
    b.crx(0, 2, Param.product(2, 1));
    b.pauliRot(Param.x(0).plus(Param.theta(1)), "XZY", 1, 2, 3);
    b.multiRZ(Param.theta(2).times(-0.5), 0, 3);
    b.doubleExcitation(0, 1, 2, 3, Param.theta(1));
    b.unitary(Gate.SX.matrix(), 3);

    CircuitBuilder q = new CircuitBuilder(4);
    q.h(0);
    q.ry(0, 0.3);
    q.rot(1, -1.1, 0.6, 0.4);
    q.crx(0, 2, 2.5 * -0.2);
    q.pauliRot(0.8 - 1.1, "XZY", 1, 2, 3);
    q.multiRZ(2.5 * -0.5, 0, 3);
    q.doubleExcitation(0, 1, 2, 3, -1.1);
    q.unitary(Gate.SX.matrix(), 3);
    assertEquals(q.build(), b.build().bind(theta, x));
  }

  @Test
  void modelMethodsWrittenAgainstQRecordConstantAngles() {
    Consumer<Q> model = q -> {
      q.stronglyEntanglingLayers(new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6}, 1);
      q.qaoaMixerLayer(0.7);
    };
    ParametrizedBuilder b = new ParametrizedBuilder(2, 0, 0);
    CircuitBuilder q = new CircuitBuilder(2);
    model.accept(b);
    model.accept(q);
    Circuit bound = b.build().bind(new double[0]);
    assertEquals(q.build(), bound);
    assertEquals(0, ParameterShift.shiftedCircuitCount(b.build()));
  }

  @Test
  void trainableTemplatesBindToTheNumericTemplates() {
    // 18 layer angles, 3 input weights, gamma, beta
    double[] theta = RandomCircuits.uniform(new SplittableRandom(8), 23, -3, 3);
    double[] x = {0.4, -0.9, 1.3};
    ParametrizedBuilder b = new ParametrizedBuilder(3, theta.length, 3);
    Param[] weightedX = new Param[3];
    for (int j = 0; j < 3; j++) {
      weightedX[j] = Param.product(18 + j, j);
    }
    b.angleEmbedding(weightedX, "Y");
    b.stronglyEntanglingLayers(Param.thetas(0, 18), 2);
    b.qaoaCostLayer(Param.theta(21), new int[][] {{0, 1}, {1, 2}}, new double[] {0.5, -1.5});
    b.qaoaMixerLayer(Param.theta(22).plus(Param.x(0)));

    CircuitBuilder q = new CircuitBuilder(3);
    q.angleEmbedding(new double[] {theta[18] * x[0], theta[19] * x[1], theta[20] * x[2]}, "Y");
    q.stronglyEntanglingLayers(Arrays.copyOf(theta, 18), 2);
    q.qaoaCostLayer(theta[21], new int[][] {{0, 1}, {1, 2}}, new double[] {0.5, -1.5});
    q.qaoaMixerLayer(theta[22] + x[0]);
    ParametrizedCircuit c = b.build();
    Circuit bound = c.bind(theta, x);
    assertEquals(q.build().size(), bound.size());
    for (int i = 0; i < bound.size(); i++) {
      assertEquals(q.build().operations().get(i).gate(), bound.operations().get(i).gate());
      assertArrayEquals(
          q.build().operations().get(i).angles(), bound.operations().get(i).angles(), 1e-15);
    }
    PauliSum h = PauliSum.parse("Z0 Z2 - 0.5 X1");
    assertArrayEquals(RandomCircuits.finiteDifferenceX(c, theta, x, h),
        Adjoint.gradient(c, theta, x, h).x(), 1e-7);
  }
}
