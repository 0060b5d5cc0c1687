package io.qml4j.runtime.transpile;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import java.util.SplittableRandom;

/** Seeded random circuits over the whole gate table (all but multi-wire user unitaries). */
final class RandomCircuits {
  private static final Gate[] GATES = {Gate.H, Gate.X, Gate.Y, Gate.Z, Gate.S, Gate.SDG, Gate.T,
      Gate.TDG, Gate.SX, Gate.RX, Gate.RY, Gate.RZ, Gate.PHASE_SHIFT, Gate.U3, Gate.ROT,
      Gate.CNOT, Gate.CY, Gate.CZ, Gate.SWAP, Gate.ISWAP, Gate.CRX, Gate.CRY, Gate.CRZ, Gate.CROT,
      Gate.CONTROLLED_PHASE, Gate.ISING_XX, Gate.ISING_YY, Gate.ISING_ZZ,
      Gate.SINGLE_EXCITATION, Gate.DOUBLE_EXCITATION, Gate.TOFFOLI, Gate.CSWAP, Gate.MULTI_RZ,
      Gate.PAULI_ROT, Gate.UNITARY, Gate.CNOT, Gate.CNOT, Gate.CZ};

  private RandomCircuits() {}

  static Circuit of(int qubits, int gates, SplittableRandom random) {
    CircuitBuilder b = new CircuitBuilder(qubits);
    while (b.size() < gates) {
      Gate g = GATES[random.nextInt(GATES.length)];
      int arity = g == Gate.MULTI_RZ || g == Gate.PAULI_ROT ? 1 + random.nextInt(
          Math.min(4, qubits)) : g == Gate.UNITARY ? 1 : g.wires();
      if (arity > qubits) {
        continue;
      }
      int[] wires = distinct(arity, qubits, random);
      if (g == Gate.PAULI_ROT) {
        StringBuilder word = new StringBuilder();
        for (int k = 0; k < arity; k++) {
          word.append("IXYZ".charAt(random.nextInt(4)));
        }
        b.pauliRot(angle(random), word.toString(), wires);
      } else if (g == Gate.UNITARY) {
        double[] u = Gate.U3.matrix(angle(random), angle(random), angle(random));
        double phase = angle(random), c = Math.cos(phase), s = Math.sin(phase);
        for (int k = 0; k < u.length; k += 2) {
          double re = u[k], im = u[k + 1];
          u[k] = c * re - s * im;
          u[k + 1] = c * im + s * re;
        }
        b.unitary(u, wires);
      } else {
        double[] angles = new double[g.params()];
        for (int k = 0; k < angles.length; k++) {
          angles[k] = angle(random);
        }
        b.gate(g, wires, angles);
      }
    }
    return b.build();
  }

  private static double angle(SplittableRandom random) {
    return random.nextDouble(-2 * Math.PI, 2 * Math.PI);
  }

  static int[] distinct(int count, int qubits, SplittableRandom random) {
    int[] all = new int[qubits];
    for (int q = 0; q < qubits; q++) {
      all[q] = q;
    }
    for (int q = qubits - 1; q > 0; q--) {
      int j = random.nextInt(q + 1);
      int t = all[q];
      all[q] = all[j];
      all[j] = t;
    }
    int[] out = new int[count];
    System.arraycopy(all, 0, out, 0, count);
    return out;
  }
}
