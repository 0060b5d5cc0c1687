package io.qml4j.runtime;

import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;

/**
 * An independent dense simulator for tests: a gate on arbitrary wires becomes the full
 * {@code 2^n x 2^n} matrix {@code P^T (U (x) I) P}, where the permutation P brings the gate's wires
 * to the front in the gate's order, built with EJML complex matrices and Kronecker products.
 */
final class Dense {
  private Dense() {}

  /** Kronecker product {@code a (x) b}. */
  static ZMatrixRMaj kron(ZMatrixRMaj a, ZMatrixRMaj b) {
    ZMatrixRMaj m = new ZMatrixRMaj(a.numRows * b.numRows, a.numCols * b.numCols);
    for (int ar = 0; ar < a.numRows; ar++) {
      for (int ac = 0; ac < a.numCols; ac++) {
        double xr = a.getReal(ar, ac), xi = a.getImag(ar, ac);
        for (int br = 0; br < b.numRows; br++) {
          for (int bc = 0; bc < b.numCols; bc++) {
            double yr = b.getReal(br, bc), yi = b.getImag(br, bc);
            m.set(ar * b.numRows + br, ac * b.numCols + bc, xr * yr - xi * yi, xr * yi + xi * yr);
          }
        }
      }
    }
    return m;
  }

  /** The full n-qubit matrix of u acting on the given wires (first wire most significant in u). */
  static ZMatrixRMaj full(int n, ZMatrixRMaj u, int[] wires) {
    int rest = n - wires.length;
    ZMatrixRMaj front = kron(u, DocumentedMatrices.identity(1 << rest));
    int[] order = new int[n];
    boolean[] used = new boolean[n];
    for (int k = 0; k < wires.length; k++) {
      order[k] = wires[k];
      used[wires[k]] = true;
    }
    for (int w = 0, k = wires.length; w < n; w++) {
      if (!used[w]) {
        order[k++] = w;
      }
    }
    int d = 1 << n;
    ZMatrixRMaj p = new ZMatrixRMaj(d, d);
    for (int x = 0; x < d; x++) {
      int y = 0;
      for (int k = 0; k < n; k++) {
        int bit = (x >> (n - 1 - order[k])) & 1;
        y |= bit << (n - 1 - k);
      }
      p.set(y, x, 1, 0);
    }
    ZMatrixRMaj pt = CommonOps_ZDRM.transposeConjugate(p, null);
    ZMatrixRMaj tmp = new ZMatrixRMaj(d, d);
    CommonOps_ZDRM.mult(front, p, tmp);
    ZMatrixRMaj out = new ZMatrixRMaj(d, d);
    CommonOps_ZDRM.mult(pt, tmp, out);
    return out;
  }

  /** The full matrix of an operation from its documented matrix. */
  static ZMatrixRMaj full(int n, Operation op) {
    return full(n, DocumentedMatrices.of(op), op.wires());
  }

  /** {@code m |state>} for an interleaved amplitude array. */
  static double[] apply(ZMatrixRMaj m, double[] state) {
    ZMatrixRMaj v = new ZMatrixRMaj(state.length / 2, 1, true, state.clone());
    ZMatrixRMaj out = new ZMatrixRMaj(state.length / 2, 1);
    CommonOps_ZDRM.mult(m, v, out);
    return out.data.clone();
  }

  /** Largest absolute difference between two arrays. */
  static double maxDifference(double[] a, double[] b) {
    double worst = 0;
    for (int i = 0; i < a.length; i++) {
      worst = Math.max(worst, Math.abs(a[i] - b[i]));
    }
    return worst;
  }
}
