package io.qml4j.runtime.gradient;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.observable.Expectation;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.observable.Sampler;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Parameter-shift gradients: the hardware-compatible path, built only from expectations of
 * shifted circuits. Each trainable angle of each gate occurrence is shifted on its own by the rule
 * of its gate ({@link ShiftRules}: two terms for Pauli-generated angles, four for controlled
 * rotations and excitations), and the chain rule through its {@link Param} expression adds the
 * result to every theta and x it reads, so a parameter shared by k gates costs k shifted pairs.
 *
 * <p>The exact variant takes each expectation from the state vector; the shot variant estimates
 * each one from {@code shots} measurements ({@link Sampler#estimate}), seeded from one
 * {@link SplittableRandom} in a fixed order, so the same seed gives the same gradient. On the
 * simulator, a shifted circuit starts from the cached state before its gate, which halves the
 * work on average without changing what is computed.
 */
public final class ParameterShift {
  private ParameterShift() {}

  /** Expectations of observables in a state: exact, or estimated from shots. */
  private interface Estimator {
    double estimate(StateVector state, PauliSum h);
  }

  /** {@code <H>} and its exact parameter-shift gradient, for a circuit without inputs. */
  public static Gradient gradient(ParametrizedCircuit circuit, double[] theta, PauliSum h) {
    return gradient(circuit, theta, new double[0], h);
  }

  /**
   * {@code <H>} and its exact parameter-shift gradient with respect to theta and x.
   *
   * @throws IllegalArgumentException if theta or x has the wrong length or a non-finite entry, or
   *     H acts on a wire the circuit does not have
   */
  public static Gradient gradient(ParametrizedCircuit circuit, double[] theta, double[] x,
      PauliSum h) {
    return jacobian(circuit, theta, x, Arguments.single("h", h, circuit.qubits())).row(0);
  }

  /**
   * The shot-based estimate of {@code <H>} and of its parameter-shift gradient, each expectation
   * estimated from {@code shots} seeded measurements, as a hardware backend would return it.
   *
   * @throws IllegalArgumentException also if {@code shots < 1}
   */
  public static Gradient gradient(ParametrizedCircuit circuit, double[] theta, double[] x,
      PauliSum h, int shots, long seed) {
    return jacobian(circuit, theta, x, Arguments.single("h", h, circuit.qubits()), shots, seed)
        .row(0);
  }

  /** The exact expectations of several observables and their parameter-shift Jacobian. */
  public static Jacobian jacobian(ParametrizedCircuit circuit, double[] theta, double[] x,
      List<PauliSum> observables) {
    circuit.checkArguments(theta, x);
    Arguments.checkObservables("observables", observables, circuit.qubits());
    return shiftJacobian(circuit, theta, x, observables, Expectation::of);
  }

  /**
   * The shot-based Jacobian: every shifted circuit is measured once per observable with
   * {@code shots} shots.
   */
  public static Jacobian jacobian(ParametrizedCircuit circuit, double[] theta, double[] x,
      List<PauliSum> observables, int shots, long seed) {
    circuit.checkArguments(theta, x);
    Arguments.checkObservables("observables", observables, circuit.qubits());
    Arguments.checkShots(shots);
    SplittableRandom seeds = new SplittableRandom(seed);
    return shiftJacobian(circuit, theta, x, observables,
        (state, h) -> Sampler.estimate(state, h, shots, seeds.nextLong()));
  }

  /** The exact vector-Jacobian product {@code v^T J}: the gradient of {@code sum_i v_i <H_i>}. */
  public static Gradient vectorJacobianProduct(ParametrizedCircuit circuit, double[] theta,
      double[] x, List<PauliSum> observables, double[] cotangent) {
    Arguments.checkObservables("observables", observables, circuit.qubits());
    Arguments.checkCotangent(cotangent, observables.size());
    return jacobian(circuit, theta, x, observables).vectorProduct(cotangent);
  }

  /** The shot-based vector-Jacobian product. */
  public static Gradient vectorJacobianProduct(ParametrizedCircuit circuit, double[] theta,
      double[] x, List<PauliSum> observables, double[] cotangent, int shots, long seed) {
    Arguments.checkObservables("observables", observables, circuit.qubits());
    Arguments.checkCotangent(cotangent, observables.size());
    return jacobian(circuit, theta, x, observables, shots, seed).vectorProduct(cotangent);
  }

  /**
   * How many shifted circuits one gradient evaluates: two per two-term angle, four per four-term
   * angle, over every trainable angle of every gate occurrence (the unshifted circuit not counted).
   */
  public static int shiftedCircuitCount(ParametrizedCircuit circuit) {
    int count = 0;
    for (ParametrizedOperation op : circuit.operations()) {
      for (Param angle : op.angles()) {
        if (!angle.isConstant()) {
          count += ShiftRules.shifts(op.template().gate().shiftRule()).length;
        }
      }
    }
    return count;
  }

  private static Jacobian shiftJacobian(ParametrizedCircuit circuit, double[] theta, double[] x,
      List<PauliSum> observables, Estimator estimator) {
    int n = circuit.qubits();
    int m = observables.size();
    Circuit bound = circuit.bindUnchecked(theta, x);
    List<Operation> ops = bound.operations();
    List<ParametrizedOperation> templates = circuit.operations();
    double[] values = new double[m];
    StateVector end = Simulator.run(bound);
    for (int i = 0; i < m; i++) {
      values[i] = estimator.estimate(end, observables.get(i));
    }
    double[][] dTheta = new double[m][circuit.thetaCount()];
    double[][] dX = new double[m][circuit.inputCount()];
    StateVector prefix = StateVector.zero(n); // the state before gate g
    for (int g = 0; g < ops.size(); g++) {
      Operation op = ops.get(g);
      ParametrizedOperation template = templates.get(g);
      for (int p = 0; p < op.gate().params(); p++) {
        Param angle = template.angles().get(p);
        if (angle.isConstant()) {
          continue;
        }
        double[] dAngle = angleDerivative(ops, g, p, prefix, observables, estimator);
        for (int i = 0; i < m; i++) {
          angle.accumulate(dAngle[i], theta, x, dTheta[i], dX[i]);
        }
      }
      Simulator.apply(prefix.amplitudes(), n, op);
    }
    return new Jacobian(values, dTheta, dX);
  }

  /** {@code d<H_i>/d angle p of gate g} for every observable, by the gate's shift rule. */
  private static double[] angleDerivative(List<Operation> ops, int g, int p, StateVector prefix,
      List<PauliSum> observables, Estimator estimator) {
    Operation op = ops.get(g);
    Gate.ShiftRule rule = op.gate().shiftRule();
    double[] shifts = ShiftRules.shifts(rule);
    double[] coefficients = ShiftRules.coefficients(rule);
    double[] result = new double[observables.size()];
    int n = prefix.qubits();
    for (int s = 0; s < shifts.length; s++) {
      double[] angles = op.angles();
      angles[p] += shifts[s];
      StateVector state = prefix.copy();
      Simulator.apply(state.amplitudes(), n, op.withAngles(angles));
      for (int h = g + 1; h < ops.size(); h++) {
        Simulator.apply(state.amplitudes(), n, ops.get(h));
      }
      for (int i = 0; i < result.length; i++) {
        result[i] += coefficients[s] * estimator.estimate(state, observables.get(i));
      }
    }
    return result;
  }
}
