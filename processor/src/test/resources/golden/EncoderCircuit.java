package demo;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.batch.BatchKernels;
import io.qml4j.runtime.batch.BatchStates;
import io.qml4j.runtime.internal.GeneratedChecks;
import io.qml4j.runtime.kernel.Kernels;
import io.qml4j.runtime.kernel.PhasePolynomial;
import java.lang.Double;
import java.lang.IllegalArgumentException;
import java.lang.Math;
import java.lang.String;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The model {@link Encoder}, compiled by qml4j: 2 qubit(s), 0 trainable parameter(s), 2 input(s);
 * 6 gates as written, 6 simulated (optimisation off).
 * Generated code: do not edit.
 */
@Generated(
    value = "io.qml4j.processor.QuantumModelProcessor",
    comments = "from demo.Encoder"
)
public final class EncoderCircuit {
  /**
   * Number of qubits; wire 0 is the most significant bit of a basis index.
   */
  public static final int QUBITS = 2;

  /**
   * Number of trainable parameters: the length of {@code theta}.
   */
  public static final int PARAMS = 0;

  /**
   * Number of inputs: the length of {@code x}.
   */
  public static final int INPUTS = 2;

  /**
   * Number of gates the simulation applies.
   */
  public static final int GATES = 6;

  private EncoderCircuit() {
  }

  /**
   * The model's state: the circuit applied to |0...0>.
   */
  public static StateVector state(double[] x) {
    check(x, "x", INPUTS);
    double[] psi = StateVector.allocate(QUBITS);
    psi[0] = 1;
    featureMap(psi, x);
    return StateVector.wrap(QUBITS, psi);
  }

  /**
   * The circuit as written in the model class, bound to these arguments:
   * the same gates the runtime's CircuitBuilder records when it runs the model's methods.
   */
  public static Circuit circuit(double[] x) {
    check(x, "x", INPUTS);
    List<Operation> ops = new ArrayList<>(6);
    written0(ops, x);
    return new Circuit(QUBITS, ops);
  }

  /**
   * The circuit this class simulates, bound to these arguments
   * (after optimisation, if on): equal in effect to {@link #circuit}.
   */
  public static Circuit simulatedCircuit(double[] x) {
    check(x, "x", INPUTS);
    List<Operation> ops = new ArrayList<>(6);
    simulated0(ops, x);
    return new Circuit(QUBITS, ops);
  }

  /**
   * The fidelity kernel of the feature map, {@code |<phi(x1)|phi(x2)>|^2}.
   */
  public static double kernel(double[] x1, double[] x2) {
    check(x1, "x1", INPUTS);
    check(x2, "x2", INPUTS);
    double[] a = StateVector.allocate(QUBITS);
    a[0] = 1;
    featureMap(a, x1);
    double[] b = StateVector.allocate(QUBITS);
    b[0] = 1;
    featureMap(b, x2);
    double re = 0, im = 0;
    for (int i = 0; i < a.length; i += 2) {
      re += a[i] * b[i] + a[i + 1] * b[i + 1];
      im += a[i] * b[i + 1] - a[i + 1] * b[i];
    }
    return re * re + im * im;
  }

  /**
   * The model's state at every input: element b equals {@code state(xs[b])} to rounding (1e-12),
   * for kernel matrices and other work on many states. The inputs are simulated in
   * blocks of states side by side, each gate applied to a whole block at vector width.
   *
   * @param xs the inputs, one row of {@code INPUTS} values per point
   * @return one state per point
   * @throws IllegalArgumentException if xs is null, or a row is null, of the wrong length
   *     or holds a non-finite value (the message names the row)
   */
  public static StateVector[] statesBatch(double[][] xs) {
    checkBatch(xs);
    StateVector[] out = new StateVector[xs.length];
    int block = BatchKernels.lanes(QUBITS, xs.length);
    double[] re = new double[block << QUBITS], im = new double[block << QUBITS];
    double[] perLane = new double[8 * block];
    for (int from = 0; from < xs.length; from += block) {
      int lanes = Math.min(block, xs.length - from);
      BatchKernels.start(re, im, 4, lanes);
      simulateBatch(re, im, perLane, lanes, from, xs);
      BatchStates.unpack(re, im, QUBITS, lanes, out, from);
    }
    return out;
  }

  private static void checkBatch(double[][] xs) {
    if (xs == null) {
      throw new IllegalArgumentException("xs: expected a batch of inputs, got null");
    }
    for (int b = 0; b < xs.length; b++) {
      double[] x = xs[b];
      boolean good = x != null && x.length == INPUTS;
      for (int i = 0; good && i < x.length; i++) {
        good = Double.isFinite(x[i]);
      }
      if (!good) {
        check(x, "xs[" + b + "]", INPUTS);
      }
    }
  }

  private static void written0(List<Operation> ops, double[] x) {
    ops.add(Operation.of(Gate.H, new int[] {0}));
    ops.add(Operation.of(Gate.PHASE_SHIFT, new int[] {0}, Math.PI * x[0]));
    ops.add(Operation.of(Gate.H, new int[] {1}));
    ops.add(Operation.of(Gate.PHASE_SHIFT, new int[] {1}, Math.PI * x[1]));
    ops.add(Operation.of(Gate.CONTROLLED_PHASE, new int[] {0, 1}, (Math.PI - x[0]) * (Math.PI - x[1])));
    ops.add(Operation.of(Gate.RZ, new int[] {0}, 0.0));
  }

  private static void simulated0(List<Operation> ops, double[] x) {
    ops.add(Operation.of(Gate.H, new int[] {0}));
    ops.add(Operation.of(Gate.PHASE_SHIFT, new int[] {0}, Math.PI * x[0]));
    ops.add(Operation.of(Gate.H, new int[] {1}));
    ops.add(Operation.of(Gate.PHASE_SHIFT, new int[] {1}, Math.PI * x[1]));
    ops.add(Operation.of(Gate.CONTROLLED_PHASE, new int[] {0, 1}, (Math.PI - x[0]) * (Math.PI - x[1])));
    ops.add(Operation.of(Gate.RZ, new int[] {0}, 0.0));
  }

  private static void featureMap0(double[] psi, double[] x) {
    // line 8: H on 0  <- q.h(i)
    // line 9: PhaseShift(Math.PI * x[0]) on 0  <- q.phaseShift(i, Math.PI * x[i])
    double a0_1 = GeneratedChecks.angle(Math.PI * x[0], "PhaseShift", 0);
    double c0_1 = Math.cos(a0_1), s0_1 = Math.sin(a0_1);
    double f0_1_4 = 0.7071067811865476 * c0_1;
    double f0_1_5 = 0.7071067811865476 * s0_1;
    double f0_1_6 = -0.7071067811865476 * c0_1;
    double f0_1_7 = -0.7071067811865476 * s0_1;
    Kernels.general1(psi, 2, 0.7071067811865476, 0.0, 0.7071067811865476, 0.0, f0_1_4, f0_1_5, f0_1_6, f0_1_7);
    // line 8: H on 1  <- q.h(i)
    // line 9: PhaseShift(Math.PI * x[1]) on 1  <- q.phaseShift(i, Math.PI * x[i])
    double a1_1 = GeneratedChecks.angle(Math.PI * x[1], "PhaseShift", 0);
    double c1_1 = Math.cos(a1_1), s1_1 = Math.sin(a1_1);
    double f1_1_4 = 0.7071067811865476 * c1_1;
    double f1_1_5 = 0.7071067811865476 * s1_1;
    double f1_1_6 = -0.7071067811865476 * c1_1;
    double f1_1_7 = -0.7071067811865476 * s1_1;
    Kernels.general1(psi, 1, 0.7071067811865476, 0.0, 0.7071067811865476, 0.0, f1_1_4, f1_1_5, f1_1_6, f1_1_7);
    // 2 gates, CNOTs and diagonals, as one phase table: each diagonal a phase on the
    // parities (masks of strides) its wires hold after the CNOTs before it
    double[] phases2 = new double[4];
    // line 11: ControlledPhase((Math.PI - x[0]) * (Math.PI - x[1])) on 0, 1  <- q.controlledPhase(0, 1, (Math.PI - x[0]) * (M...
    double a2_0 = GeneratedChecks.angle((Math.PI - x[0]) * (Math.PI - x[1]), "ControlledPhase", 0);
    PhasePolynomial.both(phases2, 2, 1, a2_0);
    // line 12: Rz(0.0) on 0  <- q.rz(0, 0.0)
    PhasePolynomial.global(phases2, -0.5 * 0.0);
    PhasePolynomial.parity(phases2, 2, 0.0);
    PhasePolynomial.apply(psi, phases2, 2);
  }

  private static void featureMap(double[] psi, double[] x) {
    featureMap0(psi, x);
  }

  private static void simulateBatch0(double[] re, double[] im, double[] perLane, int lanes,
      int from, double[][] xs) {
    // line 8: H on 0  <- q.h(i)
    for (int b = 0; b < lanes; b++) {
      double[] x = xs[from + b];
      // line 9: PhaseShift(Math.PI * x[0]) on 0  <- q.phaseShift(i, Math.PI * x[i])
      double a0_1 = GeneratedChecks.angle(Math.PI * x[0], "PhaseShift", 0);
      double c0_1 = Math.cos(a0_1), s0_1 = Math.sin(a0_1);
      double f0_1_4 = 0.7071067811865476 * c0_1;
      double f0_1_5 = 0.7071067811865476 * s0_1;
      double f0_1_6 = -0.7071067811865476 * c0_1;
      double f0_1_7 = -0.7071067811865476 * s0_1;
      perLane[b] = 0.7071067811865476;
      perLane[1 * lanes + b] = 0.0;
      perLane[2 * lanes + b] = 0.7071067811865476;
      perLane[3 * lanes + b] = 0.0;
      perLane[4 * lanes + b] = f0_1_4;
      perLane[5 * lanes + b] = f0_1_5;
      perLane[6 * lanes + b] = f0_1_6;
      perLane[7 * lanes + b] = f0_1_7;
    }
    BatchKernels.general1Lanes(re, im, 4, lanes, 2, perLane);
    // line 8: H on 1  <- q.h(i)
    for (int b = 0; b < lanes; b++) {
      double[] x = xs[from + b];
      // line 9: PhaseShift(Math.PI * x[1]) on 1  <- q.phaseShift(i, Math.PI * x[i])
      double a1_1 = GeneratedChecks.angle(Math.PI * x[1], "PhaseShift", 0);
      double c1_1 = Math.cos(a1_1), s1_1 = Math.sin(a1_1);
      double f1_1_4 = 0.7071067811865476 * c1_1;
      double f1_1_5 = 0.7071067811865476 * s1_1;
      double f1_1_6 = -0.7071067811865476 * c1_1;
      double f1_1_7 = -0.7071067811865476 * s1_1;
      perLane[b] = 0.7071067811865476;
      perLane[1 * lanes + b] = 0.0;
      perLane[2 * lanes + b] = 0.7071067811865476;
      perLane[3 * lanes + b] = 0.0;
      perLane[4 * lanes + b] = f1_1_4;
      perLane[5 * lanes + b] = f1_1_5;
      perLane[6 * lanes + b] = f1_1_6;
      perLane[7 * lanes + b] = f1_1_7;
    }
    BatchKernels.general1Lanes(re, im, 4, lanes, 1, perLane);
    for (int b = 0; b < lanes; b++) {
      double[] x = xs[from + b];
      // line 11: ControlledPhase((Math.PI - x[0]) * (Math.PI - x[1])) on 0, 1  <- q.controlledPhase(0, 1, (Math.PI - x[0]) * (M...
      double a2 = GeneratedChecks.angle((Math.PI - x[0]) * (Math.PI - x[1]), "ControlledPhase", 0);
      double c2 = Math.cos(a2), s2 = Math.sin(a2);
      perLane[b] = c2;
      perLane[lanes + b] = s2;
    }
    BatchKernels.phaseLanes(re, im, 4, lanes, 3, perLane);
    // line 12: Rz(0.0) on 0  <- q.rz(0, 0.0)
    double c3_0 = 1.0, s3_0 = 0.0;
    BatchKernels.diagonal1(re, im, 4, lanes, 2, c3_0, -s3_0, c3_0, s3_0);
  }

  private static void simulateBatch(double[] re, double[] im, double[] perLane, int lanes, int from,
      double[][] xs) {
    simulateBatch0(re, im, perLane, lanes, from, xs);
  }

  private static void check(double[] values, String name, int expected) {
    if (values == null) {
      throw new IllegalArgumentException(name + ": expected " + expected + " values, got null");
    }
    if (values.length != expected) {
      throw new IllegalArgumentException(name + ": expected " + expected + " values, got " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(name + ": element " + i + " is " + values[i] + ", expected a finite number");
      }
    }
  }
}
