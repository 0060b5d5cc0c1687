package io.qml4j.runtime.noise;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.gradient.Adjoint;
import io.qml4j.runtime.gradient.Gradient;
import io.qml4j.runtime.gradient.Param;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.gradient.ParametrizedOperation;
import io.qml4j.runtime.gradient.ShiftRules;
import io.qml4j.runtime.observable.PauliSum;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Gradients of noisy expectations {@code Tr(H Phi_theta(rho))}, where a {@link NoiseModel} adds
 * channels after the gates of a {@link ParametrizedCircuit}.
 *
 * <p>The parameter-shift rules stay exact under noise: a channel that does not depend on theta
 * leaves each angle entering as {@code exp(-i t G)} between fixed linear maps, so the noisy
 * expectation is the same trigonometric polynomial in t and the same shifts ({@link ShiftRules})
 * give its derivative. Each shifted expectation comes from the density matrix (exact) or from
 * shots. The adjoint method does not hold: it runs the circuit backwards with inverse gates, and a
 * channel has no inverse, so {@link #adjoint} refuses a noisy model rather than return a wrong
 * number.
 */
public final class NoisyGradients {
  private NoisyGradients() {}

  /**
   * {@code Tr(H rho)} and its exact parameter-shift gradient on the density matrix.
   *
   * @throws IllegalArgumentException if theta or x has the wrong length or a non-finite entry,
   *     H acts on a wire the circuit lacks, or a rule of the model does
   */
  public static Gradient parameterShift(ParametrizedCircuit circuit, NoiseModel model,
      double[] theta, double[] x, PauliSum h) {
    return shift(circuit, model, theta, x, h, c -> DensityMatrixSimulator.expectation(c, h));
  }

  /**
   * The shot-based estimate: every shifted expectation is estimated term by term, each Pauli
   * term measured {@code shots} times in its eigenbasis (a binomial draw of its +1 outcome with
   * the density matrix's probability {@code (1 + <P>) / 2}), seeded in a fixed order. Readout
   * error is not applied to these estimates.
   *
   * @throws IllegalArgumentException also if shots is below 1
   */
  public static Gradient parameterShift(ParametrizedCircuit circuit, NoiseModel model,
      double[] theta, double[] x, PauliSum h, int shots, long seed) {
    if (shots < 1) {
      throw new IllegalArgumentException("shots: expected at least 1, got " + shots);
    }
    SplittableRandom random = new SplittableRandom(seed);
    return shift(circuit, model, theta, x, h, c -> {
      DensityMatrix rho = DensityMatrixSimulator.run(c).densityMatrix();
      double sum = 0;
      for (PauliSum.Term t : h.terms()) {
        if (t.string().isIdentity()) {
          sum += t.coefficient();
          continue;
        }
        double plus = (1 + rho.expectation(PauliSum.of(1, t.string()))) / 2;
        int ups = 0;
        for (int s = 0; s < shots; s++) {
          ups += random.nextDouble() < plus ? 1 : 0;
        }
        sum += t.coefficient() * (2.0 * ups / shots - 1);
      }
      return sum;
    });
  }

  /**
   * The adjoint gradient, which holds only without noise: delegates to {@link Adjoint} for an
   * ideal model.
   *
   * @throws IllegalArgumentException if the model adds any channel or readout error, naming
   *     the method to use instead
   */
  public static Gradient adjoint(ParametrizedCircuit circuit, NoiseModel model, double[] theta,
      double[] x, PauliSum h) {
    if (!model.isIdeal()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "model: the adjoint method needs a unitary circuit, but the model adds %s; channels "
              + "have no inverse, so it would return a wrong gradient. Use "
              + "NoisyGradients.parameterShift", model.rules().isEmpty() ? "a readout error"
              : model.rules().get(0).channel() + (model.rules().size() > 1 ? " and more" : "")));
    }
    return Adjoint.gradient(circuit, theta, x, h);
  }

  /** Expectation of a noisy circuit. */
  private interface Estimator {
    double estimate(NoisyCircuit circuit);
  }

  private static Gradient shift(ParametrizedCircuit circuit, NoiseModel model, double[] theta,
      double[] x, PauliSum h, Estimator estimator) {
    Circuit bound = circuit.bind(theta, x);
    if (h.maxWire() >= circuit.qubits()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "h: acts on wire %d, but the circuit has %d qubit(s)", h.maxWire(), circuit.qubits()));
    }
    double value = estimator.estimate(model.apply(bound));
    double[] dTheta = new double[theta.length];
    double[] dX = new double[x.length];
    List<ParametrizedOperation> templates = circuit.operations();
    for (int g = 0; g < templates.size(); g++) {
      Operation op = bound.operations().get(g);
      for (int p = 0; p < op.gate().params(); p++) {
        Param angle = templates.get(g).angles().get(p);
        if (angle.isConstant()) {
          continue;
        }
        Gate.ShiftRule rule = op.gate().shiftRule();
        double[] shifts = ShiftRules.shifts(rule);
        double[] coefficients = ShiftRules.coefficients(rule);
        double dAngle = 0;
        for (int s = 0; s < shifts.length; s++) {
          double[] angles = op.angles();
          angles[p] += shifts[s];
          List<Operation> ops = new ArrayList<>(bound.operations());
          ops.set(g, op.withAngles(angles));
          dAngle += coefficients[s] * estimator.estimate(
              model.apply(new Circuit(bound.qubits(), ops)));
        }
        chainRule(angle, dAngle, theta, x, dTheta, dX);
      }
    }
    return new Gradient(value, dTheta, dX);
  }

  /**
   * Adds {@code dAngle * d angle / d theta_k} (and x_j). An angle is a sum of constants,
   * {@code c theta_k}, {@code c x_j} and {@code c theta_k x_j}: linear in theta for fixed x and in
   * x for fixed theta, so a unit step gives each partial derivative exactly (up to rounding).
   */
  private static void chainRule(Param angle, double dAngle, double[] theta, double[] x,
      double[] dTheta, double[] dX) {
    double base = angle.value(theta, x);
    for (int k = 0; k <= Math.min(angle.maxThetaIndex(), theta.length - 1); k++) {
      double[] stepped = theta.clone();
      stepped[k] += 1;
      dTheta[k] += dAngle * (angle.value(stepped, x) - base);
    }
    for (int j = 0; j <= Math.min(angle.maxInputIndex(), x.length - 1); j++) {
      double[] stepped = x.clone();
      stepped[j] += 1;
      dX[j] += dAngle * (angle.value(theta, stepped) - base);
    }
  }
}
