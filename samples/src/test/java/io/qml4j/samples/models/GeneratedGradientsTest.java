package io.qml4j.samples.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.gradient.Adjoint;
import io.qml4j.runtime.gradient.Gradient;
import io.qml4j.runtime.gradient.Jacobian;
import io.qml4j.runtime.gradient.Param;
import io.qml4j.runtime.gradient.ParametrizedBuilder;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.samples.bench.models.DeepHea10Model;
import io.qml4j.samples.bench.models.Hea10Model;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The generated derivatives of the sample models: the HEA 10x10 gradient against the runtime's
 * own adjoint differentiation of the same circuit built at run time (an independent
 * implementation), the re-uploading model's Jacobians (templates, products {@code theta * x}, two
 * observables) against parameter shift and central differences, the 5,000-gate DeepHea10 (whose
 * adjoint is the runtime's sweep by points) and the 3,208-gate, 8-qubit BatchDeep (an unrolled
 * backward sweep in chunks under HotSpot's 8,000-byte limit) against central differences.
 */
class GeneratedGradientsTest {
  private static final double H = 1e-5;

  @Test
  void hea10GradientMatchesTheRuntimeAdjointAndParameterShift() {
    double[] theta = random(Hea10Model.PARAMS, 1);
    ParametrizedBuilder b = new ParametrizedBuilder(10, Hea10Model.PARAMS, 0);
    for (int l = 0; l < 10; l++) {
      for (int w = 0; w < 10; w++) {
        b.ry(w, Param.theta(l * 20 + w));
      }
      for (int w = 0; w < 10; w++) {
        b.rz(w, Param.theta(l * 20 + 10 + w));
      }
      for (int w = 0; w < 10; w++) {
        b.cnot(w, (w + 1) % 10);
      }
    }
    ParametrizedCircuit circuit = b.build();
    Gradient runtime = Adjoint.gradient(circuit, theta, PauliSum.z(0));
    Gradient generated = Hea10Model.gradient(theta);
    assertEquals(runtime.value(), generated.value(), 1e-12);
    assertArrayEquals(runtime.theta(), generated.theta(), 1e-10);
    assertArrayEquals(generated.theta(), Hea10Model.parameterShiftGradient(theta).theta(), 1e-10);
    assertTrue(Math.abs(generated.theta()[0]) > 1e-6, "a non-trivial gradient");
  }

  @Test
  void reuploadingJacobiansAgreeWithShiftAndFiniteDifferences() {
    double[] x = random(ReuploadingModel.INPUTS, 2);
    double[] theta = random(ReuploadingModel.PARAMS, 3);
    Jacobian adjoint = ReuploadingModel.jacobian(x, theta);
    Jacobian shift = ReuploadingModel.parameterShiftJacobian(x, theta);
    assertArrayEquals(ReuploadingModel.expectations(x, theta), adjoint.values(), 1e-12);
    for (int i = 0; i < 2; i++) {
      assertArrayEquals(shift.theta()[i], adjoint.theta()[i], 1e-10);
      assertArrayEquals(shift.x()[i], adjoint.x()[i], 1e-10);
      int row = i;
      assertArrayEquals(central(theta, t -> ReuploadingModel.expectations(x, t)[row]),
          adjoint.theta()[i], 1e-7);
      assertArrayEquals(central(x, in -> ReuploadingModel.expectations(in, theta)[row]),
          adjoint.x()[i], 1e-7);
    }
    assertArrayEquals(adjoint.x()[0], ReuploadingModel.inputGradient(x, theta), 0);
  }

  @Test
  void deepHea10GradientMatchesFiniteDifferencesAndItsChunksCompile() throws Exception {
    double[] theta = random(DeepHea10Model.PARAMS, 4);
    Gradient g = DeepHea10Model.gradient(theta);
    assertEquals(DeepHea10Model.expectation(theta), g.value(), 1e-12);
    for (int k : new int[] {0, 1517, DeepHea10Model.PARAMS - 1}) {
      double[] plus = theta.clone(), minus = theta.clone();
      plus[k] += H;
      minus[k] -= H;
      double fd = (DeepHea10Model.expectation(plus) - DeepHea10Model.expectation(minus)) / (2 * H);
      assertEquals(fd, g.theta()[k], 1e-7, "theta[" + k + "]");
    }
    Map<String, Integer> sizes = MethodSizes.of(DeepHea10Model.class);
    for (String prefix : new String[] {"shiftedAnsatz", "chainRule"}) {
      long chunks = sizes.keySet().stream().filter(n -> n.startsWith(prefix)).count();
      assertTrue(chunks > 10, prefix + " is split into chunks, got " + chunks);
    }
    // 10 qubits: the adjoint is the runtime's sweep by points, nothing unrolled
    assertTrue(sizes.keySet().stream().noneMatch(n -> n.startsWith("adjoint")), sizes::toString);
    sizes.forEach((name, size) -> assertTrue(size < 8000, name + ": " + size + " bytes"));
  }

  @Test
  void theUnrolledAdjointOfA3208GateModelMatchesFiniteDifferencesAndItsChunksCompile()
      throws Exception {
    double[] x = random(BatchDeepModel.INPUTS, 5);
    double[] theta = random(BatchDeepModel.PARAMS, 6);
    Gradient g = BatchDeepModel.gradient(x, theta);
    assertEquals(BatchDeepModel.expectation(x, theta), g.value(), 1e-12);
    for (int k : new int[] {0, 801, BatchDeepModel.PARAMS - 1}) {
      double[] plus = theta.clone(), minus = theta.clone();
      plus[k] += H;
      minus[k] -= H;
      double fd = (BatchDeepModel.expectation(x, plus) - BatchDeepModel.expectation(x, minus))
          / (2 * H);
      assertEquals(fd, g.theta()[k], 1e-7, "theta[" + k + "]");
    }
    assertArrayEquals(central(x, in -> BatchDeepModel.expectation(in, theta)), g.x(), 1e-7);
    Map<String, Integer> sizes = MethodSizes.of(BatchDeepModel.class);
    long chunks = sizes.keySet().stream().filter(n -> n.startsWith("adjoint")).count();
    assertTrue(chunks > 10, "the 8-qubit adjoint is split into chunks, got " + chunks);
    sizes.forEach((name, size) -> assertTrue(size < 8000, name + ": " + size + " bytes"));
  }

  private static double[] central(double[] at, java.util.function.ToDoubleFunction<double[]> f) {
    double[] d = new double[at.length];
    for (int k = 0; k < at.length; k++) {
      double[] plus = at.clone(), minus = at.clone();
      plus[k] += H;
      minus[k] -= H;
      d[k] = (f.applyAsDouble(plus) - f.applyAsDouble(minus)) / (2 * H);
    }
    return d;
  }

  private static double[] random(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] a = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = r.nextDouble(-Math.PI, Math.PI);
    }
    return a;
  }
}
