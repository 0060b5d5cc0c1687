package io.qml4j.runtime.gradient;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link WireOverlapKernels} on the Vector API in the platform's preferred width. Bits whose
 * pairs are a register or more apart go two at a time ({@link #widePair}). The bits inside a register read each register once against its partner lanes (a fixed
 * shuffle) and split the lanes by side when the block's sums are reduced. Imaginary parts are the
 * even lanes minus the odd lanes of {@code bra * swap(ket)}, as in {@link VectorRotationKernels}.
 * Each loop is flat, without helpers that return vectors, so the JIT compiles it to vector
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
    // register bits, then at least two bits for a pair of registers
    return REGISTER_BITS + 2;
  }

  @Override
  public void block(double[] bra, double[] ket, int from, int bits, int mask, boolean total,
      double[] acc) {
    int start = 2 * from, end = 2 * (from + (1 << bits));
    int inRegister = mask & ((1 << REGISTER_BITS) - 1);
    if (total || inRegister != 0) {
      registerBits(bra, ket, start, end, inRegister, total, acc);
    }
    int wide = mask & ~((1 << REGISTER_BITS) - 1);
    while (wide != 0) {
      int q = Integer.numberOfTrailingZeros(wide);
      wide &= wide - 1;
      if (wide == 0) {
        // a bit left alone is paired with another bit of the block, whose sums are dropped:
        // a second loop of one bit only would be small enough for the JIT to inline here
        int other = q == REGISTER_BITS ? REGISTER_BITS + 1 : REGISTER_BITS;
        widePair(bra, ket, start, end, Math.min(q, other), Math.max(q, other), acc,
            q < other ? 1 : 2);
        break;
      }
      int r = Integer.numberOfTrailingZeros(wide);
      wide &= wide - 1;
      widePair(bra, ket, start, end, q, r, acc, 3);
    }
  }

  /**
   * Two bits q below r whose pairs are a register or more apart, from one read of the four
   * registers of each quartet of amplitudes: half the loads of two single-bit passes. Fused
   * multiply-adds, two accumulators where a sum has a minus sign, keep the loop at 31 vector
   * operations, within the JIT's inlining budget (with separate multiplies and adds it is not,
   * and the loop runs boxed, hundreds of times slower). {@code keep}: 1 adds q's sums, 2 adds
   * r's, 3 both, so that a lone bit's partner costs no scratch array.
   */
  private static void widePair(double[] bra, double[] ket, int start, int end, int q, int r,
      double[] acc, int keep) {
    int sq = 2 << q, sr = 2 << r;
    DoubleVector xq = DoubleVector.zero(SPECIES), xqm = xq, yq = xq, zq = xq;
    DoubleVector xr = xq, xrm = xq, yr = xq, zr = xq, z3 = xq;
    int quarter = (end - start) >> 2;
    for (int i = 0; i < quarter; i += LANES) {
      int j = ((i & -sq) << 1) | (i & (sq - 1));
      int a = start + (((j & -sr) << 1) | (j & (sr - 1)));
      DoubleVector l0 = DoubleVector.fromArray(SPECIES, bra, a);
      DoubleVector l1 = DoubleVector.fromArray(SPECIES, bra, a + sq);
      DoubleVector l2 = DoubleVector.fromArray(SPECIES, bra, a + sr);
      DoubleVector l3 = DoubleVector.fromArray(SPECIES, bra, a + sq + sr);
      DoubleVector k0 = DoubleVector.fromArray(SPECIES, ket, a);
      DoubleVector k1 = DoubleVector.fromArray(SPECIES, ket, a + sq);
      DoubleVector k2 = DoubleVector.fromArray(SPECIES, ket, a + sr);
      DoubleVector k3 = DoubleVector.fromArray(SPECIES, ket, a + sq + sr);
      DoubleVector s0 = k0.rearrange(SWAP);
      DoubleVector s1 = k1.rearrange(SWAP);
      DoubleVector s2 = k2.rearrange(SWAP);
      DoubleVector s3 = k3.rearrange(SWAP);
      xq = l2.fma(k3, l0.fma(k1, xq));
      xqm = l3.fma(k2, l1.fma(k0, xqm));
      yq = l3.fma(s2, l2.fma(s3, l1.fma(s0, l0.fma(s1, yq))));
      zq = l1.fma(s1, zq);
      xr = l1.fma(k3, l0.fma(k2, xr));
      xrm = l3.fma(k1, l2.fma(k0, xrm));
      yr = l3.fma(s1, l1.fma(s3, l2.fma(s0, l0.fma(s2, yr))));
      zr = l2.fma(s2, zr);
      z3 = l3.fma(s3, z3);
    }
    double shared = z3.mul(IMAGINARY).reduceLanes(VectorOperators.ADD);
    if ((keep & 1) != 0) {
      acc[SLOTS * q] += xq.sub(xqm).reduceLanes(VectorOperators.ADD);
      acc[SLOTS * q + 1] += yq.mul(IMAGINARY).reduceLanes(VectorOperators.ADD);
      acc[SLOTS * q + 2] += zq.mul(IMAGINARY).reduceLanes(VectorOperators.ADD) + shared;
    }
    if ((keep & 2) != 0) {
      acc[SLOTS * r] += xr.sub(xrm).reduceLanes(VectorOperators.ADD);
      acc[SLOTS * r + 1] += yr.mul(IMAGINARY).reduceLanes(VectorOperators.ADD);
      acc[SLOTS * r + 2] += zr.mul(IMAGINARY).reduceLanes(VectorOperators.ADD) + shared;
    }
  }

  /**
   * The block's total (its imaginary part) and the bits inside a register: each register
   * against itself (total and Z) and against its partner lanes (S on the lanes whose bit is clear, T on the others).
   */
  private static void registerBits(double[] bra, double[] ket, int start, int end, int mask,
      boolean total, double[] acc) {
    DoubleVector pi = DoubleVector.zero(SPECIES), x0 = pi, x0i = pi, x1 = pi, x1i = pi;
    for (int a = start; a < end; a += LANES) {
      DoubleVector l = DoubleVector.fromArray(SPECIES, bra, a);
      DoubleVector k = DoubleVector.fromArray(SPECIES, ket, a);
      pi = pi.add(l.mul(k.rearrange(SWAP)));
      x0 = x0.add(l.mul(k.rearrange(PARTNER0)));
      x0i = x0i.add(l.mul(k.rearrange(PARTNER0_SWAP)));
      x1 = x1.add(l.mul(k.rearrange(PARTNER1)));
      x1i = x1i.add(l.mul(k.rearrange(PARTNER1_SWAP)));
    }
    double[] selfIm = pi.toArray();
    if (total) {
      acc[TOTAL] += sum(selfIm, 0, -1, true);
    }
    if ((mask & 1) != 0) {
      sides(x0.toArray(), x0i.toArray(), selfIm, 0, acc);
    }
    if ((mask & 2) != 0) {
      sides(x1.toArray(), x1i.toArray(), selfIm, 1, acc);
    }
  }

  /** Adds a register bit's X, Y and Z from its lane sums. */
  private static void sides(double[] cross, double[] crossIm, double[] selfIm, int q,
      double[] acc) {
    int slot = SLOTS * q;
    acc[slot] += sum(cross, q, 0, false) - sum(cross, q, 1, false);
    acc[slot + 1] += sum(crossIm, q, -1, true);
    acc[slot + 2] += sum(selfIm, q, 1, true);
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
