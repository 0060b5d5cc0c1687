package io.qml4j.runtime.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link FloatRunKernels} on the Vector API, in the platform's preferred register width (16
 * floats, eight complex amplitudes, with AVX-512). Amplitudes stay interleaved: a complex
 * coefficient times a register is {@code re * x + (-im, im) * swap(x)}, {@code swap} exchanging
 * each lane pair, and a partner {@code t} amplitudes away inside the register is one more
 * rearrangement. Single precision needs no bit-for-bit agreement with a scalar loop, so the sums
 * use fused multiply-adds. Compiled from its own source folder with
 * {@code --add-modules jdk.incubator.vector} and loaded by {@link FloatSimd} only when that module
 * resolves.
 */
final class VectorFloatRunKernels implements FloatRunKernels {
  private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
  private static final int LANES = SPECIES.length();
  private static final VectorShuffle<Float> SWAP = VectorShuffle.fromOp(SPECIES, i -> i ^ 1);
  /**
   * Lane i takes lane {@code i ^ 2t}, the partner amplitude t = 1, 2, 4 apart, and the same with
   * real and imaginary parts exchanged: constants, one per stride, so that C2 folds each into its
   * loop (a shuffle read from an array is checked and converted on every use).
   */
  private static final VectorShuffle<Float> PARTNER_1 = partner(1, 0);
  private static final VectorShuffle<Float> PARTNER_2 = partner(2, 0);
  private static final VectorShuffle<Float> PARTNER_4 = partner(4, 0);
  private static final VectorShuffle<Float> PARTNER_SWAP_1 = partner(1, 1);
  private static final VectorShuffle<Float> PARTNER_SWAP_2 = partner(2, 1);
  private static final VectorShuffle<Float> PARTNER_SWAP_4 = partner(4, 1);
  /** (-1, 1, -1, 1, ...). */
  private static final FloatVector SIGNS = signs();

  /** Public for {@link FloatSimd}'s loading by name. */
  public VectorFloatRunKernels() {}

  /** The partner shuffle for stride t (the identity where t is outside the register). */
  private static VectorShuffle<Float> partner(int t, int swap) {
    int flip = 2 * t < LANES ? (2 * t) | swap : swap;
    return VectorShuffle.fromOp(SPECIES, i -> i ^ flip);
  }

  private static FloatVector signs() {
    float[] signs = new float[LANES];
    for (int i = 0; i < LANES; i++) {
      signs[i] = (i & 1) == 1 ? 1 : -1;
    }
    return FloatVector.fromArray(SPECIES, signs, 0);
  }

  @Override
  public int lanes() {
    return LANES;
  }

  @Override
  public void pairReal(float[] s, int p, int q, int length, float[] c) {
    FloatVector a = FloatVector.fromArray(SPECIES, c, 0);
    FloatVector b = FloatVector.fromArray(SPECIES, c, LANES);
    FloatVector cc = FloatVector.fromArray(SPECIES, c, 2 * LANES);
    FloatVector d = FloatVector.fromArray(SPECIES, c, 3 * LANES);
    for (int i = 0; i < length; i += LANES) {
      FloatVector x = FloatVector.fromArray(SPECIES, s, p + i);
      FloatVector y = FloatVector.fromArray(SPECIES, s, q + i);
      y.fma(b, x.mul(a)).intoArray(s, p + i);
      y.fma(d, x.mul(cc)).intoArray(s, q + i);
    }
  }

  @Override
  public void pairGeneral(float[] s, int p, int q, int length, float[] c) {
    FloatVector ar = FloatVector.fromArray(SPECIES, c, 0);
    FloatVector ai = FloatVector.fromArray(SPECIES, c, LANES);
    FloatVector br = FloatVector.fromArray(SPECIES, c, 2 * LANES);
    FloatVector bi = FloatVector.fromArray(SPECIES, c, 3 * LANES);
    FloatVector cr = FloatVector.fromArray(SPECIES, c, 4 * LANES);
    FloatVector ci = FloatVector.fromArray(SPECIES, c, 5 * LANES);
    FloatVector dr = FloatVector.fromArray(SPECIES, c, 6 * LANES);
    FloatVector di = FloatVector.fromArray(SPECIES, c, 7 * LANES);
    for (int i = 0; i < length; i += LANES) {
      FloatVector x = FloatVector.fromArray(SPECIES, s, p + i);
      FloatVector y = FloatVector.fromArray(SPECIES, s, q + i);
      FloatVector xs = x.rearrange(SWAP), ys = y.rearrange(SWAP);
      ys.fma(bi, y.fma(br, xs.fma(ai, x.mul(ar)))).intoArray(s, p + i);
      ys.fma(di, y.fma(dr, xs.fma(ci, x.mul(cr)))).intoArray(s, q + i);
    }
  }

  @Override
  public void realPairs(float[] s, int p, int da, int db, int length, float[] first,
      float[] second) {
    FloatVector a1 = FloatVector.fromArray(SPECIES, first, 0);
    FloatVector b1 = FloatVector.fromArray(SPECIES, first, LANES);
    FloatVector c1 = FloatVector.fromArray(SPECIES, first, 2 * LANES);
    FloatVector d1 = FloatVector.fromArray(SPECIES, first, 3 * LANES);
    FloatVector a2 = FloatVector.fromArray(SPECIES, second, 0);
    FloatVector b2 = FloatVector.fromArray(SPECIES, second, LANES);
    FloatVector c2 = FloatVector.fromArray(SPECIES, second, 2 * LANES);
    FloatVector d2 = FloatVector.fromArray(SPECIES, second, 3 * LANES);
    int q = p + da, r = p + db, u = p + da + db;
    for (int i = 0; i < length; i += LANES) {
      FloatVector x0 = FloatVector.fromArray(SPECIES, s, p + i);
      FloatVector x1 = FloatVector.fromArray(SPECIES, s, q + i);
      FloatVector x2 = FloatVector.fromArray(SPECIES, s, r + i);
      FloatVector x3 = FloatVector.fromArray(SPECIES, s, u + i);
      FloatVector y0 = x1.fma(b1, x0.mul(a1)), y1 = x1.fma(d1, x0.mul(c1));
      FloatVector y2 = x3.fma(b1, x2.mul(a1)), y3 = x3.fma(d1, x2.mul(c1));
      y2.fma(b2, y0.mul(a2)).intoArray(s, p + i);
      y2.fma(d2, y0.mul(c2)).intoArray(s, r + i);
      y3.fma(b2, y1.mul(a2)).intoArray(s, q + i);
      y3.fma(d2, y1.mul(c2)).intoArray(s, u + i);
    }
  }

  @Override
  public void realTriples(float[] s, int p, int d1, int d2, int d3, int length, float u1,
      float u2, float u3, float scale) {
    FloatVector v1 = FloatVector.broadcast(SPECIES, u1), n1 = FloatVector.broadcast(SPECIES, -u1);
    FloatVector v2 = FloatVector.broadcast(SPECIES, u2), n2 = FloatVector.broadcast(SPECIES, -u2);
    FloatVector v3 = FloatVector.broadcast(SPECIES, u3), n3 = FloatVector.broadcast(SPECIES, -u3);
    FloatVector k = FloatVector.broadcast(SPECIES, scale);
    int p1 = p + d1, p2 = p + d2, p12 = p1 + d2;
    int p3 = p + d3, p13 = p1 + d3, p23 = p2 + d3, p123 = p12 + d3;
    for (int i = 0; i < length; i += LANES) {
      FloatVector x0 = FloatVector.fromArray(SPECIES, s, p + i);
      FloatVector x1 = FloatVector.fromArray(SPECIES, s, p1 + i);
      FloatVector x2 = FloatVector.fromArray(SPECIES, s, p2 + i);
      FloatVector x3 = FloatVector.fromArray(SPECIES, s, p12 + i);
      FloatVector x4 = FloatVector.fromArray(SPECIES, s, p3 + i);
      FloatVector x5 = FloatVector.fromArray(SPECIES, s, p13 + i);
      FloatVector x6 = FloatVector.fromArray(SPECIES, s, p23 + i);
      FloatVector x7 = FloatVector.fromArray(SPECIES, s, p123 + i);
      FloatVector y0 = x1.fma(v1, x0), y1 = x0.fma(n1, x1);
      FloatVector y2 = x3.fma(v1, x2), y3 = x2.fma(n1, x3);
      FloatVector y4 = x5.fma(v1, x4), y5 = x4.fma(n1, x5);
      FloatVector y6 = x7.fma(v1, x6), y7 = x6.fma(n1, x7);
      FloatVector z0 = y2.fma(v2, y0), z2 = y0.fma(n2, y2);
      FloatVector z1 = y3.fma(v2, y1), z3 = y1.fma(n2, y3);
      FloatVector z4 = y6.fma(v2, y4), z6 = y4.fma(n2, y6);
      FloatVector z5 = y7.fma(v2, y5), z7 = y5.fma(n2, y7);
      z4.fma(v3, z0).mul(k).intoArray(s, p + i);
      z0.fma(n3, z4).mul(k).intoArray(s, p3 + i);
      z5.fma(v3, z1).mul(k).intoArray(s, p1 + i);
      z1.fma(n3, z5).mul(k).intoArray(s, p13 + i);
      z6.fma(v3, z2).mul(k).intoArray(s, p2 + i);
      z2.fma(n3, z6).mul(k).intoArray(s, p23 + i);
      z7.fma(v3, z3).mul(k).intoArray(s, p12 + i);
      z3.fma(n3, z7).mul(k).intoArray(s, p123 + i);
    }
  }

  @Override
  public void permute(float[] s, int p, int length, int[] cycles, int[] starts) {
    for (int i = p, end = p + length; i < end; i += LANES) {
      for (int c = 0; c + 1 < starts.length; c++) {
        int first = starts[c], last = starts[c + 1] - 1;
        FloatVector carried = FloatVector.fromArray(SPECIES, s, i + cycles[last]);
        for (int k = last; k > first; k--) {
          FloatVector.fromArray(SPECIES, s, i + cycles[k - 1]).intoArray(s, i + cycles[k]);
        }
        carried.intoArray(s, i + cycles[first]);
      }
    }
  }

  @Override
  public void swap(float[] s, int p, int q, int length) {
    for (int i = 0; i < length; i += LANES) {
      FloatVector x = FloatVector.fromArray(SPECIES, s, p + i);
      FloatVector.fromArray(SPECIES, s, q + i).intoArray(s, p + i);
      x.intoArray(s, q + i);
    }
  }

  @Override
  public void scale(float[] s, int p, int length, float[] c, int offset) {
    FloatVector er = FloatVector.fromArray(SPECIES, c, offset);
    FloatVector ei = FloatVector.fromArray(SPECIES, c, offset + LANES);
    for (int i = 0; i < length; i += LANES) {
      FloatVector x = FloatVector.fromArray(SPECIES, s, p + i);
      x.rearrange(SWAP).fma(ei, x.mul(er)).intoArray(s, p + i);
    }
  }

  @Override
  public void lowReal(float[] s, int p, int length, int t, float[] c) {
    FloatVector d = FloatVector.fromArray(SPECIES, c, 0);
    FloatVector o = FloatVector.fromArray(SPECIES, c, LANES);
    if (t == 1) {
      for (int i = 0; i < length; i += LANES) {
        FloatVector x = FloatVector.fromArray(SPECIES, s, p + i);
        x.rearrange(PARTNER_1).fma(o, x.mul(d)).intoArray(s, p + i);
      }
    } else if (t == 2) {
      for (int i = 0; i < length; i += LANES) {
        FloatVector x = FloatVector.fromArray(SPECIES, s, p + i);
        x.rearrange(PARTNER_2).fma(o, x.mul(d)).intoArray(s, p + i);
      }
    } else {
      for (int i = 0; i < length; i += LANES) {
        FloatVector x = FloatVector.fromArray(SPECIES, s, p + i);
        x.rearrange(PARTNER_4).fma(o, x.mul(d)).intoArray(s, p + i);
      }
    }
  }

  @Override
  public void lowReals(float[] s, int p, int length, float[] first, float[] second,
      float[] third) {
    FloatVector d4 = FloatVector.fromArray(SPECIES, first, 0);
    FloatVector o4 = FloatVector.fromArray(SPECIES, first, LANES);
    FloatVector d2 = FloatVector.fromArray(SPECIES, second, 0);
    FloatVector o2 = FloatVector.fromArray(SPECIES, second, LANES);
    FloatVector d1 = FloatVector.fromArray(SPECIES, third, 0);
    FloatVector o1 = FloatVector.fromArray(SPECIES, third, LANES);
    for (int i = 0; i < length; i += LANES) {
      FloatVector x = FloatVector.fromArray(SPECIES, s, p + i);
      x = x.rearrange(PARTNER_4).fma(o4, x.mul(d4));
      x = x.rearrange(PARTNER_2).fma(o2, x.mul(d2));
      x.rearrange(PARTNER_1).fma(o1, x.mul(d1)).intoArray(s, p + i);
    }
  }

  @Override
  public void lowGeneral(float[] s, int p, int length, int t, float[] c) {
    FloatVector dr = FloatVector.fromArray(SPECIES, c, 0);
    FloatVector di = FloatVector.fromArray(SPECIES, c, LANES);
    FloatVector or = FloatVector.fromArray(SPECIES, c, 2 * LANES);
    FloatVector oi = FloatVector.fromArray(SPECIES, c, 3 * LANES);
    if (t == 1) {
      for (int i = 0; i < length; i += LANES) {
        FloatVector x = FloatVector.fromArray(SPECIES, s, p + i);
        FloatVector sum = x.rearrange(PARTNER_1).fma(or, x.rearrange(SWAP).fma(di, x.mul(dr)));
        x.rearrange(PARTNER_SWAP_1).fma(oi, sum).intoArray(s, p + i);
      }
    } else if (t == 2) {
      for (int i = 0; i < length; i += LANES) {
        FloatVector x = FloatVector.fromArray(SPECIES, s, p + i);
        FloatVector sum = x.rearrange(PARTNER_2).fma(or, x.rearrange(SWAP).fma(di, x.mul(dr)));
        x.rearrange(PARTNER_SWAP_2).fma(oi, sum).intoArray(s, p + i);
      }
    } else {
      for (int i = 0; i < length; i += LANES) {
        FloatVector x = FloatVector.fromArray(SPECIES, s, p + i);
        FloatVector sum = x.rearrange(PARTNER_4).fma(or, x.rearrange(SWAP).fma(di, x.mul(dr)));
        x.rearrange(PARTNER_SWAP_4).fma(oi, sum).intoArray(s, p + i);
      }
    }
  }

  @Override
  public void tablePhase(float[] s, int p, int length, float[] re, float[] im, int e, float hr,
      float hi) {
    // the phase t * h as (pr, pr) and (-pi, pi), from t = (tr, tr) and u = (-ti, ti):
    // pr = tr hr - ti hi = t hr + u (hi, -hi); (-pi, pi) = u hr + t (-hi, hi)
    FloatVector vhr = FloatVector.broadcast(SPECIES, hr);
    FloatVector signedHi = SIGNS.mul(hi), flippedHi = SIGNS.mul(-hi);
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      FloatVector t = FloatVector.fromArray(SPECIES, re, e + i);
      FloatVector u = FloatVector.fromArray(SPECIES, im, e + i);
      FloatVector pr = u.fma(flippedHi, t.mul(vhr));
      FloatVector pi = t.fma(signedHi, u.mul(vhr));
      FloatVector x = FloatVector.fromArray(SPECIES, s, p + i);
      x.rearrange(SWAP).fma(pi, x.mul(pr)).intoArray(s, p + i);
    }
    for (; i < length; i += 2) {
      float tr = re[e + i], ti = im[e + i + 1];
      float pr = tr * hr - ti * hi, pi = tr * hi + ti * hr;
      float xr = s[p + i], xi = s[p + i + 1];
      s[p + i] = pr * xr - pi * xi;
      s[p + i + 1] = pr * xi + pi * xr;
    }
  }
}
