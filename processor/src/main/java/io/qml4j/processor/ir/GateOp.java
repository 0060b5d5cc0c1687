package io.qml4j.processor.ir;

import io.qml4j.dsl.Gate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One gate of the circuit IR: a gate of the table, its wires (controls first), its angles as
 * expressions of {@code theta} and {@code x}, the Pauli word of a {@link Gate#PAULI_ROT}, and the
 * source site it was evaluated from. Immutable; equality ignores the site.
 */
public final class GateOp {
  private final Gate gate;
  private final int[] wires;
  private final List<Expr> angles;
  private final String word;
  private final Site site;

  /** A gate; {@code word} is null except for {@link Gate#PAULI_ROT}. */
  public GateOp(Gate gate, int[] wires, List<Expr> angles, String word, Site site) {
    this.gate = Objects.requireNonNull(gate, "gate");
    this.wires = wires.clone();
    this.angles = List.copyOf(angles);
    this.word = word;
    this.site = site;
  }

  /** The gate. */
  public Gate gate() {
    return gate;
  }

  /** A copy of the wires. */
  public int[] wires() {
    return wires.clone();
  }

  /** Wire k. */
  public int wire(int k) {
    return wires[k];
  }

  /** Number of wires. */
  public int arity() {
    return wires.length;
  }

  /** Whether the gate acts on wire w. */
  public boolean touches(int w) {
    for (int v : wires) {
      if (v == w) {
        return true;
      }
    }
    return false;
  }

  /** The angle expressions. */
  public List<Expr> angles() {
    return angles;
  }

  /** Angle k. */
  public Expr angle(int k) {
    return angles.get(k);
  }

  /** The Pauli word of a {@link Gate#PAULI_ROT}, else null. */
  public String word() {
    return word;
  }

  /** Where the gate came from. */
  public Site site() {
    return site;
  }

  /** The same gate at the same site with other angles. */
  public GateOp withAngles(List<Expr> newAngles) {
    return new GateOp(gate, wires, newAngles, word, site);
  }

  /** Whether both act on the same wires in the same order. */
  public boolean sameWires(GateOp other) {
    return Arrays.equals(wires, other.wires);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof GateOp)) {
      return false;
    }
    GateOp g = (GateOp) o;
    return gate == g.gate && Arrays.equals(wires, g.wires) && angles.equals(g.angles)
        && Objects.equals(word, g.word);
  }

  @Override
  public int hashCode() {
    return Objects.hash(gate, Arrays.hashCode(wires), angles, word);
  }

  @Override
  public String toString() {
    String w = Arrays.toString(wires);
    return gate.displayName() + (word == null ? "" : "[" + word + "]")
        + (angles.isEmpty() ? "" : "(" + angles.stream().map(Expr::toString)
            .collect(java.util.stream.Collectors.joining(", ")) + ")")
        + " on " + w.substring(1, w.length() - 1);
  }
}
