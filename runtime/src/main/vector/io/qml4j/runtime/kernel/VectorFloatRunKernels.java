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
  /** Per low stride t (index t): lane i takes lane {@code i ^ 2t}, the partner amplitude. */
  private static final VectorShuffle<Float>[] PARTNER = partners(0);
  /** The partner with its real and imaginary parts exchanged. */
  private static final VectorShuffle<Float>[] PARTNER_SWAP = partners(1);

  /** Public for {@link FloatSimd}'s loading by name. */
  public VectorFloatRunKernels() {}

  @SuppressWarnings("unchecked")
  private static VectorShuffle<Float>[] partners(int swap) {
    VectorShuffle<Float>[] shuffles = new VectorShuffle[LANES / 2];
    for (int t = 1; t < LANES / 2; t <<= 1) {
      int flip = (2 * t) | swap;
      shuffles[t] = VectorShuffle.fromOp(SPECIES, i -> i ^ flip);
    }
    return shuffles;
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
    VectorShuffle<Float> partner = PARTNER[t];
    for (int i = 0; i < length; i += LANES) {
      FloatVector x = FloatVector.fromArray(SPECIES, s, p + i);
      x.rearrange(partner).fma(o, x.mul(d)).intoArray(s, p + i);
    }
  }

  @Override
  public void lowGeneral(float[] s, int p, int length, int t, float[] c) {
    FloatVector dr = FloatVector.fromArray(SPECIES, c, 0);
    FloatVector di = FloatVector.fromArray(SPECIES, c, LANES);
    FloatVector or = FloatVector.fromArray(SPECIES, c, 2 * LANES);
    FloatVector oi = FloatVector.fromArray(SPECIES, c, 3 * LANES);
    VectorShuffle<Float> partner = PARTNER[t], partnerSwap = PARTNER_SWAP[t];
    for (int i = 0; i < length; i += LANES) {
      FloatVector x = FloatVector.fromArray(SPECIES, s, p + i);
      FloatVector sum = x.rearrange(SWAP).fma(di, x.mul(dr));
      sum = x.rearrange(partner).fma(or, sum);
      x.rearrange(partnerSwap).fma(oi, sum).intoArray(s, p + i);
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

  /** (-1, 1, -1, 1, ...). */
  private static final FloatVector SIGNS = signs();

  private static FloatVector signs() {
    float[] signs = new float[LANES];
    for (int i = 0; i < LANES; i++) {
      signs[i] = (i & 1) == 1 ? 1 : -1;
    }
    return FloatVector.fromArray(SPECIES, signs, 0);
  }
}
