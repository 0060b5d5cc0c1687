package io.qml4j.runtime.kernel;

/**
 * Gate kernels over a flat interleaved amplitude array ({@code s[2k]} real, {@code s[2k+1]}
 * imaginary), each applied to the whole state on the calling thread. Wires are passed as amplitude
 * strides: wire w of an n-qubit state has stride {@code 1 << (n - 1 - w)}. Each kernel is
 * specialised by the structure of its matrix (diagonal, permutation, real, general), visits only
 * the amplitudes the gate changes, in runs of contiguous indices without a branch per amplitude,
 * and allocates nothing. Generated models call these with literal strides; a {@link Plan} uses the
 * same range kernels with cache blocking, and {@link ParallelPlanRunner} splits them across
 * threads.
 */
public final class Kernels {
  private Kernels() {}

  /**
   * Doubles per SIMD register the kernels use for long runs of amplitudes (8 with AVX-512), or 0
   * where every kernel runs its scalar loop: the JVM was started without
   * {@code --add-modules jdk.incubator.vector}, its preferred register holds fewer than 4
   * doubles, or {@code -Dqml4j.simd=false} was given. Both paths give the same results to
   * rounding (1e-15 per gate).
   */
  public static int simdLanes() {
    return Simd.KERNELS == null ? 0 : Simd.LANES;
  }

  // ---- single-qubit ----

  /** A general 2x2 matrix {@code [[a, b], [c, d]]} (complex, re/im) on the wire of stride t. */
  public static void general1(double[] s, int t,
      double ar, double ai, double br, double bi, double cr, double ci, double dr, double di) {
    PairKernels.general(s, t, 0, t, ar, ai, br, bi, cr, ci, dr, di, 0, s.length >> 2);
  }

  /** A real 2x2 matrix {@code [[a, b], [c, d]]} (RY, H) on the wire of stride t. */
  public static void real1(double[] s, int t, double a, double b, double c, double d) {
    PairKernels.real(s, t, 0, t, a, b, c, d, 0, s.length >> 2);
  }

  /** diag(d0, d1) (RZ, Z, S, T) on the wire of stride t. */
  public static void diagonal1(double[] s, int t, double d0r, double d0i, double d1r, double d1i) {
    PairKernels.diagonal(s, t, 0, t, d0r, d0i, d1r, d1i, 0, s.length >> 2);
  }

  /**
   * diag(1, e) (PhaseShift, S, T, Z): only the half with the wire set is touched. With
   * {@code c != 0} the wire of stride c must also be set (ControlledPhase, CZ).
   */
  public static void phase(double[] s, int c, int t, double er, double ei) {
    int mask = c | t;
    PhaseKernels.phase(s, mask, mask, er, ei, 0, Bits.units(s.length >> 1, mask));
  }

  /** Pauli X on the wire of stride t. */
  public static void x(double[] s, int t) {
    PairKernels.x(s, t, 0, t, 0, s.length >> 2);
  }

  /** Pauli Y on the wire of stride t. */
  public static void y(double[] s, int t) {
    PairKernels.y(s, t, 0, t, 0, s.length >> 2);
  }

  // ---- two-qubit and controlled ----

  /**
   * A real 2x2 matrix on the target (stride t) chosen by the wire of stride c: {@code [[a0, b0],
   * [c0, d0]]} where it is clear, {@code [[a1, b1], [c1, d1]]} where it is set. With the second
   * matrix the first times X, that is a CNOT followed by a real single-qubit gate on its target,
   * in one sweep instead of two.
   */
  public static void selectReal1(double[] s, int c, int t, double a0, double b0, double c0,
      double d0, double a1, double b1, double c1, double d1) {
    int units = Bits.units(s.length >> 1, c | t);
    PairKernels.real(s, c | t, 0, t, a0, b0, c0, d0, 0, units);
    PairKernels.real(s, c | t, c, t, a1, b1, c1, d1, 0, units);
  }

  /** {@link #selectReal1} for general complex matrices {@code m0} (c clear) and {@code m1}. */
  public static void selectGeneral1(double[] s, int c, int t,
      double ar0, double ai0, double br0, double bi0, double cr0, double ci0, double dr0,
      double di0, double ar1, double ai1, double br1, double bi1, double cr1, double ci1,
      double dr1, double di1) {
    int units = Bits.units(s.length >> 1, c | t);
    PairKernels.general(s, c | t, 0, t, ar0, ai0, br0, bi0, cr0, ci0, dr0, di0, 0, units);
    PairKernels.general(s, c | t, c, t, ar1, ai1, br1, bi1, cr1, ci1, dr1, di1, 0, units);
  }

  /**
   * X on the target (stride t) where every wire of the control mask c is set: CNOT for one
   * control, Toffoli for two, X for none.
   */
  public static void controlledX(double[] s, int c, int t) {
    PairKernels.x(s, c | t, c, t, 0, Bits.units(s.length >> 1, c | t));
  }

  /** Y on the target where every wire of the control mask c is set: CY, or Y for c = 0. */
  public static void controlledY(double[] s, int c, int t) {
    PairKernels.y(s, c | t, c, t, 0, Bits.units(s.length >> 1, c | t));
  }

  /** Swaps the wires of strides a and b where every wire of the control mask c is set. */
  public static void controlledSwap(double[] s, int c, int a, int b) {
    int insert = c | a | b;
    MultiWireKernels.exchange(s, insert, c, a, b, 1, 0, 0, Bits.units(s.length >> 1, insert));
  }

  /** iSWAP on the wires of strides a and b: |01> and |10> swap and gain a phase i. */
  public static void iswap(double[] s, int a, int b) {
    MultiWireKernels.exchange(s, a | b, 0, a, b, 0, 1, 0, Bits.units(s.length >> 1, a | b));
  }

  /**
   * A general 2x2 matrix on the target (stride t) where every wire of the control mask c is set
   * (CRX, CRY, CROT with one control).
   */
  public static void controlled1(double[] s, int c, int t,
      double ar, double ai, double br, double bi, double cr, double ci, double dr, double di) {
    PairKernels.general(s, c | t, c, t, ar, ai, br, bi, cr, ci, dr, di,
        0, Bits.units(s.length >> 1, c | t));
  }

  /**
   * {@code exp(-i angle Z...Z / 2)} on the wires of the stride mask: amplitudes of even parity
   * under the mask gain {@code e^{-i angle/2}}, odd ones {@code e^{+i angle/2}}. Pass
   * {@code cos(angle/2)} and {@code sin(angle/2)}. Covers RZ (up to no phase), IsingZZ, MultiRZ.
   */
  public static void parityPhase(double[] s, int mask, double cos, double sin) {
    PhaseKernels.parity(s, mask, cos, sin, 0, s.length >> 1);
  }

  /**
   * A Givens rotation by angle/2 between the basis states whose bits under {@code mask} equal
   * {@code a} and {@code b} (with all other bits equal): {@code |a> -> c|a> + s|b>},
   * {@code |b> -> c|b> - s|a>}. Covers SingleExcitation and DoubleExcitation.
   */
  public static void givens(double[] s, int mask, int a, int b, double cos, double sin) {
    MultiWireKernels.givens(s, mask, 0, a, b, cos, sin, 0, Bits.units(s.length >> 1, mask));
  }

  /**
   * {@code exp(-i angle P / 2)} for the Pauli word {@code P = i^ys X^xmask Z^zmask}: xmask holds
   * the strides of its X and Y letters, zmask those of its Z and Y letters, ys counts its Y
   * letters. Pass {@code cos(angle/2)} and {@code sin(angle/2)}. Covers PauliRot, IsingXX, IsingYY.
   */
  public static void pauliRotation(double[] s, int xmask, int zmask, int ys, double cos,
      double sin) {
    if (xmask == 0) {
      // a Z-only word is diagonal, and i^ys = 1 as it has no Y
      PhaseKernels.parity(s, zmask, cos, sin, 0, s.length >> 1);
      return;
    }
    MultiWireKernels.pauliRotation(s, Integer.highestOneBit(xmask), xmask, zmask,
        PauliRotationStep.factorReal(ys), PauliRotationStep.factorImag(ys), cos, sin,
        0, s.length >> 2);
  }

  /**
   * A dense {@code 2^k x 2^k} matrix (interleaved, row-major) on k wires given by their strides,
   * the first stride the most significant bit of the matrix index. The general fallback for
   * user unitaries; {@code scratch} must hold {@code 2^(k+1)} doubles. Allocates nothing: the
   * offsets are recomputed per base index, which costs k steps against the {@code 4^k}
   * multiplications of the matrix.
   */
  public static void dense(double[] s, int[] strides, double[] m, double[] scratch) {
    int k = strides.length;
    int d = 1 << k;
    int mask = 0;
    for (int st : strides) {
      mask |= st;
    }
    int lowest = mask & -mask;
    int to = Bits.units(s.length >> 1, mask);
    for (int j = 0; j < to;) {
      int run = Bits.run(j, to, lowest);
      int base = Bits.deposit(j, mask);
      for (int end = base + run; base < end; base++) {
        for (int c = 0; c < d; c++) {
          int p = (base | DenseOffsets.of(strides, c)) << 1;
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
          int p = (base | DenseOffsets.of(strides, r)) << 1;
          s[p] = re;
          s[p + 1] = im;
        }
      }
      j += run;
    }
  }
}
