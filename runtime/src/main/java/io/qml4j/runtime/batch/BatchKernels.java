package io.qml4j.runtime.batch;

/**
 * Gate kernels over a batch of states in structure-of-arrays layout: amplitude k of lane b is
 * {@code re[k * lanes + b] + i im[k * lanes + b]}, for {@code dimension = 2^qubits} amplitudes and
 * {@code lanes} states. Wires are amplitude strides as in {@code Kernels} (wire w of an n-qubit
 * state has stride {@code 1 << (n - 1 - w)}). A matrix is either shared by every lane (its
 * entries as arguments: gates whose angles depend on theta alone) or given per lane in an array
 * {@code m}, entry e of lane b at {@code m[e * lanes + b]} (gates whose angles read the input).
 * The inner loops run over contiguous lanes with no branch; with the Vector API present
 * ({@code LaneSimd}) the 2x2 kernels, row swaps and probability sums run at register width, with
 * the same results bit for bit. Nothing allocates. Public because generated models call it; not an API for users.
 */
public final class BatchKernels {
  /**
   * Amplitudes per batch block, lanes times dimension: 4,096 amplitudes of two doubles are 64 KiB,
   * a state block that stays in the L2 cache (512 KiB and more on current x86 and ARM cores)
   * while every gate of the circuit passes over it.
   */
  static final int BLOCK_AMPLITUDES = 4_096;
  /** Fewest lanes per block: below a vector register's worth or two the loops cannot vectorise. */
  static final int MIN_LANES = 8;

  private BatchKernels() {}

  /**
   * Lanes per block for a batch of {@code batch} inputs on a {@code qubits}-qubit circuit:
   * {@link #BLOCK_AMPLITUDES} amplitudes per block, at least {@link #MIN_LANES}, at most the
   * batch (and at least 1).
   */
  public static int lanes(int qubits, int batch) {
    int lanes = Math.max(MIN_LANES, BLOCK_AMPLITUDES >> Math.min(qubits, 30));
    return Math.max(1, Math.min(lanes, batch));
  }

  /** Every lane set to |0...0>: amplitude 0 is 1, the rest 0. */
  public static void start(double[] re, double[] im, int dimension, int lanes) {
    java.util.Arrays.fill(re, 0, dimension * lanes, 0);
    java.util.Arrays.fill(im, 0, dimension * lanes, 0);
    java.util.Arrays.fill(re, 0, lanes, 1);
  }

  /**
   * A 2x2 matrix {@code [[a, b], [c, d]]} (complex, re/im), the same for every lane, on the wire
   * of stride t. Rows k and k + t of every pair are contiguous runs of {@code t * lanes} doubles.
   */
  public static void general1(double[] re, double[] im, int dimension, int lanes, int t,
      double ar, double ai, double br, double bi, double cr, double ci, double dr, double di) {
    int offset = t * lanes;
    LaneKernels simd = LaneSimd.KERNELS;
    if (simd != null && offset >= LaneSimd.LANES) {
      for (int base = 0; base < dimension; base += 2 * t) {
        simd.general1(re, im, base * lanes, offset, offset, ar, ai, br, bi, cr, ci, dr, di);
      }
      return;
    }
    for (int base = 0; base < dimension; base += 2 * t) {
      for (int j = base * lanes, end = j + offset; j < end; j++) {
        int k = j + offset;
        double r0 = re[j], i0 = im[j], r1 = re[k], i1 = im[k];
        re[j] = ar * r0 - ai * i0 + br * r1 - bi * i1;
        im[j] = ar * i0 + ai * r0 + br * i1 + bi * r1;
        re[k] = cr * r0 - ci * i0 + dr * r1 - di * i1;
        im[k] = cr * i0 + ci * r0 + dr * i1 + di * r1;
      }
    }
  }

  /**
   * A 2x2 matrix per lane on the wire of stride t: {@code m} holds the eight entries (re, im of
   * a, b, c, d), entry e of lane b at {@code m[e * lanes + b]}.
   */
  public static void general1Lanes(double[] re, double[] im, int dimension, int lanes, int t,
      double[] m) {
    int offset = t * lanes;
    int l1 = lanes, l2 = 2 * lanes, l3 = 3 * lanes, l4 = 4 * lanes, l5 = 5 * lanes;
    int l6 = 6 * lanes, l7 = 7 * lanes;
    LaneKernels simd = LaneSimd.KERNELS;
    if (simd != null && lanes >= LaneSimd.LANES) {
      for (int base = 0; base < dimension; base += 2 * t) {
        for (int row = base; row < base + t; row++) {
          simd.general1Lanes(re, im, row * lanes, offset, lanes, m);
        }
      }
      return;
    }
    for (int base = 0; base < dimension; base += 2 * t) {
      for (int row = base; row < base + t; row++) {
        int j0 = row * lanes;
        for (int b = 0; b < lanes; b++) {
          int j = j0 + b, k = j + offset;
          double ar = m[b], ai = m[l1 + b], br = m[l2 + b], bi = m[l3 + b];
          double cr = m[l4 + b], ci = m[l5 + b], dr = m[l6 + b], di = m[l7 + b];
          double r0 = re[j], i0 = im[j], r1 = re[k], i1 = im[k];
          re[j] = ar * r0 - ai * i0 + br * r1 - bi * i1;
          im[j] = ar * i0 + ai * r0 + br * i1 + bi * r1;
          re[k] = cr * r0 - ci * i0 + dr * r1 - di * i1;
          im[k] = cr * i0 + ci * r0 + dr * i1 + di * r1;
        }
      }
    }
  }

  /**
   * diag(d0, d1) (RZ, PhaseShift, S, T and their products), the same for every lane, on the wire of
   * stride t: each row times one complex number, the same index read and written, so C2
   * vectorises the loop with no flag.
   */
  public static void diagonal1(double[] re, double[] im, int dimension, int lanes, int t,
      double d0r, double d0i, double d1r, double d1i) {
    for (int row = 0; row < dimension; row++) {
      boolean set = (row & t) != 0;
      double er = set ? d1r : d0r, ei = set ? d1i : d0i;
      for (int j = row * lanes, end = j + lanes; j < end; j++) {
        double r = re[j], i = im[j];
        re[j] = er * r - ei * i;
        im[j] = er * i + ei * r;
      }
    }
  }

  /**
   * diag(d0, d1) per lane on the wire of stride t: {@code m} holds d0r, d0i, d1r, d1i, entry e of
   * lane b at {@code m[e * lanes + b]}.
   */
  public static void diagonal1Lanes(double[] re, double[] im, int dimension, int lanes, int t,
      double[] m) {
    for (int row = 0; row < dimension; row++) {
      int first = (row & t) != 0 ? 2 * lanes : 0;
      int j0 = row * lanes;
      for (int b = 0; b < lanes; b++) {
        double er = m[first + b], ei = m[first + lanes + b];
        double r = re[j0 + b], i = im[j0 + b];
        re[j0 + b] = er * r - ei * i;
        im[j0 + b] = er * i + ei * r;
      }
    }
  }

  /**
   * X on the wire of stride t where every wire of the control mask c is set (CNOT, Toffoli; X
   * itself with {@code c == 0}): a swap of whole rows, no arithmetic.
   */
  public static void controlledX(double[] re, double[] im, int dimension, int lanes, int c,
      int t) {
    int offset = t * lanes;
    for (int row = 0; row < dimension; row++) {
      if ((row & c) == c && (row & t) == 0) {
        swapRows(re, row * lanes, offset, lanes);
        swapRows(im, row * lanes, offset, lanes);
      }
    }
  }

  private static void swapRows(double[] a, int from, int offset, int lanes) {
    if (LaneSimd.KERNELS != null && lanes >= LaneSimd.LANES) {
      LaneSimd.KERNELS.swap(a, from, offset, lanes);
      return;
    }
    for (int j = from, end = from + lanes; j < end; j++) {
      double v = a[j];
      a[j] = a[j + offset];
      a[j + offset] = v;
    }
  }

  /**
   * The phase {@code er + i ei} on the amplitudes whose bits under the stride mask are all set,
   * the same for every lane (CZ, ControlledPhase, S, T on their wires).
   */
  public static void phase(double[] re, double[] im, int dimension, int lanes, int mask,
      double er, double ei) {
    for (int row = 0; row < dimension; row++) {
      if ((row & mask) == mask) {
        for (int j = row * lanes, end = j + lanes; j < end; j++) {
          double r = re[j], i = im[j];
          re[j] = er * r - ei * i;
          im[j] = er * i + ei * r;
        }
      }
    }
  }

  /**
   * A phase per lane on the amplitudes whose bits under the stride mask are all set: lane b's
   * phase is {@code m[b] + i m[lanes + b]}.
   */
  public static void phaseLanes(double[] re, double[] im, int dimension, int lanes, int mask,
      double[] m) {
    for (int row = 0; row < dimension; row++) {
      if ((row & mask) == mask) {
        int j0 = row * lanes;
        for (int b = 0; b < lanes; b++) {
          double er = m[b], ei = m[lanes + b];
          double r = re[j0 + b], i = im[j0 + b];
          re[j0 + b] = er * r - ei * i;
          im[j0 + b] = er * i + ei * r;
        }
      }
    }
  }

  /**
   * {@code exp(-i angle Z...Z / 2)} on the wires of the stride mask, as {@code Kernels.parityPhase}:
   * amplitudes of even parity under the mask gain {@code cos - i sin}, odd ones {@code cos + i sin},
   * for {@code cos(angle/2)} and {@code sin(angle/2)} shared by every lane (IsingZZ, MultiRZ).
   */
  public static void parityPhase(double[] re, double[] im, int dimension, int lanes, int mask,
      double cos, double sin) {
    for (int row = 0; row < dimension; row++) {
      double s = (Integer.bitCount(row & mask) & 1) == 0 ? -sin : sin;
      for (int j = row * lanes, end = j + lanes; j < end; j++) {
        double r = re[j], i = im[j];
        re[j] = cos * r - s * i;
        im[j] = cos * i + s * r;
      }
    }
  }

  /**
   * {@link #parityPhase} with an angle per lane: lane b's {@code cos(angle/2)} at {@code m[b]},
   * its {@code sin(angle/2)} at {@code m[lanes + b]}.
   */
  public static void parityPhaseLanes(double[] re, double[] im, int dimension, int lanes,
      int mask, double[] m) {
    for (int row = 0; row < dimension; row++) {
      double sign = (Integer.bitCount(row & mask) & 1) == 0 ? -1 : 1;
      int j0 = row * lanes;
      for (int b = 0; b < lanes; b++) {
        double cos = m[b], s = sign * m[lanes + b];
        double r = re[j0 + b], i = im[j0 + b];
        re[j0 + b] = cos * r - s * i;
        im[j0 + b] = cos * i + s * r;
      }
    }
  }

  /**
   * A dense {@code 2^k x 2^k} matrix (interleaved re/im, row-major, the first stride the most
   * significant bit of the matrix index, as {@code Kernels.dense}) on one lane: the general
   * fallback for gates without a batch kernel of their own, such as user unitaries and
   * excitations. {@code scratch} must hold {@code 2^(k+1)} doubles.
   */
  public static void dense(double[] re, double[] im, int dimension, int lanes, int lane,
      int[] strides, double[] m, double[] scratch) {
    int d = 1 << strides.length;
    int mask = 0;
    for (int st : strides) {
      mask |= st;
    }
    for (int base = 0; base < dimension; base++) {
      if ((base & mask) != 0) {
        continue;
      }
      for (int c = 0; c < d; c++) {
        int p = (base | offset(strides, c)) * lanes + lane;
        scratch[2 * c] = re[p];
        scratch[2 * c + 1] = im[p];
      }
      for (int r = 0; r < d; r++) {
        double sr = 0, si = 0;
        for (int c = 0; c < d; c++) {
          double mr = m[2 * (r * d + c)], mi = m[2 * (r * d + c) + 1];
          sr += mr * scratch[2 * c] - mi * scratch[2 * c + 1];
          si += mr * scratch[2 * c + 1] + mi * scratch[2 * c];
        }
        int p = (base | offset(strides, r)) * lanes + lane;
        re[p] = sr;
        im[p] = si;
      }
    }
  }

  /** The amplitude offset of matrix index i: bit k - 1 - j of i selects stride j. */
  private static int offset(int[] strides, int i) {
    int k = strides.length, o = 0;
    for (int j = 0; j < k; j++) {
      if ((i >> (k - 1 - j) & 1) != 0) {
        o |= strides[j];
      }
    }
    return o;
  }
}
