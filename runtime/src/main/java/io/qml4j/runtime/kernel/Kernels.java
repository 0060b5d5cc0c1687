package io.qml4j.runtime.kernel;

/**
 * Gate kernels over a flat interleaved amplitude array ({@code s[2k]} real, {@code s[2k+1]}
 * imaginary). Wires are passed as amplitude strides: wire w of an n-qubit state has stride
 * {@code 1 << (n - 1 - w)}. Each kernel is specialised by the structure of its matrix (diagonal,
 * permutation, real, general) and allocates nothing. Generated models call these with literal
 * strides; {@link io.qml4j.runtime.Simulator} calls them from a circuit.
 */
public final class Kernels {
  private Kernels() {}

  // ---- single-qubit ----

  /** A general 2x2 matrix {@code [[a, b], [c, d]]} (each complex, re/im) on the wire of stride t. */
  public static void general1(double[] s, int t,
      double ar, double ai, double br, double bi, double cr, double ci, double dr, double di) {
    int n = s.length >> 1;
    for (int base = 0; base < n; base += t << 1) {
      for (int j = base, end = base + t; j < end; j++) {
        int p = j << 1, q = (j + t) << 1;
        double xr = s[p], xi = s[p + 1], yr = s[q], yi = s[q + 1];
        s[p] = ar * xr - ai * xi + br * yr - bi * yi;
        s[p + 1] = ar * xi + ai * xr + br * yi + bi * yr;
        s[q] = cr * xr - ci * xi + dr * yr - di * yi;
        s[q + 1] = cr * xi + ci * xr + dr * yi + di * yr;
      }
    }
  }

  /** A real 2x2 matrix {@code [[a, b], [c, d]]} (RY, H) on the wire of stride t. */
  public static void real1(double[] s, int t, double a, double b, double c, double d) {
    int n = s.length >> 1;
    for (int base = 0; base < n; base += t << 1) {
      for (int j = base, end = base + t; j < end; j++) {
        int p = j << 1, q = (j + t) << 1;
        double xr = s[p], xi = s[p + 1], yr = s[q], yi = s[q + 1];
        s[p] = a * xr + b * yr;
        s[p + 1] = a * xi + b * yi;
        s[q] = c * xr + d * yr;
        s[q + 1] = c * xi + d * yi;
      }
    }
  }

  /** diag(d0, d1) (RZ, Z, S, T) on the wire of stride t. */
  public static void diagonal1(double[] s, int t, double d0r, double d0i, double d1r, double d1i) {
    int n = s.length >> 1;
    for (int base = 0; base < n; base += t << 1) {
      for (int j = base, end = base + t; j < end; j++) {
        int p = j << 1, q = (j + t) << 1;
        double xr = s[p], xi = s[p + 1], yr = s[q], yi = s[q + 1];
        s[p] = d0r * xr - d0i * xi;
        s[p + 1] = d0r * xi + d0i * xr;
        s[q] = d1r * yr - d1i * yi;
        s[q + 1] = d1r * yi + d1i * yr;
      }
    }
  }

  /**
   * diag(1, e) (PhaseShift, S, T, Z): only the half with the wire set is touched. With
   * {@code c != 0} the wire of stride c must also be set (ControlledPhase, CZ).
   */
  public static void phase(double[] s, int c, int t, double er, double ei) {
    int n = s.length >> 1;
    int mask = c | t;
    for (int k = 0; k < n; k++) {
      if ((k & mask) == mask) {
        int p = k << 1;
        double xr = s[p], xi = s[p + 1];
        s[p] = er * xr - ei * xi;
        s[p + 1] = er * xi + ei * xr;
      }
    }
  }

  /** Pauli X on the wire of stride t. */
  public static void x(double[] s, int t) {
    controlledX(s, 0, t);
  }

  /** Pauli Y on the wire of stride t. */
  public static void y(double[] s, int t) {
    controlledY(s, 0, t);
  }

  // ---- two-qubit ----

  /**
   * X on the target (stride t) where every wire of the control mask c is set: CNOT for one
   * control, Toffoli for two, X for none.
   */
  public static void controlledX(double[] s, int c, int t) {
    int n = s.length >> 1;
    for (int k = 0; k < n; k++) {
      if ((k & t) == 0 && (k & c) == c) {
        int p = k << 1, q = (k | t) << 1;
        double r = s[p], i = s[p + 1];
        s[p] = s[q];
        s[p + 1] = s[q + 1];
        s[q] = r;
        s[q + 1] = i;
      }
    }
  }

  /** Y on the target where every wire of the control mask c is set: CY, or Y for c = 0. */
  public static void controlledY(double[] s, int c, int t) {
    int n = s.length >> 1;
    for (int k = 0; k < n; k++) {
      if ((k & t) == 0 && (k & c) == c) {
        int p = k << 1, q = (k | t) << 1;
        double xr = s[p], xi = s[p + 1], yr = s[q], yi = s[q + 1];
        // Y = [[0, -i], [i, 0]]
        s[p] = yi;
        s[p + 1] = -yr;
        s[q] = -xi;
        s[q + 1] = xr;
      }
    }
  }

  /** Swaps the wires of strides a and b where every wire of the control mask c is set. */
  public static void controlledSwap(double[] s, int c, int a, int b) {
    int n = s.length >> 1;
    for (int k = 0; k < n; k++) {
      if ((k & a) != 0 && (k & b) == 0 && (k & c) == c) {
        int p = k << 1, q = ((k ^ a) | b) << 1;
        double r = s[p], i = s[p + 1];
        s[p] = s[q];
        s[p + 1] = s[q + 1];
        s[q] = r;
        s[q + 1] = i;
      }
    }
  }

  /** iSWAP on the wires of strides a and b: |01> and |10> swap and gain a phase i. */
  public static void iswap(double[] s, int a, int b) {
    int n = s.length >> 1;
    for (int k = 0; k < n; k++) {
      if ((k & a) != 0 && (k & b) == 0) {
        int p = k << 1, q = ((k ^ a) | b) << 1;
        double xr = s[p], xi = s[p + 1], yr = s[q], yi = s[q + 1];
        s[p] = -yi;
        s[p + 1] = yr;
        s[q] = -xi;
        s[q + 1] = xr;
      }
    }
  }

  /**
   * A general 2x2 matrix on the target (stride t) where every wire of the control mask c is set
   * (CRX, CRY, CROT with one control).
   */
  public static void controlled1(double[] s, int c, int t,
      double ar, double ai, double br, double bi, double cr, double ci, double dr, double di) {
    int n = s.length >> 1;
    for (int k = 0; k < n; k++) {
      if ((k & t) == 0 && (k & c) == c) {
        int p = k << 1, q = (k | t) << 1;
        double xr = s[p], xi = s[p + 1], yr = s[q], yi = s[q + 1];
        s[p] = ar * xr - ai * xi + br * yr - bi * yi;
        s[p + 1] = ar * xi + ai * xr + br * yi + bi * yr;
        s[q] = cr * xr - ci * xi + dr * yr - di * yi;
        s[q + 1] = cr * xi + ci * xr + dr * yi + di * yr;
      }
    }
  }

  /**
   * {@code exp(-i angle Z...Z / 2)} on the wires of the stride mask: amplitudes of even parity
   * under the mask gain {@code e^{-i angle/2}}, odd ones {@code e^{+i angle/2}}. Pass
   * {@code cos(angle/2)} and {@code sin(angle/2)}. Covers RZ (up to no phase), IsingZZ, MultiRZ.
   */
  public static void parityPhase(double[] s, int mask, double cos, double sin) {
    int n = s.length >> 1;
    for (int k = 0; k < n; k++) {
      double si = (Integer.bitCount(k & mask) & 1) == 0 ? -sin : sin;
      int p = k << 1;
      double xr = s[p], xi = s[p + 1];
      s[p] = cos * xr - si * xi;
      s[p + 1] = cos * xi + si * xr;
    }
  }

  /**
   * A Givens rotation by angle/2 between the basis states whose bits under {@code mask} equal
   * {@code a} and {@code b} (with all other bits equal): {@code |a> -> c|a> + s|b>},
   * {@code |b> -> c|b> - s|a>}. Covers SingleExcitation and DoubleExcitation.
   */
  public static void givens(double[] s, int mask, int a, int b, double cos, double sin) {
    int n = s.length >> 1;
    for (int k = 0; k < n; k++) {
      if ((k & mask) == a) {
        int p = k << 1, q = ((k & ~mask) | b) << 1;
        double xr = s[p], xi = s[p + 1], yr = s[q], yi = s[q + 1];
        s[p] = cos * xr - sin * yr;
        s[p + 1] = cos * xi - sin * yi;
        s[q] = sin * xr + cos * yr;
        s[q + 1] = sin * xi + cos * yi;
      }
    }
  }

  /**
   * A dense {@code 2^k x 2^k} matrix (interleaved, row-major) on k wires given by their strides,
   * the first stride the most significant bit of the matrix index. The general fallback for
   * IsingXX/YY, PauliRot and user unitaries; {@code scratch} must hold {@code 2^(k+1)} doubles.
   */
  public static void dense(double[] s, int[] strides, double[] m, double[] scratch) {
    int k = strides.length;
    int d = 1 << k;
    int mask = 0;
    for (int st : strides) {
      mask |= st;
    }
    int[] offsets = new int[d];
    for (int r = 0; r < d; r++) {
      int off = 0;
      for (int b = 0; b < k; b++) {
        if ((r & (1 << (k - 1 - b))) != 0) {
          off |= strides[b];
        }
      }
      offsets[r] = off;
    }
    int n = s.length >> 1;
    for (int base = 0; base < n; base++) {
      if ((base & mask) != 0) {
        continue;
      }
      for (int c = 0; c < d; c++) {
        int p = (base | offsets[c]) << 1;
        scratch[2 * c] = s[p];
        scratch[2 * c + 1] = s[p + 1];
      }
      for (int r = 0; r < d; r++) {
        double re = 0, im = 0;
        for (int c = 0; c < d; c++) {
          double mr = m[2 * (r * d + c)], mi = m[2 * (r * d + c) + 1];
          double xr = scratch[2 * c], xi = scratch[2 * c + 1];
          re += mr * xr - mi * xi;
          im += mr * xi + mi * xr;
        }
        int p = (base | offsets[r]) << 1;
        s[p] = re;
        s[p + 1] = im;
      }
    }
  }
}
