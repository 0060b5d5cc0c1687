package io.qml4j.runtime;

import io.qml4j.dsl.Gate;
import io.qml4j.dsl.GateMatrices;
import io.qml4j.runtime.kernel.Plan;

/**
 * Translates a {@link Circuit} into a {@link Plan}: each operation to the kernel specialised for
 * its structure, with single-qubit gates fused. Single-qubit gates on different wires commute, so
 * they are held back per wire until a multi-wire gate touches one of the wires holding some: a
 * wire's held gates are multiplied into one 2x2 matrix, kept as a matrix followed by a diagonal.
 * At a flush all wires are emitted at once, the matrices first and then every held diagonal in one
 * pass ({@link Plan.Builder#diagonalLayer}). For the hardware-efficient ansatz that turns a layer
 * of RY and RZ into n real 2x2 kernels and one diagonal pass, instead of n general 2x2 kernels.
 * On states of up to {@link DiagonalRun#TABLE_QUBITS} qubits, CNOTs and diagonal gates (held
 * diagonals, phases, controlled phases, CZ, ZZ and multi-Z rotations) are held back too, as a
 * {@link DiagonalRun}: the ZZ feature map's {@code CNOT P CNOT} sandwiches and QAOA's cost layers
 * become one phase-table pass per run. Fusion is exact up to rounding.
 */
final class PlanCompiler {
  /**
   * Whether CNOTs and diagonal gates are gathered into {@link DiagonalRun}s
   * ({@code -Dqml4j.plan.diagonalRuns=false} keeps one step per gate, for benchmarks).
   */
  static final boolean DIAGONAL_RUNS =
      !"false".equals(System.getProperty("qml4j.plan.diagonalRuns"));

  /**
   * Whether a diagonal followed by a real matrix on a wire stays a diagonal pass and a real kernel
   * ({@code -Dqml4j.plan.splitDiagonals=false} multiplies them into one general 2x2, for A/B runs).
   */
  static final boolean SPLIT_DIAGONALS =
      !"false".equals(System.getProperty("qml4j.plan.splitDiagonals"));

  private PlanCompiler() {}

  static Plan compile(Circuit circuit, boolean fuse, int tileQubits) {
    int n = circuit.qubits();
    Plan.Builder b = Plan.builder(n, tileQubits);
    // diagonal runs only where their phase table is small; larger states keep a step per gate
    DiagonalRun run =
        fuse && DIAGONAL_RUNS && n <= DiagonalRun.TABLE_QUBITS ? new DiagonalRun(n) : null;
    Pending pending = new Pending(n, run);
    for (Operation op : circuit.operations()) {
      if (op.gate() == Gate.I) {
        continue;
      }
      if (fuse && op.arity() == 1) {
        // a phase on a wire with no matrix held commutes with what is held: it joins an open run
        if (run != null && !run.isEmpty() && DiagonalRun.isPhase(op.gate())
            && !pending.holdsMatrix(op.wire(0))) {
          run.add(op);
        } else {
          pending.hold(op.wire(0), op.matrix());
        }
        continue;
      }
      for (int k = 0; k < op.arity(); k++) {
        if (pending.holds(op.wire(k))) {
          pending.flush(b);
          break;
        }
      }
      if (run != null && DiagonalRun.absorbs(op)) {
        run.add(op);
        continue;
      }
      if (run != null) {
        run.flush(b);
      }
      emit(b, n, op);
    }
    pending.flush(b);
    if (run != null) {
      run.flush(b);
    }
    return b.build();
  }

  /**
   * The single-qubit gates held back per wire: a 2x2 matrix, then a diagonal, either absent. With
   * a {@link DiagonalRun}, the held diagonals join the run at a flush, and held matrices first
   * flush the run (the run's gates came before them).
   */
  private static final class Pending {
    private final int n;
    private final DiagonalRun run;
    private final double[][] matrix;
    private final double[][] diagonal;
    /** A diagonal held before a real matrix on the wire, where one came first. */
    private final double[][] before;

    Pending(int n, DiagonalRun run) {
      this.n = n;
      this.run = run;
      matrix = new double[n][];
      diagonal = new double[n][];
      before = new double[n][];
    }

    boolean holds(int wire) {
      return matrix[wire] != null || diagonal[wire] != null;
    }

    boolean holdsMatrix(int wire) {
      return matrix[wire] != null;
    }

    /** Appends a gate (applied after what is held). */
    void hold(int wire, double[] m) {
      boolean isDiagonal = m[2] == 0 && m[3] == 0 && m[4] == 0 && m[5] == 0;
      if (isDiagonal) {
        double[] d = {m[0], m[1], m[6], m[7]};
        diagonal[wire] = diagonal[wire] == null ? d : multiplyDiagonal(d, diagonal[wire]);
        return;
      }
      if (SPLIT_DIAGONALS && matrix[wire] == null && diagonal[wire] != null && isReal(m)) {
        // a diagonal then a real matrix (RZ^dagger then RY^dagger, as an adjoint sweep
        // un-applies a layer): a diagonal pass and a real kernel, not a general 2x2 kernel
        before[wire] = diagonal[wire];
        diagonal[wire] = null;
        matrix[wire] = m;
        return;
      }
      double[] held = matrix[wire];
      if (before[wire] != null) {
        double[] d = before[wire];
        held = GateMatrices.multiply(held, new double[] {d[0], d[1], 0, 0, 0, 0, d[2], d[3]});
        before[wire] = null;
      }
      if (diagonal[wire] != null) {
        double[] d = diagonal[wire];
        double[] asMatrix = {d[0], d[1], 0, 0, 0, 0, d[2], d[3]};
        held = held == null ? asMatrix : GateMatrices.multiply(asMatrix, held);
        diagonal[wire] = null;
      }
      matrix[wire] = held == null ? m : GateMatrices.multiply(m, held);
    }

    /**
     * Emits the diagonals held before matrices, every held matrix, then all other held diagonals
     * together, and forgets them.
     */
    void flush(Plan.Builder b) {
      layer(b, before);
      for (int w = 0; w < n; w++) {
        if (matrix[w] != null && run != null) {
          run.flush(b);
        }
        if (matrix[w] != null) {
          b.matrix1(0, stride(n, w), matrix[w]);
          matrix[w] = null;
        }
      }
      layer(b, diagonal);
    }

    /** Emits the held diagonals of one kind as one layer, and forgets them. */
    private void layer(Plan.Builder b, double[][] held) {
      int diagonals = 0;
      for (double[] d : held) {
        diagonals += d == null ? 0 : 1;
      }
      if (diagonals == 0) {
        return;
      }
      int[] strides = new int[diagonals];
      double[][] layer = new double[diagonals][];
      for (int w = 0, k = 0; w < n; w++) {
        if (held[w] != null) {
          strides[k] = stride(n, w);
          layer[k++] = held[w];
          held[w] = null;
        }
      }
      if (run != null) {
        run.layer(strides, layer);
      } else {
        emitLayer(b, strides, layer);
      }
    }
  }

  private static boolean isReal(double[] m) {
    return m[1] == 0 && m[3] == 0 && m[5] == 0 && m[7] == 0;
  }

  /** Emits single-qubit diagonals on distinct wires: one 2x2 step, or a layer for several. */
  static void emitLayer(Plan.Builder b, int[] strides, double[][] layer) {
    if (layer.length == 1) {
      double[] d = layer[0];
      b.matrix1(0, strides[0], new double[] {d[0], d[1], 0, 0, 0, 0, d[2], d[3]});
    } else {
      b.diagonalLayer(strides, layer);
    }
  }

  private static double[] multiplyDiagonal(double[] a, double[] b) {
    return new double[] {
        a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0],
        a[2] * b[2] - a[3] * b[3], a[2] * b[3] + a[3] * b[2]};
  }

  /** Adds the kernel for one operation, chosen by gate and structure. */
  static void emit(Plan.Builder b, int n, Operation op) {
    Gate gate = op.gate();
    if (op.arity() == 1) {
      if (gate != Gate.I) {
        b.matrix1(0, stride(n, op.wire(0)), op.matrix());
      }
      return;
    }
    switch (gate) {
      case CNOT:
      case CY:
      case CZ:
      case CRX:
      case CRY:
      case CRZ:
      case CROT:
      case CONTROLLED_PHASE:
      case TOFFOLI: {
        int controls = 0;
        for (int k = 0; k < gate.controls(); k++) {
          controls |= stride(n, op.wire(k));
        }
        b.matrix1(controls, stride(n, op.wire(op.arity() - 1)), targetBlock(op.matrix()));
        return;
      }
      case SWAP:
        b.exchange(0, stride(n, op.wire(0)), stride(n, op.wire(1)), 1, 0);
        return;
      case ISWAP:
        b.exchange(0, stride(n, op.wire(0)), stride(n, op.wire(1)), 0, 1);
        return;
      case CSWAP:
        b.exchange(stride(n, op.wire(0)), stride(n, op.wire(1)), stride(n, op.wire(2)), 1, 0);
        return;
      case ISING_ZZ:
      case MULTI_RZ:
        b.parity(mask(n, op), Math.cos(op.angle(0) / 2), Math.sin(op.angle(0) / 2));
        return;
      case ISING_XX:
        b.pauliRotation(mask(n, op), 0, 0, Math.cos(op.angle(0) / 2), Math.sin(op.angle(0) / 2));
        return;
      case ISING_YY:
        b.pauliRotation(mask(n, op), mask(n, op), 2,
            Math.cos(op.angle(0) / 2), Math.sin(op.angle(0) / 2));
        return;
      case PAULI_ROT:
        emitPauliRot(b, n, op);
        return;
      case SINGLE_EXCITATION: {
        int a = stride(n, op.wire(0)), c = stride(n, op.wire(1));
        // |01> (second wire set) rotates into |10>
        b.givens(a | c, c, a, Math.cos(op.angle(0) / 2), Math.sin(op.angle(0) / 2));
        return;
      }
      case DOUBLE_EXCITATION: {
        int high = stride(n, op.wire(0)) | stride(n, op.wire(1));
        int low = stride(n, op.wire(2)) | stride(n, op.wire(3));
        // |0011> rotates into |1100>, first wire most significant
        b.givens(high | low, low, high, Math.cos(op.angle(0) / 2), Math.sin(op.angle(0) / 2));
        return;
      }
      default: {
        int[] strides = new int[op.arity()];
        for (int k = 0; k < strides.length; k++) {
          strides[k] = stride(n, op.wire(k));
        }
        b.dense(strides, op.matrix());
      }
    }
  }

  private static void emitPauliRot(Plan.Builder b, int n, Operation op) {
    String word = op.word();
    int xmask = 0, zmask = 0, ys = 0;
    for (int k = 0; k < word.length(); k++) {
      int st = stride(n, op.wire(k));
      switch (word.charAt(k)) {
        case 'X': xmask |= st; break;
        case 'Y': xmask |= st; zmask |= st; ys++; break;
        case 'Z': zmask |= st; break;
        default: break;
      }
    }
    double c = Math.cos(op.angle(0) / 2), s = Math.sin(op.angle(0) / 2);
    if (xmask == 0 && zmask == 0) {
      // the identity word: a global phase e^{-i angle/2} on every amplitude
      b.phase(0, c, -s);
    } else {
      b.pauliRotation(xmask, zmask, ys, c, s);
    }
  }

  /** The lower-right 2x2 block of a controlled gate's matrix: the unitary on the target. */
  private static double[] targetBlock(double[] m) {
    int d = (int) Math.round(Math.sqrt(m.length / 2.0));
    double[] u = new double[8];
    for (int r = 0; r < 2; r++) {
      for (int c = 0; c < 2; c++) {
        int at = 2 * ((d - 2 + r) * d + (d - 2 + c));
        u[2 * (2 * r + c)] = m[at];
        u[2 * (2 * r + c) + 1] = m[at + 1];
      }
    }
    return u;
  }

  private static int mask(int n, Operation op) {
    int mask = 0;
    for (int k = 0; k < op.arity(); k++) {
      mask |= stride(n, op.wire(k));
    }
    return mask;
  }

  static int stride(int n, int wire) {
    return 1 << (n - 1 - wire);
  }
}
