package io.qml4j.runtime.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.gradient.Adjoint;
import io.qml4j.runtime.gradient.Gradient;
import io.qml4j.runtime.gradient.Param;
import io.qml4j.runtime.gradient.ParametrizedBuilder;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.observable.PauliString;
import io.qml4j.runtime.observable.PauliSum;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Noisy parameter shift against central differences of density-matrix expectations. */
class NoisyGradientsTest {
  /** Central-difference step: truncation ~h^2 = 1e-10, rounding ~1e-16 / h = 1e-11. */
  private static final double STEP = 1e-5;
  private static final double TOLERANCE = 1e-7;
  private static final PauliSum H = PauliSum.parse("0.7 Z0 Z1 - 0.4 X2 + 0.3 Y0 Y2 + 0.2 Z1");

  /** Two-term and four-term gates, a shared theta, an input, and a theta-times-x angle. */
  static ParametrizedCircuit circuit() {
    ParametrizedBuilder q = new ParametrizedBuilder(3, 5, 1);
    q.rx(0, Param.theta(0));
    q.ry(1, Param.product(1, 0));
    q.h(2);
    q.cnot(0, 1);
    q.crz(1, 2, Param.theta(2));
    q.gate(Gate.ISING_XX, new int[] {0, 2}, List.of(Param.theta(3).plus(Param.x(0))));
    q.rot(1, Param.theta(4), Param.theta(0).times(0.5), Param.constant(0.3));
    q.cry(2, 0, Param.theta(1));
    return q.build();
  }

  static NoiseModel model() {
    return NoiseModel.builder()
        .after(Channels.depolarizing(0.03))
        .after(Channels.amplitudeDamping(0.05), Gate.RX, Gate.ROT)
        .after(Channels.depolarizing2(0.04), Gate.CNOT, Gate.CRZ)
        .afterOn(Channels.thermalRelaxation(40, 30, 4), new int[] {2})
        .build();
  }

  private static double energy(ParametrizedCircuit c, double[] theta, double[] x) {
    return DensityMatrixSimulator.expectation(model().apply(c.bind(theta, x)), H);
  }

  @Test
  void parameterShiftEqualsCentralDifferencesOfTheDensityMatrix() {
    ParametrizedCircuit c = circuit();
    double[] theta = {0.3, -1.1, 0.8, 2.0, -0.4};
    double[] x = {0.6};
    Gradient g = NoisyGradients.parameterShift(c, model(), theta, x, H);
    assertEquals(energy(c, theta, x), g.value(), 1e-14);
    for (int k = 0; k < theta.length; k++) {
      double[] up = theta.clone(), down = theta.clone();
      up[k] += STEP;
      down[k] -= STEP;
      double fd = (energy(c, up, x) - energy(c, down, x)) / (2 * STEP);
      assertEquals(fd, g.theta()[k], TOLERANCE, "theta " + k);
    }
    double fd = (energy(c, theta, new double[] {x[0] + STEP})
        - energy(c, theta, new double[] {x[0] - STEP})) / (2 * STEP);
    assertEquals(fd, g.x()[0], TOLERANCE, "x 0");
    assertTrue(Math.abs(g.theta()[0]) > 1e-3, "a gradient that could be zero proves little");
  }

  @Test
  void shotEstimatesScatterAroundTheExactGradient() {
    ParametrizedCircuit c = circuit();
    double[] theta = {0.3, -1.1, 0.8, 2.0, -0.4};
    double[] x = {0.6};
    Gradient exact = NoisyGradients.parameterShift(c, model(), theta, x, H);
    Gradient shots = NoisyGradients.parameterShift(c, model(), theta, x, H, 20000, 1);
    for (int k = 0; k < theta.length; k++) {
      // each of the (at most 4) shifted energies has at most 4 terms of 1/sqrt(20000) noise
      assertEquals(exact.theta()[k], shots.theta()[k], 0.1, "theta " + k);
    }
  }

  /** Per-wire readout flips, different on every wire and for 0 and 1. */
  private static final ReadoutError READOUT = ReadoutError.of(new double[] {0.02, 0.05, 0.08},
      new double[] {0.06, 0.03, 0.10});

  /**
   * {@code <H>} read through the confusion, in closed form: a wire's reading has the expected
   * sign {@code alpha + beta s} given its true sign s, with {@code alpha = p(0|1) - p(1|0)} and
   * {@code beta = 1 - p(1|0) - p(0|1)}, independently per wire, so a term P on wires W reads
   * {@code sum over S in W of prod_(W \ S) alpha prod_S beta <P_S>}.
   */
  private static double confused(ParametrizedCircuit c, double[] theta, double[] x) {
    DensityMatrix rho = DensityMatrixSimulator.run(model().apply(c.bind(theta, x)))
        .densityMatrix();
    double sum = H.constant();
    for (PauliSum.Term t : H.terms()) {
      int[] wires = t.string().wires();
      for (int subset = 0; subset < 1 << wires.length; subset++) {
        double factor = t.coefficient();
        Map<Integer, Character> letters = new TreeMap<>();
        for (int k = 0; k < wires.length; k++) {
          int w = wires[k];
          if ((subset >> k & 1) != 0) {
            factor *= 1 - READOUT.flipZero(w) - READOUT.flipOne(w);
            letters.put(w, t.string().letter(w));
          } else {
            factor *= READOUT.flipOne(w) - READOUT.flipZero(w);
          }
        }
        sum += factor * (letters.isEmpty() ? 1
            : rho.expectation(PauliSum.of(1, PauliString.of(letters))));
      }
    }
    return sum;
  }

  @Test
  void shotGradientsReadThroughTheReadoutConfusion() {
    ParametrizedCircuit c = circuit();
    double[] theta = {0.3, -1.1, 0.8, 2.0, -0.4};
    double[] x = {0.6};
    int shots = 200_000;
    NoiseModel withReadout = NoiseModel.builder().rule(model().rules().get(0))
        .rule(model().rules().get(1)).rule(model().rules().get(2)).rule(model().rules().get(3))
        .readout(READOUT).build();
    Gradient g = NoisyGradients.parameterShift(c, withReadout, theta, x, H, shots, 3);
    // one shot of a group gives each term +-1, so <H> has standard deviation at most
    // sum |c| / sqrt(shots); a derivative sums at most two slots of shift coefficients summing
    // to at most 1 in absolute value each
    double sigma = 1.6 / Math.sqrt(shots);
    double value = confused(c, theta, x);
    assertEquals(value, g.value(), 5 * sigma);
    double unconfused = energy(c, theta, x);
    assertTrue(Math.abs(value - unconfused) > 10 * sigma, "readout error moves <H> from "
        + unconfused + " to " + value + ", beyond the shot noise");
    for (int k = 0; k < theta.length; k++) {
      double[] up = theta.clone(), down = theta.clone();
      up[k] += STEP;
      down[k] -= STEP;
      double fd = (confused(c, up, x) - confused(c, down, x)) / (2 * STEP);
      assertEquals(fd, g.theta()[k], 5 * 2 * sigma, "theta " + k);
    }
  }

  @Test
  void theAdjointRefusesChannelsAndAgreesWithoutThem() {
    ParametrizedCircuit c = circuit();
    double[] theta = {0.3, -1.1, 0.8, 2.0, -0.4};
    double[] x = {0.6};
    ChannelsTest.assertMessage("model: the adjoint method needs a unitary circuit, but the model "
        + "adds depolarizing(0.03) and more", () -> NoisyGradients.adjoint(c, model(), theta, x,
        H));
    Gradient ideal = NoisyGradients.parameterShift(c, NoiseModel.ideal(), theta, x, H);
    Gradient adjoint = NoisyGradients.adjoint(c, NoiseModel.ideal(), theta, x, H);
    Gradient direct = Adjoint.gradient(c, theta, x, H);
    for (int k = 0; k < theta.length; k++) {
      assertEquals(ideal.theta()[k], adjoint.theta()[k], 1e-10);
      assertEquals(direct.theta()[k], adjoint.theta()[k], 0.0);
    }
  }
}
