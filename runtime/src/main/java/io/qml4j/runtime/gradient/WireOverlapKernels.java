package io.qml4j.runtime.gradient;

/**
 * The inner loop of {@link WireOverlaps}: the cross sums of two states over one block of
 * amplitudes. {@link WireOverlaps#SCALAR} is the reference; {@code VectorWireOverlaps} runs the
 * same sums through the incubating Vector API where {@link AdjointSimd} loads the SIMD kernels.
 */
interface WireOverlapKernels {
  /** Accumulator slots per bit: X, Y and Z below. */
  int SLOTS = 3;

  /** Where the block's {@code Im sum conj(bra) ket} goes in the accumulator array. */
  int TOTAL = SLOTS * 32;

  /**
   * Over the amplitudes {@code from .. from + 2^bits - 1}, for every bit q set in {@code mask}
   * ({@code q < bits}), with {@code S = sum conj(bra_i) ket_(i+2^q)},
   * {@code T = sum conj(bra_(i+2^q)) ket_i} and {@code D = sum conj(bra_(i+2^q)) ket_(i+2^q)}
   * over the i whose bit q is clear, adds {@code X = Re(S - T)} to {@code acc[3q]},
   * {@code Y = Im(S + T)} to {@code acc[3q + 1]} and {@code Z = Im D} to {@code acc[3q + 2]}:
   * all that an anti-Hermitian operator on the wire reads. If {@code total}, adds
   * {@code Im sum conj(bra_i) ket_i} over the block to {@code acc[TOTAL]}.
   */
  void block(double[] bra, double[] ket, int from, int bits, int mask, boolean total,
      double[] acc);

  /** The smallest block, in bits, that this implementation takes. */
  int minBits();
}
