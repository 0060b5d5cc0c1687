package io.qml4j.dsl;

import java.util.ArrayList;
import java.util.List;

/**
 * The gate vocabulary of qml4j. Model methods receive a {@code Q} and call its gates; the runtime
 * implements it as a builder that records a circuit, and the annotation processor evaluates calls
 * to it at compile time. Wire 0 is the most significant bit of a basis index (as in PennyLane and
 * Cirq). Every gate method is a thin default over {@link #gate}, so an implementation only
 * provides {@link #gate}, {@link #pauliRot}, {@link #unitary} and {@link #qubits}.
 */
public interface Q {
  /** Number of qubits of the circuit being built. */
  int qubits();

  /** Applies a gate of the table with its angles (the core that every named gate calls). */
  void gate(Gate gate, int[] wires, double... angles);

  /** {@code exp(-i angle P / 2)} for a Pauli word P such as "XZY", one letter per wire. */
  void pauliRot(double angle, String word, int... wires);

  /**
   * A user-supplied unitary on one or two wires: a row-major matrix with interleaved real and
   * imaginary parts ({@code 2 d d} numbers for {@code d = 2^wires}), checked unitary to 1e-10.
   */
  void unitary(double[] matrix, int... wires);

  // Noise channels: recorded by noisy builders and compiled models; unitary builders refuse them.

  /**
   * Places a noise channel on a wire (the core every named channel calls). The default refuses:
   * a builder of unitary circuits has no place for a channel; the runtime's
   * {@code NoisyCircuitBuilder} and the annotation processor record it.
   *
   * @param kind the channel
   * @param wire its wire
   * @param parameters its parameters, as {@link ChannelKind#parameters()} names them
   * @throws UnsupportedOperationException in a builder of unitary circuits
   */
  default void channel(ChannelKind kind, int wire, double... parameters) {
    throw new UnsupportedOperationException(String.format(java.util.Locale.ROOT,
        "%s(%d, ...): %s records unitary circuits and has no place for a noise channel; place "
            + "channels with io.qml4j.runtime.noise.NoisyCircuitBuilder or in a compiled model",
        kind.methodName(), wire, getClass().getSimpleName()));
  }

  /** Depolarizing noise: X, Y or Z each with probability {@code p / 3}. */
  default void depolarizing(int wire, double p) {
    channel(ChannelKind.DEPOLARIZING, wire, p);
  }

  /** A bit flip (X) with probability p. */
  default void bitFlip(int wire, double p) { channel(ChannelKind.BIT_FLIP, wire, p); }

  /** A phase flip (Z) with probability p. */
  default void phaseFlip(int wire, double p) { channel(ChannelKind.PHASE_FLIP, wire, p); }

  /** Amplitude damping: |1> decays to |0> with probability gamma. */
  default void amplitudeDamping(int wire, double gamma) {
    channel(ChannelKind.AMPLITUDE_DAMPING, wire, gamma);
  }

  /** Phase damping with probability lambda. */
  default void phaseDamping(int wire, double lambda) {
    channel(ChannelKind.PHASE_DAMPING, wire, lambda);
  }

  /** Thermal relaxation with times T1 and T2 over a gate time, all in one unit. */
  default void thermalRelaxation(int wire, double t1, double t2, double time) {
    channel(ChannelKind.THERMAL_RELAXATION, wire, t1, t2, time);
  }

  // Single-qubit gates.

  /** Identity. */
  default void i(int wire) { gate(Gate.I, new int[] {wire}); }

  /** Hadamard. */
  default void h(int wire) { gate(Gate.H, new int[] {wire}); }

  /** Pauli X. */
  default void x(int wire) { gate(Gate.X, new int[] {wire}); }

  /** Pauli Y. */
  default void y(int wire) { gate(Gate.Y, new int[] {wire}); }

  /** Pauli Z. */
  default void z(int wire) { gate(Gate.Z, new int[] {wire}); }

  /** Phase gate diag(1, i). */
  default void s(int wire) { gate(Gate.S, new int[] {wire}); }

  /** Inverse phase gate diag(1, -i). */
  default void sdg(int wire) { gate(Gate.SDG, new int[] {wire}); }

  /** T gate diag(1, exp(i pi / 4)). */
  default void t(int wire) { gate(Gate.T, new int[] {wire}); }

  /** Inverse T gate. */
  default void tdg(int wire) { gate(Gate.TDG, new int[] {wire}); }

  /** Square root of X. */
  default void sx(int wire) { gate(Gate.SX, new int[] {wire}); }

  /** {@code exp(-i angle X / 2)}. */
  default void rx(int wire, double angle) { gate(Gate.RX, new int[] {wire}, angle); }

  /** {@code exp(-i angle Y / 2)}. */
  default void ry(int wire, double angle) { gate(Gate.RY, new int[] {wire}, angle); }

  /** {@code exp(-i angle Z / 2)}. */
  default void rz(int wire, double angle) { gate(Gate.RZ, new int[] {wire}, angle); }

  /** diag(1, exp(i angle)). */
  default void phaseShift(int wire, double angle) {
    gate(Gate.PHASE_SHIFT, new int[] {wire}, angle);
  }

  /** OpenQASM's U3(theta, phi, lambda). */
  default void u3(int wire, double theta, double phi, double lambda) {
    gate(Gate.U3, new int[] {wire}, theta, phi, lambda);
  }

  /** {@code Rot(phi, theta, omega) = RZ(omega) RY(theta) RZ(phi)}. */
  default void rot(int wire, double phi, double theta, double omega) {
    gate(Gate.ROT, new int[] {wire}, phi, theta, omega);
  }

  // Two-qubit gates: the first wire is the control where there is one.

  /** Controlled NOT. */
  default void cnot(int control, int target) { gate(Gate.CNOT, new int[] {control, target}); }

  /** Controlled Y. */
  default void cy(int control, int target) { gate(Gate.CY, new int[] {control, target}); }

  /** Controlled Z. */
  default void cz(int control, int target) { gate(Gate.CZ, new int[] {control, target}); }

  /** Swaps two wires. */
  default void swap(int a, int b) { gate(Gate.SWAP, new int[] {a, b}); }

  /** iSWAP: swaps |01> and |10> with a phase i. */
  default void iswap(int a, int b) { gate(Gate.ISWAP, new int[] {a, b}); }

  /** The echoed cross-resonance gate {@code (IX - XY) / sqrt 2} on (a, b). */
  default void ecr(int a, int b) { gate(Gate.ECR, new int[] {a, b}); }

  /** Controlled RX. */
  default void crx(int control, int target, double angle) {
    gate(Gate.CRX, new int[] {control, target}, angle);
  }

  /** Controlled RY. */
  default void cry(int control, int target, double angle) {
    gate(Gate.CRY, new int[] {control, target}, angle);
  }

  /** Controlled RZ. */
  default void crz(int control, int target, double angle) {
    gate(Gate.CRZ, new int[] {control, target}, angle);
  }

  /** Controlled Rot. */
  default void crot(int control, int target, double phi, double theta, double omega) {
    gate(Gate.CROT, new int[] {control, target}, phi, theta, omega);
  }

  /** diag(1, 1, 1, exp(i angle)). */
  default void controlledPhase(int control, int target, double angle) {
    gate(Gate.CONTROLLED_PHASE, new int[] {control, target}, angle);
  }

  /** {@code exp(-i angle X X / 2)}. */
  default void isingXX(int a, int b, double angle) {
    gate(Gate.ISING_XX, new int[] {a, b}, angle);
  }

  /** {@code exp(-i angle Y Y / 2)}. */
  default void isingYY(int a, int b, double angle) {
    gate(Gate.ISING_YY, new int[] {a, b}, angle);
  }

  /** {@code exp(-i angle Z Z / 2)}. */
  default void isingZZ(int a, int b, double angle) {
    gate(Gate.ISING_ZZ, new int[] {a, b}, angle);
  }

  /** Givens rotation between |01> and |10> (PennyLane's SingleExcitation). */
  default void singleExcitation(int a, int b, double angle) {
    gate(Gate.SINGLE_EXCITATION, new int[] {a, b}, angle);
  }

  /** Givens rotation between |0011> and |1100> (PennyLane's DoubleExcitation). */
  default void doubleExcitation(int a, int b, int c, int d, double angle) {
    gate(Gate.DOUBLE_EXCITATION, new int[] {a, b, c, d}, angle);
  }

  // Three-qubit gates.

  /** Toffoli (CCNOT). */
  default void toffoli(int control1, int control2, int target) {
    gate(Gate.TOFFOLI, new int[] {control1, control2, target});
  }

  /** Controlled SWAP (Fredkin). */
  default void cswap(int control, int a, int b) { gate(Gate.CSWAP, new int[] {control, a, b}); }

  /** {@code exp(-i angle Z...Z / 2)} on the given wires. */
  default void multiRZ(double angle, int... wires) { gate(Gate.MULTI_RZ, wires, angle); }

  // Templates, defined once in Templates.

  /** One rotation per feature, on wires 0 .. x.length-1; rotation "X", "Y" or "Z". */
  default void angleEmbedding(double[] x, String rotation) {
    Templates.angleEmbedding(AngleAlgebra.DOUBLES, doubleSink(), boxed(x, "x"), rotation);
  }

  /**
   * Amplitude embedding of a real vector of length 2^m on wires 0 .. m-1 (normalised on the way);
   * must start from |0...0>.
   */
  default void amplitudeEmbedding(double[] features) {
    List<Double> values = boxed(features, "features");
    boolean allZero = true;
    for (double f : features) {
      allZero &= f == 0;
    }
    if (allZero) {
      throw new IllegalArgumentException("features: all zero, cannot be normalised");
    }
    Templates.amplitudeEmbedding(AngleAlgebra.DOUBLES, doubleSink(), values);
  }

  /** The ZZ feature map of Havlicek et al. 2019 on wires 0 .. x.length-1. */
  default void zzFeatureMap(double[] x, int reps) {
    Templates.zzFeatureMap(AngleAlgebra.DOUBLES, doubleSink(), boxed(x, "x"), reps);
  }

  /** PennyLane's IQPEmbedding on wires 0 .. x.length-1. */
  default void iqpEmbedding(double[] x, int reps) {
    Templates.iqpEmbedding(AngleAlgebra.DOUBLES, doubleSink(), boxed(x, "x"), reps);
  }

  /** PennyLane's BasicEntanglerLayers over all qubits; theta holds layers x qubits angles. */
  default void basicEntanglerLayers(double[] theta, int layers, String rotation) {
    Templates.basicEntanglerLayers(
        AngleAlgebra.DOUBLES, doubleSink(), boxed(theta, "theta"), layers, qubits(), rotation);
  }

  /** PennyLane's StronglyEntanglingLayers over all qubits; theta holds layers x qubits x 3. */
  default void stronglyEntanglingLayers(double[] theta, int layers) {
    Templates.stronglyEntanglingLayers(
        AngleAlgebra.DOUBLES, doubleSink(), boxed(theta, "theta"), layers, qubits());
  }

  /** A QAOA cost layer {@code exp(-i gamma sum w Z_u Z_v)} for an unweighted edge list. */
  default void qaoaCostLayer(double gamma, int[][] edges) {
    Templates.qaoaCostLayer(AngleAlgebra.DOUBLES, doubleSink(), gamma, edges, null);
  }

  /** A QAOA cost layer for a weighted edge list (one weight per edge). */
  default void qaoaCostLayer(double gamma, int[][] edges, double[] weights) {
    Templates.qaoaCostLayer(AngleAlgebra.DOUBLES, doubleSink(), gamma, edges, weights);
  }

  /** A QAOA mixer layer {@code exp(-i beta sum X)} over all qubits. */
  default void qaoaMixerLayer(double beta) {
    Templates.qaoaMixerLayer(AngleAlgebra.DOUBLES, doubleSink(), beta, qubits());
  }

  /** Prepares the basis state given by one bit per wire (e.g. a Hartree-Fock state). */
  default void basisState(int... bits) {
    Templates.basisState(doubleSink(), bits);
  }

  private GateSink<Double> doubleSink() {
    return (gate, wires, angles) -> {
      double[] a = new double[angles.size()];
      for (int k = 0; k < a.length; k++) {
        a[k] = angles.get(k);
      }
      gate(gate, wires, a);
    };
  }

  private static List<Double> boxed(double[] values, String name) {
    if (values == null) {
      throw new IllegalArgumentException(name + ": expected an array of numbers, got null");
    }
    List<Double> list = new ArrayList<>(values.length);
    for (double v : values) {
      list.add(v);
    }
    return list;
  }
}
