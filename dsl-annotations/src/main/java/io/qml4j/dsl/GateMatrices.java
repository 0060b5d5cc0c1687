package io.qml4j.dsl;

import java.util.Locale;

/**
 * Matrices of the gates in {@link Gate}, as documented by PennyLane. Arrays are row-major with
 * interleaved real and imaginary parts (see {@link Gate}). Slow and allocating by design: this is
 * the reference that fast kernels are tested against, not a kernel.
 */
public final class GateMatrices {
  private static final double R2 = Math.sqrt(0.5);

  private GateMatrices() {}

  static double[] of(Gate gate, double[] a) {
    switch (gate) {
      case I: return diag(1, 0, 1, 0);
      case H: return dense(2, R2, 0, R2, 0, R2, 0, -R2, 0);
      case X: return dense(2, 0, 0, 1, 0, 1, 0, 0, 0);
      case Y: return dense(2, 0, 0, 0, -1, 0, 1, 0, 0);
      case Z: return diag(1, 0, -1, 0);
      case S: return diag(1, 0, 0, 1);
      case SDG: return diag(1, 0, 0, -1);
      case T: return diag(1, 0, R2, R2);
      case TDG: return diag(1, 0, R2, -R2);
      case SX: return dense(2, 0.5, 0.5, 0.5, -0.5, 0.5, -0.5, 0.5, 0.5);
      case RX: return rx(a[0]);
      case RY: return ry(a[0]);
      case RZ: return rz(a[0]);
      case PHASE_SHIFT: return diag(1, 0, Math.cos(a[0]), Math.sin(a[0]));
      case U3: return u3(a[0], a[1], a[2]);
      case ROT: return rot(a[0], a[1], a[2]);
      case CNOT: return controlled(1, of(Gate.X, a));
      case CY: return controlled(1, of(Gate.Y, a));
      case CZ: return controlled(1, of(Gate.Z, a));
      case SWAP: return permutation(new int[] {0, 2, 1, 3});
      case ECR: {
        // (IX - XY) / sqrt 2, first wire most significant
        double r = Math.sqrt(0.5);
        double[] m = new double[32];
        set(m, 4, 0, 1, r, 0);
        set(m, 4, 0, 3, 0, r);
        set(m, 4, 1, 0, r, 0);
        set(m, 4, 1, 2, 0, -r);
        set(m, 4, 2, 1, 0, r);
        set(m, 4, 2, 3, r, 0);
        set(m, 4, 3, 0, 0, -r);
        set(m, 4, 3, 2, r, 0);
        return m;
      }
      case ISWAP: {
        double[] m = new double[32];
        set(m, 4, 0, 0, 1, 0);
        set(m, 4, 1, 2, 0, 1);
        set(m, 4, 2, 1, 0, 1);
        set(m, 4, 3, 3, 1, 0);
        return m;
      }
      case CRX: return controlled(1, rx(a[0]));
      case CRY: return controlled(1, ry(a[0]));
      case CRZ: return controlled(1, rz(a[0]));
      case CROT: return controlled(1, rot(a[0], a[1], a[2]));
      case CONTROLLED_PHASE: return controlled(1, of(Gate.PHASE_SHIFT, a));
      case ISING_XX: return isingXX(a[0]);
      case ISING_YY: return isingYY(a[0]);
      case ISING_ZZ: return multiRZ(2, a[0]);
      case SINGLE_EXCITATION: return givens(4, 1, 2, a[0]);
      case DOUBLE_EXCITATION: return givens(16, 3, 12, a[0]);
      case TOFFOLI: return controlled(2, of(Gate.X, a));
      case CSWAP: return controlled(1, of(Gate.SWAP, a));
      default:
        throw new IllegalArgumentException("gate " + gate + " has no fixed matrix");
    }
  }

  /** {@code exp(-i t Z...Z / 2)} on {@code wires} wires: a diagonal of phases by parity. */
  public static double[] multiRZ(int wires, double t) {
    int d = 1 << wires;
    double[] m = new double[2 * d * d];
    double c = Math.cos(t / 2), s = Math.sin(t / 2);
    for (int k = 0; k < d; k++) {
      double sign = (Integer.bitCount(k) & 1) == 0 ? 1 : -1;
      set(m, d, k, k, c, -sign * s);
    }
    return m;
  }

  /**
   * {@code exp(-i t P / 2)} for a Pauli word such as {@code "XZY"}, its first letter on the most
   * significant wire: {@code cos(t/2) I - i sin(t/2) P}.
   */
  public static double[] pauliRot(String word, double t) {
    double[] p = pauliWord(word);
    int d = 1 << word.length();
    double c = Math.cos(t / 2), s = Math.sin(t / 2);
    double[] m = new double[2 * d * d];
    for (int i = 0; i < m.length; i += 2) {
      // -i s (pr + i pi) = s pi - i s pr
      m[i] = s * p[i + 1];
      m[i + 1] = -s * p[i];
    }
    for (int k = 0; k < d; k++) {
      m[2 * (k * d + k)] += c;
    }
    return m;
  }

  /** The matrix of a Pauli word, the Kronecker product of its letters. */
  public static double[] pauliWord(String word) {
    double[] m = {1, 0};
    int d = 1;
    for (int i = 0; i < word.length(); i++) {
      double[] letter;
      switch (Character.toUpperCase(word.charAt(i))) {
        case 'I': letter = of(Gate.I, new double[0]); break;
        case 'X': letter = of(Gate.X, new double[0]); break;
        case 'Y': letter = of(Gate.Y, new double[0]); break;
        case 'Z': letter = of(Gate.Z, new double[0]); break;
        default:
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "word: expected letters I, X, Y, Z, got '%s' at %d in \"%s\"",
              word.charAt(i), i, word));
      }
      m = kron(m, d, letter, 2);
      d *= 2;
    }
    return m;
  }

  /**
   * The conjugate transpose {@code U^dagger} of a square matrix: the one definition that the
   * runtime's inverses, its two-qubit decomposition and the tests use.
   *
   * @param m a d x d matrix, {@code 2 d d} doubles
   * @return a fresh array
   * @throws IllegalArgumentException when the length is not {@code 2 d d} for some d
   */
  public static double[] conjugateTranspose(double[] m) {
    int d = (int) Math.round(Math.sqrt(m.length / 2.0));
    if (2 * d * d != m.length || d == 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "m: expected 2 d d doubles for a d x d matrix, got %d", m.length));
    }
    double[] out = new double[m.length];
    for (int r = 0; r < d; r++) {
      for (int c = 0; c < d; c++) {
        out[2 * (c * d + r)] = m[2 * (r * d + c)];
        out[2 * (c * d + r) + 1] = -m[2 * (r * d + c) + 1];
      }
    }
    return out;
  }

  /**
   * The product {@code a b} of two d x d matrices in this class's layout: {@code b} acts first.
   * The one matrix product of the project: gate fusion in the runtime's plans, the transpiler's
   * single-qubit runs, derivative matrices and the tests use it, so they agree to the bit.
   *
   * @param a a d x d matrix, {@code 2 d d} doubles
   * @param b a d x d matrix of the same size
   * @return a fresh array
   * @throws IllegalArgumentException when the sizes differ or are not {@code 2 d d} for some d
   */
  public static double[] multiply(double[] a, double[] b) {
    int d = (int) Math.round(Math.sqrt(a.length / 2.0));
    if (2 * d * d != a.length || d == 0 || b.length != a.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "a, b: expected two d x d matrices of 2 d d doubles each, got %d and %d doubles",
          a.length, b.length));
    }
    double[] m = new double[a.length];
    for (int r = 0; r < d; r++) {
      for (int c = 0; c < d; c++) {
        double re = 0, im = 0;
        for (int k = 0; k < d; k++) {
          double ar = a[2 * (r * d + k)], ai = a[2 * (r * d + k) + 1];
          double br = b[2 * (k * d + c)], bi = b[2 * (k * d + c) + 1];
          re += ar * br - ai * bi;
          im += ar * bi + ai * br;
        }
        m[2 * (r * d + c)] = re;
        m[2 * (r * d + c) + 1] = im;
      }
    }
    return m;
  }

  /** Kronecker product {@code a (x) b} of square matrices of dimensions {@code da} and {@code db}. */
  public static double[] kron(double[] a, int da, double[] b, int db) {
    int d = da * db;
    double[] m = new double[2 * d * d];
    for (int ar = 0; ar < da; ar++) {
      for (int ac = 0; ac < da; ac++) {
        double xr = a[2 * (ar * da + ac)], xi = a[2 * (ar * da + ac) + 1];
        for (int br = 0; br < db; br++) {
          for (int bc = 0; bc < db; bc++) {
            double yr = b[2 * (br * db + bc)], yi = b[2 * (br * db + bc) + 1];
            set(m, d, ar * db + br, ac * db + bc, xr * yr - xi * yi, xr * yi + xi * yr);
          }
        }
      }
    }
    return m;
  }

  private static double[] rx(double t) {
    double c = Math.cos(t / 2), s = Math.sin(t / 2);
    return dense(2, c, 0, 0, -s, 0, -s, c, 0);
  }

  private static double[] ry(double t) {
    double c = Math.cos(t / 2), s = Math.sin(t / 2);
    return dense(2, c, 0, -s, 0, s, 0, c, 0);
  }

  private static double[] rz(double t) {
    double c = Math.cos(t / 2), s = Math.sin(t / 2);
    return diag(c, -s, c, s);
  }

  private static double[] u3(double theta, double phi, double lambda) {
    double c = Math.cos(theta / 2), s = Math.sin(theta / 2);
    return dense(2,
        c, 0, -Math.cos(lambda) * s, -Math.sin(lambda) * s,
        Math.cos(phi) * s, Math.sin(phi) * s, Math.cos(phi + lambda) * c, Math.sin(phi + lambda) * c);
  }

  private static double[] rot(double phi, double theta, double omega) {
    double c = Math.cos(theta / 2), s = Math.sin(theta / 2);
    double p = (phi + omega) / 2, q = (phi - omega) / 2;
    return dense(2,
        Math.cos(p) * c, -Math.sin(p) * c, -Math.cos(q) * s, -Math.sin(q) * s,
        Math.cos(q) * s, -Math.sin(q) * s, Math.cos(p) * c, Math.sin(p) * c);
  }

  private static double[] isingXX(double t) {
    double c = Math.cos(t / 2), s = Math.sin(t / 2);
    double[] m = new double[32];
    for (int k = 0; k < 4; k++) {
      set(m, 4, k, k, c, 0);
      set(m, 4, k, 3 - k, 0, -s);
    }
    return m;
  }

  private static double[] isingYY(double t) {
    double c = Math.cos(t / 2), s = Math.sin(t / 2);
    double[] m = new double[32];
    for (int k = 0; k < 4; k++) {
      set(m, 4, k, k, c, 0);
    }
    set(m, 4, 0, 3, 0, s);
    set(m, 4, 3, 0, 0, s);
    set(m, 4, 1, 2, 0, -s);
    set(m, 4, 2, 1, 0, -s);
    return m;
  }

  /** A Givens rotation by {@code t/2} between basis states a and b, identity elsewhere. */
  private static double[] givens(int d, int a, int b, double t) {
    double c = Math.cos(t / 2), s = Math.sin(t / 2);
    double[] m = new double[2 * d * d];
    for (int k = 0; k < d; k++) {
      set(m, d, k, k, 1, 0);
    }
    set(m, d, a, a, c, 0);
    set(m, d, b, b, c, 0);
    set(m, d, a, b, -s, 0);
    set(m, d, b, a, s, 0);
    return m;
  }

  /** {@code |0><0| (x) I + |1><1| (x) U}, nested {@code controls} times, for a 1- or 2-qubit U. */
  private static double[] controlled(int controls, double[] u) {
    int du = (int) Math.round(Math.sqrt(u.length / 2.0));
    double[] m = u;
    int d = du;
    for (int k = 0; k < controls; k++) {
      int dd = 2 * d;
      double[] c = new double[2 * dd * dd];
      for (int i = 0; i < d; i++) {
        set(c, dd, i, i, 1, 0);
        for (int j = 0; j < d; j++) {
          set(c, dd, d + i, d + j, m[2 * (i * d + j)], m[2 * (i * d + j) + 1]);
        }
      }
      m = c;
      d = dd;
    }
    return m;
  }

  private static double[] permutation(int[] columnOfRow) {
    int d = columnOfRow.length;
    double[] m = new double[2 * d * d];
    for (int r = 0; r < d; r++) {
      set(m, d, r, columnOfRow[r], 1, 0);
    }
    return m;
  }

  private static double[] diag(double ar, double ai, double br, double bi) {
    return dense(2, ar, ai, 0, 0, 0, 0, br, bi);
  }

  private static double[] dense(int d, double... entries) {
    if (entries.length != 2 * d * d) {
      throw new AssertionError("matrix of dimension " + d + " needs " + 2 * d * d + " numbers");
    }
    return entries;
  }

  private static void set(double[] m, int d, int r, int c, double re, double im) {
    m[2 * (r * d + c)] = re;
    m[2 * (r * d + c) + 1] = im;
  }
}
