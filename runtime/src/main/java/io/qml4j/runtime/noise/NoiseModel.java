package io.qml4j.runtime.noise;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A device's noise as rules ({@link NoiseRule}): channels attached after gates by kind and wire,
 * every matching rule in order, plus an optional readout error. {@link #apply(Circuit)} turns an
 * ideal circuit into the {@link NoisyCircuit} the simulators run. A classically controlled gate
 * receives its channels under the same condition, as Aer attaches noise to the gate itself: they
 * act in the branches where the gate runs. Immutable.
 *
 * <pre>{@code
 * NoiseModel model = NoiseModel.builder()
 *     .after(Channels.depolarizing(1e-3))                       // every gate, every wire
 *     .after(Channels.depolarizing2(1e-2), Gate.CNOT, Gate.CZ)   // two-qubit gates
 *     .readout(ReadoutError.uniform(4, 0.02))
 *     .build();
 * NoisyCircuit noisy = model.apply(circuit);
 * }</pre>
 */
public final class NoiseModel {
  private final List<NoiseRule> rules;
  private final ReadoutError readout;

  private NoiseModel(List<NoiseRule> rules, ReadoutError readout) {
    this.rules = List.copyOf(rules);
    this.readout = readout;
  }

  /** A model without noise. */
  public static NoiseModel ideal() {
    return new NoiseModel(List.of(), null);
  }

  /** A builder of rules. */
  public static Builder builder() {
    return new Builder();
  }

  /** The rules, in the order they apply. */
  public List<NoiseRule> rules() {
    return rules;
  }

  /** The readout error, or null. */
  public ReadoutError readout() {
    return readout;
  }

  /** Whether the model adds no channel and no readout error. */
  public boolean isIdeal() {
    return rules.isEmpty() && readout == null;
  }

  /**
   * The circuit with this model's channels after its gates and its readout error.
   *
   * @throws IllegalArgumentException if a rule names a wire the circuit does not have, or the
   *     readout error describes fewer qubits than the circuit has
   */
  public NoisyCircuit apply(Circuit circuit) {
    return apply(NoisyCircuit.of(circuit));
  }

  /**
   * Adds this model's channels after the gates of a noisy circuit (its own channels stay) and
   * sets its readout error.
   *
   * @throws IllegalArgumentException as {@link #apply(Circuit)}
   */
  public NoisyCircuit apply(NoisyCircuit circuit) {
    int n = circuit.qubits();
    for (int k = 0; k < rules.size(); k++) {
      if (rules.get(k).maxWire() >= n) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "rules: rule %d (%s) names wire %d, but the circuit has %d qubit(s) (wires 0..%d)",
            k, rules.get(k), rules.get(k).maxWire(), n, n - 1));
      }
    }
    ReadoutError circuitReadout = circuit.readout().orElse(null);
    if (readout != null) {
      if (readout.qubits() < n) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "readout: describes %d qubit(s), but the circuit has %d", readout.qubits(), n));
      }
      circuitReadout = restrict(readout, n);
    }
    List<Instruction> out = new ArrayList<>();
    for (Instruction in : circuit.instructions()) {
      out.add(in);
      if (in instanceof Instruction.Gate) {
        addChannels(((Instruction.Gate) in).operation(), out);
      } else if (in instanceof Instruction.Conditional
          && ((Instruction.Conditional) in).body() instanceof Instruction.Gate) {
        // the gate's noise happens only when the gate does: each channel under its condition
        Instruction.Conditional c = (Instruction.Conditional) in;
        List<Instruction> channels = new ArrayList<>();
        addChannels(((Instruction.Gate) c.body()).operation(), channels);
        for (Instruction channel : channels) {
          out.add(c.around(channel));
        }
      }
    }
    return new NoisyCircuit(n, circuit.bits(), out, circuitReadout);
  }

  private void addChannels(Operation op, List<Instruction> out) {
    for (NoiseRule rule : rules) {
      if (!rule.matches(op.gate())) {
        continue;
      }
      if (rule.channel().arity() == 1) {
        for (int k = 0; k < op.arity(); k++) {
          if (rule.names(op.wire(k))) {
            out.add(new Instruction.Noise(rule.channel(), new int[] {op.wire(k)}));
          }
        }
      } else if (op.arity() == 2 && rule.namesPair(op)) {
        out.add(new Instruction.Noise(rule.channel(), op.wires()));
      }
    }
  }

  private static ReadoutError restrict(ReadoutError r, int n) {
    if (r.qubits() == n) {
      return r;
    }
    double[] zero = new double[n], one = new double[n];
    for (int q = 0; q < n; q++) {
      zero[q] = r.flipZero(q);
      one[q] = r.flipOne(q);
    }
    return ReadoutError.of(zero, one);
  }

  @Override
  public String toString() {
    return "NoiseModel(" + rules + (readout == null ? "" : ", " + readout) + ")";
  }

  /** Collects rules in order. */
  public static final class Builder {
    private final List<NoiseRule> rules = new ArrayList<>();
    private ReadoutError readout;

    private Builder() {}

    /** The channel after every gate of the listed kinds (every gate when none is listed). */
    public Builder after(Channel channel, Gate... gates) {
      rules.add(new NoiseRule(set(gates), null, channel));
      return this;
    }

    /** The channel after gates of the listed kinds on the listed wires only. */
    public Builder afterOn(Channel channel, int[] wires, Gate... gates) {
      rules.add(new NoiseRule(set(gates), wires, channel));
      return this;
    }

    /** Adds a rule. */
    public Builder rule(NoiseRule rule) {
      rules.add(rule);
      return this;
    }

    /** The readout error of every measurement. */
    public Builder readout(ReadoutError error) {
      this.readout = error;
      return this;
    }

    /** The model. */
    public NoiseModel build() {
      return new NoiseModel(rules, readout);
    }

    private static Set<Gate> set(Gate[] gates) {
      return gates.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(gates));
    }
  }
}
