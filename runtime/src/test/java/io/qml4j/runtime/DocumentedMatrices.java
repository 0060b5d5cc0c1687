package io.qml4j.runtime;

import io.qml4j.dsl.Gate;
import org.ejml.data.ZMatrixRMaj;

/**
 * Every gate's matrix as PennyLane's documentation writes it, typed in by hand entry by entry
 * (not derived from GateMatrices), as EJML complex matrices. The first wire of a gate is the most
 * significant bit of the matrix index.
 */
final class DocumentedMatrices {
  private static final double R = Math.sqrt(0.5);

  private DocumentedMatrices() {}

  /** The documented matrix of a fixed-arity gate. */
  static ZMatrixRMaj of(Gate gate, double... a) {
    double t = a.length > 0 ? a[0] : 0;
    double c = Math.cos(t / 2), s = Math.sin(t / 2);
    switch (gate) {
      case I: return m(2, 1, 0, 0, 0, 0, 0, 1, 0);
      case H: return m(2, R, 0, R, 0, R, 0, -R, 0);
      case X: return m(2, 0, 0, 1, 0, 1, 0, 0, 0);
      case Y: return m(2, 0, 0, 0, -1, 0, 1, 0, 0);
      case Z: return m(2, 1, 0, 0, 0, 0, 0, -1, 0);
      case S: return m(2, 1, 0, 0, 0, 0, 0, 0, 1);
      case SDG: return m(2, 1, 0, 0, 0, 0, 0, 0, -1);
      case T: return m(2, 1, 0, 0, 0, 0, 0, R, R);
      case TDG: return m(2, 1, 0, 0, 0, 0, 0, R, -R);
      // SX = 1/2 [[1+i, 1-i], [1-i, 1+i]]
      case SX: return m(2, .5, .5, .5, -.5, .5, -.5, .5, .5);
      case RX: return m(2, c, 0, 0, -s, 0, -s, c, 0);
      case RY: return m(2, c, 0, -s, 0, s, 0, c, 0);
      case RZ: return m(2, c, -s, 0, 0, 0, 0, c, s);
      case PHASE_SHIFT: return m(2, 1, 0, 0, 0, 0, 0, Math.cos(t), Math.sin(t));
      case U3: {
        // [[cos(th/2), -e^{i lam} sin(th/2)], [e^{i phi} sin(th/2), e^{i(phi+lam)} cos(th/2)]]
        double phi = a[1], lam = a[2];
        return m(2, c, 0, -Math.cos(lam) * s, -Math.sin(lam) * s,
            Math.cos(phi) * s, Math.sin(phi) * s,
            Math.cos(phi + lam) * c, Math.sin(phi + lam) * c);
      }
      case ROT:
        return rot(a[0], a[1], a[2]);
      case CNOT: return m(4,
          1, 0, 0, 0, 0, 0, 0, 0,
          0, 0, 1, 0, 0, 0, 0, 0,
          0, 0, 0, 0, 0, 0, 1, 0,
          0, 0, 0, 0, 1, 0, 0, 0);
      case CY: return m(4,
          1, 0, 0, 0, 0, 0, 0, 0,
          0, 0, 1, 0, 0, 0, 0, 0,
          0, 0, 0, 0, 0, 0, 0, -1,
          0, 0, 0, 0, 0, 1, 0, 0);
      case CZ: return m(4,
          1, 0, 0, 0, 0, 0, 0, 0,
          0, 0, 1, 0, 0, 0, 0, 0,
          0, 0, 0, 0, 1, 0, 0, 0,
          0, 0, 0, 0, 0, 0, -1, 0);
      case SWAP: return m(4,
          1, 0, 0, 0, 0, 0, 0, 0,
          0, 0, 0, 0, 1, 0, 0, 0,
          0, 0, 1, 0, 0, 0, 0, 0,
          0, 0, 0, 0, 0, 0, 1, 0);
      case ECR: return ecr();
      case ISWAP: return m(4,
          1, 0, 0, 0, 0, 0, 0, 0,
          0, 0, 0, 0, 0, 1, 0, 0,
          0, 0, 0, 1, 0, 0, 0, 0,
          0, 0, 0, 0, 0, 0, 1, 0);
      case CRX: return m(4,
          1, 0, 0, 0, 0, 0, 0, 0,
          0, 0, 1, 0, 0, 0, 0, 0,
          0, 0, 0, 0, c, 0, 0, -s,
          0, 0, 0, 0, 0, -s, c, 0);
      case CRY: return m(4,
          1, 0, 0, 0, 0, 0, 0, 0,
          0, 0, 1, 0, 0, 0, 0, 0,
          0, 0, 0, 0, c, 0, -s, 0,
          0, 0, 0, 0, s, 0, c, 0);
      case CRZ: return m(4,
          1, 0, 0, 0, 0, 0, 0, 0,
          0, 0, 1, 0, 0, 0, 0, 0,
          0, 0, 0, 0, c, -s, 0, 0,
          0, 0, 0, 0, 0, 0, c, s);
      case CROT: {
        ZMatrixRMaj u = rot(a[0], a[1], a[2]);
        return m(4,
            1, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 1, 0, 0, 0, 0, 0,
            0, 0, 0, 0, u.getReal(0, 0), u.getImag(0, 0), u.getReal(0, 1), u.getImag(0, 1),
            0, 0, 0, 0, u.getReal(1, 0), u.getImag(1, 0), u.getReal(1, 1), u.getImag(1, 1));
      }
      case CONTROLLED_PHASE: return m(4,
          1, 0, 0, 0, 0, 0, 0, 0,
          0, 0, 1, 0, 0, 0, 0, 0,
          0, 0, 0, 0, 1, 0, 0, 0,
          0, 0, 0, 0, 0, 0, Math.cos(t), Math.sin(t));
      case ISING_XX: return m(4,
          c, 0, 0, 0, 0, 0, 0, -s,
          0, 0, c, 0, 0, -s, 0, 0,
          0, 0, 0, -s, c, 0, 0, 0,
          0, -s, 0, 0, 0, 0, c, 0);
      case ISING_YY: return m(4,
          c, 0, 0, 0, 0, 0, 0, s,
          0, 0, c, 0, 0, -s, 0, 0,
          0, 0, 0, -s, c, 0, 0, 0,
          0, s, 0, 0, 0, 0, c, 0);
      case ISING_ZZ: return m(4,
          c, -s, 0, 0, 0, 0, 0, 0,
          0, 0, c, s, 0, 0, 0, 0,
          0, 0, 0, 0, c, s, 0, 0,
          0, 0, 0, 0, 0, 0, c, -s);
      case SINGLE_EXCITATION: return m(4,
          1, 0, 0, 0, 0, 0, 0, 0,
          0, 0, c, 0, -s, 0, 0, 0,
          0, 0, s, 0, c, 0, 0, 0,
          0, 0, 0, 0, 0, 0, 1, 0);
      case DOUBLE_EXCITATION: {
        ZMatrixRMaj u = identity(16);
        u.set(3, 3, c, 0);
        u.set(3, 12, -s, 0);
        u.set(12, 3, s, 0);
        u.set(12, 12, c, 0);
        return u;
      }
      case TOFFOLI: {
        ZMatrixRMaj u = identity(8);
        u.set(6, 6, 0, 0);
        u.set(7, 7, 0, 0);
        u.set(6, 7, 1, 0);
        u.set(7, 6, 1, 0);
        return u;
      }
      case CSWAP: {
        ZMatrixRMaj u = identity(8);
        u.set(5, 5, 0, 0);
        u.set(6, 6, 0, 0);
        u.set(5, 6, 1, 0);
        u.set(6, 5, 1, 0);
        return u;
      }
      default:
        throw new IllegalArgumentException("no fixed documented matrix for " + gate);
    }
  }

  /** MultiRZ: diag of {@code exp(-i t/2 (-1)^popcount(k))} on k wires. */
  static ZMatrixRMaj multiRZ(int wires, double t) {
    int d = 1 << wires;
    ZMatrixRMaj u = new ZMatrixRMaj(d, d);
    for (int k = 0; k < d; k++) {
      double eigen = Integer.bitCount(k) % 2 == 0 ? 1 : -1;
      u.set(k, k, Math.cos(t / 2), -eigen * Math.sin(t / 2));
    }
    return u;
  }

  /** ECR by its definition, {@code (IX - XY) / sqrt 2}, from the Pauli matrices above. */
  static ZMatrixRMaj ecr() {
    ZMatrixRMaj ix = Dense.kron(of(Gate.I), of(Gate.X));
    ZMatrixRMaj xy = Dense.kron(of(Gate.X), of(Gate.Y));
    ZMatrixRMaj u = new ZMatrixRMaj(4, 4);
    for (int r = 0; r < 4; r++) {
      for (int col = 0; col < 4; col++) {
        u.set(r, col, R * (ix.getReal(r, col) - xy.getReal(r, col)),
            R * (ix.getImag(r, col) - xy.getImag(r, col)));
      }
    }
    return u;
  }

  /** PauliRot: {@code cos(t/2) I - i sin(t/2) P}, P the Kronecker product of the letters. */
  static ZMatrixRMaj pauliRot(String word, double t) {
    ZMatrixRMaj p = identity(1);
    for (char letter : word.toCharArray()) {
      Gate g = letter == 'X' ? Gate.X : letter == 'Y' ? Gate.Y : letter == 'Z' ? Gate.Z : Gate.I;
      p = Dense.kron(p, of(g));
    }
    int d = p.numRows;
    ZMatrixRMaj u = new ZMatrixRMaj(d, d);
    double c = Math.cos(t / 2), s = Math.sin(t / 2);
    for (int r = 0; r < d; r++) {
      for (int col = 0; col < d; col++) {
        // -i s (pr + i pi) = s pi - i s pr
        u.set(r, col, (r == col ? c : 0) + s * p.getImag(r, col), -s * p.getReal(r, col));
      }
    }
    return u;
  }

  /** The documented matrix of any operation, including MultiRZ, PauliRot and user unitaries. */
  static ZMatrixRMaj of(Operation op) {
    switch (op.gate()) {
      case MULTI_RZ: return multiRZ(op.arity(), op.angle(0));
      case PAULI_ROT: return pauliRot(op.word(), op.angle(0));
      case UNITARY: {
        int d = 1 << op.arity();
        return new ZMatrixRMaj(d, d, true, op.matrix());
      }
      default: return of(op.gate(), op.angles());
    }
  }

  private static ZMatrixRMaj rot(double phi, double theta, double omega) {
    // [[e^{-i(phi+omega)/2} c, -e^{i(phi-omega)/2} s], [e^{-i(phi-omega)/2} s, e^{i(phi+omega)/2} c]]
    double c = Math.cos(theta / 2), s = Math.sin(theta / 2);
    double p = (phi + omega) / 2, q = (phi - omega) / 2;
    return m(2, Math.cos(p) * c, -Math.sin(p) * c, -Math.cos(q) * s, -Math.sin(q) * s,
        Math.cos(q) * s, -Math.sin(q) * s, Math.cos(p) * c, Math.sin(p) * c);
  }

  static ZMatrixRMaj identity(int d) {
    ZMatrixRMaj u = new ZMatrixRMaj(d, d);
    for (int k = 0; k < d; k++) {
      u.set(k, k, 1, 0);
    }
    return u;
  }

  private static ZMatrixRMaj m(int d, double... reIm) {
    return new ZMatrixRMaj(d, d, true, reIm);
  }
}
