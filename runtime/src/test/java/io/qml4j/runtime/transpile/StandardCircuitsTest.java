package io.qml4j.runtime.transpile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardCircuitsTest {
  @Test
  void cuccaroAdderAddsEveryPairOfThreeBitNumbers() {
    int bits = 3;
    for (int a = 0; a < 8; a++) {
      for (int b = 0; b < 8; b++) {
        CircuitBuilder in = new CircuitBuilder(2 * bits + 2);
        for (int i = 0; i < bits; i++) {
          if (((a >> i) & 1) != 0) {
            in.x(StandardCircuits.a(i));
          }
          if (((b >> i) & 1) != 0) {
            in.x(StandardCircuits.b(i));
          }
        }
        StateVector s = Simulator.run(in.append(StandardCircuits.cuccaroAdder(bits)).build());
        int n = 2 * bits + 2;
        int index = 0;
        while (s.probability(index) < 0.5) {
          index++;
        }
        int sum = 0;
        for (int i = 0; i < bits; i++) {
          sum |= ((index >> (n - 1 - StandardCircuits.b(i))) & 1) << i;
        }
        sum |= (index & 1) << bits; // carry out on the last wire
        assertEquals(a + b, sum, a + " + " + b);
      }
    }
  }

  @Test
  void sabreAddsNoMoreSwapsThanTheNaiveRouterInTotal() {
    int sabre = 0, naive = 0;
    for (Circuit c : RoutingComparison.circuits().values()) {
      Transpiler t = Transpiler.to(CouplingMap.heavyHex27(), NativeGateSet.IBM_CX);
      sabre += t.transpile(c).swapsAdded();
      naive += t.withRouter(Router.NAIVE).transpile(c).swapsAdded();
    }
    assertTrue(sabre < naive, sabre + " vs " + naive);
  }
}
