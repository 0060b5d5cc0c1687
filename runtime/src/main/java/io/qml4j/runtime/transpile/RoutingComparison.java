package io.qml4j.runtime.transpile;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.qaoa.RandomRegularGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SWAPs added by SABRE and by the naive router on a dozen standard circuits, on a line and a ring
 * of the circuit's width and on the 27-qubit heavy hex, as a Markdown table (docs/figures.md).
 * Run with {@code java -cp runtime/target/classes:... io.qml4j.runtime.transpile.RoutingComparison}.
 */
public final class RoutingComparison {
  private RoutingComparison() {}

  /** The dozen circuits, by name. */
  public static Map<String, Circuit> circuits() {
    Map<String, Circuit> c = new LinkedHashMap<>();
    c.put("QFT-6", StandardCircuits.qft(6));
    c.put("QFT-8", StandardCircuits.qft(8));
    c.put("QFT-10", StandardCircuits.qft(10));
    c.put("GHZ-8 (star)", StandardCircuits.ghzStar(8));
    c.put("GHZ-12 (star)", StandardCircuits.ghzStar(12));
    c.put("Cuccaro adder 3+3 (8 qubits)", StandardCircuits.cuccaroAdder(3));
    c.put("Cuccaro adder 4+4 (10 qubits)", StandardCircuits.cuccaroAdder(4));
    c.put("Cuccaro adder 5+5 (12 qubits)", StandardCircuits.cuccaroAdder(5));
    c.put("QAOA 3-regular n=8", StandardCircuits.qaoa(8,
        Arrays.asList(RandomRegularGraph.generate(8, 3, 1).edges()), 0.4, 0.3));
    c.put("QAOA 3-regular n=10", StandardCircuits.qaoa(10,
        Arrays.asList(RandomRegularGraph.generate(10, 3, 2).edges()), 0.4, 0.3));
    c.put("QAOA 3-regular n=12", StandardCircuits.qaoa(12,
        Arrays.asList(RandomRegularGraph.generate(12, 3, 3).edges()), 0.4, 0.3));
    c.put("QAOA G(10, 0.5)", StandardCircuits.qaoa(10,
        StandardCircuits.randomGraph(10, 0.5, 4), 0.4, 0.3));
    return c;
  }

  /** The table rows: circuit, 2-qubit gates, then SABRE / naive SWAPs per map. */
  public static List<String> table() {
    List<String> rows = new ArrayList<>();
    rows.add("| circuit | CX before routing | line: SABRE / naive | ring: SABRE / naive "
        + "| heavy-hex-27: SABRE / naive |");
    rows.add("|---|---|---|---|---|");
    for (Map.Entry<String, Circuit> e : circuits().entrySet()) {
      Circuit c = e.getValue();
      int n = c.qubits();
      StringBuilder row = new StringBuilder("| " + e.getKey() + " | "
          + Decomposer.toCnotBasis(c).stream().filter(op -> op.arity() == 2).count());
      for (CouplingMap map : List.of(CouplingMap.line(n), CouplingMap.ring(n),
          CouplingMap.heavyHex27())) {
        Transpiler t = Transpiler.to(map, NativeGateSet.IBM_CX);
        row.append(String.format(Locale.ROOT, " | %d / %d", t.transpile(c).swapsAdded(),
            t.withRouter(Router.NAIVE).transpile(c).swapsAdded()));
      }
      rows.add(row.append(" |").toString());
    }
    return rows;
  }

  /**
   * Prints the table.
   *
   * @param args none
   */
  public static void main(String[] args) {
    table().forEach(System.out::println);
  }
}
