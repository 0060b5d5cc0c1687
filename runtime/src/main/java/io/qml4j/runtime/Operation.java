package io.qml4j.runtime;

import io.qml4j.dsl.Gate;
import io.qml4j.dsl.GateMatrices;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One gate applied to wires with bound angles: an element of a {@link Circuit}. Immutable; arrays
 * are copied in and out. {@link Gate#PAULI_ROT} carries its Pauli word and {@link Gate#UNITARY} its
 * matrix. Construct through {@link CircuitBuilder}, which validates everything; this class checks
 * what it can see alone (arity, angle count, distinct non-negative wires, finite angles, matrix
 * size), so that no operation it holds can corrupt a state.
 */
public final class Operation {
  private final Gate gate;
  private final int[] wires;
  private final double[] angles;
  private final String word;
  private final double[] matrix;

  private Operation(Gate gate, int[] wires, double[] angles, String word, double[] matrix) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.wires = wires.clone();
    this.angles = angles.clone();
    this.word = word;
    this.matrix = matrix == null ? null : matrix.clone();
  }

  /** A gate of fixed arity, or {@link Gate#MULTI_RZ}, with its angles. */
  public static Operation of(Gate gate, int[] wires, double... angles) {
    if (gate == Gate.PAULI_ROT || gate == Gate.UNITARY) {
      throw new IllegalArgumentException("gate: use pauliRot or unitary for " + gate);
    }
    if (gate.wires() != Gate.ANY_WIRES && wires.length != gate.wires()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "wires: gate %s acts on %d wire(s), got %d", gate, gate.wires(), wires.length));
    }
    if (wires.length == 0) {
      throw new IllegalArgumentException("wires: gate " + gate + " needs at least one wire");
    }
    if (angles.length != gate.params()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "angles: gate %s takes %d angle(s), got %d", gate, gate.params(), angles.length));
    }
    checkWires(gate, wires);
    checkAngles(gate, angles);
    return new Operation(gate, wires, angles, null, null);
  }

  /** {@code exp(-i angle P / 2)} for a Pauli word with one letter per wire. */
  public static Operation pauliRot(double angle, String word, int[] wires) {
    Objects.requireNonNull(word, "word");
    if (word.length() != wires.length || wires.length == 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "word: expected one Pauli letter per wire (%d), got \"%s\"", wires.length, word));
    }
    GateMatrices.pauliWord(word); // validates the letters
    checkWires(Gate.PAULI_ROT, wires);
    checkAngles(Gate.PAULI_ROT, new double[] {angle});
    return new Operation(Gate.PAULI_ROT, wires, new double[] {angle},
        word.toUpperCase(Locale.ROOT), null);
  }

  /** A unitary matrix (interleaved, row-major) on the given wires; unitarity is not checked here. */
  public static Operation unitary(double[] matrix, int[] wires) {
    if (wires.length == 0) {
      throw new IllegalArgumentException("wires: a unitary needs at least one wire, got none");
    }
    int d = 1 << wires.length;
    if (matrix.length != 2 * d * d) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "matrix: expected %d numbers (a %dx%d complex matrix for %d wire(s)), got %d",
          2 * d * d, d, d, wires.length, matrix.length));
    }
    checkWires(Gate.UNITARY, wires);
    return new Operation(Gate.UNITARY, wires, new double[0], null, matrix);
  }

  /** Wires must be non-negative and distinct; the upper bound is the circuit's to check. */
  private static void checkWires(Gate gate, int[] wires) {
    for (int k = 0; k < wires.length; k++) {
      if (wires[k] < 0) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "wires: %s wire %d is negative, expected 0 or more", gate.displayName(), wires[k]));
      }
      for (int j = 0; j < k; j++) {
        if (wires[j] == wires[k]) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "wires: %s repeats wire %d; a multi-wire gate needs distinct wires",
              gate.displayName(), wires[k]));
        }
      }
    }
  }

  /** Angles must be finite: a NaN would silently fill the whole state with NaN. */
  private static void checkAngles(Gate gate, double[] angles) {
    for (int k = 0; k < angles.length; k++) {
      if (!Double.isFinite(angles[k])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "angles: %s angle %d is %s, expected a finite number", gate.displayName(), k,
            angles[k]));
      }
    }
  }

  /** The gate. */
  public Gate gate() {
    return gate;
  }

  /** The wires, in the gate's order (controls first). */
  public int[] wires() {
    return wires.clone();
  }

  /** Wire at position k, without copying. */
  public int wire(int k) {
    return wires[k];
  }

  /** Number of wires. */
  public int arity() {
    return wires.length;
  }

  /** The bound angles. */
  public double[] angles() {
    return angles.clone();
  }

  /** Angle k, without copying. */
  public double angle(int k) {
    return angles[k];
  }

  /** The Pauli word of a {@link Gate#PAULI_ROT}, else null. */
  public String word() {
    return word;
  }

  /** This operation's full matrix on its own wires (first wire most significant). */
  public double[] matrix() {
    switch (gate) {
      case UNITARY: return matrix.clone();
      case PAULI_ROT: return GateMatrices.pauliRot(word, angles[0]);
      case MULTI_RZ: return GateMatrices.multiRZ(wires.length, angles[0]);
      default: return gate.matrix(angles);
    }
  }

  /** The same gate on the same wires with other angles. */
  public Operation withAngles(double... newAngles) {
    if (newAngles.length != angles.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "newAngles: expected %d, got %d", angles.length, newAngles.length));
    }
    checkAngles(gate, newAngles);
    return new Operation(gate, wires, newAngles, word, matrix);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Operation)) {
      return false;
    }
    Operation other = (Operation) o;
    return gate == other.gate && Arrays.equals(wires, other.wires)
        && Arrays.equals(angles, other.angles) && Objects.equals(word, other.word)
        && Arrays.equals(matrix, other.matrix);
  }

  @Override
  public int hashCode() {
    return Objects.hash(gate, Arrays.hashCode(wires), Arrays.hashCode(angles), word,
        Arrays.hashCode(matrix));
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(gate.displayName());
    if (word != null) {
      b.append('[').append(word).append(']');
    }
    b.append(Arrays.toString(wires));
    if (angles.length > 0) {
      b.append(Arrays.toString(angles));
    }
    return b.toString();
  }
}
