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
  /** Amplitude pairs per register: each half of a pair fills one. */
  private static final int HALF = LANES >> 1;
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
      case AdjointSteps.X: return x(phi, lambda, control, t, from >> 1, to >> 1, cos, sin);
      case AdjointSteps.Y: return y(phi, lambda, control, t, from >> 1, to >> 1, cos, sin);
      default: return z(phi, lambda, control, t, from >> 1, to >> 1, cos, sin);
    }
  }

  /*
   * Each pass is one flat loop over pair indices j, HALF pairs (one register of each half) per
   * iteration, the pair's |0> amplitude being j with a zero inserted at bit t. Two things keep
   * C2 from falling back to the Vector API's boxed Java code, which took 2-3 ns per pair in
   * cache instead of about 1 and made the SIMD gradient slower than the scalar one: no register
   * sum carried across a loop nest, and no pass inlined into its caller. Inlined, the six
   * passes a pair step reaches (two rotations, three axes) ran past C2's inlining budget and
   * some vector calls stayed calls; so each pass starts with its range check, written out in
   * each, which also takes it over FreqInlineSize (325 bytes: x, y and z are 360-410) and
   * makes it a compilation of its own. (Unrolling a pass twice ran past the budget within the
   * one pass.)
   */

  /** Amplitude index of pair j's |0> half: j with a zero bit inserted at t. */
  private static int zeroAt(int j, int t) {
    return ((j & -t) << 1) | (j & (t - 1));
  }

  /** Doubles between the |0> run and the |1> run read as |0> after a CNOT: 0 or 2t. */
  private static int swapOffset(int amplitude, int control, int t) {
    return (amplitude & control) == 0 ? 0 : t << 1;
  }

  /** The error for a pass whose range is not whole registers of runs of HALF pairs or more. */
  private static IllegalArgumentException rangeError(double[] phi, double[] lambda, int control,
      int t, int fromPair, int toPair) {
    return new IllegalArgumentException("phi, lambda, control, t, pairs: expected states of one "
        + "length, whole registers, distinct wires and runs of at least " + HALF
        + " amplitudes, got lengths " + phi.length + ", " + lambda.length + ", control "
        + control + ", t " + t + ", pairs " + fromPair + " .. " + toPair);
  }

  /**
   * RX: {@code sum Im(conj(l0) p1) + Im(conj(l1) p0)};
   * {@code RX^dagger = [[c, i s], [i s, c]]}.
   */
  private static double x(double[] phi, double[] lambda, int control, int t, int fromPair,
      int toPair, double cos, double sin) {
    if (phi.length != lambda.length || fromPair < 0 || toPair < fromPair
        || toPair > phi.length >> 2 || fromPair % HALF != 0 || toPair % HALF != 0
        || Integer.bitCount(t) != 1 || t < HALF || (control & (control - 1)) != 0
        || control == t || (control != 0 && control < HALF)) {
      throw rangeError(phi, lambda, control, t, fromPair, toPair);
    }
    DoubleVector c = DoubleVector.broadcast(SPECIES, cos), is = SIGNS.mul(sin);
    DoubleVector sum = DoubleVector.zero(SPECIES);
    int gap = t << 1;
    for (int j = fromPair; j < toPair; j += HALF) {
      int a = zeroAt(j, t);
      int lo = a << 1, hi = lo + gap;
      int w = swapOffset(a, control, t);
      DoubleVector p0 = DoubleVector.fromArray(SPECIES, phi, lo + w);
      DoubleVector p1 = DoubleVector.fromArray(SPECIES, phi, hi - w);
      DoubleVector l0 = DoubleVector.fromArray(SPECIES, lambda, lo + w);
      DoubleVector l1 = DoubleVector.fromArray(SPECIES, lambda, hi - w);
      DoubleVector p0s = p0.rearrange(SWAP), p1s = p1.rearrange(SWAP);
      DoubleVector l0s = l0.rearrange(SWAP), l1s = l1.rearrange(SWAP);
      sum = sum.add(l0.mul(p1s).add(l1.mul(p0s)));
      p0.mul(c).add(p1s.mul(is)).intoArray(phi, lo);
      p1.mul(c).add(p0s.mul(is)).intoArray(phi, hi);
      l0.mul(c).add(l1s.mul(is)).intoArray(lambda, lo);
      l1.mul(c).add(l0s.mul(is)).intoArray(lambda, hi);
    }
    return sum.mul(IMAGINARY).reduceLanes(VectorOperators.ADD);
  }

  /** RY: {@code sum Re(conj(l1) p0) - Re(conj(l0) p1)}; {@code RY^dagger = [[c, s], [-s, c]]}. */
  private static double y(double[] phi, double[] lambda, int control, int t, int fromPair,
      int toPair, double cos, double sin) {
    if (phi.length != lambda.length || fromPair < 0 || toPair < fromPair
        || toPair > phi.length >> 2 || fromPair % HALF != 0 || toPair % HALF != 0
        || Integer.bitCount(t) != 1 || t < HALF || (control & (control - 1)) != 0
        || control == t || (control != 0 && control < HALF)) {
      throw rangeError(phi, lambda, control, t, fromPair, toPair);
    }
    DoubleVector c = DoubleVector.broadcast(SPECIES, cos);
    DoubleVector s = DoubleVector.broadcast(SPECIES, sin);
    DoubleVector sum = DoubleVector.zero(SPECIES);
    int gap = t << 1;
    for (int j = fromPair; j < toPair; j += HALF) {
      int a = zeroAt(j, t);
      int lo = a << 1, hi = lo + gap;
      int w = swapOffset(a, control, t);
      DoubleVector p0 = DoubleVector.fromArray(SPECIES, phi, lo + w);
      DoubleVector p1 = DoubleVector.fromArray(SPECIES, phi, hi - w);
      DoubleVector l0 = DoubleVector.fromArray(SPECIES, lambda, lo + w);
      DoubleVector l1 = DoubleVector.fromArray(SPECIES, lambda, hi - w);
      sum = sum.add(l1.mul(p0).sub(l0.mul(p1)));
      p0.mul(c).add(p1.mul(s)).intoArray(phi, lo);
      p1.mul(c).sub(p0.mul(s)).intoArray(phi, hi);
      l0.mul(c).add(l1.mul(s)).intoArray(lambda, lo);
      l1.mul(c).sub(l0.mul(s)).intoArray(lambda, hi);
    }
    return sum.reduceLanes(VectorOperators.ADD);
  }

  /**
   * RZ: {@code sum Im(conj(l0) p0) - Im(conj(l1) p1)};
   * {@code RZ^dagger = diag(e^{i t/2}, e^{-i t/2})}.
   */
  private static double z(double[] phi, double[] lambda, int control, int t, int fromPair,
      int toPair, double cos, double sin) {
    if (phi.length != lambda.length || fromPair < 0 || toPair < fromPair
        || toPair > phi.length >> 2 || fromPair % HALF != 0 || toPair % HALF != 0
        || Integer.bitCount(t) != 1 || t < HALF || (control & (control - 1)) != 0
        || control == t || (control != 0 && control < HALF)) {
      throw rangeError(phi, lambda, control, t, fromPair, toPair);
    }
    DoubleVector c = DoubleVector.broadcast(SPECIES, cos), is = SIGNS.mul(sin);
    DoubleVector sum = DoubleVector.zero(SPECIES);
    int gap = t << 1;
    for (int j = fromPair; j < toPair; j += HALF) {
      int a = zeroAt(j, t);
      int lo = a << 1, hi = lo + gap;
      int w = swapOffset(a, control, t);
      DoubleVector p0 = DoubleVector.fromArray(SPECIES, phi, lo + w);
      DoubleVector p1 = DoubleVector.fromArray(SPECIES, phi, hi - w);
      DoubleVector l0 = DoubleVector.fromArray(SPECIES, lambda, lo + w);
      DoubleVector l1 = DoubleVector.fromArray(SPECIES, lambda, hi - w);
      DoubleVector p0s = p0.rearrange(SWAP), p1s = p1.rearrange(SWAP);
      sum = sum.add(l0.mul(p0s).sub(l1.mul(p1s)));
      p0.mul(c).add(p0s.mul(is)).intoArray(phi, lo);
      p1.mul(c).sub(p1s.mul(is)).intoArray(phi, hi);
      l0.mul(c).add(l0.rearrange(SWAP).mul(is)).intoArray(lambda, lo);
      l1.mul(c).sub(l1.rearrange(SWAP).mul(is)).intoArray(lambda, hi);
    }
    return sum.mul(IMAGINARY).reduceLanes(VectorOperators.ADD);
  }
}
