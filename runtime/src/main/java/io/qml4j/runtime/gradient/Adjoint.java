package io.qml4j.runtime.gradient;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.ParallelSimulator;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.kernel.ParallelChunks;
import io.qml4j.runtime.observable.ObservableApplier;
import io.qml4j.runtime.observable.PauliSum;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Adjoint differentiation (Jones and Gacon 2020, arXiv:2009.02823, Algorithm 1), the simulator's
 * fast path: one forward sweep to {@code |psi> = U_N ... U_1 |0>}, then one backward sweep that
 * keeps two states, {@code |phi_i> = U_i ... U_1 |0>} and {@code |lambda_i> = U_(i+1)^dagger ...
 * U_N^dagger H |psi>}, peeling one gate off each per step. For every angle t of gate i,
 * {@code d<H>/dt = 2 Re <lambda_i| dU_i/dt |phi_(i-1)>}, which {@link Overlaps} reads in one pass
 * without a scratch state. For a single-angle gate {@code dU/dt = K U} with a constant generator
 * K ({@link GateDerivatives#generator(Operation)}), so the pass reads
 * {@code Re <lambda_i| K |phi_i>} before the gate is peeled off, with a sparse K instead of a
 * dense derivative matrix; Rot, U3 and CRot use their derivative matrices. For RX, RY and RZ with
 * one observable, {@link AdjointSteps} fuses that read with peeling the gate off both states into
 * one pass. The chain rule through each {@link Param} then gives the gradients with respect to
 * theta and x.
 *
 * <p>Cost: about three state sweeps per gate plus one per trainable angle, whatever the number of
 * parameters; memory: two states (one more per extra observable). Exact up to rounding:
 * un-applying gates adds about 1e-16 per gate.
 *
 * <p>From {@link PointSweep#MIN_QUBITS} qubits (10) the same derivatives come from a sweep by
 * points instead ({@link PointSweep}): the circuit runs forward and backward as the simulator's
 * plans, and one traversal per layer reads the derivatives of all its single-qubit gates, about
 * three evaluations in all for a hardware-efficient ansatz (docs/figures.md); memory: one more
 * state per point, up to a quarter of the heap ({@code -Dqml4j.adjoint.checkpointBytes}).
 * {@code -Dqml4j.adjoint.points=false} keeps the gate-by-gate sweep at every size.
 */
public final class Adjoint {
  /** Ranges per thread of a fused backward step on several threads. */
  private static final int RANGES_PER_THREAD = 4;

  private Adjoint() {}

  /** {@code <H>} and its gradient with respect to theta, for a circuit without inputs. */
  public static Gradient gradient(ParametrizedCircuit circuit, double[] theta, PauliSum h) {
    return gradient(circuit, theta, new double[0], h);
  }

  /**
   * {@code <H>} and its gradient with respect to theta and x.
   *
   * @throws IllegalArgumentException if theta or x has the wrong length or a non-finite entry, or
   *     H acts on a wire the circuit does not have
   */
  public static Gradient gradient(ParametrizedCircuit circuit, double[] theta, double[] x,
      PauliSum h) {
    return gradient(circuit, theta, x, h, 1);
  }

  /**
   * {@link #gradient(ParametrizedCircuit, double[], double[], PauliSum)} on {@code threads}
   * threads: the forward sweep as {@link ParallelSimulator} runs it, and every fused step of the
   * backward sweep split into ranges of amplitudes that the threads share. States below
   * {@link ParallelSimulator#PARALLEL_THRESHOLD_QUBITS} qubits run on the calling thread. The
   * result equals the serial one up to the order in which each derivative's partial sums are
   * added.
   *
   * @throws IllegalArgumentException also if {@code threads < 1}
   */
  public static Gradient gradient(ParametrizedCircuit circuit, double[] theta, double[] x,
      PauliSum h, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads: expected at least 1, got " + threads);
    }
    return jacobian(circuit, theta, x, Arguments.single("h", h, circuit.qubits()), threads,
        BlockedBackward.BLOCK_QUBITS, PointSweep.applies(circuit)).row(0);
  }

  /**
   * The gradient by peeling gate by gate, with blocks of {@code 2^blockQubits} amplitudes in the
   * backward sweep: the sweep that {@link PointSweep} replaced from
   * {@link PointSweep#MIN_QUBITS} qubits, kept for small circuits and as the tests' reference.
   */
  static Gradient gradient(ParametrizedCircuit circuit, double[] theta, double[] x, PauliSum h,
      int threads, int blockQubits) {
    return jacobian(circuit, theta, x, Arguments.single("h", h, circuit.qubits()), threads,
        blockQubits, false).row(0);
  }

  /**
   * The expectations of several observables and their Jacobian, from one forward sweep and one
   * backward sweep that carries one bra per observable.
   */
  public static Jacobian jacobian(ParametrizedCircuit circuit, double[] theta, double[] x,
      List<PauliSum> observables) {
    return jacobian(circuit, theta, x, observables, 1, BlockedBackward.BLOCK_QUBITS,
        PointSweep.applies(circuit));
  }

  private static Jacobian jacobian(ParametrizedCircuit circuit, double[] theta, double[] x,
      List<PauliSum> observables, int threads, int blockQubits, boolean points) {
    circuit.checkArguments(theta, x);
    Arguments.checkObservables("observables", observables, circuit.qubits());
    return jacobian(circuit, circuit.bindUnchecked(theta, x), theta, x, observables, threads,
        blockQubits, points);
  }

  /**
   * The Jacobian of checked arguments, with {@code bound} the circuit at theta and x (which
   * {@link SlotAdjoint} has already, from a generated model).
   */
  static Jacobian jacobian(ParametrizedCircuit circuit, Circuit bound, double[] theta,
      double[] x, List<PauliSum> observables, int threads, int blockQubits, boolean points) {
    int parallel = threadsFor(circuit, threads);
    PointSweep sweep = points ? PointSweep.forward(circuit, bound, parallel) : null;
    StateVector psi = finalState(circuit, bound, sweep, parallel);
    int m = observables.size();
    double[][] lambdas = new double[m][];
    double[] values = new double[m];
    for (int i = 0; i < m; i++) {
      if (sweep != null) {
        lambdas[i] = sweep.braArray();
        ObservableApplier.apply(psi, observables.get(i),
            StateVector.wrap(circuit.qubits(), lambdas[i]));
      } else {
        lambdas[i] = ObservableApplier.apply(psi, observables.get(i)).amplitudes();
      }
      values[i] = Overlaps.real(psi.amplitudes(), lambdas[i]);
    }
    double[][] dTheta = new double[m][circuit.thetaCount()];
    double[][] dX = new double[m][circuit.inputCount()];
    if (sweep != null) {
      sweep.backward(theta, x, lambdas, dTheta, dX);
    } else {
      backward(circuit, bound, theta, x, psi.amplitudes(), lambdas, dTheta, dX, parallel,
          blockQubits);
    }
    return new Jacobian(values, dTheta, dX);
  }

  /**
   * The vector-Jacobian product {@code v^T J}: the gradient of {@code sum_i v_i <H_i>} with
   * respect to theta and x, from a single backward sweep with the bra
   * {@code sum_i v_i H_i |psi>}, whatever the number of observables. This is the entry point for a
   * caller that back-propagates a classical loss through the circuit ({@code v = dLoss/d<H_i>}).
   */
  public static Gradient vectorJacobianProduct(ParametrizedCircuit circuit, double[] theta,
      double[] x, List<PauliSum> observables, double[] cotangent) {
    circuit.checkArguments(theta, x);
    Arguments.checkObservables("observables", observables, circuit.qubits());
    Arguments.checkCotangent(cotangent, observables.size());
    return vectorJacobianProduct(circuit, circuit.bindUnchecked(theta, x), theta, x, observables,
        cotangent, 1);
  }

  /** The vector-Jacobian product of checked arguments, bound at theta and x. */
  static Gradient vectorJacobianProduct(ParametrizedCircuit circuit, Circuit bound,
      double[] theta, double[] x, List<PauliSum> observables, double[] cotangent, int threads) {
    int parallel = threadsFor(circuit, threads);
    PointSweep sweep = PointSweep.applies(circuit)
        ? PointSweep.forward(circuit, bound, parallel) : null;
    StateVector psi = finalState(circuit, bound, sweep, parallel);
    // one observable sum_i v_i H_i, like terms merged: one pass and one array for the bra, where
    // a pass per observable took a fresh state each
    PauliSum weighted = PauliSum.zero();
    for (int i = 0; i < observables.size(); i++) {
      weighted = weighted.plus(observables.get(i).scale(cotangent[i]));
    }
    double[] lambda = sweep != null ? sweep.braArray() : new double[psi.amplitudes().length];
    ObservableApplier.apply(psi, weighted, StateVector.wrap(circuit.qubits(), lambda));
    double value = Overlaps.real(psi.amplitudes(), lambda);
    double[][] dTheta = new double[1][circuit.thetaCount()];
    double[][] dX = new double[1][circuit.inputCount()];
    backward(sweep, circuit, bound, theta, x, psi.amplitudes(), lambda, dTheta, dX, parallel);
    return new Gradient(value, dTheta[0], dX[0]);
  }

  /**
   * The gradient of {@code sum_k d_k p_k}, the probabilities {@code p_k = |<k|psi>|^2} of the
   * basis states weighted by {@code diagonal}, with respect to theta: a diagonal observable
   * {@code D = sum_k d_k |k><k|} given by its entries, for a circuit without inputs: one backward
   * sweep with the bra {@code D |psi>}. A loss of the output distribution, such as a generative model's maximum mean
   * discrepancy, back-propagates through this with {@code d_k = dLoss/dp_k}.
   *
   * @throws IllegalArgumentException if theta has the wrong length or a non-finite entry, or
   *     diagonal is not {@code 2^qubits} finite numbers
   */
  public static Gradient diagonalGradient(ParametrizedCircuit circuit, double[] theta,
      double[] diagonal) {
    double[] x = new double[0];
    circuit.checkArguments(theta, x);
    int dim = 1 << circuit.qubits();
    if (diagonal == null || diagonal.length != dim) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "diagonal: expected one weight per basis state (%d), got %s", dim,
          diagonal == null ? "null" : String.valueOf(diagonal.length)));
    }
    for (int k = 0; k < dim; k++) {
      if (!Double.isFinite(diagonal[k])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "diagonal: expected finite numbers, got %s at index %d", diagonal[k], k));
      }
    }
    Circuit bound = circuit.bindUnchecked(theta, x);
    PointSweep sweep = PointSweep.applies(circuit) ? PointSweep.forward(circuit, bound, 1) : null;
    double[] psi = finalState(circuit, bound, sweep, 1).amplitudes();
    double[] lambda = new double[psi.length];
    for (int k = 0; k < dim; k++) {
      lambda[2 * k] = diagonal[k] * psi[2 * k];
      lambda[2 * k + 1] = diagonal[k] * psi[2 * k + 1];
    }
    double value = Overlaps.real(psi, lambda);
    double[][] dTheta = new double[1][circuit.thetaCount()];
    double[][] dX = new double[1][0];
    backward(sweep, circuit, bound, theta, x, psi, lambda, dTheta, dX, 1);
    return new Gradient(value, dTheta[0], dX[0]);
  }

  /** The threads a sweep uses: one below the simulator's parallel threshold. */
  private static int threadsFor(ParametrizedCircuit circuit, int threads) {
    return circuit.qubits() < ParallelSimulator.PARALLEL_THRESHOLD_QUBITS ? 1 : threads;
  }

  /** {@code psi}: the sweep's final state, or the circuit run now for the gate-by-gate sweep. */
  private static StateVector finalState(ParametrizedCircuit circuit, Circuit bound,
      PointSweep sweep, int threads) {
    return sweep != null ? StateVector.wrap(circuit.qubits(), sweep.finalState())
        : ParallelSimulator.run(bound, threads);
  }

  /** One bra's backward sweep: by points where the forward kept them, else gate by gate. */
  private static void backward(PointSweep sweep, ParametrizedCircuit circuit, Circuit bound,
      double[] theta, double[] x, double[] psi, double[] lambda, double[][] dTheta,
      double[][] dX, int threads) {
    if (sweep != null) {
      sweep.backward(theta, x, new double[][] {lambda}, dTheta, dX);
    } else {
      backward(circuit, bound, theta, x, psi, new double[][] {lambda}, dTheta, dX, threads,
          BlockedBackward.BLOCK_QUBITS);
    }
  }

  /**
   * The backward sweep: on entry {@code phi} is the final state and each {@code lambdas[i]} is
   * {@code H_i |psi>}; both are consumed. Adds {@code 2 Re <lambda| dU/dt |phi>} per trainable
   * angle, through its expression, into row i of dTheta and dX.
   */
  private static void backward(ParametrizedCircuit circuit, Circuit bound, double[] theta,
      double[] x, double[] phi, double[][] lambdas, double[][] dTheta, double[][] dX,
      int threads, int blockQubits) {
    int n = circuit.qubits();
    List<ParametrizedOperation> templates = circuit.operations();
    List<Operation> ops = bound.operations();
    if (lambdas.length == 1 && BlockedBackward.applies(n, blockQubits)) {
      BlockedBackward.run(n, blockQubits, templates, ops, circuit.backwardSchedule(), theta, x,
          phi, lambdas[0], dTheta[0], dX[0], threads);
      return;
    }
    if (lambdas.length == 1) {
      // One bra: peel in the circuit's BackwardSchedule, whose pairs share a pass. Several bras
      // (a Jacobian) take the gates one by one, each step reading every bra.
      List<int[]> steps = circuit.backwardSchedule();
      double[] pair = new double[2 * rangesPerStep(phi.length >> 1, threads)];
      for (int s = 0; s < steps.size(); s++) {
        int[] step = steps.get(s);
        if (step.length == 1) {
          peel(n, templates, ops, step[0], theta, x, phi, lambdas, dTheta, dX,
              s < steps.size() - 1);
        } else {
          fusedPair(n, templates, ops, step, theta, x, phi, lambdas[0], dTheta[0], dX[0], pair,
              threads);
        }
      }
      return;
    }
    for (int g = ops.size() - 1; g >= 0; g--) {
      peel(n, templates, ops, g, theta, x, phi, lambdas, dTheta, dX, g > 0);
    }
  }

  /**
   * One schedule step swept over the whole state, for {@link BlockedBackward}: a pair (on
   * {@code threads} threads) or a gate alone.
   */
  static void sweepStep(int n, List<ParametrizedOperation> templates, List<Operation> ops,
      int[] step, double[] theta, double[] x, double[] phi, double[] lambda, double[] dTheta,
      double[] dX, int threads) {
    if (step.length == 1) {
      peel(n, templates, ops, step[0], theta, x, phi, new double[][] {lambda},
          new double[][] {dTheta}, new double[][] {dX}, true);
    } else {
      fusedPair(n, templates, ops, step, theta, x, phi, lambda, dTheta, dX,
          new double[2 * rangesPerStep(phi.length >> 1, threads)], threads);
    }
  }

  /**
   * One schedule step on a compact state of {@code n} qubits (a block of {@link BlockedBackward}),
   * {@code compact} its gates on the block's wires: adds each angle's derivative share to
   * {@code partial[slot ..]} (one slot per angle of each trainable gate, in step order) and peels
   * the gates off phi and lambda.
   */
  static void compactStep(int n, List<ParametrizedOperation> templates, int[] gates,
      Operation[] compact, double[] phi, double[] lambda, double[] partial, int slot) {
    if (gates.length > 1) {
      Operation a = compact[gates.length - 2], b = compact[gates.length - 1];
      int control = gates.length == 3 ? 1 << (n - 1 - compact[0].wire(0)) : 0;
      AdjointSteps.addPairOnRange(phi, lambda, control, 1 << (n - 1 - a.wire(0)), axis(a.gate()),
          Math.cos(a.angle(0) / 2), Math.sin(a.angle(0) / 2), axis(b.gate()),
          Math.cos(b.angle(0) / 2), Math.sin(b.angle(0) / 2), partial, slot, slot + 1, 0,
          phi.length >> 1);
      return;
    }
    Operation op = compact[0];
    ParametrizedOperation template = templates.get(gates[0]);
    boolean trainable = template.isTrainable();
    if (trainable && isFusedRotation(op.gate())) {
      partial[slot] += fusedStep(op, n, phi, lambda);
      return;
    }
    Operation inverse = GateInverses.of(op);
    int[] strides = trainable ? strides(n, op) : null;
    int params = op.gate().params();
    if (trainable && params == 1) {
      partial[slot] += 2 * Overlaps.real(lambda, phi, strides, GateDerivatives.generatorOf(op));
    }
    Simulator.apply(phi, n, inverse);
    if (trainable && params > 1) {
      for (int p = 0; p < params; p++) {
        if (!template.angles().get(p).isConstant()) {
          partial[slot + p] += 2 * Overlaps.real(lambda, phi, strides,
              GateDerivatives.matrix(op, p));
        }
      }
    }
    Simulator.apply(lambda, n, inverse);
  }

  /**
   * A pair of rotations on one wire ({@code {later, earlier}}), or a CNOT and such a pair on its
   * target ({@code {cnot, later, earlier}}), in one {@link AdjointSteps} pass, its amplitudes
   * split into up to {@code dAngle.length / 2} ranges shared by {@code threads} threads;
   * {@code dAngle} is scratch space for each range's two partial derivatives.
   */
  private static void fusedPair(int n, List<ParametrizedOperation> templates,
      List<Operation> ops, int[] step, double[] theta, double[] x, double[] phi,
      double[] lambda, double[] dTheta, double[] dX, double[] dAngle, int threads) {
    int later = step[step.length - 2], earlier = step[step.length - 1];
    Operation a = ops.get(later), b = ops.get(earlier);
    int t = 1 << (n - 1 - a.wire(0));
    int control = step.length == 3 ? 1 << (n - 1 - ops.get(step[0]).wire(0)) : 0;
    int axisA = axis(a.gate()), axisB = axis(b.gate());
    double cosA = Math.cos(a.angle(0) / 2), sinA = Math.sin(a.angle(0) / 2);
    double cosB = Math.cos(b.angle(0) / 2), sinB = Math.sin(b.angle(0) / 2);
    int size = phi.length >> 1;
    // ranges of whole blocks, a power of two of them, so that each is a whole number of blocks
    int ranges = Math.min(dAngle.length / 2, size / AdjointSteps.block(control, t));
    int width = size / ranges;
    Arrays.fill(dAngle, 0, 2 * ranges, 0);
    if (ranges == 1) {
      // one thread, or a step on the top wire: no task to hand out
      AdjointSteps.addPairOnRange(phi, lambda, control, t, axisA, cosA, sinA, axisB, cosB, sinB,
          dAngle, 0, 1, 0, size);
    } else {
      ParallelChunks.run(ranges, threads, r -> AdjointSteps.addPairOnRange(phi, lambda, control,
          t, axisA, cosA, sinA, axisB, cosB, sinB, dAngle, 2 * r, 2 * r + 1, r * width,
          (r + 1) * width));
    }
    double dA = 0, dB = 0;
    for (int r = 0; r < ranges; r++) {
      dA += dAngle[2 * r];
      dB += dAngle[2 * r + 1];
    }
    templates.get(later).angles().get(0).accumulate(dA, theta, x, dTheta, dX);
    templates.get(earlier).angles().get(0).accumulate(dB, theta, x, dTheta, dX);
  }

  /**
   * How many ranges a fused step's amplitudes are split into: one on one thread, else
   * {@link #RANGES_PER_THREAD} per thread rounded up to a power of two, so that a thread that
   * falls behind on a shared machine is covered by the others.
   */
  private static int rangesPerStep(int size, int threads) {
    if (threads == 1) {
      return 1;
    }
    return Math.min(size, Integer.highestOneBit(threads * RANGES_PER_THREAD - 1) << 1);
  }

  private static int axis(Gate gate) {
    return gate == Gate.RX ? AdjointSteps.X : gate == Gate.RY ? AdjointSteps.Y : AdjointSteps.Z;
  }

  /**
   * Gate g alone: reads its derivatives into every row and peels it off phi and, unless nothing
   * reads them again, off every lambda.
   */
  private static void peel(int n, List<ParametrizedOperation> templates, List<Operation> ops,
      int g, double[] theta, double[] x, double[] phi, double[][] lambdas, double[][] dTheta,
      double[][] dX, boolean lambdasReadLater) {
    Operation op = ops.get(g);
    ParametrizedOperation template = templates.get(g);
    boolean trainable = template.isTrainable();
    if (trainable && lambdas.length == 1 && isFusedRotation(op.gate())) {
      double dAngle = fusedStep(op, n, phi, lambdas[0]);
      template.angles().get(0).accumulate(dAngle, theta, x, dTheta[0], dX[0]);
      return;
    }
    Operation inverse = GateInverses.of(op);
    int[] strides = trainable ? strides(n, op) : null;
    if (trainable && op.gate().params() == 1) {
      // dU/dt |phi_(g-1)> = K |phi_g>: read the derivative before peeling the gate off.
      double[] generator = GateDerivatives.generatorOf(op);
      Param angle = template.angles().get(0);
      for (int i = 0; i < lambdas.length; i++) {
        double dAngle = 2 * Overlaps.real(lambdas[i], phi, strides, generator);
        angle.accumulate(dAngle, theta, x, dTheta[i], dX[i]);
      }
    }
    Simulator.apply(phi, n, inverse);
    if (trainable && op.gate().params() > 1) {
      for (int p = 0; p < op.gate().params(); p++) {
        Param angle = template.angles().get(p);
        if (angle.isConstant()) {
          continue;
        }
        double[] derivative = GateDerivatives.matrix(op, p);
        for (int i = 0; i < lambdas.length; i++) {
          double dAngle = 2 * Overlaps.real(lambdas[i], phi, strides, derivative);
          angle.accumulate(dAngle, theta, x, dTheta[i], dX[i]);
        }
      }
    }
    if (lambdasReadLater) {
      for (double[] lambda : lambdas) {
        Simulator.apply(lambda, n, inverse);
      }
    }
  }

  private static boolean isFusedRotation(Gate gate) {
    return gate == Gate.RX || gate == Gate.RY || gate == Gate.RZ;
  }

  /** One {@link AdjointSteps} pass: the derivative, and the gate peeled off phi and lambda. */
  private static double fusedStep(Operation op, int n, double[] phi, double[] lambda) {
    int t = 1 << (n - 1 - op.wire(0));
    double cos = Math.cos(op.angle(0) / 2), sin = Math.sin(op.angle(0) / 2);
    switch (op.gate()) {
      case RX: return AdjointSteps.rx(phi, lambda, t, cos, sin);
      case RY: return AdjointSteps.ry(phi, lambda, t, cos, sin);
      default: return AdjointSteps.rz(phi, lambda, t, cos, sin);
    }
  }

  /** Amplitude strides of an operation's wires in an n-qubit state (wire 0 most significant). */
  static int[] strides(int n, Operation op) {
    int[] strides = new int[op.arity()];
    for (int k = 0; k < strides.length; k++) {
      strides[k] = 1 << (n - 1 - op.wire(k));
    }
    return strides;
  }
}
