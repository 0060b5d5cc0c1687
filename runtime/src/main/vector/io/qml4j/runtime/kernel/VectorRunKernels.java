package io.qml4j.runtime.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link RunKernels} on the Vector API, in the platform's preferred register width (8 doubles,
 * four complex amplitudes, with AVX-512). Amplitudes stay interleaved: a complex scalar times a
 * register is {@code re * x + (-im, im) * swap(x)}, with {@code swap} exchanging each lane pair,
 * so every kernel is multiplications and additions with at most one shuffle per register read. Every lane
 * does the scalar loops' multiplications and additions in their order (no fused multiply-add),
 * so the SIMD path gives the scalar path's results bit for bit, and the tail of a run shorter
 * than a register (at the edge of a tile or a thread's share) takes the scalar formula.
 * Compiled from its own source folder with {@code --add-modules jdk.incubator.vector} and loaded by
 * {@link Simd} only when that module resolves.
 */
final class VectorRunKernels implements RunKernels {
  private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
  private static final int LANES = SPECIES.length();
  private static final VectorShuffle<Double> SWAP = VectorShuffle.fromOp(SPECIES, i -> i ^ 1);
  private static final VectorShuffle<Double> EVEN = VectorShuffle.fromOp(SPECIES, i -> i & ~1);
  private static final VectorShuffle<Double> ODD = VectorShuffle.fromOp(SPECIES, i -> i | 1);
  /** The partner lanes of the wires of strides 2 and 1 where a register holds four amplitudes. */
  private static final VectorShuffle<Double> STRIDE2 =
      VectorShuffle.fromOp(SPECIES, i -> (i ^ 4) & (LANES - 1));
  private static final VectorShuffle<Double> STRIDE1 =
      VectorShuffle.fromOp(SPECIES, i -> (i ^ 2) & (LANES - 1));
  /** (-1, 1, -1, 1, ...): the signs of {@code i * (xr + i xi) = -xi + i xr}. */
  private static final DoubleVector SIGNS = signs();

  /** Public for {@link Simd}'s loading by name. */
  public VectorRunKernels() {}

  private static DoubleVector signs() {
    double[] signs = new double[LANES];
    for (int i = 0; i < LANES; i++) {
      signs[i] = (i & 1) == 1 ? 1 : -1;
    }
    return DoubleVector.fromArray(SPECIES, signs, 0);
  }

  @Override
  public int lanes() {
    return LANES;
  }

  @Override
  public void real(double[] s, int p, int q, int length, double a, double b, double c, double d) {
    DoubleVector va = DoubleVector.broadcast(SPECIES, a), vb = DoubleVector.broadcast(SPECIES, b);
    DoubleVector vc = DoubleVector.broadcast(SPECIES, c), vd = DoubleVector.broadcast(SPECIES, d);
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      DoubleVector x = DoubleVector.fromArray(SPECIES, s, p + i);
      DoubleVector y = DoubleVector.fromArray(SPECIES, s, q + i);
      x.mul(va).add(y.mul(vb)).intoArray(s, p + i);
      x.mul(vc).add(y.mul(vd)).intoArray(s, q + i);
    }
    for (; i < length; i++) {
      double x = s[p + i], y = s[q + i];
      s[p + i] = a * x + b * y;
      s[q + i] = c * x + d * y;
    }
  }

  @Override
  public void general(double[] s, int p, int q, int length,
      double ar, double ai, double br, double bi, double cr, double ci, double dr, double di) {
    DoubleVector vai = SIGNS.mul(ai), vbi = SIGNS.mul(bi);
    DoubleVector vci = SIGNS.mul(ci), vdi = SIGNS.mul(di);
    DoubleVector var = DoubleVector.broadcast(SPECIES, ar), vbr = DoubleVector.broadcast(SPECIES, br);
    DoubleVector vcr = DoubleVector.broadcast(SPECIES, cr), vdr = DoubleVector.broadcast(SPECIES, dr);
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      DoubleVector x = DoubleVector.fromArray(SPECIES, s, p + i);
      DoubleVector y = DoubleVector.fromArray(SPECIES, s, q + i);
      DoubleVector xs = x.rearrange(SWAP), ys = y.rearrange(SWAP);
      x.mul(var).add(xs.mul(vai)).add(y.mul(vbr)).add(ys.mul(vbi)).intoArray(s, p + i);
      x.mul(vcr).add(xs.mul(vci)).add(y.mul(vdr)).add(ys.mul(vdi)).intoArray(s, q + i);
    }
    for (; i < length; i += 2) {
      double xr = s[p + i], xi = s[p + i + 1], yr = s[q + i], yi = s[q + i + 1];
      s[p + i] = ar * xr - ai * xi + br * yr - bi * yi;
      s[p + i + 1] = ar * xi + ai * xr + br * yi + bi * yr;
      s[q + i] = cr * xr - ci * xi + dr * yr - di * yi;
      s[q + i + 1] = cr * xi + ci * xr + dr * yi + di * yr;
    }
  }

  @Override
  public void diagonal(double[] s, int p, int q, int length,
      double d0r, double d0i, double d1r, double d1i) {
    scale(s, p, length, d0r, d0i);
    scale(s, q, length, d1r, d1i);
  }

  @Override
  public void swap(double[] s, int p, int q, int length) {
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      DoubleVector x = DoubleVector.fromArray(SPECIES, s, p + i);
      DoubleVector.fromArray(SPECIES, s, q + i).intoArray(s, p + i);
      x.intoArray(s, q + i);
    }
    for (; i < length; i++) {
      double x = s[p + i];
      s[p + i] = s[q + i];
      s[q + i] = x;
    }
  }

  @Override
  public void scale(double[] s, int p, int length, double er, double ei) {
    DoubleVector vei = SIGNS.mul(ei), ver = DoubleVector.broadcast(SPECIES, er);
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      DoubleVector x = DoubleVector.fromArray(SPECIES, s, p + i);
      x.mul(ver).add(x.rearrange(SWAP).mul(vei)).intoArray(s, p + i);
    }
    for (; i < length; i += 2) {
      double xr = s[p + i], xi = s[p + i + 1];
      s[p + i] = er * xr - ei * xi;
      s[p + i + 1] = er * xi + ei * xr;
    }
  }

  @Override
  public void tablePhase(double[] s, int p, int length, double[] re, double[] im, int e,
      double hr, double hi) {
    // the phase first, (pr, pr) and (-pi, pi), then the product, in the scalar loop's order
    DoubleVector vhr = DoubleVector.broadcast(SPECIES, hr);
    DoubleVector signedHi = SIGNS.mul(hi), flippedHi = SIGNS.mul(-hi);
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      DoubleVector t = DoubleVector.fromArray(SPECIES, re, e + i);
      DoubleVector u = DoubleVector.fromArray(SPECIES, im, e + i);
      DoubleVector pr = t.mul(vhr).add(u.mul(flippedHi));
      DoubleVector pi = t.mul(signedHi).add(u.mul(vhr));
      DoubleVector x = DoubleVector.fromArray(SPECIES, s, p + i);
      x.mul(pr).add(x.rearrange(SWAP).mul(pi)).intoArray(s, p + i);
    }
    for (; i < length; i += 2) {
      double pr = re[e + i], pi = im[e + i + 1];
      double xr = s[p + i], xi = s[p + i + 1];
      double tr = pr * hr - pi * hi, ti = pr * hi + pi * hr;
      s[p + i] = tr * xr - ti * xi;
      s[p + i + 1] = tr * xi + ti * xr;
    }
  }

  @Override
  public void interleavedTablePhase(double[] s, int p, int length, double[] table, int e,
      double hr, double hi) {
    // (pr, pi) = t * h lane-wise, then x * (pr, pi), each in the scalar loop's order
    DoubleVector vhr = DoubleVector.broadcast(SPECIES, hr), signedHi = SIGNS.mul(hi);
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      DoubleVector t = DoubleVector.fromArray(SPECIES, table, e + i);
      DoubleVector phase = t.mul(vhr).add(t.rearrange(SWAP).mul(signedHi));
      DoubleVector x = DoubleVector.fromArray(SPECIES, s, p + i);
      x.mul(phase.rearrange(EVEN)).add(x.rearrange(SWAP).mul(phase.rearrange(ODD).mul(SIGNS)))
          .intoArray(s, p + i);
    }
    for (; i < length; i += 2) {
      double pr = table[e + i] * hr - table[e + i + 1] * hi;
      double pi = table[e + i] * hi + table[e + i + 1] * hr;
      double xr = s[p + i], xi = s[p + i + 1];
      s[p + i] = pr * xr - pi * xi;
      s[p + i + 1] = pr * xi + pi * xr;
    }
  }

  @Override
  public void realPairs(double[] s, int p, int da, int db, int length, double a1, double b1,
      double c1, double d1, double a2, double b2, double c2, double d2) {
    // the scalar real kernel's operations, x * a + y * b, for each gate in turn
    DoubleVector va1 = DoubleVector.broadcast(SPECIES, a1), vb1 = DoubleVector.broadcast(SPECIES, b1);
    DoubleVector vc1 = DoubleVector.broadcast(SPECIES, c1), vd1 = DoubleVector.broadcast(SPECIES, d1);
    DoubleVector va2 = DoubleVector.broadcast(SPECIES, a2), vb2 = DoubleVector.broadcast(SPECIES, b2);
    DoubleVector vc2 = DoubleVector.broadcast(SPECIES, c2), vd2 = DoubleVector.broadcast(SPECIES, d2);
    int q = p + da, r = p + db, u = p + da + db;
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      DoubleVector x0 = DoubleVector.fromArray(SPECIES, s, p + i);
      DoubleVector x1 = DoubleVector.fromArray(SPECIES, s, q + i);
      DoubleVector x2 = DoubleVector.fromArray(SPECIES, s, r + i);
      DoubleVector x3 = DoubleVector.fromArray(SPECIES, s, u + i);
      DoubleVector y0 = x0.mul(va1).add(x1.mul(vb1)), y1 = x0.mul(vc1).add(x1.mul(vd1));
      DoubleVector y2 = x2.mul(va1).add(x3.mul(vb1)), y3 = x2.mul(vc1).add(x3.mul(vd1));
      y0.mul(va2).add(y2.mul(vb2)).intoArray(s, p + i);
      y0.mul(vc2).add(y2.mul(vd2)).intoArray(s, r + i);
      y1.mul(va2).add(y3.mul(vb2)).intoArray(s, q + i);
      y1.mul(vc2).add(y3.mul(vd2)).intoArray(s, u + i);
    }
    for (; i < length; i++) {
      double x0 = s[p + i], x1 = s[q + i], x2 = s[r + i], x3 = s[u + i];
      double y0 = a1 * x0 + b1 * x1, y1 = c1 * x0 + d1 * x1;
      double y2 = a1 * x2 + b1 * x3, y3 = c1 * x2 + d1 * x3;
      s[p + i] = a2 * y0 + b2 * y2;
      s[r + i] = c2 * y0 + d2 * y2;
      s[q + i] = a2 * y1 + b2 * y3;
      s[u + i] = c2 * y1 + d2 * y3;
    }
  }

  @Override
  public void realTriples(double[] s, int p, int d1, int d2, int d3, int length, double u1,
      double u2, double u3, double scale) {
    // the scalar realTriple's operations in its order, eight registers per group
    DoubleVector v1 = DoubleVector.broadcast(SPECIES, u1);
    DoubleVector v2 = DoubleVector.broadcast(SPECIES, u2);
    DoubleVector v3 = DoubleVector.broadcast(SPECIES, u3);
    DoubleVector k = DoubleVector.broadcast(SPECIES, scale);
    int p1 = p + d1, p2 = p + d2, p12 = p1 + d2;
    int p3 = p + d3, p13 = p1 + d3, p23 = p2 + d3, p123 = p12 + d3;
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      DoubleVector x0 = DoubleVector.fromArray(SPECIES, s, p + i);
      DoubleVector x1 = DoubleVector.fromArray(SPECIES, s, p1 + i);
      DoubleVector x2 = DoubleVector.fromArray(SPECIES, s, p2 + i);
      DoubleVector x3 = DoubleVector.fromArray(SPECIES, s, p12 + i);
      DoubleVector x4 = DoubleVector.fromArray(SPECIES, s, p3 + i);
      DoubleVector x5 = DoubleVector.fromArray(SPECIES, s, p13 + i);
      DoubleVector x6 = DoubleVector.fromArray(SPECIES, s, p23 + i);
      DoubleVector x7 = DoubleVector.fromArray(SPECIES, s, p123 + i);
      DoubleVector y0 = x0.add(x1.mul(v1)), y1 = x1.sub(x0.mul(v1));
      DoubleVector y2 = x2.add(x3.mul(v1)), y3 = x3.sub(x2.mul(v1));
      DoubleVector y4 = x4.add(x5.mul(v1)), y5 = x5.sub(x4.mul(v1));
      DoubleVector y6 = x6.add(x7.mul(v1)), y7 = x7.sub(x6.mul(v1));
      DoubleVector z0 = y0.add(y2.mul(v2)), z2 = y2.sub(y0.mul(v2));
      DoubleVector z1 = y1.add(y3.mul(v2)), z3 = y3.sub(y1.mul(v2));
      DoubleVector z4 = y4.add(y6.mul(v2)), z6 = y6.sub(y4.mul(v2));
      DoubleVector z5 = y5.add(y7.mul(v2)), z7 = y7.sub(y5.mul(v2));
      DoubleVector w0 = z0.add(z4.mul(v3)), w4 = z4.sub(z0.mul(v3));
      DoubleVector w1 = z1.add(z5.mul(v3)), w5 = z5.sub(z1.mul(v3));
      DoubleVector w2 = z2.add(z6.mul(v3)), w6 = z6.sub(z2.mul(v3));
      DoubleVector w3 = z3.add(z7.mul(v3)), w7 = z7.sub(z3.mul(v3));
      w0.mul(k).intoArray(s, p + i);
      w4.mul(k).intoArray(s, p3 + i);
      w1.mul(k).intoArray(s, p1 + i);
      w5.mul(k).intoArray(s, p13 + i);
      w2.mul(k).intoArray(s, p2 + i);
      w6.mul(k).intoArray(s, p23 + i);
      w3.mul(k).intoArray(s, p12 + i);
      w7.mul(k).intoArray(s, p123 + i);
    }
    for (; i < length; i++) {
      RunKernels.realTriple(s, p + i, d1, d2, d3, u1, u2, u3, scale);
    }
  }

  @Override
  public void lowReals(double[] s, int p, int end, double[] k, double[] lanes) {
    // the first gate pairs the two registers of a group lane by lane; the other two pair lanes
    // of one register: x * a + partner * b where the wire's bit is 0, x * d + partner * c where
    // it is 1, the scalar kernel's products with the sum's operands swapped (exact)
    DoubleVector a1 = DoubleVector.broadcast(SPECIES, k[0]);
    DoubleVector b1 = DoubleVector.broadcast(SPECIES, k[1]);
    DoubleVector c1 = DoubleVector.broadcast(SPECIES, k[2]);
    DoubleVector d1 = DoubleVector.broadcast(SPECIES, k[3]);
    DoubleVector x2 = DoubleVector.fromArray(SPECIES, lanes, 0);
    DoubleVector y2 = DoubleVector.fromArray(SPECIES, lanes, 8);
    DoubleVector x3 = DoubleVector.fromArray(SPECIES, lanes, 16);
    DoubleVector y3 = DoubleVector.fromArray(SPECIES, lanes, 24);
    for (int i = p; i < end; i += 16) {
      DoubleVector u = DoubleVector.fromArray(SPECIES, s, i);
      DoubleVector v = DoubleVector.fromArray(SPECIES, s, i + 8);
      DoubleVector u1 = u.mul(a1).add(v.mul(b1)), v1 = u.mul(c1).add(v.mul(d1));
      DoubleVector u2 = u1.mul(x2).add(u1.rearrange(STRIDE2).mul(y2));
      DoubleVector v2 = v1.mul(x2).add(v1.rearrange(STRIDE2).mul(y2));
      u2.mul(x3).add(u2.rearrange(STRIDE1).mul(y3)).intoArray(s, i);
      v2.mul(x3).add(v2.rearrange(STRIDE1).mul(y3)).intoArray(s, i + 8);
    }
  }

  @Override
  public void lowRealsPhases(double[] s, int p, int end, double[] k, double[] lanes, double[] re,
      double[] im, int e, double hr, double hi) {
    DoubleVector a1 = DoubleVector.broadcast(SPECIES, k[0]);
    DoubleVector b1 = DoubleVector.broadcast(SPECIES, k[1]);
    DoubleVector c1 = DoubleVector.broadcast(SPECIES, k[2]);
    DoubleVector d1 = DoubleVector.broadcast(SPECIES, k[3]);
    DoubleVector x2 = DoubleVector.fromArray(SPECIES, lanes, 0);
    DoubleVector y2 = DoubleVector.fromArray(SPECIES, lanes, 8);
    DoubleVector x3 = DoubleVector.fromArray(SPECIES, lanes, 16);
    DoubleVector y3 = DoubleVector.fromArray(SPECIES, lanes, 24);
    DoubleVector vhr = DoubleVector.broadcast(SPECIES, hr);
    DoubleVector signedHi = SIGNS.mul(hi), flippedHi = SIGNS.mul(-hi);
    for (int i = p, t = e; i < end; i += 16, t += 16) {
      DoubleVector u = DoubleVector.fromArray(SPECIES, s, i);
      DoubleVector v = DoubleVector.fromArray(SPECIES, s, i + 8);
      DoubleVector u1 = u.mul(a1).add(v.mul(b1)), v1 = u.mul(c1).add(v.mul(d1));
      DoubleVector u2 = u1.mul(x2).add(u1.rearrange(STRIDE2).mul(y2));
      DoubleVector v2 = v1.mul(x2).add(v1.rearrange(STRIDE2).mul(y2));
      DoubleVector u3 = u2.mul(x3).add(u2.rearrange(STRIDE1).mul(y3));
      DoubleVector v3 = v2.mul(x3).add(v2.rearrange(STRIDE1).mul(y3));
      // tablePhase's operations on the two registers
      DoubleVector tu = DoubleVector.fromArray(SPECIES, re, t);
      DoubleVector iu = DoubleVector.fromArray(SPECIES, im, t);
      DoubleVector pru = tu.mul(vhr).add(iu.mul(flippedHi));
      DoubleVector piu = tu.mul(signedHi).add(iu.mul(vhr));
      u3.mul(pru).add(u3.rearrange(SWAP).mul(piu)).intoArray(s, i);
      DoubleVector tv = DoubleVector.fromArray(SPECIES, re, t + 8);
      DoubleVector iv = DoubleVector.fromArray(SPECIES, im, t + 8);
      DoubleVector prv = tv.mul(vhr).add(iv.mul(flippedHi));
      DoubleVector piv = tv.mul(signedHi).add(iv.mul(vhr));
      v3.mul(prv).add(v3.rearrange(SWAP).mul(piv)).intoArray(s, i + 8);
    }
  }

  @Override
  public void swapLanes(double[] s, int p, int q, int length, double[] lanes) {
    VectorMask<Double> on = DoubleVector.fromArray(SPECIES, lanes, 0)
        .compare(VectorOperators.NE, 0);
    for (int i = 0; i < length; i += LANES) {
      DoubleVector x = DoubleVector.fromArray(SPECIES, s, p + i);
      DoubleVector y = DoubleVector.fromArray(SPECIES, s, q + i);
      x.blend(y, on).intoArray(s, p + i);
      y.blend(x, on).intoArray(s, q + i);
    }
  }

  @Override
  public void permute(double[] s, int p, int length, int[] cycles, int[] starts) {
    for (int i = p, end = p + length; i < end; i += LANES) {
      for (int c = 0; c + 1 < starts.length; c++) {
        int first = starts[c], last = starts[c + 1] - 1;
        DoubleVector carried = DoubleVector.fromArray(SPECIES, s, i + cycles[last]);
        for (int k = last; k > first; k--) {
          DoubleVector.fromArray(SPECIES, s, i + cycles[k - 1]).intoArray(s, i + cycles[k]);
        }
        carried.intoArray(s, i + cycles[first]);
      }
    }
  }

  @Override
  public void permuteGroups(double[] s, int p, int end, int[] source, int[] lanes) {
    VectorShuffle<Double> l0 = VectorShuffle.fromArray(SPECIES, lanes, 0);
    VectorShuffle<Double> l1 = VectorShuffle.fromArray(SPECIES, lanes, 8);
    VectorShuffle<Double> l2 = VectorShuffle.fromArray(SPECIES, lanes, 16);
    VectorShuffle<Double> l3 = VectorShuffle.fromArray(SPECIES, lanes, 24);
    int s0 = source[0] * 8, s1 = source[1] * 8, s2 = source[2] * 8, s3 = source[3] * 8;
    for (int i = p; i < end; i += 32) {
      DoubleVector r0 = DoubleVector.fromArray(SPECIES, s, i + s0).rearrange(l0);
      DoubleVector r1 = DoubleVector.fromArray(SPECIES, s, i + s1).rearrange(l1);
      DoubleVector r2 = DoubleVector.fromArray(SPECIES, s, i + s2).rearrange(l2);
      DoubleVector r3 = DoubleVector.fromArray(SPECIES, s, i + s3).rearrange(l3);
      r0.intoArray(s, i);
      r1.intoArray(s, i + 8);
      r2.intoArray(s, i + 16);
      r3.intoArray(s, i + 24);
    }
  }
}
