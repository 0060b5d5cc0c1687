package io.qml4j.runtime.vqe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.observable.Expectation;
import io.qml4j.runtime.vqe.chem.H2Sto3g;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnsatzTest {
  @Test
  void h2ExcitationAnsatzIsHartreeFockPlusOneDoubleExcitation() {
    ExcitationAnsatz ansatz = ExcitationAnsatz.h2();
    assertEquals(1, ansatz.parameters());
    Circuit c = ansatz.circuit(new double[] {0.3});
    assertEquals(List.of(Gate.X, Gate.X, Gate.DOUBLE_EXCITATION),
        c.operations().stream().map(op -> op.gate()).toList());
    assertArrayEquals(new int[] {0, 1, 2, 3}, c.operations().get(2).wires());
  }

  @Test
  void zeroAngleGivesTheHartreeFockStateAndEnergy() {
    StateVector hf = ExcitationAnsatz.h2().state(new double[] {0});
    assertEquals(1, hf.probability(0b1100), 1e-15);
    assertEquals(H2Sto3g.atAngstrom(0.735).hartreeFockEnergy(),
        Expectation.of(hf, H2Hamiltonians.load(0.735)), 1e-12);
  }

  @Test
  void excitationAngleRotatesIntoTheDoublyExcitedDeterminant() {
    double theta = 0.4;
    StateVector s = ExcitationAnsatz.h2().state(new double[] {theta});
    assertEquals(Math.pow(Math.cos(theta / 2), 2), s.probability(0b1100), 1e-14);
    assertEquals(Math.pow(Math.sin(theta / 2), 2), s.probability(0b0011), 1e-14);
  }

  @Test
  void excitationsMatchPennyLanesForTwoElectronsInSixSpinOrbitals() {
    // qml.qchem.excitations(2, 6)
    ExcitationAnsatz a = ExcitationAnsatz.of(6, 2);
    assertEquals(List.of("[0, 1, 2, 3]", "[0, 1, 2, 5]", "[0, 1, 3, 4]", "[0, 1, 4, 5]"),
        a.doubleExcitations().stream().map(java.util.Arrays::toString).toList());
    assertEquals(List.of("[0, 2]", "[0, 4]", "[1, 3]", "[1, 5]"),
        a.singleExcitations().stream().map(java.util.Arrays::toString).toList());
    assertEquals(8, a.parameters());
    assertEquals(1 + 2, ExcitationAnsatz.of(4, 2).parameters());
  }

  @Test
  void excitationsConserveParticleNumber() {
    ExcitationAnsatz a = ExcitationAnsatz.of(6, 2);
    double[] theta = {0.1, -0.2, 0.3, 0.4, -0.5, 0.6, 0.7, -0.8};
    StateVector s = a.state(theta);
    for (int k = 0; k < s.dimension(); k++) {
      if (Integer.bitCount(k) != 2) {
        assertEquals(0, s.probability(k), 1e-28, "basis state " + k);
      }
    }
  }

  @Test
  void hardwareEfficientAnsatzCountsItsParameters() {
    assertEquals(3 * 4, new HardwareEfficientAnsatz(4, 2, HardwareEfficientAnsatz.Rotations.RY,
        null).parameters());
    assertEquals(2 * 2 * 4, new HardwareEfficientAnsatz(4, 1,
        HardwareEfficientAnsatz.Rotations.RY_RZ, null).parameters());
  }

  @Test
  void hardwareEfficientAnsatzAtZeroPreparesItsInitialBits() {
    HardwareEfficientAnsatz a = new HardwareEfficientAnsatz(4, 2,
        HardwareEfficientAnsatz.Rotations.RY, new int[] {1, 1, 0, 0});
    // Zero angles leave only the CNOT chains: |1100> -> (0,1) |1000> -> (1,2), (2,3) unchanged;
    // second layer: (0,1) |1100> -> (1,2) |1110> -> (2,3) |1111>.
    StateVector s = a.state(new double[a.parameters()]);
    assertEquals(1, s.probability(0b1111), 1e-15);
  }

  @Test
  void rejectsWrongParameters() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ExcitationAnsatz.h2().circuit(new double[2]));
    assertEquals("theta: expected 1 parameter(s), got 2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ExcitationAnsatz.h2().circuit(new double[] {Double.NaN}));
    assertEquals("theta: entry 0 is NaN, expected a finite number", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> new HardwareEfficientAnsatz(4, 0,
        HardwareEfficientAnsatz.Rotations.RY, null));
    assertEquals("layers: expected at least 1, got 0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ExcitationAnsatz.of(4, 4));
    assertEquals("electrons: expected 1..3 for 4 spin orbitals, got 4", e.getMessage());
  }
}
