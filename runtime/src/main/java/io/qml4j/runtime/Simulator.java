package io.qml4j.runtime;

import io.qml4j.runtime.kernel.Kernels;
import io.qml4j.runtime.kernel.Plan;
import java.util.Locale;

/**
 * Exact state-vector simulation of a {@link Circuit} on the calling thread. A circuit is compiled
 * to a {@link Plan}: each operation gets the kernel specialised for its structure (phase,
 * diagonal, permutation, real, general, Pauli rotation, dense), consecutive single-qubit gates on
 * a wire are fused into one 2x2 matrix, and runs of gates that stay within cache-sized tiles are
 * applied tile by tile. {@link ParallelSimulator} is the multi-threaded variant. Stateless and
 * thread-safe.
 */
public final class Simulator {
  private Simulator() {}

  /**
   * Runs a circuit from |0...0> and returns the final state. From {@link ProductStart#MIN_QUBITS}
   * qubits the gates each wire takes before its first multi-qubit gate are applied as a product
   * state in one pass ({@link ProductStart}).
   */
  public static StateVector run(Circuit circuit) {
    StateVector state = StateVector.zero(circuit.qubits());
    ProductStart start = ProductStart.of(circuit);
    if (start == null) {
      apply(state, circuit);
    } else {
      start.fill(state.amplitudes());
      apply(state, start.rest());
    }
    return state;
  }

  /** Applies every operation of a circuit to a state in place. */
  public static void apply(StateVector state, Circuit circuit) {
    checkQubits(state, circuit);
    compile(circuit).run(state.amplitudes());
  }

  /**
   * Compiles a circuit once, for running it on many states: {@code plan.run(state.amplitudes())}
   * equals {@link #apply(StateVector, Circuit)}.
   */
  public static Plan compile(Circuit circuit) {
    return PlanCompiler.compile(circuit, true, Math.min(circuit.qubits(), Plan.TILE_QUBITS));
  }

  /**
   * Compiles with tiles of {@code 2^tileQubits} amplitudes for cache blocking, a tuning knob for
   * benchmarks; {@link #compile(Circuit)} picks {@link Plan#TILE_QUBITS}.
   */
  public static Plan compile(Circuit circuit, int tileQubits) {
    if (tileQubits < 1) {
      throw new IllegalArgumentException("tileQubits: expected at least 1, got " + tileQubits);
    }
    return PlanCompiler.compile(circuit, true, Math.min(circuit.qubits(), tileQubits));
  }

  /** The plan without single-qubit fusion, one step per operation; for tests and benchmarks. */
  static Plan compileUnfused(Circuit circuit) {
    return PlanCompiler.compile(circuit, false, Math.min(circuit.qubits(), Plan.TILE_QUBITS));
  }

  /**
   * Applies one operation to an n-qubit amplitude array in place, with its specialised kernel.
   * The common gates of variational circuits go straight to {@link Kernels} without allocating,
   * so a gate-by-gate sweep (as in adjoint differentiation) stays cheap.
   */
  public static void apply(double[] s, int n, Operation op) {
    checkArray(s, n, op);
    if (applyDirect(s, n, op)) {
      return;
    }
    Plan.Builder b = Plan.builder(n);
    PlanCompiler.emit(b, n, op);
    b.build().run(s);
  }

  private static boolean applyDirect(double[] s, int n, Operation op) {
    switch (op.gate()) {
      case H: {
        double r = Math.sqrt(0.5);
        Kernels.real1(s, stride(n, op, 0), r, r, r, -r);
        return true;
      }
      case X:
        Kernels.x(s, stride(n, op, 0));
        return true;
      case RX: {
        double c = Math.cos(op.angle(0) / 2), sn = Math.sin(op.angle(0) / 2);
        Kernels.general1(s, stride(n, op, 0), c, 0, 0, -sn, 0, -sn, c, 0);
        return true;
      }
      case RY: {
        double c = Math.cos(op.angle(0) / 2), sn = Math.sin(op.angle(0) / 2);
        Kernels.real1(s, stride(n, op, 0), c, -sn, sn, c);
        return true;
      }
      case RZ: {
        double c = Math.cos(op.angle(0) / 2), sn = Math.sin(op.angle(0) / 2);
        Kernels.diagonal1(s, stride(n, op, 0), c, -sn, c, sn);
        return true;
      }
      case PHASE_SHIFT:
        Kernels.phase(s, 0, stride(n, op, 0), Math.cos(op.angle(0)), Math.sin(op.angle(0)));
        return true;
      case CNOT:
        Kernels.controlledX(s, stride(n, op, 0), stride(n, op, 1));
        return true;
      case CZ:
        Kernels.phase(s, stride(n, op, 0), stride(n, op, 1), -1, 0);
        return true;
      case ISING_ZZ: {
        int mask = stride(n, op, 0) | stride(n, op, 1);
        Kernels.parityPhase(s, mask, Math.cos(op.angle(0) / 2), Math.sin(op.angle(0) / 2));
        return true;
      }
      default:
        return false;
    }
  }

  /**
   * The naive generic path: every operation as a dense matrix through {@link Kernels#dense}. Kept
   * as the baseline the specialised kernels are benchmarked and tested against.
   */
  public static void applyDense(double[] s, int n, Operation op) {
    checkArray(s, n, op);
    int[] strides = new int[op.arity()];
    for (int k = 0; k < strides.length; k++) {
      strides[k] = stride(n, op, k);
    }
    Kernels.dense(s, strides, op.matrix(), new double[2 << strides.length]);
  }

  /** Amplitude stride of an operation's k-th wire in an n-qubit state (wire 0 most significant). */
  static int stride(int n, Operation op, int k) {
    return 1 << (n - 1 - op.wire(k));
  }

  static void checkQubits(StateVector state, Circuit circuit) {
    if (circuit.qubits() != state.qubits()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "circuit: has %d qubits, the state %d", circuit.qubits(), state.qubits()));
    }
  }

  private static void checkArray(double[] s, int n, Operation op) {
    if (n < 1 || n > StateVector.MAX_QUBITS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "n: expected 1..%d, got %d", StateVector.MAX_QUBITS, n));
    }
    if (s.length != 2 << n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "s: expected %d numbers for %d qubits, got %d", 2 << n, n, s.length));
    }
    for (int k = 0; k < op.arity(); k++) {
      if (op.wire(k) >= n) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "op: %s uses wire %d, out of range for %d qubit(s) (wires 0..%d)",
            op, op.wire(k), n, n - 1));
      }
    }
  }
}
