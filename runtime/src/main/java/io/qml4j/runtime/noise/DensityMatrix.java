package io.qml4j.runtime.noise;

import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.observable.PauliString;
import io.qml4j.runtime.observable.PauliSum;
import java.util.Locale;

/**
 * An n-qubit density matrix stored as the flat amplitude array of a {@code 2n}-qubit state vector,
 * {@code vec(rho)}: entry {@code (r, c)} sits at index {@code r 2^n + c} (real part at twice
 * that, imaginary next), so the row's wires are wires {@code 0..n-1} of the doubled register and
 * the column's wires are {@code n..2n-1}. A gate U on wire w acts as U on doubled wire w and as
 * {@code conj(U)} on doubled wire {@code n + w}, because {@code vec(U rho U^dagger) =
 * (U (x) conj(U)) vec(rho)}; so the state-vector kernels and plans of the runtime apply unchanged
 * (see {@link Doubling}). A channel acts as its superoperator {@code sum_k K_k (x) conj(K_k)} on
 * the same pairs of wires.
 *
 * <p>Mutable through the simulators only; outside this package treat it as read-only.
 */
public final class DensityMatrix {
  /**
   * Most qubits a density matrix may have: {@code 2n} doubled qubits must fit one Java array
   * ({@link StateVector#MAX_QUBITS}); memory usually runs out first (13 qubits need 1 GiB).
   */
  public static final int MAX_QUBITS = StateVector.MAX_QUBITS / 2;

  private final int qubits;
  private final double[] entries;

  DensityMatrix(int qubits, double[] entries) {
    this.qubits = qubits;
    this.entries = entries;
  }

  /**
   * The zeroed array for an n-qubit density matrix, failing with a clear message, before any
   * work, when it cannot fit the heap.
   *
   * @throws IllegalArgumentException if qubits is outside 1..{@link #MAX_QUBITS} or the matrix
   *     needs more heap than is free
   */
  static double[] allocate(int qubits) {
    if (qubits < 1 || qubits > MAX_QUBITS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "qubits: a density matrix needs 1..%d qubits, got %d", MAX_QUBITS, qubits));
    }
    long bytes = 16L << (2 * qubits);
    Runtime rt = Runtime.getRuntime();
    long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    if (bytes > available) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "qubits: a %d-qubit density matrix needs %d MiB, but only %d MiB of heap is free "
              + "(raise -Xmx, use fewer qubits, or use TrajectorySimulator)", qubits, bytes >> 20,
          available >> 20));
    }
    return new double[2 << (2 * qubits)];
  }

  /** {@code |0...0><0...0|}. */
  public static DensityMatrix zero(int qubits) {
    double[] e = allocate(qubits);
    e[0] = 1;
    return new DensityMatrix(qubits, e);
  }

  /** {@code |psi><psi|} of a pure state. */
  public static DensityMatrix of(StateVector state) {
    int n = state.qubits();
    double[] e = allocate(n);
    double[] s = state.amplitudes();
    int d = 1 << n;
    for (int r = 0; r < d; r++) {
      for (int c = 0; c < d; c++) {
        // psi_r conj(psi_c)
        int at = 2 * (r * d + c);
        e[at] = s[2 * r] * s[2 * c] + s[2 * r + 1] * s[2 * c + 1];
        e[at + 1] = s[2 * r + 1] * s[2 * c] - s[2 * r] * s[2 * c + 1];
      }
    }
    return new DensityMatrix(n, e);
  }

  /** Number of qubits. */
  public int qubits() {
    return qubits;
  }

  /** Matrix dimension {@code 2^n}. */
  public int dimension() {
    return 1 << qubits;
  }

  /** Real part of entry (r, c). */
  public double real(int r, int c) {
    return entries[2 * (r * dimension() + c)];
  }

  /** Imaginary part of entry (r, c). */
  public double imag(int r, int c) {
    return entries[2 * (r * dimension() + c) + 1];
  }

  /** The backing {@code vec(rho)} array, for kernels in this package. */
  double[] entries() {
    return entries;
  }

  /** A copy of {@code vec(rho)}, interleaved, entry (r, c) at {@code 2 (r 2^n + c)}. */
  public double[] toArray() {
    return entries.clone();
  }

  /** {@code Tr rho}: 1 for a state, the branch probability for a branch of a mixture. */
  public double trace() {
    int d = dimension();
    double t = 0;
    for (int k = 0; k < d; k++) {
      t += entries[2 * k * (d + 1)];
    }
    return t;
  }

  /** The diagonal: the probability of each basis state, wire 0 the most significant bit. */
  public double[] probabilities() {
    int d = dimension();
    double[] p = new double[d];
    for (int k = 0; k < d; k++) {
      p[k] = entries[2 * k * (d + 1)];
    }
    return p;
  }

  /** {@code Tr(rho^2)}: 1 for a pure state, {@code 2^-n} for the maximally mixed one. */
  public double purity() {
    // rho Hermitian: Tr(rho^2) = sum_rc |rho_rc|^2
    double sum = 0;
    for (double v : entries) {
      sum += v * v;
    }
    return sum;
  }

  /**
   * {@code Tr(rho H)}.
   *
   * @throws IllegalArgumentException if H acts on a wire this matrix does not have
   */
  public double expectation(PauliSum h) {
    if (h.maxWire() >= qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "h: acts on wire %d, but the density matrix has %d qubit(s) (wires 0..%d)",
          h.maxWire(), qubits, qubits - 1));
    }
    double sum = 0;
    for (PauliSum.Term t : h.terms()) {
      sum += t.coefficient() * expectation(t.string());
    }
    return sum;
  }

  /**
   * {@code Tr(rho P)} for one Pauli string. P maps basis state k to {@code phase(k) |k ^ x>} with
   * x the mask of its X and Y letters, so {@code Tr(P rho) = sum_k P[k^x][k] rho[k][k^x]}, where
   * {@code P[k^x][k] = i^(#Y) (-1)^popcount(k & (Y|Z mask))}.
   */
  double expectation(PauliString p) {
    int n = qubits, d = dimension();
    int xmask = 0, signMask = 0, ys = 0;
    for (int w : p.wires()) {
      int bit = 1 << (n - 1 - w);
      switch (p.letter(w)) {
        case 'X': xmask |= bit; break;
        case 'Y': xmask |= bit; signMask |= bit; ys++; break;
        case 'Z': signMask |= bit; break;
        default: break;
      }
    }
    double re = 0, im = 0;
    for (int k = 0; k < d; k++) {
      int at = 2 * (k * d + (k ^ xmask));
      if ((Integer.bitCount(k & signMask) & 1) == 0) {
        re += entries[at];
        im += entries[at + 1];
      } else {
        re -= entries[at];
        im -= entries[at + 1];
      }
    }
    // multiply by i^ys and keep the real part
    switch (ys & 3) {
      case 0: return re;
      case 1: return -im;
      case 2: return -re;
      default: return im;
    }
  }

  /** A copy of this matrix. */
  public DensityMatrix copy() {
    return new DensityMatrix(qubits, entries.clone());
  }
}
