package io.qml4j.runtime.qaoa;

/**
 * An assignment of one bit per wire with its cost value. For MaxCut, bit i is the side of node i.
 *
 * @param value the cost {@code C} at this assignment
 * @param bits one 0 or 1 per wire, wire 0 first
 */
public record Solution(double value, int[] bits) {
  /** Copies the bits. */
  public Solution {
    bits = bits.clone();
  }

  @Override
  public int[] bits() {
    return bits.clone();
  }

  /** The bits as text, wire 0 first, such as {@code "0110"}. */
  public String bitstring() {
    StringBuilder b = new StringBuilder(bits.length);
    for (int bit : bits) {
      b.append(bit);
    }
    return b.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Solution s && s.value == value && java.util.Arrays.equals(s.bits, bits);
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(value) + java.util.Arrays.hashCode(bits);
  }

  @Override
  public String toString() {
    return "Solution(" + value + ", " + bitstring() + ")";
  }
}
