package io.qml4j.runtime.transpile;

import io.qml4j.dsl.Gate;
import io.qml4j.dsl.GateMatrices;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.draw.ResourceCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Compiles a circuit for a device: its coupling map and native gates. The passes, in order:
 *
 * <ol>
 *   <li>translation to single-qubit unitaries and CNOTs ({@code Decomposer});
 *   <li>initial layout and routing with SWAP insertion ({@link Router#SABRE} by default);
 *   <li>SWAPs and CNOTs into the native two-qubit gate with single-qubit corrections;
 *   <li>merging every run of single-qubit gates on a wire into one unitary, written in the
 *       native single-qubit gates ({@link NativeGateSet}).
 * </ol>
 *
 * <p>The result equals the original up to the layouts and a global phase (see
 * {@link TranspileResult}). Immutable and thread-safe; the same seed gives the same circuit.
 */
public final class Transpiler {
  private final CouplingMap map;
  private final NativeGateSet gates;
  private final Router router;
  private final long seed;

  private Transpiler(CouplingMap map, NativeGateSet gates, Router router, long seed) {
    this.map = Objects.requireNonNull(map, "map");
    this.gates = Objects.requireNonNull(gates, "gates");
    this.router = Objects.requireNonNull(router, "router");
    this.seed = seed;
  }

  /**
   * A SABRE transpiler for a device, seeded with 0.
   *
   * @param map the coupling map
   * @param gates the native gate set
   * @return the transpiler
   */
  public static Transpiler to(CouplingMap map, NativeGateSet gates) {
    return new Transpiler(map, gates, Router.SABRE, 0);
  }

  /**
   * The same transpiler with another router.
   *
   * @param newRouter the router
   * @return a new transpiler
   */
  public Transpiler withRouter(Router newRouter) {
    return new Transpiler(map, gates, newRouter, seed);
  }

  /**
   * The same transpiler with another seed (SABRE breaks ties and picks trial layouts with it).
   *
   * @param newSeed the seed
   * @return a new transpiler
   */
  public Transpiler withSeed(long newSeed) {
    return new Transpiler(map, gates, router, newSeed);
  }

  /** The coupling map. */
  public CouplingMap map() {
    return map;
  }

  /** The native gate set. */
  public NativeGateSet gates() {
    return gates;
  }

  /**
   * Transpiles a circuit.
   *
   * @param circuit the circuit, on at most as many qubits as the device has
   * @return the routed native circuit, its layouts and counts
   * @throws IllegalArgumentException if the circuit is wider than the device
   * @throws UntranslatableGateException if a gate cannot be written in native gates
   */
  public TranspileResult transpile(Circuit circuit) {
    Objects.requireNonNull(circuit, "circuit");
    int n = circuit.qubits();
    if (n > map.qubits()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "circuit: %d qubits do not fit the %d qubits of %s", n, map.qubits(), map.name()));
    }
    List<Operation> basis = Decomposer.toCnotBasis(circuit);
    Routed routed = router == Router.SABRE ? SabreRouter.route(basis, n, map, seed)
        : NaiveRouter.route(basis, n, map, identity(n));
    List<Operation> twoQubitNative = new ArrayList<>();
    for (Operation op : routed.operations()) {
      if (op.gate() == Gate.SWAP) {
        gates.cnot(op.wire(0), op.wire(1), twoQubitNative);
        gates.cnot(op.wire(1), op.wire(0), twoQubitNative);
        gates.cnot(op.wire(0), op.wire(1), twoQubitNative);
      } else if (op.gate() == Gate.CNOT) {
        gates.cnot(op.wire(0), op.wire(1), twoQubitNative);
      } else {
        twoQubitNative.add(op);
      }
    }
    Circuit out = new Circuit(map.qubits(), mergeSingleQubitRuns(twoQubitNative, map.qubits()));
    return new TranspileResult(out, routed.initialLayout(), routed.finalLayout(), routed.swaps(),
        ResourceCounts.of(circuit), ResourceCounts.of(out));
  }

  /** Multiplies up each wire's single-qubit gates until a two-qubit gate, then writes them. */
  private List<Operation> mergeSingleQubitRuns(List<Operation> ops, int qubits) {
    double[][] pending = new double[qubits][];
    List<Operation> out = new ArrayList<>();
    for (Operation op : ops) {
      if (op.arity() == 1) {
        int w = op.wire(0);
        pending[w] = pending[w] == null ? op.matrix() : GateMatrices.multiply(op.matrix(), pending[w]);
        continue;
      }
      for (int k = 0; k < op.arity(); k++) {
        flush(pending, op.wire(k), out);
      }
      out.add(op);
    }
    for (int w = 0; w < qubits; w++) {
      flush(pending, w, out);
    }
    return out;
  }

  private void flush(double[][] pending, int wire, List<Operation> out) {
    if (pending[wire] != null) {
      gates.single(pending[wire], wire, out);
      pending[wire] = null;
    }
  }

  private static int[] identity(int n) {
    int[] layout = new int[n];
    for (int i = 0; i < n; i++) {
      layout[i] = i;
    }
    return layout;
  }

  @Override
  public String toString() {
    return "Transpiler(" + map + ", " + gates + ", " + router + ", seed " + seed + ")";
  }
}
