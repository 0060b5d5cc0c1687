package io.qml4j.runtime.ml.transfer;

import io.qml4j.runtime.ml.persist.ParameterBlock;
import java.util.List;
import java.util.Locale;

/**
 * The architecture of a {@link DressedQuantumCircuit}: {@code inputs} classical features, a
 * linear layer to {@code qubits} angles, {@code depth} variational layers on that many qubits,
 * and a linear layer from the {@code qubits} measured {@code <Z>} values to {@code classes}
 * logits. Mari et al. 2020 use 512 inputs, 4 qubits, depth 6 and 2 classes.
 *
 * <p>The parameters are laid out in five {@link ParameterBlock}s, in this order:
 * {@code input.weights} ({@code qubits x inputs}, row by row), {@code input.bias}
 * ({@code qubits}), {@code circuit} ({@code depth x qubits}, layer by layer),
 * {@code output.weights} ({@code classes x qubits}, row by row) and {@code output.bias}
 * ({@code classes}).
 *
 * @param inputs classical features per example, at least 1
 * @param qubits qubits of the variational circuit, 1 to {@value #MAX_QUBITS}
 * @param depth variational layers, at least 1
 * @param classes classes told apart, at least 2
 */
public record DressedShape(int inputs, int qubits, int depth, int classes) {
  /**
   * The most qubits a dressed circuit may have: every training example simulates the circuit,
   * so the state must stay small; 16 qubits is already 10^3 times the paper's 4.
   */
  public static final int MAX_QUBITS = 16;

  /**
   * Checks the sizes.
   *
   * @throws IllegalArgumentException naming the size out of range
   */
  public DressedShape {
    require("inputs", inputs, 1, Integer.MAX_VALUE);
    require("qubits", qubits, 1, MAX_QUBITS);
    require("depth", depth, 1, Integer.MAX_VALUE);
    require("classes", classes, 2, Integer.MAX_VALUE);
    long count = (long) qubits * inputs + qubits + (long) depth * qubits
        + (long) classes * qubits + classes;
    if (count > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "shape: %d parameters do not fit in one array", count));
    }
  }

  /** Offset of {@code input.weights} in the parameter vector. */
  int inputWeights() {
    return 0;
  }

  /** Offset of {@code input.bias}. */
  int inputBias() {
    return qubits * inputs;
  }

  /** Offset of {@code circuit}. */
  int circuit() {
    return inputBias() + qubits;
  }

  /** Offset of {@code output.weights}. */
  int outputWeights() {
    return circuit() + depth * qubits;
  }

  /** Offset of {@code output.bias}. */
  int outputBias() {
    return outputWeights() + classes * qubits;
  }

  /** The number of trainable parameters, classical and quantum. */
  public int parameterCount() {
    return outputBias() + classes;
  }

  /** The named blocks of the parameter vector, in order, as they are saved. */
  public List<ParameterBlock> blocks() {
    return List.of(new ParameterBlock("input.weights", qubits * inputs),
        new ParameterBlock("input.bias", qubits),
        new ParameterBlock("circuit", depth * qubits),
        new ParameterBlock("output.weights", classes * qubits),
        new ParameterBlock("output.bias", classes));
  }

  /**
   * The shape whose {@link #blocks()} these are: the sizes are read back from the block sizes.
   *
   * @throws IllegalArgumentException if the blocks are not those of any dressed circuit
   */
  public static DressedShape of(List<ParameterBlock> blocks) {
    List<String> names = List.of("input.weights", "input.bias", "circuit", "output.weights",
        "output.bias");
    if (blocks.size() != names.size()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "blocks: a dressed circuit has the blocks %s, got %s", names, blocks));
    }
    for (int i = 0; i < names.size(); i++) {
      if (!blocks.get(i).name().equals(names.get(i))) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "blocks: block %d is '%s', expected '%s' (a dressed circuit has %s)", i,
            blocks.get(i).name(), names.get(i), names));
      }
    }
    int qubits = blocks.get(1).size();
    int classes = blocks.get(4).size();
    int inputs = blocks.get(0).size() / qubits;
    int depth = blocks.get(2).size() / qubits;
    DressedShape shape = new DressedShape(inputs, qubits, depth, classes);
    if (!shape.blocks().equals(blocks)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "blocks: %s are not the blocks of one dressed circuit (with %d qubits and %d classes "
              + "they would be %s)", blocks, qubits, classes, shape.blocks()));
    }
    return shape;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d -> %d qubits x %d layers -> %d classes", inputs,
        qubits, depth, classes);
  }

  private static void require(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: expected %s, got %d", name,
          max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max, value));
    }
  }
}
