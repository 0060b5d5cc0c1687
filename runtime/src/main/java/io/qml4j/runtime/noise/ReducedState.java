package io.qml4j.runtime.noise;

/** The reduced density matrix of one or two wires of a pure state, for drawing Kraus branches. */
final class ReducedState {
  private ReducedState() {}

  /**
   * {@code rho[a][b] = sum_rest psi(a, rest) conj(psi(b, rest))} over the wires of the given
   * strides (first most significant), as a {@code d x d} interleaved matrix, in one pass.
   */
  static double[] of(double[] s, int[] strides) {
    int k = strides.length, d = 1 << k;
    int[] offsets = new int[d];
    int mask = 0;
    for (int a = 0; a < d; a++) {
      for (int j = 0; j < k; j++) {
        if ((a & (1 << (k - 1 - j))) != 0) {
          offsets[a] |= strides[j];
        }
      }
    }
    for (int stride : strides) {
      mask |= stride;
    }
    double[] rho = new double[2 * d * d];
    int dimension = s.length >> 1;
    for (int base = 0; base < dimension; base++) {
      if ((base & mask) != 0) {
        continue;
      }
      for (int a = 0; a < d; a++) {
        double ar = s[2 * (base | offsets[a])], ai = s[2 * (base | offsets[a]) + 1];
        for (int b = 0; b < d; b++) {
          double br = s[2 * (base | offsets[b])], bi = -s[2 * (base | offsets[b]) + 1];
          rho[2 * (a * d + b)] += ar * br - ai * bi;
          rho[2 * (a * d + b) + 1] += ar * bi + ai * br;
        }
      }
    }
    return rho;
  }

  /** {@code Tr(K rho K^dagger) = sum_{a,b,c} K[a][b] rho[b][c] conj(K[a][c])}, real. */
  static double weight(double[] kraus, double[] rho, int d) {
    double w = 0;
    for (int a = 0; a < d; a++) {
      for (int b = 0; b < d; b++) {
        double kr = kraus[2 * (a * d + b)], ki = kraus[2 * (a * d + b) + 1];
        if (kr == 0 && ki == 0) {
          continue;
        }
        for (int c = 0; c < d; c++) {
          double rr = rho[2 * (b * d + c)], ri = rho[2 * (b * d + c) + 1];
          double lr = kraus[2 * (a * d + c)], li = -kraus[2 * (a * d + c) + 1];
          double tr = kr * rr - ki * ri, ti = kr * ri + ki * rr;
          w += tr * lr - ti * li;
        }
      }
    }
    return w;
  }
}
