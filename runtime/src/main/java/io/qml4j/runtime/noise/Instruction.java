package io.qml4j.runtime.noise;

import io.qml4j.runtime.Operation;
import java.util.Arrays;
import java.util.Locale;

/**
 * One step of a {@link NoisyCircuit}: a gate, a noise channel, a mid-circuit measurement, a reset,
 * or one of these applied only when classical bits hold a value. Immutable values; wire and bit ranges
 * are checked by the circuit that holds them.
 */
public sealed interface Instruction {
  /** Highest wire this instruction touches. */
  int maxWire();

  /** Highest classical bit this instruction reads or writes, or -1. */
  int maxBit();

  /**
   * A unitary gate.
   *
   * @param operation the gate on its wires
   */
  record Gate(Operation operation) implements Instruction {
    @Override
    public int maxWire() {
      return max(operation.wires());
    }

    @Override
    public int maxBit() {
      return -1;
    }

    @Override
    public String toString() {
      return operation.toString();
    }
  }

  /**
   * A noise channel on one or two wires.
   *
   * @param channel the channel
   * @param wires its wires, as many as its arity, distinct
   */
  record Noise(Channel channel, int[] wires) implements Instruction {
    /** Checks the wire count and that wires are distinct and non-negative. */
    public Noise {
      wires = wires.clone();
      if (wires.length != channel.arity()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "wires: channel %s acts on %d wire(s), got %d", channel, channel.arity(),
            wires.length));
      }
      checkDistinct(wires);
    }

    @Override
    public int[] wires() {
      return wires.clone();
    }

    @Override
    public int maxWire() {
      return max(wires);
    }

    @Override
    public int maxBit() {
      return -1;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Noise && ((Noise) o).channel.equals(channel)
          && Arrays.equals(((Noise) o).wires, wires);
    }

    @Override
    public int hashCode() {
      return 31 * channel.hashCode() + Arrays.hashCode(wires);
    }

    @Override
    public String toString() {
      return channel + Arrays.toString(wires);
    }
  }

  /**
   * A projective Z measurement of a wire whose result is stored in a classical bit; the wire
   * stays in the measured state.
   *
   * @param wire the measured wire
   * @param bit the classical bit written
   */
  record Measure(int wire, int bit) implements Instruction {
    /** Checks that wire and bit are non-negative. */
    public Measure {
      if (wire < 0 || bit < 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "wire: measure needs a wire and a bit >= 0, got wire %d, bit %d", wire, bit));
      }
    }

    @Override
    public int maxWire() {
      return wire;
    }

    @Override
    public int maxBit() {
      return bit;
    }
  }

  /**
   * Reset of a wire to {@code |0>}.
   *
   * @param wire the wire
   */
  record Reset(int wire) implements Instruction {
    /** Checks that the wire is non-negative. */
    public Reset {
      if (wire < 0) {
        throw new IllegalArgumentException("wire: expected a wire >= 0, got " + wire);
      }
    }

    @Override
    public int maxWire() {
      return wire;
    }

    @Override
    public int maxBit() {
      return -1;
    }
  }

  /**
   * An instruction applied only when the classical bits {@code firstBit .. firstBit + width - 1},
   * read as an integer with {@code firstBit} the least significant (OpenQASM's
   * {@code if (c == value)}), equal {@code value}: a classically controlled gate, the noise of
   * such a gate ({@link NoiseModel} attaches its channels under the same condition), or a
   * conditional measurement or reset.
   *
   * @param body the instruction, not itself conditional
   * @param firstBit the first classical bit of the register compared
   * @param width the number of bits compared, 1 to 30
   * @param value the value that enables the body, in {@code [0, 2^width)}
   */
  record Conditional(Instruction body, int firstBit, int width, int value)
      implements Instruction {
    /** Checks the body, the bit range and the value. */
    public Conditional {
      if (body == null || body instanceof Conditional) {
        throw new IllegalArgumentException("body: expected a gate, channel, measurement or "
            + "reset, got " + (body == null ? "null" : "a conditional " + body));
      }
      if (firstBit < 0 || width < 1 || width > 30) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "width: expected bits firstBit >= 0 and 1 <= width <= 30, got firstBit %d, width %d",
            firstBit, width));
      }
      if (value < 0 || value >= 1 << width) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "value: expected 0..%d for %d bit(s), got %d", (1 << width) - 1, width, value));
      }
    }

    /**
     * A classically controlled gate.
     *
     * @param operation the gate
     * @param firstBit the first classical bit of the register compared
     * @param width the number of bits compared, 1 to 30
     * @param value the value that enables the gate
     */
    public Conditional(Operation operation, int firstBit, int width, int value) {
      this(new Gate(operation), firstBit, width, value);
    }

    /** Whether the body applies when the classical register holds {@code bits}. */
    public boolean holds(long bits) {
      return ((bits >>> firstBit) & ((1L << width) - 1)) == value;
    }

    /** The same condition around another body. */
    public Conditional around(Instruction other) {
      return new Conditional(other, firstBit, width, value);
    }

    @Override
    public int maxWire() {
      return body.maxWire();
    }

    @Override
    public int maxBit() {
      return Math.max(firstBit + width - 1, body.maxBit());
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "if(c[%d..%d]==%d) %s", firstBit, firstBit + width - 1,
          value, body);
    }
  }

  private static int max(int[] wires) {
    int m = -1;
    for (int w : wires) {
      m = Math.max(m, w);
    }
    return m;
  }

  private static void checkDistinct(int[] wires) {
    for (int k = 0; k < wires.length; k++) {
      if (wires[k] < 0) {
        throw new IllegalArgumentException("wires: wire " + wires[k] + " is negative");
      }
      for (int j = 0; j < k; j++) {
        if (wires[j] == wires[k]) {
          throw new IllegalArgumentException("wires: channel repeats wire " + wires[k]);
        }
      }
    }
  }
}
