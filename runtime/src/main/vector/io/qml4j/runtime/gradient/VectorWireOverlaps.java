package io.qml4j.runtime.gradient;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link WireOverlapKernels} on the Vector API in the platform's preferred width. A bit whose
 * pairs are a register or more apart takes six fused multiply-adds per two registers of each
 * state; the bits inside a register read each register once against its partner lanes (a fixed
 * shuffle) and split the lanes by side when the block's sums are reduced. Imaginary parts are the
 * even lanes minus the odd lanes of {@code bra * swap(ket)}, as in {@link VectorRotationKernels}.
 * Plain multiplies and adds: the double fma of JDK 17 does not compile to vector code here. Each loop stays flat, without helpers that return vectors, so the JIT compiles it to vector
 * code.
 */
final class VectorWireOverlaps implements WireOverlapKernels {
  private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
  private static final int LANES = SPECIES.length();
  private static final VectorShuffle<Double> SWAP = VectorShuffle.fromOp(SPECIES, i -> i ^ 1);
  /** The partner lanes of bit 0 and bit 1 (bit 1 only where a register holds 4 amplitudes). */
  private static final VectorShuffle<Double> PARTNER0 =
      VectorShuffle.fromOp(SPECIES, i -> i ^ 2);
  private static final VectorShuffle<Double> PARTNER0_SWAP =
      VectorShuffle.fromOp(SPECIES, i -> i ^ 3);
  private static final VectorShuffle<Double> PARTNER1 =
      VectorShuffle.fromOp(SPECIES, i -> i ^ (LANES > 4 ? 4 : 0));
  private static final VectorShuffle<Double> PARTNER1_SWAP =
      VectorShuffle.fromOp(SPECIES, i -> i ^ (LANES > 4 ? 5 : 1));
  /** (1, -1, 1, -1, ...): even lanes minus odd lanes. */
  private static final DoubleVector IMAGINARY = DoubleVector.fromArray(SPECIES, alternating(),
      0);
  /** Bits whose pairs lie inside one register. */
  private static final int REGISTER_BITS = LANES > 4 ? 2 : 1;

  /** Public for {@link AdjointSimd}'s loading by name. */
  public VectorWireOverlaps() {}

  private static double[] alternating() {
    double[] values = new double[LANES];
    for (int i = 0; i < LANES; i++) {
      values[i] = (i & 1) == 0 ? 1 : -1;
    }
    return values;
  }

  @Override
  public int minBits() {
    // a block fills at least one register and each register bit has its partner inside it
    return REGISTER_BITS;
  }

  @Override
  public void block(double[] bra, double[] ket, int from, int bits, int mask, boolean total,
      double[] acc) {
    int start = 2 * from, end = 2 * (from + (1 << bits));
    int inRegister = mask & ((1 << REGISTER_BITS) - 1);
    if (total || inRegister != 0) {
      registerBits(bra, ket, start, end, inRegister, total, acc);
    }
    for (int rest = mask & ~((1 << REGISTER_BITS) - 1); rest != 0; rest &= rest - 1) {
      int q = Integer.numberOfTrailingZeros(rest);
      wideBit(bra, ket, start, end, 2 << q, acc, SLOTS * q);
    }
  }

  private static void wideBit(double[] bra, double[] ket, int start, int end, int stride,
      double[] acc, int slot) {
    DoubleVector s = DoubleVector.zero(SPECIES), si = s, t = s, ti = s, d = s, di = s;
    int half = (end - start) >> 1;
    // one flat loop over the first halves of the pairs: nested loops keep the accumulators
    // boxed (about 20x slower)
    for (int i = 0; i < half; i += LANES) {
      int a = start + (((i & -stride) << 1) | (i & (stride - 1)));
      int b = a + stride;
      DoubleVector la = DoubleVector.fromArray(SPECIES, bra, a);
      DoubleVector lb = DoubleVector.fromArray(SPECIES, bra, b);
      DoubleVector ka = DoubleVector.fromArray(SPECIES, ket, a);
      DoubleVector kb = DoubleVector.fromArray(SPECIES, ket, b);
      DoubleVector kbs = kb.rearrange(SWAP);
      DoubleVector kas = ka.rearrange(SWAP);
      s = s.add(la.mul(kb));
      si = si.add(la.mul(kbs));
      t = t.add(lb.mul(ka));
      ti = ti.add(lb.mul(kas));
      d = d.add(lb.mul(kb));
      di = di.add(lb.mul(kbs));
    }
    acc[slot] += s.reduceLanes(VectorOperators.ADD);
    acc[slot + 1] += si.mul(IMAGINARY).reduceLanes(VectorOperators.ADD);
    acc[slot + 2] += t.reduceLanes(VectorOperators.ADD);
    acc[slot + 3] += ti.mul(IMAGINARY).reduceLanes(VectorOperators.ADD);
    acc[slot + 4] += d.reduceLanes(VectorOperators.ADD);
    acc[slot + 5] += di.mul(IMAGINARY).reduceLanes(VectorOperators.ADD);
  }

  /**
   * The block's total and the bits inside a register: each register against itself (total and
   * D1) and against its partner lanes (S on the lanes whose bit is clear, T on the others).
   */
  private static void registerBits(double[] bra, double[] ket, int start, int end, int mask,
      boolean total, double[] acc) {
    DoubleVector p = DoubleVector.zero(SPECIES), pi = p, x0 = p, x0i = p, x1 = p, x1i = p;
    for (int a = start; a < end; a += LANES) {
      DoubleVector l = DoubleVector.fromArray(SPECIES, bra, a);
      DoubleVector k = DoubleVector.fromArray(SPECIES, ket, a);
      p = p.add(l.mul(k));
      pi = pi.add(l.mul(k.rearrange(SWAP)));
      x0 = x0.add(l.mul(k.rearrange(PARTNER0)));
      x0i = x0i.add(l.mul(k.rearrange(PARTNER0_SWAP)));
      x1 = x1.add(l.mul(k.rearrange(PARTNER1)));
      x1i = x1i.add(l.mul(k.rearrange(PARTNER1_SWAP)));
    }
    double[] self = p.toArray(), selfIm = pi.toArray();
    if (total) {
      acc[TOTAL] += sum(self, 0, -1, false);
      acc[TOTAL + 1] += sum(selfIm, 0, -1, true);
    }
    if ((mask & 1) != 0) {
      sides(x0.toArray(), x0i.toArray(), self, selfIm, 0, acc);
    }
    if ((mask & 2) != 0) {
      sides(x1.toArray(), x1i.toArray(), self, selfIm, 1, acc);
    }
  }

  /** Adds a register bit's S, T and D1 from its lane sums. */
  private static void sides(double[] cross, double[] crossIm, double[] self, double[] selfIm,
      int q, double[] acc) {
    int slot = SLOTS * q;
    acc[slot] += sum(cross, q, 0, false);
    acc[slot + 1] += sum(crossIm, q, 0, true);
    acc[slot + 2] += sum(cross, q, 1, false);
    acc[slot + 3] += sum(crossIm, q, 1, true);
    acc[slot + 4] += sum(self, q, 1, false);
    acc[slot + 5] += sum(selfIm, q, 1, true);
  }

  /**
   * The sum of the lanes whose amplitude has bit q equal to {@code side} (every lane when side
   * is -1), the odd lanes subtracted when {@code imaginary}.
   */
  private static double sum(double[] lanes, int q, int side, boolean imaginary) {
    double sum = 0;
    for (int j = 0; j < lanes.length; j++) {
      if (side >= 0 && ((j >> 1 >> q) & 1) != side) {
        continue;
      }
      sum += imaginary && (j & 1) == 1 ? -lanes[j] : lanes[j];
    }
    return sum;
  }
}
