package io.qml4j.runtime.gradient;

/**
 * Fused backward steps of adjoint differentiation over one single-qubit rotation on the wire of
 * stride t: in one pass over both states, read {@code dE/dt = 2 Re <lambda| K |phi>} (phi still
 * holding the state after the gate, K the gate's scaled generator) and peel the gate off both,
 * {@code phi <- U^dagger phi}, {@code lambda <- U^dagger lambda}. One pass instead of three
 * (overlap, two inverse gates) over memory that is shared by every trainable rotation, which is
 * where an adjoint gradient spends its time. Pass {@code cos(t/2)} and {@code sin(t/2)} of the
 * gate's own angle t. Allocation-free; generated code calls these with literal strides.
 */
public final class AdjointSteps {
  private AdjointSteps() {}

  /**
   * RY: {@code K = -i/2 Y}, so {@code 2 Re <l|K|p> = sum Re(conj(l1) p0) - Re(conj(l0) p1)};
   * {@code RY(t)^dagger = [[c, s], [-s, c]]}. Returns the derivative.
   */
  public static double ry(double[] phi, double[] lambda, int t, double cos, double sin) {
    if (AdjointSimd.wide(t)) {
      return AdjointSimd.KERNELS.single(Y, phi, lambda, t, cos, sin);
    }
    int n = phi.length >> 1;
    double sum = 0;
    for (int base = 0; base < n; base += t << 1) {
      for (int j = base, end = base + t; j < end; j++) {
        int p = j << 1, q = (j + t) << 1;
        double p0r = phi[p], p0i = phi[p + 1], p1r = phi[q], p1i = phi[q + 1];
        double l0r = lambda[p], l0i = lambda[p + 1], l1r = lambda[q], l1i = lambda[q + 1];
        sum += l1r * p0r + l1i * p0i - l0r * p1r - l0i * p1i;
        phi[p] = cos * p0r + sin * p1r;
        phi[p + 1] = cos * p0i + sin * p1i;
        phi[q] = cos * p1r - sin * p0r;
        phi[q + 1] = cos * p1i - sin * p0i;
        lambda[p] = cos * l0r + sin * l1r;
        lambda[p + 1] = cos * l0i + sin * l1i;
        lambda[q] = cos * l1r - sin * l0r;
        lambda[q + 1] = cos * l1i - sin * l0i;
      }
    }
    return sum;
  }

  /**
   * RZ: {@code K = diag(-i/2, i/2)}, so {@code 2 Re <l|K|p> = sum Im(conj(l0) p0) -
   * Im(conj(l1) p1)}; {@code RZ(t)^dagger = diag(e^{i t/2}, e^{-i t/2})}. Returns the derivative.
   */
  public static double rz(double[] phi, double[] lambda, int t, double cos, double sin) {
    if (AdjointSimd.wide(t)) {
      return AdjointSimd.KERNELS.single(Z, phi, lambda, t, cos, sin);
    }
    int n = phi.length >> 1;
    double sum = 0;
    for (int base = 0; base < n; base += t << 1) {
      for (int j = base, end = base + t; j < end; j++) {
        int p = j << 1, q = (j + t) << 1;
        double p0r = phi[p], p0i = phi[p + 1], p1r = phi[q], p1i = phi[q + 1];
        double l0r = lambda[p], l0i = lambda[p + 1], l1r = lambda[q], l1i = lambda[q + 1];
        sum += (l0r * p0i - l0i * p0r) - (l1r * p1i - l1i * p1r);
        // times e^{+i t/2} on |0>, e^{-i t/2} on |1>
        phi[p] = cos * p0r - sin * p0i;
        phi[p + 1] = cos * p0i + sin * p0r;
        phi[q] = cos * p1r + sin * p1i;
        phi[q + 1] = cos * p1i - sin * p1r;
        lambda[p] = cos * l0r - sin * l0i;
        lambda[p + 1] = cos * l0i + sin * l0r;
        lambda[q] = cos * l1r + sin * l1i;
        lambda[q + 1] = cos * l1i - sin * l1r;
      }
    }
    return sum;
  }

  /**
   * RX: {@code K = -i/2 X}, so {@code 2 Re <l|K|p> = sum Im(conj(l0) p1) + Im(conj(l1) p0)};
   * {@code RX(t)^dagger = [[c, i s], [i s, c]]}. Returns the derivative.
   */
  public static double rx(double[] phi, double[] lambda, int t, double cos, double sin) {
    if (AdjointSimd.wide(t)) {
      return AdjointSimd.KERNELS.single(X, phi, lambda, t, cos, sin);
    }
    int n = phi.length >> 1;
    double sum = 0;
    for (int base = 0; base < n; base += t << 1) {
      for (int j = base, end = base + t; j < end; j++) {
        int p = j << 1, q = (j + t) << 1;
        double p0r = phi[p], p0i = phi[p + 1], p1r = phi[q], p1i = phi[q + 1];
        double l0r = lambda[p], l0i = lambda[p + 1], l1r = lambda[q], l1i = lambda[q + 1];
        sum += (l0r * p1i - l0i * p1r) + (l1r * p0i - l1i * p0r);
        // c x + i s y
        phi[p] = cos * p0r - sin * p1i;
        phi[p + 1] = cos * p0i + sin * p1r;
        phi[q] = cos * p1r - sin * p0i;
        phi[q + 1] = cos * p1i + sin * p0r;
        lambda[p] = cos * l0r - sin * l1i;
        lambda[p + 1] = cos * l0i + sin * l1r;
        lambda[q] = cos * l1r - sin * l0i;
        lambda[q + 1] = cos * l1i + sin * l0r;
      }
    }
    return sum;
  }

  /** Axis codes of {@link #rotationPair}. */
  public static final int X = 0;
  /** Axis codes of {@link #rotationPair}. */
  public static final int Y = 1;
  /** Axis codes of {@link #rotationPair}. */
  public static final int Z = 2;

  /**
   * Two rotations on the wire of stride t in one pass: first the later gate of the circuit (axis
   * {@code axisA}, its {@code cos(t/2)}, {@code sin(t/2)}), then the one before it, each read and
   * peeled as {@link #rx}, {@link #ry} or {@link #rz} would, the amplitudes kept in registers in
   * between. Writes the two derivatives to {@code dAngle[slotA]} and {@code dAngle[slotB]}. Equal
   * to the two single steps in turn up to rounding; saves one load and store of both states.
   *
   * @param axisA {@link #X}, {@link #Y} or {@link #Z}
   * @param axisB the same for the earlier gate
   */
  public static void rotationPair(double[] phi, double[] lambda, int t, int axisA, double cosA,
      double sinA, int axisB, double cosB, double sinB, double[] dAngle, int slotA, int slotB) {
    checkAxes(axisA, axisB);
    dAngle[slotA] = 0;
    dAngle[slotB] = 0;
    peel(phi, lambda, 0, t, axisA, cosA, sinA, axisB, cosB, sinB, dAngle, slotA, slotB, 0,
        phi.length >> 1);
  }

  /**
   * A CNOT (control stride {@code control}, target stride t) peeled off both states, then
   * {@link #rotationPair} on its target, in one pass: the CNOT only decides which amplitude of
   * each pair is read as |0> and which as |1>. The backward sweep meets this order at every link
   * of an entangling ring (CNOT(w - 1, w), then the rotations on w of the layer before), and
   * saves the CNOT's two passes.
   *
   * @param control the stride of the CNOT's control wire, a power of two other than t
   */
  public static void cnotRotationPair(double[] phi, double[] lambda, int control, int t,
      int axisA, double cosA, double sinA, int axisB, double cosB, double sinB, double[] dAngle,
      int slotA, int slotB) {
    checkAxes(axisA, axisB);
    checkControl(control, t);
    dAngle[slotA] = 0;
    dAngle[slotB] = 0;
    peel(phi, lambda, control, t, axisA, cosA, sinA, axisB, cosB, sinB, dAngle, slotA, slotB, 0,
        phi.length >> 1);
  }

  /**
   * {@link #cnotRotationPair} ({@link #rotationPair} for {@code control = 0}) on the amplitudes
   * {@code from .. to - 1} only, adding the two derivatives' shares to {@code dAngle[slotA]} and
   * {@code dAngle[slotB]}. Such a range holds whole pairs and whole CNOT swaps when it is made of
   * blocks of {@link #block} amplitudes, so threads that split a step into ranges add up to the
   * whole step.
   *
   * @param from the first amplitude, a multiple of {@code block(control, t)}
   * @param to one past the last amplitude, the same kind of multiple, at most the state's size
   */
  public static void addPairOnRange(double[] phi, double[] lambda, int control, int t, int axisA,
      double cosA, double sinA, int axisB, double cosB, double sinB, double[] dAngle, int slotA,
      int slotB, int from, int to) {
    checkAxes(axisA, axisB);
    if (control != 0) {
      checkControl(control, t);
    }
    int block = block(control, t);
    if (from < 0 || to < from || to > phi.length >> 1 || from % block != 0 || to % block != 0) {
      throw new IllegalArgumentException("from, to: expected multiples of " + block + " with 0 <= "
          + "from <= to <= " + (phi.length >> 1) + ", got " + from + ", " + to);
    }
    peel(phi, lambda, control, t, axisA, cosA, sinA, axisB, cosB, sinB, dAngle, slotA, slotB,
        from, to);
  }

  /**
   * The smallest run of amplitudes that a pair step on target stride t after a CNOT with control
   * stride {@code control} (0 for none) keeps to itself: {@code 2 max(t, control)}.
   */
  public static int block(int control, int t) {
    return 2 * Math.max(t, control);
  }

  private static void checkControl(int control, int t) {
    if (Integer.bitCount(control) != 1 || control == t) {
      throw new IllegalArgumentException("control: expected the stride of a wire other than the "
          + "target's (" + t + "), got " + control);
    }
  }

  private static void checkAxes(int axisA, int axisB) {
    if (axisA < X || axisA > Z || axisB < X || axisB > Z) {
      throw new IllegalArgumentException("axisA, axisB: expected X (0), Y (1) or Z (2), got "
          + axisA + ", " + axisB);
    }
  }

  /**
   * The shared pass over amplitudes from .. to - 1 (whole blocks), adding to dAngle; control 0
   * means no CNOT.
   */
  private static void peel(double[] phi, double[] lambda, int control, int t, int axisA,
      double cosA, double sinA, int axisB, double cosB, double sinB, double[] dAngle, int slotA,
      int slotB, int from, int to) {
    if (AdjointSimd.wide(control == 0 ? t : Math.min(control, t))) {
      // its own compiled method: beside the scalar loops the vector code would not be inlined
      AdjointSimd.KERNELS.pair(phi, lambda, control, t, axisA, cosA, sinA, axisB, cosB, sinB,
          dAngle, slotA, slotB, from, to);
      return;
    }
    double sumA = 0;
    double sumB = 0;
    // runs of indices over which the control bit, and so the CNOT's swap, stays the same
    int run = control == 0 ? t : Math.min(control, t);
    for (int base = from; base < to; base += t << 1) {
      for (int start = base; start < base + t; start += run) {
        boolean swapped = (start & control) != 0;
        for (int j = start, end = start + run; j < end; j++) {
          int p = j << 1, q = (j + t) << 1;
          int u = swapped ? q : p, v = swapped ? p : q;
          double p0r = phi[u], p0i = phi[u + 1], p1r = phi[v], p1i = phi[v + 1];
          double l0r = lambda[u], l0i = lambda[u + 1], l1r = lambda[v], l1i = lambda[v + 1];
          double a0r, a0i, a1r, a1i, b0r, b0i, b1r, b1i;
          double c = cosA, s = sinA;
          if (axisA == X) {
            sumA += (l0r * p1i - l0i * p1r) + (l1r * p0i - l1i * p0r);
            a0r = c * p0r - s * p1i; a0i = c * p0i + s * p1r;
            a1r = c * p1r - s * p0i; a1i = c * p1i + s * p0r;
            b0r = c * l0r - s * l1i; b0i = c * l0i + s * l1r;
            b1r = c * l1r - s * l0i; b1i = c * l1i + s * l0r;
          } else if (axisA == Y) {
            sumA += l1r * p0r + l1i * p0i - l0r * p1r - l0i * p1i;
            a0r = c * p0r + s * p1r; a0i = c * p0i + s * p1i;
            a1r = c * p1r - s * p0r; a1i = c * p1i - s * p0i;
            b0r = c * l0r + s * l1r; b0i = c * l0i + s * l1i;
            b1r = c * l1r - s * l0r; b1i = c * l1i - s * l0i;
          } else {
            sumA += (l0r * p0i - l0i * p0r) - (l1r * p1i - l1i * p1r);
            a0r = c * p0r - s * p0i; a0i = c * p0i + s * p0r;
            a1r = c * p1r + s * p1i; a1i = c * p1i - s * p1r;
            b0r = c * l0r - s * l0i; b0i = c * l0i + s * l0r;
            b1r = c * l1r + s * l1i; b1i = c * l1i - s * l1r;
          }
          c = cosB;
          s = sinB;
          if (axisB == X) {
            sumB += (b0r * a1i - b0i * a1r) + (b1r * a0i - b1i * a0r);
            phi[p] = c * a0r - s * a1i; phi[p + 1] = c * a0i + s * a1r;
            phi[q] = c * a1r - s * a0i; phi[q + 1] = c * a1i + s * a0r;
            lambda[p] = c * b0r - s * b1i; lambda[p + 1] = c * b0i + s * b1r;
            lambda[q] = c * b1r - s * b0i; lambda[q + 1] = c * b1i + s * b0r;
          } else if (axisB == Y) {
            sumB += b1r * a0r + b1i * a0i - b0r * a1r - b0i * a1i;
            phi[p] = c * a0r + s * a1r; phi[p + 1] = c * a0i + s * a1i;
            phi[q] = c * a1r - s * a0r; phi[q + 1] = c * a1i - s * a0i;
            lambda[p] = c * b0r + s * b1r; lambda[p + 1] = c * b0i + s * b1i;
            lambda[q] = c * b1r - s * b0r; lambda[q + 1] = c * b1i - s * b0i;
          } else {
            sumB += (b0r * a0i - b0i * a0r) - (b1r * a1i - b1i * a1r);
            phi[p] = c * a0r - s * a0i; phi[p + 1] = c * a0i + s * a0r;
            phi[q] = c * a1r + s * a1i; phi[q + 1] = c * a1i - s * a1r;
            lambda[p] = c * b0r - s * b0i; lambda[p + 1] = c * b0i + s * b0r;
            lambda[q] = c * b1r + s * b1i; lambda[q + 1] = c * b1i - s * b1r;
          }
        }
      }
    }
    dAngle[slotA] += sumA;
    dAngle[slotB] += sumB;
  }
}
