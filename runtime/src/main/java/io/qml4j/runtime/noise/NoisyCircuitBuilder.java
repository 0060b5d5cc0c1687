package io.qml4j.runtime.noise;

import io.qml4j.dsl.ChannelKind;
import io.qml4j.dsl.Q;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Records a {@link NoisyCircuit}: gates through the ordinary {@link Q} vocabulary of
 * {@link #q()}, and channels, measurements, resets and classically controlled gates, measurements
 * and resets through the methods here, all kept in the order they were called. A rejected call
 * leaves the builder as it was.
 *
 * <pre>{@code
 * NoisyCircuitBuilder b = new NoisyCircuitBuilder(2, 1);
 * b.q().h(0);
 * b.channel(Channels.depolarizing(0.01), 0);
 * b.measure(0, 0);
 * b.ifBits(0, 1, 1, q -> q.x(1));   // feed-forward: X on wire 1 when bit 0 reads 1
 * NoisyCircuit c = b.build();
 * }</pre>
 */
public final class NoisyCircuitBuilder {
  private final int qubits;
  private final int bits;
  private final List<Instruction> instructions = new ArrayList<>();
  private final CircuitBuilder gates;
  private final Vocabulary vocabulary = new Vocabulary();
  /** How many of {@link #gates}' operations are already in {@link #instructions}. */
  private int recorded;

  /**
   * A builder for a circuit of {@code qubits} wires and {@code bits} classical bits.
   *
   * @throws IllegalArgumentException if qubits is below 1 or bits outside 0..62
   */
  public NoisyCircuitBuilder(int qubits, int bits) {
    if (bits < 0 || bits > 62) {
      throw new IllegalArgumentException("bits: expected 0..62 classical bits, got " + bits);
    }
    this.gates = new CircuitBuilder(qubits);
    this.qubits = qubits;
    this.bits = bits;
  }

  /**
   * The gate vocabulary: every gate and every channel ({@code q.depolarizing(w, p)}, ...) applied
   * through it is appended in call order, so a model's methods run here record its channels.
   */
  public Q q() {
    return vocabulary;
  }

  /** Gates go to the circuit builder; channels are recorded in order between them. */
  private final class Vocabulary implements Q {
    @Override
    public int qubits() {
      return gates.qubits();
    }

    @Override
    public void gate(io.qml4j.dsl.Gate gate, int[] wires, double... angles) {
      gates.gate(gate, wires, angles);
    }

    @Override
    public void pauliRot(double angle, String word, int... wires) {
      gates.pauliRot(angle, word, wires);
    }

    @Override
    public void unitary(double[] matrix, int... wires) {
      gates.unitary(matrix, wires);
    }

    @Override
    public void channel(ChannelKind kind, int wire, double... parameters) {
      NoisyCircuitBuilder.this.channel(Channels.of(kind, parameters), wire);
    }
  }

  /** Appends every gate of a circuit on at most this many qubits. */
  public NoisyCircuitBuilder append(Circuit circuit) {
    gates.append(circuit);
    return this;
  }

  /** Appends a channel on the given wires. */
  public NoisyCircuitBuilder channel(Channel channel, int... wires) {
    Instruction.Noise in = new Instruction.Noise(channel, wires);
    checkWire(in.maxWire());
    return add(in);
  }

  /** Measures a wire into a classical bit (the wire collapses and stays). */
  public NoisyCircuitBuilder measure(int wire, int bit) {
    Instruction.Measure in = new Instruction.Measure(wire, bit);
    checkWire(wire);
    checkBit(bit);
    return add(in);
  }

  /** Resets a wire to {@code |0>}. */
  public NoisyCircuitBuilder reset(int wire) {
    Instruction.Reset in = new Instruction.Reset(wire);
    checkWire(wire);
    return add(in);
  }

  /**
   * Applies the gates {@code body} records only when bits {@code firstBit .. firstBit+width-1}
   * (first bit least significant) equal {@code value}.
   */
  public NoisyCircuitBuilder ifBits(int firstBit, int width, int value, Consumer<Q> body) {
    CircuitBuilder inner = new CircuitBuilder(qubits);
    body.accept(inner);
    List<Instruction> conditioned = new ArrayList<>();
    for (Operation op : inner.build().operations()) {
      conditioned.add(new Instruction.Conditional(op, firstBit, width, value));
    }
    checkBit(firstBit + width - 1);
    flushGates();
    instructions.addAll(conditioned);
    return this;
  }

  /**
   * Measures a wire into a bit only when bits {@code firstBit .. firstBit+width-1} (first bit
   * least significant) equal {@code value}.
   */
  public NoisyCircuitBuilder measureIf(int firstBit, int width, int value, int wire, int bit) {
    Instruction.Conditional in = new Instruction.Conditional(new Instruction.Measure(wire, bit),
        firstBit, width, value);
    checkWire(wire);
    checkBit(in.maxBit());
    return add(in);
  }

  /**
   * Resets a wire to {@code |0>} only when bits {@code firstBit .. firstBit+width-1} (first bit
   * least significant) equal {@code value}.
   */
  public NoisyCircuitBuilder resetIf(int firstBit, int width, int value, int wire) {
    Instruction.Conditional in = new Instruction.Conditional(new Instruction.Reset(wire),
        firstBit, width, value);
    checkWire(wire);
    checkBit(in.maxBit());
    return add(in);
  }

  /** The circuit recorded so far, without readout error; the builder stays usable. */
  public NoisyCircuit build() {
    flushGates();
    return new NoisyCircuit(qubits, bits, instructions, null);
  }

  private NoisyCircuitBuilder add(Instruction in) {
    flushGates();
    instructions.add(in);
    return this;
  }

  private void flushGates() {
    List<Operation> ops = gates.build().operations();
    for (int k = recorded; k < ops.size(); k++) {
      instructions.add(new Instruction.Gate(ops.get(k)));
    }
    recorded = ops.size();
  }

  private void checkWire(int wire) {
    if (wire >= qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "wire: %d is out of range for a %d-qubit circuit (wires 0..%d)", wire, qubits,
          qubits - 1));
    }
  }

  private void checkBit(int bit) {
    if (bit >= bits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "bit: %d is out of range for %d classical bit(s)", bit, bits));
    }
  }
}
