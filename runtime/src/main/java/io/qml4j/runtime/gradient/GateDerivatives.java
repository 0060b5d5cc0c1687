package io.qml4j.runtime.gradient;

import io.qml4j.dsl.Gate;
import io.qml4j.dsl.GateMatrices;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.kernel.Kernels;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Exact derivatives of gate matrices with respect to one of their angles, as matrices and as
 * stride-based kernels (wire w of an n-qubit state has stride {@code 1 << (n - 1 - w)}, as in
 * {@link Kernels}). Each single-angle gate is {@code U(t) = exp(t K)} up to a constant factor, so
 * {@code dU/dt = K U(t)} with K its scaled generator: {@code -i/2 P} for the Pauli rotations
 * (RX, RY, RZ, IsingXX/YY/ZZ, MultiRZ, PauliRot), {@code |1><1| (x) -i/2 P} for CRX, CRY, CRZ,
 * {@code i |1><1|} and {@code i |11><11|} for PhaseShift and ControlledPhase, and {@code -i/2 G}
 * for the excitations, G being Y on the two rotated basis states. Rot, U3 and CRot are
 * differentiated through their single-angle factors (see {@link Factorization}).
 *
 * <p>A derivative matrix is not unitary; on a state it gives the unnormalised vector that adjoint
 * differentiation pairs with the back-propagated bra.
 */
public final class GateDerivatives {
  /** The generators of the fixed-arity single-angle gates, built once: they are constants. */
  private static final Map<Gate, double[]> GENERATORS = new EnumMap<>(Gate.class);

  static {
    for (Gate gate : Gate.values()) {
      if (gate.params() == 1 && gate.wires() != Gate.ANY_WIRES) {
        GENERATORS.put(gate, generator(gate, null, gate.wires()));
      }
    }
  }

  private GateDerivatives() {}

  /**
   * The scaled generator K of a single-angle operation, {@code dU/dt = K U(t)}: applied to the
   * state just after the gate it gives the derivative of that state, which spares adjoint
   * differentiation the derivative matrix. K does not depend on the angle.
   *
   * @throws IllegalArgumentException if the gate has not exactly one angle (split Rot, U3 and
   *     CRot with {@link #matrix(Operation, int)} instead)
   */
  public static double[] generator(Operation op) {
    return generatorOf(op).clone();
  }

  /**
   * The scaled generator K of a single-angle gate of fixed arity (RX, CRY, IsingZZ,
   * SingleExcitation, ...), {@code dU/dt = K U(t)}, on the gate's wires: what generated code
   * passes to {@link Overlaps#real(double[], double[], int[], double[])} in its backward sweep.
   *
   * @throws IllegalArgumentException for a gate without exactly one angle or of variable arity
   */
  public static double[] generator(Gate gate) {
    double[] k = GENERATORS.get(gate);
    if (k == null) {
      throw new IllegalArgumentException("gate: " + gate
          + " is not a single-angle gate of fixed arity; see multiRZMatrix and pauliRotMatrix");
    }
    return k.clone();
  }

  /** {@link #generator(Operation)} without the defensive copy; callers must not modify it. */
  static double[] generatorOf(Operation op) {
    switch (op.gate()) {
      case MULTI_RZ: return generator(Gate.MULTI_RZ, null, op.arity());
      case PAULI_ROT: return generator(Gate.PAULI_ROT, op.word(), op.arity());
      default:
        double[] k = GENERATORS.get(op.gate());
        if (k == null) {
          throw new IllegalArgumentException("op: " + op.gate() + " has not exactly one angle");
        }
        return k;
    }
  }

  /**
   * {@code dU/d angles[p]} of a gate of fixed arity, on its own wires (first wire most
   * significant), in the layout of {@link GateMatrices}.
   *
   * @throws IllegalArgumentException if the gate has no angle p or the angle count is wrong
   */
  public static double[] matrix(Gate gate, double[] angles, int p) {
    if (gate.wires() == Gate.ANY_WIRES) {
      throw new IllegalArgumentException(
          "gate: " + gate + " has variable arity: use multiRZMatrix or pauliRotMatrix");
    }
    checkAngleIndex(gate, angles, p);
    List<Factorization.Factor> factors = Factorization.of(gate);
    double[] product = null;
    for (Factorization.Factor f : factors) {
      double[] m = f.gate().matrix(angles[f.angle()]);
      if (f.angle() == p) {
        m = GateMatrices.multiply(GENERATORS.get(f.gate()), m);
      }
      product = product == null ? m : GateMatrices.multiply(m, product);
    }
    return product;
  }

  /** {@code d/dt exp(-i t Z...Z / 2)} on {@code wires} wires. */
  public static double[] multiRZMatrix(int wires, double angle) {
    return GateMatrices.multiply(generator(Gate.MULTI_RZ, null, wires),
        GateMatrices.multiRZ(wires, angle));
  }

  /** {@code d/dt exp(-i t P / 2)} for a Pauli word P such as {@code "XZY"}. */
  public static double[] pauliRotMatrix(String word, double angle) {
    return GateMatrices.multiply(generator(Gate.PAULI_ROT, word, word.length()),
        GateMatrices.pauliRot(word, angle));
  }

  /** The derivative matrix of a bound operation with respect to its angle p. */
  public static double[] matrix(Operation op, int p) {
    switch (op.gate()) {
      case MULTI_RZ:
        checkAngleIndex(op.gate(), op.angles(), p);
        return multiRZMatrix(op.arity(), op.angle(0));
      case PAULI_ROT:
        checkAngleIndex(op.gate(), op.angles(), p);
        return pauliRotMatrix(op.word(), op.angle(0));
      default:
        return matrix(op.gate(), op.angles(), p);
    }
  }

  /**
   * Replaces the state s by {@code (dU/d angles[p]) s} for a gate of the table on the wires of
   * the given strides (for {@link Gate#MULTI_RZ}, one stride per wire).
   */
  public static void apply(double[] s, Gate gate, int[] strides, double[] angles, int p) {
    double[] m = gate == Gate.MULTI_RZ
        ? multiRZMatrix(strides.length, checkedSingleAngle(gate, angles, p))
        : matrix(gate, angles, p);
    Kernels.dense(s, strides, m, new double[2 << strides.length]);
  }

  /** Replaces s by {@code (d/dt exp(-i t P / 2)) s} for a Pauli word on the given strides. */
  public static void applyPauliRot(double[] s, int[] strides, String word, double angle) {
    if (word.length() != strides.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "word: expected one letter per stride (%d), got \"%s\"", strides.length, word));
    }
    Kernels.dense(s, strides, pauliRotMatrix(word, angle), new double[2 << strides.length]);
  }

  /**
   * The scaled generator K of a single-angle gate, {@code dU/dt = K U(t)}, on {@code wires}
   * wires ({@code word} only for PauliRot).
   */
  static double[] generator(Gate gate, String word, int wires) {
    switch (gate) {
      case RX: return ComplexMatrices.timesMinusHalfI(GateMatrices.pauliWord("X"));
      case RY: return ComplexMatrices.timesMinusHalfI(GateMatrices.pauliWord("Y"));
      case RZ: return ComplexMatrices.timesMinusHalfI(GateMatrices.pauliWord("Z"));
      case CRX: return controlled(generator(Gate.RX, null, 1));
      case CRY: return controlled(generator(Gate.RY, null, 1));
      case CRZ: return controlled(generator(Gate.RZ, null, 1));
      case PHASE_SHIFT: return ComplexMatrices.single(2, 1, 1, 0, 1);
      case CONTROLLED_PHASE: return ComplexMatrices.single(4, 3, 3, 0, 1);
      case ISING_XX: return ComplexMatrices.timesMinusHalfI(GateMatrices.pauliWord("XX"));
      case ISING_YY: return ComplexMatrices.timesMinusHalfI(GateMatrices.pauliWord("YY"));
      case ISING_ZZ: return ComplexMatrices.timesMinusHalfI(GateMatrices.pauliWord("ZZ"));
      case MULTI_RZ:
        return ComplexMatrices.timesMinusHalfI(GateMatrices.pauliWord("Z".repeat(wires)));
      case PAULI_ROT: return ComplexMatrices.timesMinusHalfI(GateMatrices.pauliWord(word));
      // Givens rotations [[c, -s], [s, c]] between basis states a and b: -i/2 Y on that pair.
      case SINGLE_EXCITATION: return givensGenerator(4, 1, 2);
      case DOUBLE_EXCITATION: return givensGenerator(16, 3, 12);
      default:
        throw new IllegalArgumentException("gate: " + gate + " is not a single-angle gate");
    }
  }

  /** {@code |1><1| (x) k}: the generator of a gate controlled on its first wire. */
  private static double[] controlled(double[] k) {
    return GateMatrices.kron(ComplexMatrices.single(2, 1, 1, 1, 0), 2, k, 2);
  }

  private static double[] givensGenerator(int d, int a, int b) {
    return ComplexMatrices.plus(
        ComplexMatrices.single(d, a, b, -0.5, 0), ComplexMatrices.single(d, b, a, 0.5, 0));
  }

  private static double checkedSingleAngle(Gate gate, double[] angles, int p) {
    checkAngleIndex(gate, angles, p);
    return angles[0];
  }

  private static void checkAngleIndex(Gate gate, double[] angles, int p) {
    if (angles.length != gate.params()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "angles: gate %s takes %d angle(s), got %d", gate, gate.params(), angles.length));
    }
    if (p < 0 || p >= gate.params()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "p: gate %s has angles 0..%d, got %d", gate, gate.params() - 1, p));
    }
  }
}
