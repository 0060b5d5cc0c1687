package io.qml4j.runtime.backend;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.gradient.Jacobian;
import io.qml4j.runtime.gradient.Param;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.gradient.ParametrizedOperation;
import io.qml4j.runtime.gradient.ShiftRules;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.observable.QubitWiseCommutingGroups;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The measurement circuits of one parameter-shift Jacobian at one point {@code (theta, x)}, and
 * how to read the Jacobian back from their counts. The circuits are, in order: the unshifted
 * circuit, then each shifted circuit (two per two-term angle, four per four-term angle), each
 * followed by every observable's qubit-wise commuting groups ({@link Estimation}). Several plans
 * are concatenated into one job by their callers.
 */
final class ShiftPlan {
  private final List<PauliSum> observables;
  private final List<List<QubitWiseCommutingGroups.Group>> groups;
  private final List<ParametrizedOperation> templates;
  private final List<Operation> operations;
  private final List<int[]> slots = new ArrayList<>(); // {gate, angle}
  private final List<Circuit> circuits = new ArrayList<>();
  private final double[] theta;
  private final double[] x;
  private final boolean inputs;

  /**
   * The plan.
   *
   * @param circuit the parametrised circuit
   * @param theta trainable parameters (lengths checked by binding)
   * @param x inputs
   * @param observables the observables, on the circuit's wires (checked by the caller)
   * @param inputs whether to shift angles that depend on x only, for the x derivatives; when
   *     false those angles are left unshifted and the x derivatives read 0
   */
  ShiftPlan(ParametrizedCircuit circuit, double[] theta, double[] x, List<PauliSum> observables,
      boolean inputs) {
    Circuit bound = circuit.bind(theta, x); // checks the lengths
    this.theta = theta.clone();
    this.x = x.clone();
    this.inputs = inputs;
    this.observables = observables;
    this.groups = new ArrayList<>();
    for (PauliSum h : observables) {
      groups.add(QubitWiseCommutingGroups.of(h));
    }
    this.operations = bound.operations();
    this.templates = circuit.operations();
    addMeasurements(bound);
    for (int g = 0; g < operations.size(); g++) {
      Operation op = operations.get(g);
      for (int p = 0; p < op.gate().params(); p++) {
        Param angle = templates.get(g).angles().get(p);
        if (angle.isConstant() || (!inputs && angle.maxThetaIndex() < 0)) {
          continue;
        }
        slots.add(new int[] {g, p});
        for (double shift : ShiftRules.shifts(op.gate().shiftRule())) {
          double[] angles = op.angles();
          angles[p] += shift;
          List<Operation> shifted = new ArrayList<>(operations);
          shifted.set(g, op.withAngles(angles));
          addMeasurements(new Circuit(bound.qubits(), shifted));
        }
      }
    }
  }

  private void addMeasurements(Circuit c) {
    for (List<QubitWiseCommutingGroups.Group> g : groups) {
      circuits.addAll(Estimation.measurementCircuits(c, g));
    }
  }

  /** The circuits to run, in the order {@link #read} expects their counts. */
  List<Circuit> circuits() {
    return circuits;
  }

  /**
   * The Jacobian from the counts of {@link #circuits()}, in order.
   *
   * @param counts exactly {@code circuits().size()} counts
   */
  Jacobian read(List<Counts> counts) {
    int outputs = observables.size();
    double[] values = new double[outputs];
    double[][] dTheta = new double[outputs][theta.length];
    double[][] dX = new double[outputs][x.length];
    int[] at = {0};
    double[] unshifted = estimates(counts, at);
    System.arraycopy(unshifted, 0, values, 0, outputs);
    for (int[] slot : slots) {
      Operation op = operations.get(slot[0]);
      Gate.ShiftRule rule = op.gate().shiftRule();
      double[] dAngle = new double[outputs];
      for (double coefficient : ShiftRules.coefficients(rule)) {
        double[] shifted = estimates(counts, at);
        for (int o = 0; o < outputs; o++) {
          dAngle[o] += coefficient * shifted[o];
        }
      }
      Param angle = templates.get(slot[0]).angles().get(slot[1]);
      for (int o = 0; o < outputs; o++) {
        angle.accumulate(dAngle[o], theta, x, dTheta[o], dX[o]);
      }
    }
    if (!inputs) {
      // x was not shifted, so only the theta part is a derivative; x() reads 0, as documented
      for (double[] row : dX) {
        Arrays.fill(row, 0);
      }
    }
    return new Jacobian(values, dTheta, dX);
  }

  private double[] estimates(List<Counts> counts, int[] at) {
    double[] out = new double[observables.size()];
    for (int o = 0; o < out.length; o++) {
      List<QubitWiseCommutingGroups.Group> g = groups.get(o);
      out[o] = g.isEmpty() ? observables.get(o).constant()
          : Estimation.estimate(observables.get(o), g, counts.subList(at[0], at[0] += g.size()))
              .mean();
    }
    return out;
  }
}
