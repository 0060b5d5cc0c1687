package io.qml4j.runtime.gradient;

import io.qml4j.dsl.GateMatrices;
import io.qml4j.dsl.Limits;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.ParallelSimulator;
import io.qml4j.runtime.StateVector;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Adjoint differentiation by points ({@link GradientPoints}): the circuit runs forward segment by
 * segment through the simulator's plans (fused and cache-blocked like any evaluation), keeping a
 * copy of {@code psi} at each point; the bras {@code lambda} then run backward through the
 * segments' inverse circuits, again as plans, and at each point one {@link WireOverlaps}
 * traversal of {@code lambda} and the kept {@code psi} gives every single-qubit derivative read
 * there. Cost: one forward and one backward run of the circuit's plan, one traversal per point,
 * and one copy of the state per point, into arrays kept from the thread's last sweep; where the
 * copies would take more than {@link #checkpointBytes()}, {@code psi} is walked backward through
 * the inverse plans too instead of being kept.
 *
 * <p>The derivative of gate g with respect to its angle t at point P is
 * {@code 2 Re <lambda_P| V dU/dt U^dagger V^dagger |psi_P>}, V the gates between g and P that do
 * not commute with it (Jones and Gacon 2020, eq. 8, with the gates after g moved to P).
 */
final class PointSweep {
  /** The arrays (copies of psi, bras) of the last sweep on each thread, for the next one. */
  private static final ThreadLocal<SoftReference<List<double[]>>> SPARE = new ThreadLocal<>();

  /**
   * Smallest circuit, in qubits, that takes this sweep by default: below it the plans' compiles
   * and the copies cost more than they save (HEA n x n, gate by gate against by points: 8x8 77 /
   * 86 us, 9x9 150 / 150-160 us, 10x10 317-324 / 258-259 us; docs/figures.md).
   * {@code -Dqml4j.adjoint.pointsFrom} sets another, read at each call. Generated models
   * delegate their adjoint here from the same size ({@link SlotAdjoint}).
   */
  static final int MIN_QUBITS = Limits.ADJOINT_POINTS_QUBITS;

  private final ParametrizedCircuit circuit;
  private final List<Operation> ops;
  private final GradientPoints points;
  private final int threads;
  /** psi at each point but the last, or null where psi is walked backward instead. */
  private final double[][] kept;
  private final double[] psi;
  /** Arrays left by this thread's last sweep, and those this sweep took, for the next. */
  private final List<double[]> spare;
  private final List<double[]> used = new ArrayList<>();

  private PointSweep(ParametrizedCircuit circuit, Circuit bound, int threads) {
    this.circuit = circuit;
    this.ops = bound.operations();
    this.points = circuit.gradientPoints();
    this.threads = threads;
    int n = circuit.qubits();
    int count = points.count();
    long bytes = (long) (count - 1) * (16L << n);
    this.spare = takeSpares();
    this.kept = bytes <= checkpointBytes() ? new double[count - 1][] : null;
    if (kept != null) {
      for (int k = 0; k < kept.length; k++) {
        kept[k] = array(2 << n);
      }
    }
    StateVector state = null;
    for (int k = 0; k < count; k++) {
      Circuit segment = segment(k == 0 ? 0 : points.end(k - 1), points.end(k));
      if (state == null) {
        state = ParallelSimulator.run(segment, threads);
      } else {
        ParallelSimulator.apply(state, segment, threads);
      }
      if (kept != null && k < count - 1) {
        System.arraycopy(state.amplitudes(), 0, kept[k], 0, kept[k].length);
      }
    }
    this.psi = state.amplitudes();
  }

  /** Whether the sweep by points takes this circuit (property {@code qml4j.adjoint.points}). */
  static boolean applies(ParametrizedCircuit circuit) {
    return circuit.qubits() >= Integer.getInteger("qml4j.adjoint.pointsFrom", MIN_QUBITS)
        && !"false".equals(System.getProperty("qml4j.adjoint.points"));
  }

  /** Runs the forward segments, keeping psi at the points. */
  static PointSweep forward(ParametrizedCircuit circuit, Circuit bound, int threads) {
    return new PointSweep(circuit, bound, threads);
  }

  /** The final state {@code psi}; the backward sweep may overwrite it. */
  double[] finalState() {
    return psi;
  }

  /**
   * The backward sweep: {@code lambdas[i]} is {@code H_i |psi>} on entry and is consumed; adds
   * each trainable angle's derivative, through its expression, into row i of dTheta and dX.
   */
  void backward(double[] theta, double[] x, double[][] lambdas, double[][] dTheta,
      double[][] dX) {
    int n = circuit.qubits();
    List<ParametrizedOperation> templates = circuit.operations();
    double[] state = psi;
    for (int k = points.count() - 1; k >= 0; k--) {
      if (k < points.count() - 1 && kept != null) {
        state = kept[k];
      }
      read(n, templates, points.reads(k), state, theta, x, lambdas, dTheta, dX);
      if (k == 0) {
        break;
      }
      Circuit inverse = inverse(points.end(k - 1), points.end(k));
      for (double[] lambda : lambdas) {
        ParallelSimulator.apply(StateVector.wrap(n, lambda), inverse, threads);
      }
      if (kept == null) {
        ParallelSimulator.apply(StateVector.wrap(n, state), inverse, threads);
      }
    }
    SPARE.set(new SoftReference<>(used));
  }

  /**
   * An array of a state's length for a bra (overwritten by the caller), from the thread's spares
   * like the copies of psi; it returns to the spares after {@link #backward}.
   */
  double[] braArray() {
    return array(psi.length);
  }

  /**
   * An array left by this thread's last sweep where one of that length remains, else a new
   * one. Cloning 16 MiB took 2.1-2.3 ms here, copying into a used array 0.71-0.73 ms (1 MiB:
   * 51-57 against 23 us); the spares are held softly, so the collector takes them back when
   * memory runs short.
   */
  private double[] array(int length) {
    for (int i = 0; i < spare.size(); i++) {
      if (spare.get(i).length == length) {
        double[] a = spare.remove(i);
        used.add(a);
        return a;
      }
    }
    double[] a = new double[length];
    used.add(a);
    return a;
  }

  private static List<double[]> takeSpares() {
    SoftReference<List<double[]>> ref = SPARE.get();
    List<double[]> spare = ref == null ? null : ref.get();
    SPARE.remove();
    return spare == null ? new ArrayList<>() : spare;
  }

  /** Reads the derivatives of the gates of one point from {@code psi} and every bra. */
  private void read(int n, List<ParametrizedOperation> templates, int[] gates, double[] state,
      double[] theta, double[] x, double[][] lambdas, double[][] dTheta, double[][] dX) {
    if (gates.length == 0) {
      return;
    }
    boolean[] wires = new boolean[n];
    boolean anyWire = false;
    for (int g : gates) {
      if (points.oneWire(g)) {
        wires[ops.get(g).wire(0)] = true;
        anyWire = true;
      }
    }
    List<double[][]> derivatives = new ArrayList<>(gates.length);
    for (int g : gates) {
      derivatives.add(carried(g, templates.get(g)));
    }
    for (int i = 0; i < lambdas.length; i++) {
      double[] m = anyWire ? WireOverlaps.of(lambdas[i], state, n, wires, threads) : null;
      for (int j = 0; j < gates.length; j++) {
        int g = gates[j];
        Operation op = ops.get(g);
        double[][] b = derivatives.get(j);
        for (int p = 0; p < b.length; p++) {
          if (b[p] == null) {
            continue;
          }
          double d = points.oneWire(g) ? 2 * WireOverlaps.real(m, op.wire(0), b[p])
              : 2 * Overlaps.real(lambdas[i], state, Adjoint.strides(n, op), b[p]);
          templates.get(g).angles().get(p).accumulate(d, theta, x, dTheta[i], dX[i]);
        }
      }
    }
  }

  /**
   * Per angle of gate g, its derivative operator carried to the point, {@code V dU U^dagger
   * V^dagger} on the gate's wires, or null for a constant angle.
   */
  private double[][] carried(int g, ParametrizedOperation template) {
    Operation op = ops.get(g);
    int params = op.gate().params();
    double[][] b = new double[params][];
    double[] inverse = params == 1 ? null : GateMatrices.conjugateTranspose(op.matrix());
    for (int p = 0; p < params; p++) {
      if (template.angles().get(p).isConstant()) {
        continue;
      }
      b[p] = params == 1 ? GateDerivatives.generatorOf(op)
          : GateMatrices.multiply(GateDerivatives.matrix(op, p), inverse);
      for (int c : points.conjugations(g)) {
        double[] v = ops.get(c).matrix();
        b[p] = GateMatrices.multiply(GateMatrices.multiply(v, b[p]),
            GateMatrices.conjugateTranspose(v));
      }
    }
    return b;
  }

  private Circuit segment(int from, int to) {
    return new Circuit(circuit.qubits(), ops.subList(from, to));
  }

  /** The inverse of the operations {@code from .. to - 1}: their inverses in reverse order. */
  private Circuit inverse(int from, int to) {
    List<Operation> inverse = new ArrayList<>(to - from);
    for (int g = to - 1; g >= from; g--) {
      inverse.add(GateInverses.of(ops.get(g)));
    }
    return new Circuit(circuit.qubits(), inverse);
  }

  /**
   * The most memory the copies of psi may take: {@code -Dqml4j.adjoint.checkpointBytes}, else a
   * quarter of the heap's maximum.
   */
  static long checkpointBytes() {
    Long set = Long.getLong("qml4j.adjoint.checkpointBytes");
    return set != null ? set : Runtime.getRuntime().maxMemory() / 4;
  }
}
