package io.qml4j.runtime.noise;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A circuit with noise and classical control: qubits, classical bits, an ordered list of
 * {@link Instruction}s (gates, channels, mid-circuit measurements, resets, classically
 * controlled gates) and an optional {@link ReadoutError} that corrupts every measurement. The
 * value {@link DensityMatrixSimulator} and {@link TrajectorySimulator} run. Immutable. A plain
 * {@link Circuit} converts with {@link #of(Circuit)}; {@link NoiseModel#apply} adds channels to
 * one; {@link NoisyCircuitBuilder} records one by hand.
 */
public final class NoisyCircuit {
  private final int qubits;
  private final int bits;
  private final List<Instruction> instructions;
  private final ReadoutError readout;

  /**
   * A noisy circuit.
   *
   * @param qubits the number of wires, 1 or more
   * @param bits the number of classical bits, 0 to 62
   * @param instructions the steps in order
   * @param readout the readout error of measurements, or null for perfect readout
   * @throws IllegalArgumentException if an instruction uses a wire or bit out of range, or the
   *     readout error describes another number of qubits
   */
  public NoisyCircuit(int qubits, int bits, List<Instruction> instructions, ReadoutError readout) {
    if (qubits < 1) {
      throw new IllegalArgumentException("qubits: expected at least 1, got " + qubits);
    }
    if (bits < 0 || bits > 62) {
      throw new IllegalArgumentException("bits: expected 0..62 classical bits, got " + bits);
    }
    this.instructions = List.copyOf(instructions);
    for (Instruction in : this.instructions) {
      if (in.maxWire() >= qubits) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "instructions: %s uses wire %d, out of range for %d qubit(s) (wires 0..%d)", in,
            in.maxWire(), qubits, qubits - 1));
      }
      if (in.maxBit() >= bits) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "instructions: %s uses classical bit %d, but the circuit has %d bit(s)", in,
            in.maxBit(), bits));
      }
    }
    if (readout != null && readout.qubits() != qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "readout: describes %d qubit(s), the circuit has %d", readout.qubits(), qubits));
    }
    this.qubits = qubits;
    this.bits = bits;
    this.readout = readout;
  }

  /** The gates of a circuit, without noise or classical bits. */
  public static NoisyCircuit of(Circuit circuit) {
    List<Instruction> list = new ArrayList<>();
    for (Operation op : circuit.operations()) {
      list.add(new Instruction.Gate(op));
    }
    return new NoisyCircuit(circuit.qubits(), 0, list, null);
  }

  /** Number of qubits. */
  public int qubits() {
    return qubits;
  }

  /** Number of classical bits. */
  public int bits() {
    return bits;
  }

  /** The instructions in order. */
  public List<Instruction> instructions() {
    return instructions;
  }

  /** The readout error of measurements, if any. */
  public Optional<ReadoutError> readout() {
    return Optional.ofNullable(readout);
  }

  /** This circuit with another readout error (null for none). */
  public NoisyCircuit withReadout(ReadoutError newReadout) {
    return new NoisyCircuit(qubits, bits, instructions, newReadout);
  }

  /** Whether some instruction is a channel. */
  public boolean hasChannels() {
    return instructions.stream().anyMatch(in -> in instanceof Instruction.Noise);
  }

  /** Whether some instruction measures, resets or is classically controlled. */
  public boolean isDynamic() {
    return instructions.stream().anyMatch(in -> in instanceof Instruction.Measure
        || in instanceof Instruction.Reset || in instanceof Instruction.Conditional);
  }

  /** The gates alone as a plain circuit; fails if the circuit has anything but gates. */
  public Circuit unitaryPart() {
    List<Operation> ops = new ArrayList<>();
    for (Instruction in : instructions) {
      if (!(in instanceof Instruction.Gate)) {
        throw new IllegalStateException("circuit: holds " + in + ", not only gates");
      }
      ops.add(((Instruction.Gate) in).operation());
    }
    return new Circuit(qubits, ops);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NoisyCircuit && ((NoisyCircuit) o).qubits == qubits
        && ((NoisyCircuit) o).bits == bits
        && ((NoisyCircuit) o).instructions.equals(instructions)
        && java.util.Objects.equals(((NoisyCircuit) o).readout, readout);
  }

  @Override
  public int hashCode() {
    return (31 * qubits + bits) * 31 + instructions.hashCode();
  }

  @Override
  public String toString() {
    return "NoisyCircuit(" + qubits + " qubits, " + bits + " bits, " + instructions + ")";
  }
}
