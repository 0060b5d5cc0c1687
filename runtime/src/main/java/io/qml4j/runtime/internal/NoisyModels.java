package io.qml4j.runtime.internal;

import io.qml4j.dsl.ChannelKind;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.noise.Channels;
import io.qml4j.runtime.noise.Instruction;
import java.util.List;

/**
 * What a generated model that places noise channels calls to build its noisy circuit, and the
 * refusal of its state-vector gradients. Not API (see the package).
 */
public final class NoisyModels {
  private NoisyModels() {}

  /** Appends {@code ops[from .. to - 1]} as gate instructions. */
  public static void gates(List<Instruction> steps, List<Operation> ops, int from, int to) {
    for (int k = from; k < to; k++) {
      steps.add(new Instruction.Gate(ops.get(k)));
    }
  }

  /**
   * The channel a model call placed.
   *
   * @param kind the channel
   * @param wire its wire
   * @param site the model's line, for the message of a parameter out of range
   * @param parameters its parameters
   * @return the instruction
   * @throws IllegalArgumentException if a parameter (computed from the arguments) is out of
   *     range, naming it and the line
   */
  public static Instruction channel(ChannelKind kind, int wire, String site,
      double... parameters) {
    try {
      return new Instruction.Noise(Channels.of(kind, parameters), new int[] {wire});
    } catch (IllegalArgumentException outOfRange) {
      throw new IllegalArgumentException(outOfRange.getMessage() + " (" + site + ")",
          outOfRange);
    }
  }

  /**
   * Always throws: the gradient members of a generated model simulate its state vector, which has
   * no place for the model's channels. The adjoint method would also need each step's inverse,
   * which a channel does not have.
   *
   * @param method the generated method called
   * @param channels where the model places channels, e.g. "q.depolarizing at line 14"
   * @throws UnsupportedOperationException always
   */
  public static void refuseGradient(String method, String channels) {
    throw new UnsupportedOperationException(method + ": the model places noise channels ("
        + channels + "), and " + (method.startsWith("parameterShift")
            ? "this method differentiates the state vector without them, which would be a wrong "
                + "gradient under noise"
            : "the adjoint method runs the circuit backwards with inverse gates; a channel has "
                + "no inverse, so it would return a wrong gradient")
        + ". Use noisyExpectation with a derivative-free optimiser, or the runtime's "
        + "NoisyGradients.parameterShift with a NoiseModel");
  }
}
