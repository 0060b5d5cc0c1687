package io.qml4j.runtime.vqe;

import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.observable.PauliString;
import io.qml4j.runtime.observable.PauliSum;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Exact spectra of Pauli-sum Hamiltonians by dense diagonalisation with EJML's symmetric
 * eigen-solver: the reference every VQE result is compared with. A Hamiltonian whose strings all
 * carry an even number of Y letters is a real symmetric matrix and is diagonalised as it is; any
 * other Hermitian {@code H = A + iB} goes through the real symmetric embedding
 * {@code [[A, -B], [B, A]]}, which has every eigenvalue of H twice.
 */
public final class ExactDiagonalization {
  /** Most qubits of a real Hamiltonian: a 2^12 x 2^12 matrix of doubles is 128 MiB. */
  public static final int MAX_QUBITS = 12;

  /** Most qubits of a complex Hamiltonian, whose embedding is twice as large in each dimension. */
  public static final int MAX_COMPLEX_QUBITS = 11;

  private ExactDiagonalization() {}

  /** The lowest eigenvalue of H acting on {@code qubits} wires. */
  public static double groundEnergy(PauliSum h, int qubits) {
    return eigenvalues(h, qubits)[0];
  }

  /** All eigenvalues of H on {@code qubits} wires, increasing, each as often as it occurs. */
  public static double[] eigenvalues(PauliSum h, int qubits) {
    boolean real = isReal(h);
    EigenDecomposition_F64<DMatrixRMaj> eig = decompose(h, qubits, false);
    int dim = 1 << qubits;
    double[] all = new double[eig.getNumberOfEigenvalues()];
    for (int i = 0; i < all.length; i++) {
      all[i] = eig.getEigenvalue(i).getReal();
    }
    Arrays.sort(all);
    if (real) {
      return all;
    }
    double[] once = new double[dim];
    for (int i = 0; i < dim; i++) {
      once[i] = all[2 * i];
    }
    return once;
  }

  /**
   * A normalised eigenvector of the lowest eigenvalue (any one, if it is degenerate), with the
   * global phase chosen so that its largest amplitude is real and positive.
   */
  public static StateVector groundState(PauliSum h, int qubits) {
    boolean real = isReal(h);
    EigenDecomposition_F64<DMatrixRMaj> eig = decompose(h, qubits, true);
    int best = 0;
    for (int i = 1; i < eig.getNumberOfEigenvalues(); i++) {
      if (eig.getEigenvalue(i).getReal() < eig.getEigenvalue(best).getReal()) {
        best = i;
      }
    }
    DMatrixRMaj v = eig.getEigenVector(best);
    int dim = 1 << qubits;
    double[] amplitudes = new double[2 * dim];
    for (int k = 0; k < dim; k++) {
      // the embedding's eigenvector (a; b) is the complex eigenvector a + i b
      amplitudes[2 * k] = v.get(k);
      amplitudes[2 * k + 1] = real ? 0 : v.get(dim + k);
    }
    return StateVector.of(qubits, normalizedWithRealPeak(amplitudes));
  }

  /**
   * The dense matrix of H on {@code qubits} wires, interleaved complex, row-major: element (r, c)
   * has its real part at {@code 2 (r 2^n + c)} (wire 0 the most significant bit of r and c).
   */
  public static double[] matrix(PauliSum h, int qubits) {
    check(h, qubits, MAX_COMPLEX_QUBITS);
    int dim = 1 << qubits;
    double[] m = new double[2 * dim * dim];
    for (PauliSum.Term t : h.terms()) {
      addTerm(t, qubits, (r, c, re, im) -> {
        m[2 * (r * dim + c)] += re;
        m[2 * (r * dim + c) + 1] += im;
      });
    }
    return m;
  }

  /** Whether every string has an even number of Y letters, so that H is a real matrix. */
  public static boolean isReal(PauliSum h) {
    for (PauliSum.Term t : h.terms()) {
      if ((yCount(t.string()) & 1) == 1) {
        return false;
      }
    }
    return true;
  }

  private static EigenDecomposition_F64<DMatrixRMaj> decompose(
      PauliSum h, int qubits, boolean vectors) {
    boolean real = isReal(h);
    check(h, qubits, real ? MAX_QUBITS : MAX_COMPLEX_QUBITS);
    int dim = 1 << qubits;
    int size = real ? dim : 2 * dim;
    DMatrixRMaj m = new DMatrixRMaj(size, size);
    for (PauliSum.Term t : h.terms()) {
      addTerm(t, qubits, (r, c, re, im) -> {
        m.add(r, c, re);
        if (!real) {
          m.add(dim + r, dim + c, re);
          m.add(r, dim + c, -im);
          m.add(dim + r, c, im);
        }
      });
    }
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(size, vectors, true);
    if (!eig.decompose(m)) {
      throw new IllegalStateException("EJML's symmetric eigen-decomposition did not converge");
    }
    return eig;
  }

  private interface EntrySink {
    void add(int row, int column, double re, double im);
  }

  /**
   * Adds one weighted string: P maps |c> to {@code i^y (-1)^popcount(c & phaseMask) |c ^ flips>},
   * so column c has a single entry, in row {@code c ^ flips}.
   */
  private static void addTerm(PauliSum.Term t, int n, EntrySink sink) {
    PauliString p = t.string();
    int flips = 0, phases = 0;
    for (int w : p.wires()) {
      char letter = p.letter(w);
      int bit = 1 << (n - 1 - w);
      if (letter != 'Z') {
        flips |= bit;
      }
      if (letter != 'X') {
        phases |= bit;
      }
    }
    int y = yCount(p) & 3;
    // i^y as (re, im)
    double baseRe = y == 0 ? 1 : y == 2 ? -1 : 0;
    double baseIm = y == 1 ? 1 : y == 3 ? -1 : 0;
    for (int c = 0; c < 1 << n; c++) {
      double sign = (Integer.bitCount(c & phases) & 1) == 0 ? 1 : -1;
      double w = sign * t.coefficient();
      sink.add(c ^ flips, c, w * baseRe, w * baseIm);
    }
  }

  private static int yCount(PauliString p) {
    int y = 0;
    for (int w : p.wires()) {
      if (p.letter(w) == 'Y') {
        y++;
      }
    }
    return y;
  }

  private static void check(PauliSum h, int qubits, int max) {
    Objects.requireNonNull(h, "h");
    if (qubits < 1 || qubits > max) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "qubits: dense diagonalisation takes 1..%d qubits for this Hamiltonian, got %d",
          max, qubits));
    }
    if (h.maxWire() >= qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "h: acts on wire %d, but only %d qubit(s) were given (wires 0..%d)",
          h.maxWire(), qubits, qubits - 1));
    }
  }

  private static double[] normalizedWithRealPeak(double[] a) {
    int peak = 0;
    double norm = 0;
    for (int k = 0; k < a.length / 2; k++) {
      double p = a[2 * k] * a[2 * k] + a[2 * k + 1] * a[2 * k + 1];
      norm += p;
      if (p > a[2 * peak] * a[2 * peak] + a[2 * peak + 1] * a[2 * peak + 1]) {
        peak = k;
      }
    }
    double mag = Math.hypot(a[2 * peak], a[2 * peak + 1]);
    // multiply by conj(a_peak) / (|a_peak| sqrt(norm)) so a_peak becomes real and positive
    double pr = a[2 * peak] / mag / Math.sqrt(norm), pi = -a[2 * peak + 1] / mag / Math.sqrt(norm);
    double[] out = new double[a.length];
    for (int k = 0; k < a.length / 2; k++) {
      out[2 * k] = a[2 * k] * pr - a[2 * k + 1] * pi;
      out[2 * k + 1] = a[2 * k] * pi + a[2 * k + 1] * pr;
    }
    return out;
  }
}
