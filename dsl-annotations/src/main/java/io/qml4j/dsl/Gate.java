package io.qml4j.dsl;

import java.util.Locale;

/**
 * The gate table: every gate qml4j knows, with its arity, parameter count, structure, control
 * count, differentiation rule and matrix. It is the one source of truth read by the runtime (to
 * choose kernels), by the processor (to map {@link Q} method names to gates and to differentiate)
 * and by tests (to check every kernel against the matrix).
 *
 * <p>Conventions, as in PennyLane's documentation: wire 0 is the most significant bit of a basis
 * index; a matrix acts on the gate's wires in the order they are given, the first wire being the
 * most significant bit of the matrix index; rotations are {@code R_P(t) = exp(-i t P / 2)};
 * {@code Rot(a, b, c) = RZ(c) RY(b) RZ(a)}; {@code U3(theta, phi, lambda)} as in OpenQASM.
 *
 * <p>Matrices are returned as flat {@code double[]} arrays of length {@code 2 d d}, row-major with
 * interleaved real and imaginary parts: element (r, c) has real part at {@code 2 (r d + c)}.
 */
public enum Gate {
  I("i", 1, 0, Structure.DIAGONAL, 0, ShiftRule.NONE),
  H("h", 1, 0, Structure.REAL, 0, ShiftRule.NONE),
  X("x", 1, 0, Structure.PERMUTATION, 0, ShiftRule.NONE),
  Y("y", 1, 0, Structure.PERMUTATION, 0, ShiftRule.NONE),
  Z("z", 1, 0, Structure.DIAGONAL, 0, ShiftRule.NONE),
  S("s", 1, 0, Structure.DIAGONAL, 0, ShiftRule.NONE),
  SDG("sdg", 1, 0, Structure.DIAGONAL, 0, ShiftRule.NONE),
  T("t", 1, 0, Structure.DIAGONAL, 0, ShiftRule.NONE),
  TDG("tdg", 1, 0, Structure.DIAGONAL, 0, ShiftRule.NONE),
  SX("sx", 1, 0, Structure.GENERAL, 0, ShiftRule.NONE),
  RX("rx", 1, 1, Structure.GENERAL, 0, ShiftRule.TWO_TERM),
  RY("ry", 1, 1, Structure.REAL, 0, ShiftRule.TWO_TERM),
  RZ("rz", 1, 1, Structure.DIAGONAL, 0, ShiftRule.TWO_TERM),
  PHASE_SHIFT("phaseShift", 1, 1, Structure.DIAGONAL, 0, ShiftRule.TWO_TERM),
  U3("u3", 1, 3, Structure.GENERAL, 0, ShiftRule.TWO_TERM),
  ROT("rot", 1, 3, Structure.GENERAL, 0, ShiftRule.TWO_TERM),
  CNOT("cnot", 2, 0, Structure.PERMUTATION, 1, ShiftRule.NONE),
  CY("cy", 2, 0, Structure.PERMUTATION, 1, ShiftRule.NONE),
  CZ("cz", 2, 0, Structure.DIAGONAL, 1, ShiftRule.NONE),
  SWAP("swap", 2, 0, Structure.PERMUTATION, 0, ShiftRule.NONE),
  ISWAP("iswap", 2, 0, Structure.PERMUTATION, 0, ShiftRule.NONE),
  /**
   * The echoed cross-resonance gate, IBM Eagle's native two-qubit gate:
   * {@code ECR = (IX - XY) / sqrt 2} on (first, second) wire, which is
   * {@code (I X) exp(-i pi/4 X Z)}; Hermitian, so its own inverse.
   */
  ECR("ecr", 2, 0, Structure.GENERAL, 0, ShiftRule.NONE),
  CRX("crx", 2, 1, Structure.GENERAL, 1, ShiftRule.FOUR_TERM),
  CRY("cry", 2, 1, Structure.REAL, 1, ShiftRule.FOUR_TERM),
  CRZ("crz", 2, 1, Structure.DIAGONAL, 1, ShiftRule.FOUR_TERM),
  CROT("crot", 2, 3, Structure.GENERAL, 1, ShiftRule.FOUR_TERM),
  CONTROLLED_PHASE("controlledPhase", 2, 1, Structure.DIAGONAL, 1, ShiftRule.TWO_TERM),
  ISING_XX("isingXX", 2, 1, Structure.GENERAL, 0, ShiftRule.TWO_TERM),
  ISING_YY("isingYY", 2, 1, Structure.GENERAL, 0, ShiftRule.TWO_TERM),
  ISING_ZZ("isingZZ", 2, 1, Structure.DIAGONAL, 0, ShiftRule.TWO_TERM),
  SINGLE_EXCITATION("singleExcitation", 2, 1, Structure.REAL, 0, ShiftRule.FOUR_TERM),
  DOUBLE_EXCITATION("doubleExcitation", 4, 1, Structure.REAL, 0, ShiftRule.FOUR_TERM),
  TOFFOLI("toffoli", 3, 0, Structure.PERMUTATION, 2, ShiftRule.NONE),
  CSWAP("cswap", 3, 0, Structure.PERMUTATION, 1, ShiftRule.NONE),
  /** {@code exp(-i t Z...Z / 2)} on any number of wires. */
  MULTI_RZ("multiRZ", -1, 1, Structure.DIAGONAL, 0, ShiftRule.TWO_TERM),
  /** {@code exp(-i t P / 2)} for a Pauli word P (letters I, X, Y, Z, one per wire). */
  PAULI_ROT("pauliRot", -1, 1, Structure.GENERAL, 0, ShiftRule.TWO_TERM),
  /** A user-supplied unitary on one or two wires, carried with its matrix. */
  UNITARY("unitary", -1, 0, Structure.GENERAL, 0, ShiftRule.NONE);

  /** Arity of {@link #MULTI_RZ}, {@link #PAULI_ROT} and {@link #UNITARY}: fixed per use. */
  public static final int ANY_WIRES = -1;

  /** How a gate's matrix looks, which decides the kernel a simulator picks for it. */
  public enum Structure {
    /** Only diagonal entries: a phase per basis state. */
    DIAGONAL,
    /** One non-zero per row and column: a permutation with phases. */
    PERMUTATION,
    /** A real matrix. */
    REAL,
    /** Anything else. */
    GENERAL
  }

  /**
   * The parameter-shift rule valid for each parameter of a gate. Two-term: the parameter enters as
   * {@code exp(-i t G)} with G of two eigenvalues +-1/2 (or 0 and 1); four-term: G has the three
   * eigenvalues -1/2, 0, 1/2, as in controlled rotations (Anselmetti et al. 2021, eq. 30).
   */
  public enum ShiftRule {
    /** Not parameterised. */
    NONE,
    /** {@code d<H>/dt = [<H>(t + pi/2) - <H>(t - pi/2)] / 2}. */
    TWO_TERM,
    /** Four evaluations at shifts {@code +-pi/2} and {@code +-3 pi/2}. */
    FOUR_TERM
  }

  private final String methodName;
  private final int wires;
  private final int params;
  private final Structure structure;
  private final int controls;
  private final ShiftRule shiftRule;

  Gate(String methodName, int wires, int params, Structure structure, int controls,
      ShiftRule shiftRule) {
    this.methodName = methodName;
    this.wires = wires;
    this.params = params;
    this.structure = structure;
    this.controls = controls;
    this.shiftRule = shiftRule;
  }

  /** The name of the {@link Q} method that applies this gate, such as {@code "cnot"}. */
  public String methodName() {
    return methodName;
  }

  /** Number of wires, or {@link #ANY_WIRES} for gates whose arity is fixed per use. */
  public int wires() {
    return wires;
  }

  /** Number of real parameters (angles). */
  public int params() {
    return params;
  }

  /** The matrix structure, for kernel selection. */
  public Structure structure() {
    return structure;
  }

  /** Number of leading wires that act as controls ({@code CRX}: 1, {@code TOFFOLI}: 2). */
  public int controls() {
    return controls;
  }

  /**
   * The share of a state's amplitudes that this gate's specialised kernel touches, as a right
   * shift of the state's size: 2 for {@code CZ} and {@code CONTROLLED_PHASE} (both bits set), 1 for
   * {@code CNOT}, {@code CRZ} and the phase gates Z, S, T and PhaseShift (one bit set), 0 for the
   * rest. The runtime's and the processor's plan compilers estimate a gate's pass with it.
   */
  public int touchedShift() {
    switch (this) {
      case CZ:
      case CONTROLLED_PHASE:
        return 2;
      case CNOT:
      case CRZ:
      case Z:
      case S:
      case SDG:
      case T:
      case TDG:
      case PHASE_SHIFT:
        return 1;
      default:
        return 0;
    }
  }

  /** The parameter-shift rule that holds for every parameter of this gate. */
  public ShiftRule shiftRule() {
    return shiftRule;
  }

  /** Whether the gate takes angles. */
  public boolean isParametrized() {
    return params > 0;
  }

  /** Finds a gate by its {@link Q} method name; {@code null} if there is none. */
  public static Gate forMethodName(String name) {
    for (Gate g : values()) {
      if (g.methodName.equals(name)) {
        return g;
      }
    }
    return null;
  }

  /** Display name, such as {@code "CNOT"} or {@code "PhaseShift"}. */
  public String displayName() {
    return Character.toUpperCase(methodName.charAt(0)) + methodName.substring(1);
  }

  /**
   * The matrix of a fixed-arity gate for the given angles.
   *
   * @throws IllegalArgumentException if the gate has variable arity or the angle count is wrong
   */
  public double[] matrix(double... angles) {
    if (wires == ANY_WIRES) {
      throw new IllegalArgumentException(
          "gate " + this + " has variable arity: use GateMatrices.multiRZ or GateMatrices.pauliRot");
    }
    if (angles.length != params) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "angles: gate %s takes %d angle(s), got %d", this, params, angles.length));
    }
    return GateMatrices.of(this, angles);
  }

  /**
   * The rule that makes {@code U^dagger} of this gate a gate of the table, or null for SX, iSWAP
   * and user unitaries, whose inverse is the conjugate transpose of their matrix
   * ({@link GateMatrices#conjugateTranspose}). The one definition of gate inverses, used by the
   * runtime's adjoint and kernel circuits and by the processor's generated backward sweep: named
   * gates swap with their named inverses (S and SDG, T and TDG), self-inverse gates stay, the
   * single-angle rotations ({@code exp(t A)} for an anti-Hermitian A) negate their angle,
   * {@code Rot(a, b, c)^dagger = Rot(-c, -b, -a)} since {@code Rot(a, b, c) = RZ(c) RY(b) RZ(a)}
   * (likewise CRot), and {@code U3(t, p, l)^dagger = U3(-t, -l, -p)} (OpenQASM 3, gate u3).
   */
  public Inverse inverse() {
    switch (this) {
      case I: case H: case X: case Y: case Z:
      case CNOT: case CY: case CZ: case SWAP: case TOFFOLI: case CSWAP: case ECR:
        return new Inverse(this, new int[0]);
      case S: return new Inverse(SDG, new int[0]);
      case SDG: return new Inverse(S, new int[0]);
      case T: return new Inverse(TDG, new int[0]);
      case TDG: return new Inverse(T, new int[0]);
      case SX: case ISWAP: case UNITARY:
        return null;
      case ROT: case CROT:
        return new Inverse(this, new int[] {2, 1, 0});
      case U3:
        return new Inverse(this, new int[] {0, 2, 1});
      default:
        if (params != 1) {
          throw new AssertionError("no inverse rule for " + this);
        }
        return new Inverse(this, new int[] {0});
    }
  }

  /**
   * {@code U^dagger} as a gate of the table: {@link #gate()} on the same wires, its angle k being
   * {@code -angles[angleOf(k)]} of the original. A gate that carries more than angles (a Pauli
   * word, a wire count) keeps it.
   */
  public static final class Inverse {
    private final Gate gate;
    private final int[] angleOf;

    Inverse(Gate gate, int[] angleOf) {
      this.gate = gate;
      this.angleOf = angleOf;
    }

    /** The inverse's gate. */
    public Gate gate() {
      return gate;
    }

    /** The number of angles of the inverse. */
    public int angles() {
      return angleOf.length;
    }

    /** Which angle of the original, negated, is the inverse's angle k. */
    public int angleOf(int k) {
      return angleOf[k];
    }

    /** The inverse's angles, for plain numbers. */
    public double[] angles(double... original) {
      double[] out = new double[angleOf.length];
      for (int k = 0; k < out.length; k++) {
        out[k] = -original[angleOf[k]];
      }
      return out;
    }
  }
}
