package io.qml4j.samples;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;

/** The main job: for now, a Bell-pair circuit on the CPU simulator. */
public final class Main {
  private Main() {}

  /** Runs the main job. */
  public static void main(String[] args) {
    CircuitBuilder q = new CircuitBuilder(2);
    q.h(0);
    q.cnot(0, 1);
    Circuit bell = q.build();
    StateVector state = Simulator.run(bell);
    for (int k = 0; k < state.dimension(); k++) {
      System.out.printf("|%s> %.6f%n", Integer.toBinaryString(4 | k).substring(1),
          state.probability(k));
    }
  }
}
