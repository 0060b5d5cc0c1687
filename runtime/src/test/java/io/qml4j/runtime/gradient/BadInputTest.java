package io.qml4j.runtime.gradient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.observable.PauliSum;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input is an IllegalArgumentException that starts with the argument's name. */
class BadInputTest {
  private static final double[] THETA = {0.1, 0.2};
  private static final double[] X = {0.5};
  private static final PauliSum H = PauliSum.z(0);

  private static ParametrizedCircuit circuit() {
    ParametrizedBuilder b = new ParametrizedBuilder(2, 2, 1);
    b.ry(0, Param.theta(0));
    b.crx(0, 1, Param.product(1, 0));
    return b.build();
  }

  @Test
  void wrongLengthsAndNonFiniteValuesNameTheArgument() {
    ParametrizedCircuit c = circuit();
    for (GradientMethod m : GradientMethod.values()) {
      rejects("theta", () -> m.run(c, new double[] {0.1}, X, H));
      rejects("theta", () -> m.run(c, new double[] {0.1, Double.NaN}, X, H));
      rejects("theta", () -> m.run(c, null, X, H));
      rejects("x", () -> m.run(c, THETA, new double[0], H));
      rejects("x", () -> m.run(c, THETA, new double[] {Double.POSITIVE_INFINITY}, H));
      rejects("h", () -> m.run(c, THETA, X, PauliSum.z(2)));
      rejects("h", () -> m.run(c, THETA, X, null));
    }
    rejects("theta", () -> c.bind(new double[3], X));
    rejects("x", () -> c.bind(THETA, new double[] {Double.NaN}));
  }

  @Test
  void shotCountBelowOneIsRejected() {
    ParametrizedCircuit c = circuit();
    rejects("shots", () -> ParameterShift.gradient(c, THETA, X, H, 0, 1));
    rejects("shots", () -> ParameterShift.jacobian(c, THETA, X, List.of(H), -5, 1));
  }

  @Test
  void observablesAndCotangentsAreChecked() {
    ParametrizedCircuit c = circuit();
    rejects("observables", () -> Adjoint.jacobian(c, THETA, X, List.of()));
    rejects("observables", () -> ParameterShift.jacobian(c, THETA, X, List.of(H, PauliSum.x(5))));
    rejects("cotangent",
        () -> Adjoint.vectorJacobianProduct(c, THETA, X, List.of(H), new double[2]));
    rejects("cotangent", () -> ParameterShift.vectorJacobianProduct(
        c, THETA, X, List.of(H), new double[] {Double.NaN}));
  }

  @Test
  void theBuilderRejectsUndeclaredIndicesAndStaysAsItWas() {
    ParametrizedBuilder b = new ParametrizedBuilder(2, 2, 1);
    b.rx(0, Param.theta(1));
    rejects("angles", () -> b.rx(0, Param.theta(2)));
    rejects("angles", () -> b.rz(1, Param.x(1)));
    rejects("angles", () -> b.ry(0, Double.NaN));
    rejects("wires", () -> b.crz(0, 0, Param.theta(0)));
    rejects("wires", () -> b.ry(2, Param.theta(0)));
    rejects("k", () -> Param.theta(-1));
    rejects("other", () -> Param.theta(0).times(Param.theta(1)));
    rejects("thetaCount", () -> new ParametrizedBuilder(2, -1, 0));
    assertEquals(1, b.size());
    assertEquals(1, b.build().operations().size());
  }

  private static void rejects(String argument, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().startsWith(argument + ":"),
        "expected the message to name " + argument + ": " + e.getMessage());
  }

  private enum GradientMethod {
    ADJOINT, SHIFT, SHOTS;

    Gradient run(ParametrizedCircuit c, double[] theta, double[] x, PauliSum h) {
      switch (this) {
        case ADJOINT: return Adjoint.gradient(c, theta, x, h);
        case SHIFT: return ParameterShift.gradient(c, theta, x, h);
        default: return ParameterShift.gradient(c, theta, x, h, 100, 1);
      }
    }
  }
}
