package io.qml4j.runtime;

import java.util.Locale;

/**
 * An n-qubit pure state in single precision: {@code 2^n} complex amplitudes as a flat
 * {@code float[]}, real and imaginary parts interleaved, in {@link StateVector}'s layout (wire 0
 * the most significant bit of a basis index). It takes {@code 8 * 2^n} bytes, half a
 * {@link StateVector}: 8 MiB at 20 qubits instead of 16 MiB, 4 GiB at 29 instead of 8. Amplitudes
 * carry about 7 significant digits; every quantity read from them here (probabilities, norms,
 * inner products) and by {@code io.qml4j.runtime.observable} (expectation values, marginals,
 * samples) is accumulated in double. Produced by {@link SinglePrecisionSimulator}.
 */
public final class FloatStateVector {
  private final int qubits;
  private final float[] amplitudes;

  private FloatStateVector(int qubits, float[] amplitudes) {
    this.qubits = qubits;
    this.amplitudes = amplitudes;
  }

  /** |0...0> on n qubits. */
  public static FloatStateVector zero(int qubits) {
    FloatStateVector s = new FloatStateVector(qubits, allocate(qubits));
    s.amplitudes[0] = 1;
    return s;
  }

  /** A state from interleaved float amplitudes (copied); the length must be {@code 2^(n+1)}. */
  public static FloatStateVector of(int qubits, float[] amplitudes) {
    checkAmplitudes(qubits, amplitudes == null ? -1 : amplitudes.length);
    return new FloatStateVector(qubits, amplitudes.clone());
  }

  /** The double-precision state rounded to float. */
  public static FloatStateVector of(StateVector state) {
    double[] d = state.amplitudes();
    float[] f = new float[d.length];
    for (int i = 0; i < d.length; i++) {
      f[i] = (float) d[i];
    }
    return new FloatStateVector(state.qubits(), f);
  }

  /**
   * Wraps an array without copying, for code that owns it.
   *
   * @throws IllegalArgumentException when qubits is outside 1..{@link StateVector#MAX_QUBITS} or
   *     the array is null or not {@code 2^(n+1)} long
   */
  public static FloatStateVector wrap(int qubits, float[] amplitudes) {
    checkAmplitudes(qubits, amplitudes == null ? -1 : amplitudes.length);
    return new FloatStateVector(qubits, amplitudes);
  }

  /** Bytes of amplitudes an n-qubit single-precision state holds: {@code 8 * 2^n}. */
  public static long bytes(int qubits) {
    checkQubits(qubits);
    return 8L << qubits;
  }

  /**
   * A zeroed amplitude array for n qubits, failing with a clear message when it cannot fit the
   * heap rather than with an OutOfMemoryError deep inside.
   */
  public static float[] allocate(int qubits) {
    long bytes = bytes(qubits);
    Runtime rt = Runtime.getRuntime();
    long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    if (bytes > available) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "qubits: a %d-qubit single-precision state needs %d MiB, but only %d MiB of heap is "
              + "available (raise -Xmx or use fewer qubits)", qubits, bytes >> 20,
          available >> 20));
    }
    return new float[2 << qubits];
  }

  private static void checkAmplitudes(int qubits, int length) {
    checkQubits(qubits);
    if (length != 2 << qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "amplitudes: expected %d floats for %d qubits, got %s", 2 << qubits, qubits,
          length < 0 ? "null" : String.valueOf(length)));
    }
  }

  private static void checkQubits(int qubits) {
    if (qubits < 1 || qubits > StateVector.MAX_QUBITS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "qubits: expected 1..%d, got %d", StateVector.MAX_QUBITS, qubits));
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
  public float[] amplitudes() {
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

  /** {@code |amplitude k|^2}, in double. */
  public double probability(int k) {
    double re = amplitudes[2 * k], im = amplitudes[2 * k + 1];
    return re * re + im * im;
  }

  /** The squared norm, accumulated in double; 1 to about 1e-6 for a simulated state. */
  public double normSquared() {
    double sum = 0;
    for (float a : amplitudes) {
      sum += (double) a * a;
    }
    return sum;
  }

  /** {@code <this|other>} as {re, im}, accumulated in double. */
  public double[] innerProduct(FloatStateVector other) {
    if (other.qubits != qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "other: expected %d qubits, got %d", qubits, other.qubits));
    }
    double re = 0, im = 0;
    float[] a = amplitudes, b = other.amplitudes;
    for (int i = 0; i < a.length; i += 2) {
      double ar = a[i], ai = a[i + 1], br = b[i], bi = b[i + 1];
      re += ar * br + ai * bi;
      im += ar * bi - ai * br;
    }
    return new double[] {re, im};
  }

  /** The same amplitudes as a double-precision state (exact: every float is a double). */
  public StateVector toDouble() {
    double[] d = StateVector.allocate(qubits);
    for (int i = 0; i < d.length; i++) {
      d[i] = amplitudes[i];
    }
    return StateVector.wrap(qubits, d);
  }

  /** An independent copy. */
  public FloatStateVector copy() {
    return new FloatStateVector(qubits, amplitudes.clone());
  }
}
