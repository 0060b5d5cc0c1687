package io.qml4j.runtime.gradient;

import io.qml4j.dsl.BackwardSchedule;
import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A circuit template whose angles are {@link Param} expressions of {@code thetaCount} trainable
 * parameters and {@code inputCount} inputs: bind it to numbers to get a {@link Circuit}, or hand it
 * to {@link Adjoint} or {@link ParameterShift} for gradients. Immutable; build one with
 * {@link ParametrizedBuilder}. Wire 0 is the most significant bit of a basis index.
 */
public final class ParametrizedCircuit {
  private final int qubits;
  private final int thetaCount;
  private final int inputCount;
  private final List<ParametrizedOperation> operations;
  /** The adjoint sweep's fused steps, fixed by the structure, so computed once. */
  private final List<int[]> backwardSchedule;
  /** The points where {@link PointSweep} reads derivatives, fixed by the structure too. */
  private final GradientPoints gradientPoints;

  /**
   * A circuit of the given operations; every expression must read only {@code theta[0 ..
   * thetaCount-1]} and {@code x[0 .. inputCount-1]}.
   */
  public ParametrizedCircuit(int qubits, int thetaCount, int inputCount,
      List<ParametrizedOperation> operations) {
    if (thetaCount < 0 || inputCount < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "thetaCount, inputCount: expected at least 0, got %d and %d", thetaCount, inputCount));
    }
    this.qubits = qubits;
    this.thetaCount = thetaCount;
    this.inputCount = inputCount;
    this.operations = List.copyOf(operations);
    List<Operation> templates = new ArrayList<>();
    for (ParametrizedOperation op : this.operations) {
      for (Param p : op.angles()) {
        ParametrizedBuilder.checkIndices(p, thetaCount, inputCount);
      }
      templates.add(op.template());
    }
    new Circuit(qubits, templates); // checks the wires
    List<Gate> gates = new ArrayList<>(templates.size());
    List<int[]> wires = new ArrayList<>(templates.size());
    boolean[] trainable = new boolean[templates.size()];
    for (int g = 0; g < templates.size(); g++) {
      gates.add(templates.get(g).gate());
      wires.add(templates.get(g).wires());
      trainable[g] = this.operations.get(g).isTrainable();
    }
    this.backwardSchedule = List.copyOf(BackwardSchedule.of(qubits, gates, wires, trainable));
    this.gradientPoints = GradientPoints.of(gates, wires, trainable);
  }

  /** {@link GradientPoints} of this circuit. */
  GradientPoints gradientPoints() {
    return gradientPoints;
  }

  /** {@link BackwardSchedule} of this circuit; callers must not modify the arrays. */
  List<int[]> backwardSchedule() {
    return backwardSchedule;
  }

  /** Number of qubits. */
  public int qubits() {
    return qubits;
  }

  /** Length of the {@code theta} array that {@link #bind} expects. */
  public int thetaCount() {
    return thetaCount;
  }

  /** Length of the {@code x} array that {@link #bind} expects (0 for a circuit without inputs). */
  public int inputCount() {
    return inputCount;
  }

  /** The operations in application order. */
  public List<ParametrizedOperation> operations() {
    return operations;
  }

  /** The circuit at these parameters, for a circuit without inputs. */
  public Circuit bind(double[] theta) {
    return bind(theta, new double[0]);
  }

  /**
   * The circuit at these parameters and inputs.
   *
   * @throws IllegalArgumentException if a length is wrong or a value is not finite
   */
  public Circuit bind(double[] theta, double[] x) {
    checkArguments(theta, x);
    return bindUnchecked(theta, x);
  }

  Circuit bindUnchecked(double[] theta, double[] x) {
    List<Operation> bound = new ArrayList<>(operations.size());
    for (ParametrizedOperation op : operations) {
      bound.add(op.bind(theta, x));
    }
    return new Circuit(qubits, bound);
  }

  /** Validates theta and x against this circuit: lengths and finiteness, naming the argument. */
  void checkArguments(double[] theta, double[] x) {
    checkVector("theta", theta, thetaCount);
    checkVector("x", x, inputCount);
  }

  private static void checkVector(String name, double[] values, int expectedLength) {
    if (values == null) {
      throw new IllegalArgumentException(name + ": expected an array, got null");
    }
    if (values.length != expectedLength) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: expected length %d, got %d", name, expectedLength, values.length));
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: expected finite numbers, got %s at index %d", name, values[i], i));
      }
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ParametrizedCircuit(%d qubits, %d theta, %d x, %s)",
        qubits, thetaCount, inputCount, operations);
  }
}
