package io.qml4j.runtime.gradient;

import io.qml4j.dsl.Gate;
import java.util.List;

/**
 * Splits each parameterised gate into single-angle factors, so that every angle has its own
 * generator: {@code Rot(a, b, c) = RZ(c) RY(b) RZ(a)},
 * {@code U3(theta, phi, lambda) = PhaseShift(phi) RY(theta) PhaseShift(lambda)} (exactly, global
 * phase included, as OpenQASM defines U3) and {@code CRot(a, b, c) = CRZ(c) CRY(b) CRZ(a)}; a
 * single-angle gate is its own one factor. The derivative with respect to one angle then replaces
 * that factor F by K F, K its generator (see {@link GateDerivatives}).
 */
final class Factorization {
  private Factorization() {}

  /** One factor: a single-angle gate of the table, reading angle {@code angle} of the whole. */
  record Factor(Gate gate, int angle) {}

  /** The factors in application order (the first acts first on the state). */
  static List<Factor> of(Gate gate) {
    switch (gate) {
      case ROT:
        return List.of(new Factor(Gate.RZ, 0), new Factor(Gate.RY, 1), new Factor(Gate.RZ, 2));
      case U3:
        return List.of(new Factor(Gate.PHASE_SHIFT, 2), new Factor(Gate.RY, 0),
            new Factor(Gate.PHASE_SHIFT, 1));
      case CROT:
        return List.of(new Factor(Gate.CRZ, 0), new Factor(Gate.CRY, 1), new Factor(Gate.CRZ, 2));
      default:
        if (gate.params() != 1) {
          throw new IllegalArgumentException("gate: " + gate + " has no angle to differentiate");
        }
        return List.of(new Factor(gate, 0));
    }
  }
}
