package io.qml4j.runtime;

import io.qml4j.dsl.Gate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random gates, unitaries, states and circuits over every gate of the table. */
final class RandomCircuits {
  private static final String LETTERS = "IXYZ";

  private RandomCircuits() {}

  /** Whether a gate can be placed on n qubits. */
  static boolean fits(Gate gate, int n) {
    return gate.wires() == Gate.ANY_WIRES || gate.wires() <= n;
  }

  /** A random operation of the given gate on distinct random wires of an n-qubit register. */
  static Operation op(SplittableRandom rnd, int n, Gate gate) {
    return op(rnd, n, gate, n);
  }

  /**
   * {@link #op(SplittableRandom, int, Gate)} with a Pauli rotation on at most
   * {@code maxPauliWires} wires: its matrix is dense, 2^wires square.
   */
  static Operation op(SplittableRandom rnd, int n, Gate gate, int maxPauliWires) {
    switch (gate) {
      case PAULI_ROT: {
        int[] wires = wires(rnd, n, 1 + rnd.nextInt(Math.min(n, maxPauliWires)));
        StringBuilder word = new StringBuilder();
        for (int k = 0; k < wires.length; k++) {
          word.append(LETTERS.charAt(rnd.nextInt(4)));
        }
        return Operation.pauliRot(angle(rnd), word.toString(), wires);
      }
      case UNITARY: {
        int[] wires = wires(rnd, n, 1 + rnd.nextInt(Math.min(n, 2)));
        return Operation.unitary(unitary(rnd, 1 << wires.length), wires);
      }
      case MULTI_RZ:
        return Operation.of(gate, wires(rnd, n, 1 + rnd.nextInt(n)), angle(rnd));
      default: {
        double[] angles = new double[gate.params()];
        for (int k = 0; k < angles.length; k++) {
          angles[k] = angle(rnd);
        }
        return Operation.of(gate, wires(rnd, n, gate.wires()), angles);
      }
    }
  }

  /**
   * A circuit on n qubits holding every gate that fits at least once, in random order, plus
   * {@code extra} random gates.
   */
  static Circuit circuit(SplittableRandom rnd, int n, int extra) {
    List<Gate> gates = new ArrayList<>();
    for (Gate g : Gate.values()) {
      if (fits(g, n)) {
        gates.add(g);
      }
    }
    List<Operation> ops = new ArrayList<>();
    for (Gate g : gates) {
      ops.add(op(rnd, n, g));
    }
    for (int k = 0; k < extra; k++) {
      ops.add(op(rnd, n, gates.get(rnd.nextInt(gates.size()))));
    }
    for (int k = ops.size() - 1; k > 0; k--) {
      int j = rnd.nextInt(k + 1);
      Operation t = ops.get(k);
      ops.set(k, ops.get(j));
      ops.set(j, t);
    }
    return new Circuit(n, ops);
  }

  static double angle(SplittableRandom rnd) {
    return rnd.nextDouble(-2 * Math.PI, 2 * Math.PI);
  }

  static int[] wires(SplittableRandom rnd, int n, int count) {
    int[] all = new int[n];
    for (int k = 0; k < n; k++) {
      all[k] = k;
    }
    for (int k = 0; k < count; k++) {
      int j = k + rnd.nextInt(n - k);
      int t = all[k];
      all[k] = all[j];
      all[j] = t;
    }
    int[] out = new int[count];
    System.arraycopy(all, 0, out, 0, count);
    return out;
  }

  /** A random normalised state. */
  static double[] state(SplittableRandom rnd, int n) {
    double[] s = new double[2 << n];
    double norm = 0;
    for (int k = 0; k < s.length; k++) {
      s[k] = rnd.nextDouble(-1, 1);
      norm += s[k] * s[k];
    }
    for (int k = 0; k < s.length; k++) {
      s[k] /= Math.sqrt(norm);
    }
    return s;
  }

  /** A random d x d unitary: Gram-Schmidt on the rows of a random complex matrix. */
  static double[] unitary(SplittableRandom rnd, int d) {
    double[] m = new double[2 * d * d];
    for (int k = 0; k < m.length; k++) {
      m[k] = rnd.nextDouble(-1, 1);
    }
    for (int r = 0; r < d; r++) {
      for (int q = 0; q < r; q++) {
        // subtract <q|r> |q>, with <q|r> = sum conj(q_c) r_c
        double re = 0, im = 0;
        for (int c = 0; c < d; c++) {
          double qr = m[2 * (q * d + c)], qi = m[2 * (q * d + c) + 1];
          double xr = m[2 * (r * d + c)], xi = m[2 * (r * d + c) + 1];
          re += qr * xr + qi * xi;
          im += qr * xi - qi * xr;
        }
        for (int c = 0; c < d; c++) {
          double qr = m[2 * (q * d + c)], qi = m[2 * (q * d + c) + 1];
          m[2 * (r * d + c)] -= re * qr - im * qi;
          m[2 * (r * d + c) + 1] -= re * qi + im * qr;
        }
      }
      double norm = 0;
      for (int c = 0; c < 2 * d; c++) {
        norm += m[2 * r * d + c] * m[2 * r * d + c];
      }
      for (int c = 0; c < 2 * d; c++) {
        m[2 * r * d + c] /= Math.sqrt(norm);
      }
    }
    return m;
  }
}
