package io.qml4j.processor.emit;

import io.qml4j.dsl.Gate;
import io.qml4j.processor.ir.GateOp;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Joins consecutive steps of CNOTs and diagonal gates into one phase run, as the runtime's plan
 * compiler does ({@code DiagonalRun}): a diagonal gate after CNOTs is a phase on parities of the
 * wires the run started from, so every diagonal of the run adds up to one
 * {@code PhasePolynomial}, applied in one pass, after which only the CNOTs after the last point
 * where those before multiply to the identity remain. The ZZ feature map's {@code CNOT P CNOT}
 * sandwiches and a QAOA cost layer become one table per run. The parities are worked out here,
 * when the model is compiled; the generated code computes only the angles. Runs whose table would
 * cost more than their steps by the runtime's estimate (a diagonal layer and a CNOT ladder, a
 * ring of CZ on 10 qubits) stay as scheduled.
 */
final class PhaseRuns {
  /**
   * Most qubits for phase runs: the runtime's {@code PhasePolynomial.MAX_QUBITS}, whose table of
   * 2^10 phases stays in L1.
   */
  static final int MAX_QUBITS = 10;
  /** Multi-wire diagonal gates a run takes. */
  private static final Set<Gate> DIAGONAL = EnumSet.of(Gate.CZ, Gate.CONTROLLED_PHASE, Gate.CRZ,
      Gate.ISING_ZZ, Gate.MULTI_RZ);
  /** A step's dispatch in amplitude operations, as the runtime's {@code DiagonalRun} counts it. */
  private static final int STEP_COST = 32;
  /** Those among them that put a phase on two parities at once. */
  private static final Set<Gate> PRODUCTS = EnumSet.of(Gate.CZ, Gate.CONTROLLED_PHASE, Gate.CRZ);

  private PhaseRuns() {}

  /** The steps with each run that pays joined into one step ({@link #isPhaseRun}). */
  static List<List<GateOp>> join(List<List<GateOp>> steps, int qubits, Strides strides) {
    if (qubits > MAX_QUBITS) {
      return steps;
    }
    List<List<GateOp>> out = new ArrayList<>();
    List<List<GateOp>> open = new ArrayList<>();
    int[] rows = identity(qubits, strides);
    int bytes = 0;
    for (List<GateOp> step : steps) {
      int cost = bytes(step);
      if (!takes(step) || !cheap(step, rows, strides)
          || bytes + cost > MethodChunks.CHUNK_BYTES) {
        close(open, out, rows, strides);
        bytes = 0;
        if (!takes(step)) {
          out.add(step);
          continue;
        }
      }
      open.add(step);
      bytes += cost;
      for (GateOp g : step) {
        if (g.gate() == Gate.CNOT) {
          rows[g.wire(1)] ^= rows[g.wire(0)];
        }
      }
    }
    close(open, out, rows, strides);
    return out;
  }

  /**
   * Estimated bytecode of a step inside a run: a CNOT is only a comment there, a diagonal its
   * angle and one call. A run is cut before it outgrows a chunk method, so that every generated
   * method stays small enough for the JIT.
   */
  private static int bytes(List<GateOp> step) {
    int bytes = 0;
    for (GateOp g : step) {
      if (g.gate() != Gate.CNOT) {
        bytes += 40;
        for (var a : g.angles()) {
          bytes += 40 + AngleCode.estimateBytes(a);
        }
      }
    }
    return bytes;
  }

  /**
   * Whether a step of a state of {@code qubits} qubits is a joined phase run: several gates, one
   * of them on several wires, on a state small enough for runs (the CNOT-and-run steps of
   * {@link SingleQubitRuns#mergeCnots} exist only on larger ones).
   */
  static boolean isPhaseRun(List<GateOp> step, int qubits) {
    return qubits <= MAX_QUBITS && step.size() > 1 && step.stream().anyMatch(g -> g.arity() > 1);
  }

  /** Whether a run takes the step: a CNOT, a multi-wire diagonal, or single-qubit diagonals. */
  private static boolean takes(List<GateOp> step) {
    if (step.size() == 1 && step.get(0).arity() > 1) {
      return step.get(0).gate() == Gate.CNOT || DIAGONAL.contains(step.get(0).gate());
    }
    return step.stream().allMatch(
        g -> g.arity() == 1 && SingleQubitRuns.DIAGONAL.contains(g.gate()));
  }

  /**
   * Whether the step's phase expands cheaply after the run's CNOTs so far: a phase on two
   * parities costs {@code 2^(bits of both)} additions, kept at most one per basis state.
   */
  private static boolean cheap(List<GateOp> step, int[] rows, Strides strides) {
    GateOp g = step.get(0);
    if (!PRODUCTS.contains(g.gate())) {
      return true;
    }
    return Integer.bitCount(rows[g.wire(0)]) + Integer.bitCount(rows[g.wire(1)])
        <= strides.qubits();
  }

  /**
   * Moves the open steps to out, joined where the table costs less than the steps one by one
   * (the runtime's estimate in {@code DiagonalRun}), and resets the rows.
   */
  private static void close(List<List<GateOp>> open, List<List<GateOp>> out, int[] rows,
      Strides strides) {
    if (open.isEmpty()) {
      return;
    }
    int dimension = 1 << rows.length;
    long legacy = 0;
    int cnots = 0;
    boolean phases = false;
    boolean[] touched = new boolean[dimension];
    int[] replay = identity(rows.length, strides);
    List<GateOp> joined = new ArrayList<>();
    for (List<GateOp> step : open) {
      legacy += STEP_COST + stepCost(step, dimension);
      for (GateOp g : step) {
        joined.add(g);
        if (g.gate() == Gate.CNOT) {
          replay[g.wire(1)] ^= replay[g.wire(0)];
          // CNOTs up to a point where they multiply to the identity are not applied
          cnots = isIdentity(replay, strides) ? 0 : cnots + 1;
        } else {
          phases = true;
          touch(g, replay, touched);
        }
      }
    }
    long table = (long) cnots * (STEP_COST + dimension / 2);
    if (phases) {
      boolean singles = false;
      for (int bit = 1; bit < dimension; bit <<= 1) {
        singles |= touched[bit];
      }
      table += STEP_COST + (singles ? 3L : 2L) * dimension;
      for (int mask = 3; mask < dimension; mask++) {
        if (touched[mask] && (mask & (mask - 1)) != 0) {
          table += dimension >> Integer.bitCount(mask);
        }
      }
    }
    if (table < legacy && isPhaseRun(joined, rows.length)) {
      out.add(List.copyOf(joined));
    } else {
      out.addAll(open);
    }
    open.clear();
    System.arraycopy(identity(rows.length, strides), 0, rows, 0, rows.length);
  }

  /** Marks the bit sets a diagonal gate's phase puts angles on, as PhasePolynomial expands it. */
  private static void touch(GateOp g, int[] rows, boolean[] touched) {
    int first = rows[g.wire(0)];
    switch (g.gate()) {
      case CZ:
      case CONTROLLED_PHASE:
      case CRZ: {
        int second = rows[g.wire(1)];
        for (int t = first; t != 0; t = (t - 1) & first) {
          touched[t] = true;
          for (int u = second; u != 0; u = (u - 1) & second) {
            touched[t | u] = true;
          }
        }
        return;
      }
      case ISING_ZZ:
      case MULTI_RZ: {
        int mask = 0;
        for (int k = 0; k < g.arity(); k++) {
          mask ^= rows[g.wire(k)];
        }
        first = mask;
        break;
      }
      default:
        break;
    }
    for (int t = first; t != 0; t = (t - 1) & first) {
      touched[t] = true;
    }
  }

  /**
   * Estimated work of a scheduled step's own pass, in complex multiplications or swaps, as the
   * runtime's {@code DiagonalRun} estimates a gate: a gate with control bits touches
   * {@code 2^-controls} of the amplitudes, a diagonal layer costs two per amplitude.
   */
  private static long stepCost(List<GateOp> step, int dimension) {
    if (SingleQubitRuns.isLayer(step)) {
      return 2L * dimension;
    }
    return step.size() > 1 ? dimension : dimension >> step.get(0).gate().touchedShift();
  }

  /** Whether each wire holds its own bit again. */
  static boolean isIdentity(int[] rows, Strides strides) {
    for (int w = 0; w < rows.length; w++) {
      if (rows[w] != strides.of(w)) {
        return false;
      }
    }
    return true;
  }

  private static int[] identity(int qubits, Strides strides) {
    int[] rows = new int[qubits];
    for (int w = 0; w < qubits; w++) {
      rows[w] = strides.of(w);
    }
    return rows;
  }
}
