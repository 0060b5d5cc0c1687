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
import io.qml4j.runtime.observable.PauliString;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.observable.QubitWiseCommutingGroups;
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
   * The shot-based estimate, as a device measures: the terms of H are split into qubit-wise
   * commuting groups; for each group the noisy circuit gets the group's basis rotations appended
   * (H on an X wire, S-dagger then H on a Y wire, without noise) and {@code shots} final
   * measurements are drawn from its density matrix through the model's readout error (each
   * wire's reading drawn from its confusion matrix), every term of the group reading the parity
   * of its wires in the same shots. Seeded in a fixed order, so the same arguments give the same
   * gradient. With readout error the estimates scatter around the expectation of the confused
   * distribution, which the parameter-shift rule still differentiates exactly (the confusion is
   * a fixed linear map after the circuit); readout mitigation is a separate step.
   *
   * @throws IllegalArgumentException also if shots is below 1
   */
  public static Gradient parameterShift(ParametrizedCircuit circuit, NoiseModel model,
      double[] theta, double[] x, PauliSum h, int shots, long seed) {
    if (shots < 1) {
      throw new IllegalArgumentException("shots: expected at least 1, got " + shots);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<QubitWiseCommutingGroups.Group> groups = QubitWiseCommutingGroups.of(h);
    return shift(circuit, model, theta, x, h, c -> {
      double sum = h.constant();
      for (QubitWiseCommutingGroups.Group group : groups) {
        sum += groupMean(c, group, shots, random.nextLong());
      }
      return sum;
    });
  }

  /** The mean of a group's terms over shots of the circuit measured in the group's basis. */
  private static double groupMean(NoisyCircuit c, QubitWiseCommutingGroups.Group group,
      int shots, long seed) {
    List<Instruction> steps = new ArrayList<>(c.instructions());
    PauliString basis = group.basis();
    for (int w : basis.wires()) {
      if (basis.letter(w) == 'Y') {
        steps.add(new Instruction.Gate(Operation.of(Gate.SDG, new int[] {w})));
      }
      if (basis.letter(w) != 'Z') {
        steps.add(new Instruction.Gate(Operation.of(Gate.H, new int[] {w})));
      }
    }
    NoisyCircuit measured = new NoisyCircuit(c.qubits(), c.bits(), steps,
        c.readout().orElse(null));
    int[] samples = DensityMatrixSimulator.run(measured).sample(shots, seed);
    int n = c.qubits();
    double mean = 0;
    for (PauliSum.Term t : group.terms()) {
      int mask = 0;
      for (int w : t.string().wires()) {
        mask |= 1 << (n - 1 - w);
      }
      int odd = 0;
      for (int k : samples) {
        odd += Integer.bitCount(k & mask) & 1;
      }
      mean += t.coefficient() * (1 - 2.0 * odd / shots);
    }
    return mean;
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
