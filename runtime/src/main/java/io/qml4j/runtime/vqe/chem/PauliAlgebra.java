package io.qml4j.runtime.vqe.chem;

import io.qml4j.runtime.observable.PauliString;
import io.qml4j.runtime.observable.PauliSum;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums of Pauli strings with complex coefficients, each string stored as two bit masks (x, z) of at
 * most 32 wires, meaning {@code i^|x & z| X^x Z^z}, so that Y = i X Z and every mask pair is a
 * Hermitian string. Products follow {@code X^a Z^b X^c Z^d = (-1)^|b & c| X^(a^c) Z^(b^d)}
 * (Aaronson and Gottesman, Phys. Rev. A 70, 052328 (2004), sec. III). Mutable; used only while a
 * fermionic Hamiltonian is mapped.
 */
final class PauliAlgebra {
  /** Most wires a mask pair holds. */
  static final int MAX_WIRES = 32;

  /** Key {@code x << 32 | z}, value {@code {re, im}}. */
  private final Map<Long, double[]> terms = new HashMap<>();

  /** Adds {@code (re + i im) * string(x, z)}. */
  void add(int x, int z, double re, double im) {
    long key = ((long) x << 32) | (z & 0xffffffffL);
    double[] c = terms.computeIfAbsent(key, k -> new double[2]);
    c[0] += re;
    c[1] += im;
  }

  /** Adds {@code scale * other} term by term. */
  void addScaled(PauliAlgebra other, double scale) {
    for (Map.Entry<Long, double[]> e : other.terms.entrySet()) {
      long key = e.getKey();
      add((int) (key >>> 32), (int) key, scale * e.getValue()[0], scale * e.getValue()[1]);
    }
  }

  /** The product {@code this * other}. */
  PauliAlgebra times(PauliAlgebra other) {
    PauliAlgebra out = new PauliAlgebra();
    for (Map.Entry<Long, double[]> a : terms.entrySet()) {
      int x1 = (int) (a.getKey() >>> 32), z1 = (int) (long) a.getKey();
      double re1 = a.getValue()[0], im1 = a.getValue()[1];
      for (Map.Entry<Long, double[]> b : other.terms.entrySet()) {
        int x2 = (int) (b.getKey() >>> 32), z2 = (int) (long) b.getKey();
        int x = x1 ^ x2, z = z1 ^ z2;
        // i^(|x1&z1| + |x2&z2| - |x&z|) from the Y convention, (-1)^|z1&x2| from moving Z past X
        int power = Integer.bitCount(x1 & z1) + Integer.bitCount(x2 & z2)
            - Integer.bitCount(x & z) + 2 * Integer.bitCount(z1 & x2);
        power = ((power % 4) + 4) % 4;
        double re = re1 * b.getValue()[0] - im1 * b.getValue()[1];
        double im = re1 * b.getValue()[1] + im1 * b.getValue()[0];
        for (int k = 0; k < power; k++) {
          double t = re;
          re = -im;
          im = t;
        }
        out.add(x, z, re, im);
      }
    }
    return out;
  }

  /**
   * The real Pauli sum, dropping coefficients of magnitude at most {@code zero}; terms are ordered
   * by weight, then wires, then letters, identity first.
   *
   * @throws IllegalStateException if a kept coefficient has an imaginary part above {@code zero}:
   *     the operator was not Hermitian
   */
  PauliSum toPauliSum(double zero) {
    List<PauliSum.Term> out = new ArrayList<>();
    for (Map.Entry<Long, double[]> e : terms.entrySet()) {
      double re = e.getValue()[0], im = e.getValue()[1];
      int x = (int) (e.getKey() >>> 32), z = (int) (long) e.getKey();
      if (Math.abs(im) > zero) {
        throw new IllegalStateException(String.format(Locale.ROOT,
            "the mapped operator is not Hermitian: imaginary coefficient %s on %s", im,
            string(x, z)));
      }
      if (Math.abs(re) > zero) {
        out.add(new PauliSum.Term(re, string(x, z)));
      }
    }
    out.sort(Comparator.comparingInt((PauliSum.Term t) -> t.string().weight())
        .thenComparing(PauliSum.Term::string, JordanWigner::compareStrings));
    return PauliSum.of(out);
  }

  private static PauliString string(int x, int z) {
    TreeMap<Integer, Character> letters = new TreeMap<>();
    for (int w = 0; w < MAX_WIRES; w++) {
      boolean xs = (x >>> w & 1) == 1, zs = (z >>> w & 1) == 1;
      if (xs || zs) {
        letters.put(w, xs && zs ? 'Y' : xs ? 'X' : 'Z');
      }
    }
    return PauliString.of(letters);
  }
}
