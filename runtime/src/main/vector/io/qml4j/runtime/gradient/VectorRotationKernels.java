package io.qml4j.runtime.gradient;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link RotationKernels} on the Vector API in the platform's preferred width. Amplitudes stay
 * interleaved: {@code i x} is {@code (-1, 1, ...) * swap(x)}, {@code swap} exchanging each lane
 * pair, and an imaginary part {@code Im(conj(l) p)} is the even lanes minus the odd lanes of
 * {@code l * swap(p)}, signed once when the run's sum is reduced. The formulas are those of
 * {@link AdjointSteps}'s scalar loops; the derivative's terms are summed in another order, so the
 * results agree with the scalar path to rounding, not bit for bit.
 */
final class VectorRotationKernels implements RotationKernels {
  private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
  private static final int LANES = SPECIES.length();
  private static final VectorShuffle<Double> SWAP = VectorShuffle.fromOp(SPECIES, i -> i ^ 1);
  /** (-1, 1, -1, 1, ...): {@code i (xr + i xi) = -xi + i xr}. */
  private static final DoubleVector SIGNS = alternating(-1);
  /** (1, -1, 1, -1, ...): even lanes minus odd lanes. */
  private static final DoubleVector IMAGINARY = alternating(1);

  /** Public for {@link AdjointSimd}'s loading by name. */
  public VectorRotationKernels() {}

  private static DoubleVector alternating(double even) {
    double[] values = new double[LANES];
    for (int i = 0; i < LANES; i++) {
      values[i] = (i & 1) == 0 ? even : -even;
    }
    return DoubleVector.fromArray(SPECIES, values, 0);
  }

  @Override
  public int lanes() {
    return LANES;
  }

  /**
   * Amplitudes a pair step peels with its first rotation before the second, unless a block of
   * the step is larger: 1024 amplitudes of both states are 32 KiB, in L1 for the second pass.
   */
  private static final int PIECE = 1024;

  @Override
  public double single(int axis, double[] phi, double[] lambda, int t, double cos, double sin) {
    return pass(axis, phi, lambda, 0, t, 0, phi.length >> 1, cos, sin);
  }

  @Override
  public void pair(double[] phi, double[] lambda, int control, int t, int axisA, double cosA,
      double sinA, int axisB, double cosB, double sinB, double[] dAngle, int slotA, int slotB,
      int from, int to) {
    double sumA = 0, sumB = 0;
    int piece = Math.max(PIECE, 2 * Math.max(control, t));
    for (int start = from; start < to; start += piece) {
      int end = Math.min(to, start + piece);
      sumA += pass(axisA, phi, lambda, control, t, start, end, cosA, sinA);
      sumB += pass(axisB, phi, lambda, 0, t, start, end, cosB, sinB);
    }
    dAngle[slotA] += sumA;
    dAngle[slotB] += sumB;
  }

  /**
   * One rotation about {@code axis} on the wire of stride t over amplitudes from .. to - 1,
   * after a CNOT with control stride {@code control} (0 for none) that only swaps which run is
   * read as |0> and which as |1>: returns the derivative and writes {@code R^dagger} of each
   * pair in place.
   */
  private static double pass(int axis, double[] phi, double[] lambda, int control, int t,
      int from, int to, double cos, double sin) {
    switch (axis) {
      case AdjointSteps.X: return x(phi, lambda, control, t, from, to, cos, sin);
      case AdjointSteps.Y: return y(phi, lambda, control, t, from, to, cos, sin);
      default: return z(phi, lambda, control, t, from, to, cos, sin);
    }
  }

  /**
   * RX: {@code sum Im(conj(l0) p1) + Im(conj(l1) p0)};
   * {@code RX^dagger = [[c, i s], [i s, c]]}.
   */
  private static double x(double[] phi, double[] lambda, int control, int t, int from, int to,
      double cos, double sin) {
    DoubleVector c = DoubleVector.broadcast(SPECIES, cos), is = SIGNS.mul(sin);
    DoubleVector sum = DoubleVector.zero(SPECIES);
    int run = control == 0 ? t : Math.min(control, t);
    for (int base = from; base < to; base += t << 1) {
      for (int start = base; start < base + t; start += run) {
        int p = start << 1, q = (start + t) << 1;
        boolean swapped = (start & control) != 0;
        int u = swapped ? q : p, v = swapped ? p : q;
        for (int i = 0, length = run << 1; i < length; i += LANES) {
          DoubleVector p0 = DoubleVector.fromArray(SPECIES, phi, u + i);
          DoubleVector p1 = DoubleVector.fromArray(SPECIES, phi, v + i);
          DoubleVector l0 = DoubleVector.fromArray(SPECIES, lambda, u + i);
          DoubleVector l1 = DoubleVector.fromArray(SPECIES, lambda, v + i);
          DoubleVector p0s = p0.rearrange(SWAP), p1s = p1.rearrange(SWAP);
          DoubleVector l0s = l0.rearrange(SWAP), l1s = l1.rearrange(SWAP);
          sum = sum.add(l0.mul(p1s).add(l1.mul(p0s)));
          p0.mul(c).add(p1s.mul(is)).intoArray(phi, p + i);
          p1.mul(c).add(p0s.mul(is)).intoArray(phi, q + i);
          l0.mul(c).add(l1s.mul(is)).intoArray(lambda, p + i);
          l1.mul(c).add(l0s.mul(is)).intoArray(lambda, q + i);
        }
      }
    }
    return sum.mul(IMAGINARY).reduceLanes(VectorOperators.ADD);
  }

  /** RY: {@code sum Re(conj(l1) p0) - Re(conj(l0) p1)}; {@code RY^dagger = [[c, s], [-s, c]]}. */
  private static double y(double[] phi, double[] lambda, int control, int t, int from, int to,
      double cos, double sin) {
    DoubleVector c = DoubleVector.broadcast(SPECIES, cos);
    DoubleVector s = DoubleVector.broadcast(SPECIES, sin);
    DoubleVector sum = DoubleVector.zero(SPECIES);
    int run = control == 0 ? t : Math.min(control, t);
    for (int base = from; base < to; base += t << 1) {
      for (int start = base; start < base + t; start += run) {
        int p = start << 1, q = (start + t) << 1;
        boolean swapped = (start & control) != 0;
        int u = swapped ? q : p, v = swapped ? p : q;
        for (int i = 0, length = run << 1; i < length; i += LANES) {
          DoubleVector p0 = DoubleVector.fromArray(SPECIES, phi, u + i);
          DoubleVector p1 = DoubleVector.fromArray(SPECIES, phi, v + i);
          DoubleVector l0 = DoubleVector.fromArray(SPECIES, lambda, u + i);
          DoubleVector l1 = DoubleVector.fromArray(SPECIES, lambda, v + i);
          sum = sum.add(l1.mul(p0).sub(l0.mul(p1)));
          p0.mul(c).add(p1.mul(s)).intoArray(phi, p + i);
          p1.mul(c).sub(p0.mul(s)).intoArray(phi, q + i);
          l0.mul(c).add(l1.mul(s)).intoArray(lambda, p + i);
          l1.mul(c).sub(l0.mul(s)).intoArray(lambda, q + i);
        }
      }
    }
    return sum.reduceLanes(VectorOperators.ADD);
  }

  /**
   * RZ: {@code sum Im(conj(l0) p0) - Im(conj(l1) p1)};
   * {@code RZ^dagger = diag(e^{i t/2}, e^{-i t/2})}.
   */
  private static double z(double[] phi, double[] lambda, int control, int t, int from, int to,
      double cos, double sin) {
    DoubleVector c = DoubleVector.broadcast(SPECIES, cos), is = SIGNS.mul(sin);
    DoubleVector sum = DoubleVector.zero(SPECIES);
    int run = control == 0 ? t : Math.min(control, t);
    for (int base = from; base < to; base += t << 1) {
      for (int start = base; start < base + t; start += run) {
        int p = start << 1, q = (start + t) << 1;
        boolean swapped = (start & control) != 0;
        int u = swapped ? q : p, v = swapped ? p : q;
        for (int i = 0, length = run << 1; i < length; i += LANES) {
          DoubleVector p0 = DoubleVector.fromArray(SPECIES, phi, u + i);
          DoubleVector p1 = DoubleVector.fromArray(SPECIES, phi, v + i);
          DoubleVector l0 = DoubleVector.fromArray(SPECIES, lambda, u + i);
          DoubleVector l1 = DoubleVector.fromArray(SPECIES, lambda, v + i);
          DoubleVector p0s = p0.rearrange(SWAP), p1s = p1.rearrange(SWAP);
          sum = sum.add(l0.mul(p0s).sub(l1.mul(p1s)));
          p0.mul(c).add(p0s.mul(is)).intoArray(phi, p + i);
          p1.mul(c).sub(p1s.mul(is)).intoArray(phi, q + i);
          l0.mul(c).add(l0.rearrange(SWAP).mul(is)).intoArray(lambda, p + i);
          l1.mul(c).sub(l1.rearrange(SWAP).mul(is)).intoArray(lambda, q + i);
        }
      }
    }
    return sum.mul(IMAGINARY).reduceLanes(VectorOperators.ADD);
  }
}
