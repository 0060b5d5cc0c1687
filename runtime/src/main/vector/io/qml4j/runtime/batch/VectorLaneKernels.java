package io.qml4j.runtime.batch;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link LaneKernels} on the Vector API, in the platform's preferred register width (8 doubles
 * with AVX-512): in the structure-of-arrays layout every lane of a register is another state, so
 * the scalar formula runs unchanged on whole registers, with the same multiplications and
 * additions in the same order (no fused multiply-add) and the scalar formula for a tail shorter
 * than a register. Compiled from its own source folder with
 * {@code --add-modules jdk.incubator.vector} and loaded by {@link LaneSimd} only when that module
 * resolves.
 */
final class VectorLaneKernels implements LaneKernels {
  private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
  private static final int LANES = SPECIES.length();

  /** Public for {@link LaneSimd}'s loading by name. */
  public VectorLaneKernels() {}

  @Override
  public int lanes() {
    return LANES;
  }

  @Override
  public void general1(double[] re, double[] im, int from, int offset, int length,
      double ar, double ai, double br, double bi, double cr, double ci, double dr, double di) {
    DoubleVector var = DoubleVector.broadcast(SPECIES, ar);
    DoubleVector vai = DoubleVector.broadcast(SPECIES, ai);
    DoubleVector vbr = DoubleVector.broadcast(SPECIES, br);
    DoubleVector vbi = DoubleVector.broadcast(SPECIES, bi);
    DoubleVector vcr = DoubleVector.broadcast(SPECIES, cr);
    DoubleVector vci = DoubleVector.broadcast(SPECIES, ci);
    DoubleVector vdr = DoubleVector.broadcast(SPECIES, dr);
    DoubleVector vdi = DoubleVector.broadcast(SPECIES, di);
    int j = from, end = from + length;
    for (int bound = from + SPECIES.loopBound(length); j < bound; j += LANES) {
      int k = j + offset;
      DoubleVector r0 = DoubleVector.fromArray(SPECIES, re, j);
      DoubleVector i0 = DoubleVector.fromArray(SPECIES, im, j);
      DoubleVector r1 = DoubleVector.fromArray(SPECIES, re, k);
      DoubleVector i1 = DoubleVector.fromArray(SPECIES, im, k);
      var.mul(r0).sub(vai.mul(i0)).add(vbr.mul(r1)).sub(vbi.mul(i1)).intoArray(re, j);
      var.mul(i0).add(vai.mul(r0)).add(vbr.mul(i1)).add(vbi.mul(r1)).intoArray(im, j);
      vcr.mul(r0).sub(vci.mul(i0)).add(vdr.mul(r1)).sub(vdi.mul(i1)).intoArray(re, k);
      vcr.mul(i0).add(vci.mul(r0)).add(vdr.mul(i1)).add(vdi.mul(r1)).intoArray(im, k);
    }
    for (; j < end; j++) {
      int k = j + offset;
      double r0 = re[j], i0 = im[j], r1 = re[k], i1 = im[k];
      re[j] = ar * r0 - ai * i0 + br * r1 - bi * i1;
      im[j] = ar * i0 + ai * r0 + br * i1 + bi * r1;
      re[k] = cr * r0 - ci * i0 + dr * r1 - di * i1;
      im[k] = cr * i0 + ci * r0 + dr * i1 + di * r1;
    }
  }

  @Override
  public void general1Lanes(double[] re, double[] im, int j0, int offset, int lanes,
      double[] m) {
    int l1 = lanes, l2 = 2 * lanes, l3 = 3 * lanes, l4 = 4 * lanes, l5 = 5 * lanes;
    int l6 = 6 * lanes, l7 = 7 * lanes;
    int b = 0;
    for (int bound = SPECIES.loopBound(lanes); b < bound; b += LANES) {
      int j = j0 + b, k = j + offset;
      DoubleVector ar = DoubleVector.fromArray(SPECIES, m, b);
      DoubleVector ai = DoubleVector.fromArray(SPECIES, m, l1 + b);
      DoubleVector br = DoubleVector.fromArray(SPECIES, m, l2 + b);
      DoubleVector bi = DoubleVector.fromArray(SPECIES, m, l3 + b);
      DoubleVector cr = DoubleVector.fromArray(SPECIES, m, l4 + b);
      DoubleVector ci = DoubleVector.fromArray(SPECIES, m, l5 + b);
      DoubleVector dr = DoubleVector.fromArray(SPECIES, m, l6 + b);
      DoubleVector di = DoubleVector.fromArray(SPECIES, m, l7 + b);
      DoubleVector r0 = DoubleVector.fromArray(SPECIES, re, j);
      DoubleVector i0 = DoubleVector.fromArray(SPECIES, im, j);
      DoubleVector r1 = DoubleVector.fromArray(SPECIES, re, k);
      DoubleVector i1 = DoubleVector.fromArray(SPECIES, im, k);
      ar.mul(r0).sub(ai.mul(i0)).add(br.mul(r1)).sub(bi.mul(i1)).intoArray(re, j);
      ar.mul(i0).add(ai.mul(r0)).add(br.mul(i1)).add(bi.mul(r1)).intoArray(im, j);
      cr.mul(r0).sub(ci.mul(i0)).add(dr.mul(r1)).sub(di.mul(i1)).intoArray(re, k);
      cr.mul(i0).add(ci.mul(r0)).add(dr.mul(i1)).add(di.mul(r1)).intoArray(im, k);
    }
    for (; b < lanes; b++) {
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

  @Override
  public void swap(double[] a, int from, int offset, int length) {
    int j = from, end = from + length;
    for (int bound = from + SPECIES.loopBound(length); j < bound; j += LANES) {
      DoubleVector x = DoubleVector.fromArray(SPECIES, a, j);
      DoubleVector y = DoubleVector.fromArray(SPECIES, a, j + offset);
      y.intoArray(a, j);
      x.intoArray(a, j + offset);
    }
    for (; j < end; j++) {
      double v = a[j];
      a[j] = a[j + offset];
      a[j + offset] = v;
    }
  }

  @Override
  public void addProbabilities(double[] re, double[] im, int j0, int lanes, double c,
      double[] sums) {
    DoubleVector vc = DoubleVector.broadcast(SPECIES, c);
    int b = 0;
    for (int bound = SPECIES.loopBound(lanes); b < bound; b += LANES) {
      DoubleVector r = DoubleVector.fromArray(SPECIES, re, j0 + b);
      DoubleVector i = DoubleVector.fromArray(SPECIES, im, j0 + b);
      DoubleVector.fromArray(SPECIES, sums, b).add(vc.mul(r.mul(r).add(i.mul(i))))
          .intoArray(sums, b);
    }
    for (; b < lanes; b++) {
      double r = re[j0 + b], i = im[j0 + b];
      sums[b] += c * (r * r + i * i);
    }
  }
}
