package io.qml4j.runtime.noise;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.kernel.Plan;
import io.qml4j.runtime.observable.PauliSum;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact simulation of a {@link NoisyCircuit} on density matrices ({@link DensityMatrix}: the
 * {@code 2n}-qubit vectorisation, run by the state-vector plans through {@link Doubling}).
 *
 * <p>Mid-circuit measurements branch the state exactly: the simulator keeps one unnormalised
 * density matrix per value of the classical register ({@code P_m rho P_m} with trace the
 * probability of that record), so classically controlled gates (and their channels, and
 * conditional measurements and resets) apply to the branches whose record enables them, and readout error moves weight between records without touching the
 * quantum state. Depolarizing channels skip the superoperator for a one-pass kernel
 * ({@code DepolarizingKernel}). Branches of equal record are merged; a branch of zero weight is
 * dropped. Runs of gates, other channels and resets between measurements are compiled into one
 * plan shared by every branch. Stateless and thread-safe.
 */
public final class DensityMatrixSimulator {
  private DensityMatrixSimulator() {}

  /**
   * Runs a circuit from {@code |0...0>} with all classical bits 0.
   *
   * @throws IllegalArgumentException if the density matrix (or the branches of a dynamic circuit)
   *     would not fit the heap; nothing is allocated in that case
   */
  public static DensityMatrixResult run(NoisyCircuit circuit) {
    int n = circuit.qubits();
    Map<Long, DensityMatrix> branches = new LinkedHashMap<>();
    branches.put(0L, DensityMatrix.zero(n));
    List<Operation> segment = new ArrayList<>();
    for (Instruction in : circuit.instructions()) {
      if (in instanceof Instruction.Gate) {
        segment.addAll(Doubling.lift(((Instruction.Gate) in).operation(), n));
      } else if (in instanceof Instruction.Noise) {
        Instruction.Noise noise = (Instruction.Noise) in;
        double lambda = noise.channel().depolarizingLambda();
        if (Double.isNaN(lambda)) {
          segment.add(Doubling.superoperator(noise.channel(), noise.wires(), n));
        } else {
          flush(branches, segment, n);
          for (DensityMatrix rho : branches.values()) {
            DepolarizingKernel.apply(rho.entries(), n, noise.wires(), lambda);
          }
        }
      } else if (in instanceof Instruction.Reset) {
        segment.add(Doubling.superoperator(Channels.reset(),
            new int[] {((Instruction.Reset) in).wire()}, n));
      } else if (in instanceof Instruction.Measure) {
        flush(branches, segment, n);
        branches = measure(branches, (Instruction.Measure) in, circuit);
      } else {
        flush(branches, segment, n);
        branches = conditional(branches, (Instruction.Conditional) in, circuit);
      }
    }
    flush(branches, segment, n);
    return new DensityMatrixResult(n, circuit.bits(), branches, circuit.readout().orElse(null));
  }

  /** Expectation {@code Tr(rho H)} of the final state of a circuit. */
  public static double expectation(NoisyCircuit circuit, PauliSum h) {
    return run(circuit).expectation(h);
  }

  private static void flush(Map<Long, DensityMatrix> branches, List<Operation> segment, int n) {
    if (segment.isEmpty()) {
      return;
    }
    Plan plan = Simulator.compile(new Circuit(2 * n, segment));
    for (DensityMatrix rho : branches.values()) {
      plan.run(rho.entries());
    }
    segment.clear();
  }

  /**
   * Applies a conditional body to the branches whose record enables it; a measurement splits
   * just those branches, whose children merge with the others of equal record.
   */
  private static Map<Long, DensityMatrix> conditional(Map<Long, DensityMatrix> branches,
      Instruction.Conditional c, NoisyCircuit circuit) {
    int n = circuit.qubits();
    Instruction body = c.body();
    if (body instanceof Instruction.Measure) {
      Map<Long, DensityMatrix> enabled = new LinkedHashMap<>();
      Map<Long, DensityMatrix> next = new LinkedHashMap<>();
      branches.forEach((record, rho) -> (c.holds(record) ? enabled : next).put(record, rho));
      if (enabled.isEmpty()) {
        return branches;
      }
      measure(enabled, (Instruction.Measure) body, circuit)
          .forEach((record, rho) -> next.merge(record, rho, DensityMatrixSimulator::add));
      return next;
    }
    List<Operation> ops = new ArrayList<>();
    double lambda = Double.NaN;
    int[] depolarized = null;
    if (body instanceof Instruction.Gate) {
      ops.addAll(Doubling.lift(((Instruction.Gate) body).operation(), n));
    } else if (body instanceof Instruction.Reset) {
      ops.add(Doubling.superoperator(Channels.reset(),
          new int[] {((Instruction.Reset) body).wire()}, n));
    } else {
      Instruction.Noise noise = (Instruction.Noise) body;
      lambda = noise.channel().depolarizingLambda();
      depolarized = noise.wires();
      if (Double.isNaN(lambda)) {
        ops.add(Doubling.superoperator(noise.channel(), noise.wires(), n));
      }
    }
    for (Map.Entry<Long, DensityMatrix> e : branches.entrySet()) {
      if (!c.holds(e.getKey())) {
        continue;
      }
      double[] rho = e.getValue().entries();
      if (!Double.isNaN(lambda)) {
        DepolarizingKernel.apply(rho, n, depolarized, lambda);
      }
      for (Operation op : ops) {
        Simulator.apply(rho, 2 * n, op);
      }
    }
    return branches;
  }

  /**
   * Splits every branch into {@code P_0 rho P_0} and {@code P_1 rho P_1} and records the outcome
   * (through the readout error, if any) in the classical bit.
   */
  private static Map<Long, DensityMatrix> measure(Map<Long, DensityMatrix> branches,
      Instruction.Measure m, NoisyCircuit circuit) {
    int n = circuit.qubits();
    ReadoutError readout = circuit.readout().orElse(null);
    Map<Long, DensityMatrix> next = new LinkedHashMap<>();
    long bitMask = 1L << m.bit();
    for (Iterator<Map.Entry<Long, DensityMatrix>> it = branches.entrySet().iterator();
        it.hasNext(); ) {
      Map.Entry<Long, DensityMatrix> e = it.next();
      DensityMatrix rho = e.getValue();
      it.remove(); // let the parent go before its children are allocated
      for (int outcome = 0; outcome < 2; outcome++) {
        DensityMatrix projected = project(rho, m.wire(), outcome, outcome == 1);
        double weight = projected.trace();
        if (weight <= 0) {
          continue;
        }
        for (int read = 0; read < 2; read++) {
          double p = readout == null ? (read == outcome ? 1 : 0)
              : readout.probability(m.wire(), outcome, read);
          if (p == 0) {
            continue;
          }
          long record = read == 1 ? e.getKey() | bitMask : e.getKey() & ~bitMask;
          DensityMatrix part = p == 1 ? projected : scaled(projected, p);
          next.merge(record, part, DensityMatrixSimulator::add);
        }
      }
    }
    if (next.isEmpty()) {
      throw new IllegalStateException("state: every measurement outcome has zero weight");
    }
    return next;
  }

  /** {@code P rho P} for the projector on the wire's value; reuses rho's array when allowed. */
  private static DensityMatrix project(DensityMatrix rho, int wire, int value, boolean inPlace) {
    int n = rho.qubits(), d = 1 << n;
    int bit = 1 << (n - 1 - wire);
    double[] src = rho.entries();
    double[] out = inPlace ? src : DensityMatrix.allocate(n);
    int want = value == 0 ? 0 : bit;
    for (int r = 0; r < d; r++) {
      for (int c = 0; c < d; c++) {
        int at = 2 * (r * d + c);
        boolean keep = (r & bit) == want && (c & bit) == want;
        out[at] = keep ? src[at] : 0;
        out[at + 1] = keep ? src[at + 1] : 0;
      }
    }
    return new DensityMatrix(n, out);
  }

  private static DensityMatrix scaled(DensityMatrix rho, double factor) {
    double[] e = rho.entries().clone();
    for (int i = 0; i < e.length; i++) {
      e[i] *= factor;
    }
    return new DensityMatrix(rho.qubits(), e);
  }

  private static DensityMatrix add(DensityMatrix a, DensityMatrix b) {
    double[] x = a.entries(), y = b.entries();
    for (int i = 0; i < x.length; i++) {
      x[i] += y[i];
    }
    return a;
  }
}
