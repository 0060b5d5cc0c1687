package io.qml4j.runtime;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.kernel.PhasePolynomial;
import io.qml4j.runtime.kernel.Plan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A run of CNOTs and diagonal gates that {@link PlanCompiler} holds back and emits as one phase
 * table ({@link Plan.Builder#phaseTable}) followed by the CNOTs after the last point where those
 * before multiply to the identity.
 * A CNOT permutes basis states linearly over the bits, so a diagonal gate after some CNOTs is, on
 * the bits the run started from, a phase on parities of them (a phase polynomial): moving every
 * diagonal gate to the front turns {@code CNOT(a, b) P(phi, b) CNOT(a, b)}, the ZZ feature map's
 * and the QAOA cost layer's building block, into a phase on {@code b_a XOR b_b} and two CNOTs
 * that cancel. The phases add up as a {@link PhasePolynomial}, tabulated once per run, so
 * building the table costs a few operations per gate instead of a pass over the state per gate.
 * Exact up to rounding. Where the table would cost more than the gates one by one, by an estimate
 * of both (a diagonal layer and a CNOT ladder as in the hardware-efficient ansatz, a ring of CZ
 * on 10 qubits), the gates are emitted one by one as before.
 */
final class DiagonalRun {
  /**
   * Largest state whose runs become one table: 2^10 phases (16 KiB) stay in L1 beside the
   * amplitudes; larger states keep one step per gate, each cache-blocked by the {@link Plan}.
   */
  static final int TABLE_QUBITS = 10;

  private final int qubits;
  private final int dimension;
  /** rows[w]: the bits of the run's start (as strides) whose parity wire w now holds. */
  private final int[] rows;
  /** The gates in order, as one step each would emit them: Operations and {@link Layer}s. */
  private final List<Object> gates = new ArrayList<>();
  private final List<Operation> cnots = new ArrayList<>();
  /** The phases, as {@link PhasePolynomial} angles (index 0 the global phase). */
  private final double[] angles;
  /** Per bit, a complex diagonal {d0r, d0i, d1r, d1i} from fused single-qubit gates, or null. */
  private final double[][] bitDiagonal;
  /** Phases on two parities whose expansion would cost more than the table. */
  private final List<Term> terms = new ArrayList<>();
  private boolean phases;
  /** Whether a parity or product wrote angles beyond the global phase (else none to clear). */
  private boolean written;
  /** Estimated work of the gates one step each, in the units of {@link #gateCost}. */
  private long legacyCost;

  /**
   * A step's dispatch (coefficients, kernel choice, loop set-up) in amplitude operations: about
   * 30 ns against one complex multiplication per nanosecond. On small states it decides, on
   * large ones the arithmetic does (a ring of CZ on 10 qubits costs less gate by gate).
   */
  private static final int STEP_COST = 32;

  DiagonalRun(int qubits) {
    this.qubits = qubits;
    this.dimension = 1 << qubits;
    rows = new int[qubits];
    angles = new double[dimension];
    bitDiagonal = new double[qubits][];
    reset();
  }

  /** Whether the run holds a multi-wire gate of one of the kinds {@link #add} takes. */
  static boolean absorbs(Operation op) {
    switch (op.gate()) {
      case CNOT:
      case CZ:
      case CONTROLLED_PHASE:
      case CRZ:
      case ISING_ZZ:
      case MULTI_RZ:
        return true;
      case PAULI_ROT:
        return op.word().matches("[IZ]+");
      default:
        return false;
    }
  }

  /** Whether a single-qubit gate is a phase the run takes by angle ({@link #add}). */
  static boolean isPhase(Gate gate) {
    switch (gate) {
      case Z:
      case S:
      case SDG:
      case T:
      case TDG:
      case RZ:
      case PHASE_SHIFT:
        return true;
      default:
        return false;
    }
  }

  boolean isEmpty() {
    return gates.isEmpty();
  }

  /** Appends an operation that {@link #absorbs} or {@link #isPhase} accepts. */
  void add(Operation op) {
    gates.add(op);
    legacyCost += STEP_COST + gateCost(op.gate(), dimension);
    Gate gate = op.gate();
    if (gate == Gate.CNOT) {
      cnots.add(op);
      rows[op.wire(1)] ^= rows[op.wire(0)];
      if (isIdentity()) {
        // the CNOTs so far multiply to the identity: none of them needs emitting
        cnots.clear();
      }
      return;
    }
    phases = true;
    switch (gate) {
      case Z: parity(rows[op.wire(0)], Math.PI); break;
      case S: parity(rows[op.wire(0)], Math.PI / 2); break;
      case SDG: parity(rows[op.wire(0)], -Math.PI / 2); break;
      case T: parity(rows[op.wire(0)], Math.PI / 4); break;
      case TDG: parity(rows[op.wire(0)], -Math.PI / 4); break;
      case PHASE_SHIFT: parity(rows[op.wire(0)], op.angle(0)); break;
      case RZ:
        PhasePolynomial.global(angles, -op.angle(0) / 2);
        parity(rows[op.wire(0)], op.angle(0));
        break;
      case CZ: product(rows[op.wire(0)], rows[op.wire(1)], Math.PI); break;
      case CONTROLLED_PHASE: product(rows[op.wire(0)], rows[op.wire(1)], op.angle(0)); break;
      case CRZ:
        // RZ(t) on the target where the control is set: -t/2 on the control, t on both
        parity(rows[op.wire(0)], -op.angle(0) / 2);
        product(rows[op.wire(0)], rows[op.wire(1)], op.angle(0));
        break;
      case ISING_ZZ:
      case MULTI_RZ:
        zRotation(op, null);
        break;
      case PAULI_ROT:
        zRotation(op, op.word());
        break;
      default:
        throw new IllegalArgumentException("op: not a diagonal gate or CNOT: " + gate);
    }
  }

  /** {@code exp(-i t Z..Z / 2)}: -t/2 everywhere, t where the wires' parity is odd. */
  private void zRotation(Operation op, String word) {
    int mask = 0;
    for (int k = 0; k < op.arity(); k++) {
      if (word == null || word.charAt(k) == 'Z') {
        mask ^= rows[op.wire(k)];
      }
    }
    PhasePolynomial.global(angles, -op.angle(0) / 2);
    parity(mask, op.angle(0));
  }

  /**
   * Appends single-qubit diagonals, {@code diagonals[k] = {d0r, d0i, d1r, d1i}} on the wire of
   * stride {@code strides[k]}, as one layer.
   */
  void layer(int[] strides, double[][] diagonals) {
    gates.add(new Layer(strides, diagonals));
    // a layer's table pass costs two multiplications per amplitude, one wire's diagonal one
    legacyCost += STEP_COST + (strides.length == 1 ? dimension : 2L * dimension);
    phases = true;
    for (int k = 0; k < strides.length; k++) {
      int wire = qubits - 1 - Integer.numberOfTrailingZeros(strides[k]);
      double[] d = diagonals[k];
      if (rows[wire] == strides[k]) {
        int bit = Integer.numberOfTrailingZeros(strides[k]);
        double[] held = bitDiagonal[bit];
        bitDiagonal[bit] = held == null ? d.clone() : new double[] {
            held[0] * d[0] - held[1] * d[1], held[0] * d[1] + held[1] * d[0],
            held[2] * d[2] - held[3] * d[3], held[2] * d[3] + held[3] * d[2]};
      } else {
        // after CNOTs the wire holds a parity: the diagonal as angles on it
        double a0 = Math.atan2(d[1], d[0]), a1 = Math.atan2(d[3], d[2]);
        PhasePolynomial.global(angles, a0);
        parity(rows[wire], a1 - a0);
      }
    }
  }

  /** A phase {@code angle} where the parity of the bits under {@code mask} is odd. */
  private void parity(int mask, double angle) {
    PhasePolynomial.parity(angles, mask, angle);
    written = true;
  }

  /**
   * A phase {@code angle} where the parities under both masks are odd: expanded where that costs
   * at most one addition per basis state, else kept as a term of its own.
   */
  private void product(int first, int second, double angle) {
    if (Integer.bitCount(first) + Integer.bitCount(second) <= qubits) {
      PhasePolynomial.both(angles, first, second, angle);
      written = true;
    } else {
      terms.add(new Term(first, second, angle));
    }
  }

  /**
   * Emits the run, as a table and the CNOTs that do not cancel where that is fewer steps than
   * one per gate, and empties it.
   */
  void flush(Plan.Builder b) {
    if (gates.isEmpty()) {
      return;
    }
    if (tableCost() < legacyCost) {
      if (phases) {
        b.phaseTable(table());
      }
      for (Operation cnot : cnots) {
        PlanCompiler.emit(b, qubits, cnot);
      }
    } else {
      for (Object gate : gates) {
        if (gate instanceof Layer) {
          PlanCompiler.emitLayer(b, ((Layer) gate).strides, ((Layer) gate).diagonals);
        } else {
          PlanCompiler.emit(b, qubits, (Operation) gate);
        }
      }
    }
    reset();
  }

  /**
   * Estimated work of the table and the remaining CNOTs, in the units of {@link #gateCost}: the
   * table's fill (or doubling, where single bits have phases), one multiplication per basis state
   * holding each set of two or more bits, the pass applying it, and a step's dispatch each.
   */
  private long tableCost() {
    long cost = (long) cnots.size() * (STEP_COST + dimension / 2);
    if (!phases) {
      return cost;
    }
    boolean singles = false;
    for (int bit = 0; bit < qubits; bit++) {
      singles |= angles[1 << bit] != 0 || bitDiagonal[bit] != null;
    }
    cost += STEP_COST + (singles ? 3L : 2L) * dimension + (long) terms.size() * dimension;
    for (int mask = 3; written && mask < dimension; mask++) {
      if (angles[mask] != 0 && (mask & (mask - 1)) != 0) {
        cost += dimension >> Integer.bitCount(mask);
      }
    }
    return cost;
  }

  /**
   * Estimated work of one gate's own pass, in complex multiplications (or swaps): the amplitudes
   * its kernel touches ({@link Gate#touchedShift}).
   */
  private static long gateCost(Gate gate, int dimension) {
    return dimension >> gate.touchedShift();
  }

  private boolean isIdentity() {
    for (int w = 0; w < qubits; w++) {
      if (rows[w] != PlanCompiler.stride(qubits, w)) {
        return false;
      }
    }
    return true;
  }

  /** The phase of every basis state, interleaved. */
  private double[] table() {
    double[] t = PhasePolynomial.table(angles, qubits, bitDiagonal);
    for (Term term : terms) {
      double c = Math.cos(term.angle), s = Math.sin(term.angle);
      for (int k = 0; k < dimension; k++) {
        if (term.holds(k)) {
          double re = t[2 * k], im = t[2 * k + 1];
          t[2 * k] = re * c - im * s;
          t[2 * k + 1] = re * s + im * c;
        }
      }
    }
    return t;
  }

  private void reset() {
    for (int w = 0; w < qubits; w++) {
      rows[w] = PlanCompiler.stride(qubits, w);
    }
    if (written) {
      Arrays.fill(angles, 0);
    }
    if (phases) {
      angles[0] = 0;
      Arrays.fill(bitDiagonal, null);
    }
    written = false;
    gates.clear();
    cnots.clear();
    legacyCost = 0;
    terms.clear();
    phases = false;
  }

  /** A phase where the parities under both masks are odd. */
  private static final class Term {
    final int first;
    final int second;
    final double angle;

    Term(int first, int second, double angle) {
      this.first = first;
      this.second = second;
      this.angle = angle;
    }

    boolean holds(int k) {
      return (Integer.bitCount(k & first) & Integer.bitCount(k & second) & 1) != 0;
    }
  }

  /** Single-qubit diagonals from the compiler's fusion, emitted together. */
  private static final class Layer {
    final int[] strides;
    final double[][] diagonals;

    Layer(int[] strides, double[][] diagonals) {
      this.strides = strides;
      this.diagonals = diagonals;
    }
  }
}
