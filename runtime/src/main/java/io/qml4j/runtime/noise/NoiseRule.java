package io.qml4j.runtime.noise;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Operation;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Attach a channel after gates of the given kinds on the given wires, as Qiskit Aer's
 * {@code NoiseModel.add_quantum_error} and PennyLane's {@code add_noise} do. A one-qubit channel
 * goes after a matching gate on each of its wires that the rule names (every wire when the rule
 * names none); a two-qubit channel goes after a matching two-wire gate on the gate's wires, when
 * the rule names no wires or exactly that pair (in either order). Immutable.
 *
 * @param gates the gate kinds the rule applies to; empty for every gate
 * @param wires the wires the rule applies to, or null for every wire
 * @param channel the channel attached
 */
public record NoiseRule(Set<Gate> gates, int[] wires, Channel channel) {
  /** Copies the sets and checks the wires. */
  public NoiseRule {
    gates = gates.isEmpty() ? Collections.emptySet()
        : Collections.unmodifiableSet(EnumSet.copyOf(gates));
    if (wires != null) {
      wires = wires.clone();
      for (int w : wires) {
        if (w < 0) {
          throw new IllegalArgumentException("wires: wire " + w + " is negative");
        }
      }
      if (channel.arity() == 2 && wires.length != 2) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "wires: a two-qubit channel's rule names a pair of wires, got %d",
            wires.length));
      }
    }
  }

  @Override
  public int[] wires() {
    return wires == null ? null : wires.clone();
  }

  /** Highest wire the rule names, or -1 when it names none. */
  public int maxWire() {
    return wires == null ? -1 : Arrays.stream(wires).max().orElse(-1);
  }

  /** Whether the rule applies to this gate kind. */
  boolean matches(Gate gate) {
    return gates.isEmpty() || gates.contains(gate);
  }

  /** Whether the rule names this wire (or names none). */
  boolean names(int wire) {
    if (wires == null) {
      return true;
    }
    for (int w : wires) {
      if (w == wire) {
        return true;
      }
    }
    return false;
  }

  /** Whether a two-qubit channel applies to this two-wire operation. */
  boolean namesPair(Operation op) {
    return wires == null || (op.arity() == 2 && names(op.wire(0)) && names(op.wire(1)));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NoiseRule && ((NoiseRule) o).gates.equals(gates)
        && Arrays.equals(((NoiseRule) o).wires, wires) && ((NoiseRule) o).channel.equals(channel);
  }

  @Override
  public int hashCode() {
    return (gates.hashCode() * 31 + Arrays.hashCode(wires)) * 31 + channel.hashCode();
  }

  @Override
  public String toString() {
    return channel + " after " + (gates.isEmpty() ? "every gate" : gates.toString())
        + (wires == null ? "" : " on wires " + Arrays.toString(wires));
  }
}
