package io.qml4j.runtime.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.vqe.ExactDiagonalization;
import io.qml4j.runtime.vqe.ExcitationAnsatz;
import io.qml4j.runtime.vqe.H2Hamiltonians;
import io.qml4j.runtime.vqe.Vqe;
import org.junit.jupiter.api.Test;

class BackendObjectiveTest {
  private static final double CHEMICAL_ACCURACY = 1.6e-3;

  @Test
  void exactBackendGivesTheVqeEnergyAndGradient() {
    PauliSum h = H2Hamiltonians.load(0.735);
    Vqe vqe = new Vqe(h, ExcitationAnsatz.h2());
    BackendObjective o = BackendObjective.of(Backends.named("statevector"),
        ExcitationAnsatz.h2(), h, 0, 0);
    double[] theta = {0.3};
    assertEquals(vqe.energy(theta), o.value(theta), 1e-12);
    assertArrayEquals(vqe.gradient(theta), o.gradient(theta), 1e-10);
  }

  @Test
  void h2TrainedWithShotsOnANoisyFakeDeviceFindsTheGroundStateAngle() {
    PauliSum h = H2Hamiltonians.load(0.735);
    Vqe vqe = new Vqe(h, ExcitationAnsatz.h2());
    BackendObjective o = BackendObjective.of(Backends.named("fake-eagle-line5"),
        ExcitationAnsatz.h2(), h, 4000, 3);
    // one Rotosolve step (Ostaszewski et al. 2021): the energy is A + B cos(theta - phi), so
    // three noisy evaluations place its minimum
    double e0 = o.value(new double[] {0});
    double plus = o.value(new double[] {Math.PI / 2});
    double minus = o.value(new double[] {-Math.PI / 2});
    double[] theta = {-Math.PI / 2 - Math.atan2(2 * e0 - plus - minus, plus - minus)};
    double exact = ExactDiagonalization.groundEnergy(h, H2Hamiltonians.QUBITS);
    // noise scales the landscape but barely moves its minimum: the angle found, evaluated
    // exactly, is within chemical accuracy
    assertTrue(vqe.energy(theta) - exact < CHEMICAL_ACCURACY, vqe.energy(theta) + " vs " + exact);
    assertTrue(e0 > vqe.energy(new double[] {0}) - 0.05, "noise raises the energy: " + e0);
    assertTrue(Math.abs(o.gradient(theta)[0]) < 0.05, "near a stationary point");
  }
}
