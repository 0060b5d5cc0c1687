package io.qml4j.runtime.noise;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random circuits over every gate of the table, with random channels between gates. */
final class NoisyCircuits {
  private NoisyCircuits() {}

  /** A random gate of every kind that fits, in random order, then extra random gates. */
  static List<Operation> gates(SplittableRandom rnd, int n, int extra) {
    List<Operation> ops = new ArrayList<>();
    List<Gate> fitting = new ArrayList<>();
    for (Gate g : Gate.values()) {
      if (g.wires() == Gate.ANY_WIRES || g.wires() <= n) {
        fitting.add(g);
      }
    }
    for (Gate g : fitting) {
      ops.add(op(rnd, n, g));
    }
    for (int k = 0; k < extra; k++) {
      ops.add(op(rnd, n, fitting.get(rnd.nextInt(fitting.size()))));
    }
    for (int k = ops.size() - 1; k > 0; k--) {
      int j = rnd.nextInt(k + 1);
      Operation t = ops.get(k);
      ops.set(k, ops.get(j));
      ops.set(j, t);
    }
    return ops;
  }

  static Operation op(SplittableRandom rnd, int n, Gate gate) {
    switch (gate) {
      case PAULI_ROT: {
        int[] wires = wires(rnd, n, 1 + rnd.nextInt(n));
        StringBuilder word = new StringBuilder();
        for (int k = 0; k < wires.length; k++) {
          word.append("IXYZ".charAt(rnd.nextInt(4)));
        }
        return Operation.pauliRot(angle(rnd), word.toString(), wires);
      }
      case UNITARY: {
        int[] wires = wires(rnd, n, 1 + rnd.nextInt(Math.min(n, 2)));
        double[] u = Gate.U3.matrix(angle(rnd), angle(rnd), angle(rnd));
        if (wires.length == 2) {
          u = Channels.kron(u, Gate.U3.matrix(angle(rnd), angle(rnd), angle(rnd)));
        }
        return Operation.unitary(u, wires);
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

  /** A random channel of every kind in turn, by index. */
  static Channel channel(SplittableRandom rnd, int index) {
    double p = rnd.nextDouble(0.02, 0.3);
    switch (index % 7) {
      case 0: return Channels.bitFlip(p);
      case 1: return Channels.phaseFlip(p);
      case 2: return Channels.depolarizing(p);
      case 3: return Channels.amplitudeDamping(p);
      case 4: return Channels.phaseDamping(p);
      case 5: return Channels.thermalRelaxation(50, 70, 50 * p);
      default: return Channels.depolarizing2(p);
    }
  }

  /** Random gates with a random channel after each. */
  static NoisyCircuit noisy(SplittableRandom rnd, int n, int extra) {
    NoisyCircuitBuilder b = new NoisyCircuitBuilder(n, 0);
    int k = 0;
    for (Operation op : gates(rnd, n, extra)) {
      b.append(new io.qml4j.runtime.Circuit(n, List.of(op)));
      Channel c = channel(rnd, k++);
      b.channel(c, wires(rnd, n, c.arity()));
    }
    return b.build();
  }

  static int[] wires(SplittableRandom rnd, int n, int count) {
    List<Integer> all = new ArrayList<>();
    for (int w = 0; w < n; w++) {
      all.add(w);
    }
    int[] out = new int[count];
    for (int k = 0; k < count; k++) {
      out[k] = all.remove(rnd.nextInt(all.size()));
    }
    return out;
  }

  static double angle(SplittableRandom rnd) {
    return rnd.nextDouble(-2 * Math.PI, 2 * Math.PI);
  }
}
