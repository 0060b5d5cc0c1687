package io.qml4j.runtime;

import io.qml4j.dsl.Limits;
import java.util.Locale;

/**
 * An n-qubit pure state as a flat array of {@code 2^n} complex amplitudes, real and imaginary
 * parts interleaved: amplitude k has real part at {@code 2k}, imaginary at {@code 2k + 1}. Wire 0 is
 * the most significant bit of k, so wire w has amplitude stride {@code 2^(n-1-w)}. The array is
 * exposed to kernels in this package tree through {@link #amplitudes()} for speed; callers outside
 * must treat it as read-only.
 */
public final class StateVector {
  /**
   * The most qubits a Java array of doubles can hold: 2^30 amplitudes need 2^31 doubles. The
   * shared {@link Limits#MAX_QUBITS}, which the processor checks models against.
   */
  public static final int MAX_QUBITS = Limits.MAX_QUBITS;

  private final int qubits;
  private final double[] amplitudes;

  private StateVector(int qubits, double[] amplitudes) {
    this.qubits = qubits;
    this.amplitudes = amplitudes;
  }

  /** |0...0> on n qubits. */
  public static StateVector zero(int qubits) {
    StateVector s = new StateVector(qubits, allocate(qubits));
    s.amplitudes[0] = 1;
    return s;
  }

  /** A state from interleaved amplitudes (copied); the length must be {@code 2^(n+1)}. */
  public static StateVector of(int qubits, double[] amplitudes) {
    checkAmplitudes(qubits, amplitudes);
    return new StateVector(qubits, amplitudes.clone());
  }

  /**
   * Wraps an array without copying; for generated code and kernels that own the array.
   *
   * @throws IllegalArgumentException when qubits is outside 1..{@link #MAX_QUBITS} or the array
   *     is null or not {@code 2^(n+1)} long
   */
  public static StateVector wrap(int qubits, double[] amplitudes) {
    checkAmplitudes(qubits, amplitudes);
    return new StateVector(qubits, amplitudes);
  }

  /** Checks qubits first, since {@code 2 << qubits} wraps around for 31 qubits and more. */
  private static void checkAmplitudes(int qubits, double[] amplitudes) {
    checkQubits(qubits);
    if (amplitudes == null) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "amplitudes: expected %d numbers for %d qubits, got null", 2 << qubits, qubits));
    }
    if (amplitudes.length != 2 << qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "amplitudes: expected %d numbers for %d qubits, got %d",
          2 << qubits, qubits, amplitudes.length));
    }
  }

  /**
   * Allocates a zeroed amplitude array for n qubits, failing with a clear message when the state
   * cannot fit the heap rather than with an OutOfMemoryError deep inside.
   */
  public static double[] allocate(int qubits) {
    checkQubits(qubits);
    long bytes = 16L << qubits;
    Runtime rt = Runtime.getRuntime();
    long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    if (bytes > available) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "qubits: a %d-qubit state needs %d MiB, but only %d MiB of heap is available "
              + "(raise -Xmx or use fewer qubits)", qubits, bytes >> 20, available >> 20));
    }
    return new double[2 << qubits];
  }

  private static void checkQubits(int qubits) {
    if (qubits < 1 || qubits > MAX_QUBITS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "qubits: expected 1..%d, got %d", MAX_QUBITS, qubits));
    }
  }

  /** Number of qubits. */
  public int qubits() {
    return qubits;
  }

  /** Number of amplitudes, {@code 2^n}. */
  public int dimension() {
    return 1 << qubits;
  }

  /** The backing array (interleaved real, imaginary); do not modify outside kernels. */
  public double[] amplitudes() {
    return amplitudes;
  }

  /** Real part of amplitude k. */
  public double real(int k) {
    return amplitudes[2 * k];
  }

  /** Imaginary part of amplitude k. */
  public double imag(int k) {
    return amplitudes[2 * k + 1];
  }

  /** {@code |amplitude k|^2}. */
  public double probability(int k) {
    double re = amplitudes[2 * k], im = amplitudes[2 * k + 1];
    return re * re + im * im;
  }

  /** The squared norm, 1 for a normalised state. */
  public double normSquared() {
    double sum = 0;
    for (double a : amplitudes) {
      sum += a * a;
    }
    return sum;
  }

  /** {@code <this|other>} as {re, im}. */
  public double[] innerProduct(StateVector other) {
    if (other.qubits != qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "other: expected %d qubits, got %d", qubits, other.qubits));
    }
    double re = 0, im = 0;
    double[] a = amplitudes, b = other.amplitudes;
    for (int i = 0; i < a.length; i += 2) {
      re += a[i] * b[i] + a[i + 1] * b[i + 1];
      im += a[i] * b[i + 1] - a[i + 1] * b[i];
    }
    return new double[] {re, im};
  }

  /** An independent copy. */
  public StateVector copy() {
    return new StateVector(qubits, amplitudes.clone());
  }
}
