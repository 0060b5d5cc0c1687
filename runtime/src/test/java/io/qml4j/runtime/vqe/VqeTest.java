package io.qml4j.runtime.vqe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.gradient.Param;
import io.qml4j.runtime.gradient.ParametrizedBuilder;
import io.qml4j.runtime.ml.optim.Adam;
import io.qml4j.runtime.ml.optim.Bobyqa;
import io.qml4j.runtime.ml.optim.NelderMead;
import io.qml4j.runtime.ml.optim.OptimizerOptions;
import io.qml4j.runtime.ml.optim.Spsa;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.observable.ShotEstimate;
import org.junit.jupiter.api.Test;

class VqeTest {
  /** Chemical accuracy, 1.6 mHa (1 kcal/mol). */
  private static final double CHEMICAL_ACCURACY = 1.6e-3;

  private static NelderMead nelderMead() {
    return new NelderMead(0.2, 1e-14, 1e-14, OptimizerOptions.defaults().withMaxSteps(500));
  }

  @Test
  void h2AtEquilibriumReachesChemicalAccuracy() {
    PauliSum h = H2Hamiltonians.load(0.735);
    VqeResult r = new Vqe(h, ExcitationAnsatz.h2()).run(nelderMead(), new double[] {0});
    double exact = ExactDiagonalization.groundEnergy(h, H2Hamiltonians.QUBITS);
    assertTrue(r.energy() - exact >= -1e-12, "variational bound");
    assertTrue(r.energy() - exact < CHEMICAL_ACCURACY, r.energy() + " vs " + exact);
    // The one-parameter ansatz spans the exact ground state, so the optimiser finds it exactly.
    assertEquals(exact, r.energy(), 1e-9);
    assertEquals(r.evaluations(), r.history().length);
    assertEquals(0, r.history()[0] - new Vqe(h, ExcitationAnsatz.h2()).energy(new double[] {0}),
        1e-15, "the curve starts at the Hartree-Fock energy");
  }

  @Test
  void h2ReachesChemicalAccuracyAtEveryShippedBondLength() {
    double[] start = {0};
    for (double r : H2Hamiltonians.bondLengths()) {
      PauliSum h = H2Hamiltonians.load(r);
      VqeResult result = new Vqe(h, ExcitationAnsatz.h2()).run(nelderMead(), start);
      double exact = ExactDiagonalization.groundEnergy(h, H2Hamiltonians.QUBITS);
      assertEquals(exact, result.energy(), CHEMICAL_ACCURACY, "R = " + r + " Angstrom");
      assertTrue(result.energy() - exact < 1e-8, "R = " + r + ": " + (result.energy() - exact));
      start = result.parameters(); // warm start along the curve
    }
  }

  @Test
  void hardwareEfficientAnsatzReachesChemicalAccuracyAtEquilibrium() {
    PauliSum h = H2Hamiltonians.load(0.735);
    HardwareEfficientAnsatz ansatz = new HardwareEfficientAnsatz(4, 2,
        HardwareEfficientAnsatz.Rotations.RY, null);
    double[] start = new double[ansatz.parameters()];
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int k = 0; k < start.length; k++) {
      start[k] = random.nextDouble(-0.1, 0.1);
    }
    // From near |0000> the optimiser has to find the two-electron sector on its own.
    VqeResult r = new Vqe(h, ansatz).run(
        new Bobyqa(0.5, 1e-8, OptimizerOptions.defaults().withMaxSteps(4000)), start);
    double exact = ExactDiagonalization.groundEnergy(h, H2Hamiltonians.QUBITS);
    assertEquals(exact, r.energy(), CHEMICAL_ACCURACY);
  }

  @Test
  void shotEstimateMeasuresQubitWiseCommutingGroupsAndConverges() {
    PauliSum h = H2Hamiltonians.load(0.735);
    Vqe vqe = new Vqe(h, ExcitationAnsatz.h2());
    double[] theta = {0.22};
    ShotEstimate e = vqe.estimateEnergy(theta, 20_000, 11);
    // The Z terms share one basis; the four exchange terms differ qubit-wise from each other.
    assertEquals(5, e.groups());
    assertEquals(vqe.energy(theta), e.mean(), 4 * e.standardError());
    assertTrue(e.standardError() < 2e-3, "standard error " + e.standardError());
    assertEquals(e.mean(), vqe.estimateEnergy(theta, 20_000, 11).mean(), 0, "seeded");
  }

  @Test
  void optimizingShotEstimatesStillLandsNearTheGroundState() {
    PauliSum h = H2Hamiltonians.load(0.735);
    Vqe vqe = new Vqe(h, ExcitationAnsatz.h2());
    Spsa spsa = new Spsa(0.2, 0.1, OptimizerOptions.defaults().withMaxSteps(150).withSeed(3));
    VqeResult r = vqe.runWithShots(spsa, new double[] {0}, 4000, 5);
    double exact = ExactDiagonalization.groundEnergy(h, H2Hamiltonians.QUBITS);
    // The exact energy at the parameters found: shot noise leaves it near, not at, the minimum.
    assertEquals(exact, r.energy(), CHEMICAL_ACCURACY);
  }

  @Test
  void adjointGradientMatchesCentralDifferences() {
    PauliSum h = H2Hamiltonians.load(1.0);
    for (VariationalForm form : java.util.List.of(ExcitationAnsatz.of(4, 2),
        new HardwareEfficientAnsatz(4, 2, HardwareEfficientAnsatz.Rotations.RY_RZ, null))) {
      Vqe vqe = new Vqe(h, form);
      double[] theta = new double[form.parameters()];
      java.util.SplittableRandom random = new java.util.SplittableRandom(2);
      for (int k = 0; k < theta.length; k++) {
        theta[k] = random.nextDouble(-1, 1);
      }
      double[] g = vqe.gradient(theta);
      double step = 1e-5;
      for (int k = 0; k < theta.length; k++) {
        double[] plus = theta.clone(), minus = theta.clone();
        plus[k] += step;
        minus[k] -= step;
        double fd = (vqe.energy(plus) - vqe.energy(minus)) / (2 * step);
        assertEquals(fd, g[k], 1e-8, form + " parameter " + k);
      }
    }
  }

  @Test
  void gradientDescentWithAdjointGradientsReachesChemicalAccuracy() {
    PauliSum h = H2Hamiltonians.load(0.735);
    Vqe vqe = new Vqe(h, ExcitationAnsatz.of(4, 2));
    assertTrue(vqe.hasGradient());
    Adam adam = new Adam(0.1, OptimizerOptions.defaults().withMaxSteps(200));
    VqeResult r = vqe.run(adam, new double[3]);
    double exact = ExactDiagonalization.groundEnergy(h, H2Hamiltonians.QUBITS);
    assertEquals(exact, r.energy(), CHEMICAL_ACCURACY);
  }

  @Test
  void anyParametrizedCircuitServesAsAnsatz() {
    ParametrizedBuilder b = new ParametrizedBuilder(4, 1, 0);
    b.basisState(1, 1, 0, 0);
    b.doubleExcitation(0, 1, 2, 3, Param.theta(0));
    VariationalForm form = VariationalForm.of(b.build());
    double[] theta = {0.3};
    assertEquals(new Vqe(H2Hamiltonians.load(0.735), ExcitationAnsatz.h2()).energy(theta),
        new Vqe(H2Hamiltonians.load(0.735), form).energy(theta), 1e-15);
  }

  @Test
  void rejectsAHamiltonianOnMoreWiresThanTheAnsatz() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Vqe(PauliSum.parse("Z0 Z5"), ExcitationAnsatz.h2()));
    assertEquals("hamiltonian: acts on wire 5, but the ansatz has only 4 qubit(s) (wires 0..3)",
        e.getMessage());
  }

  @Test
  void rejectsAStartOfTheWrongLength() {
    Vqe vqe = new Vqe(H2Hamiltonians.load(0.735), ExcitationAnsatz.h2());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> vqe.run(nelderMead(), new double[] {0, 0}));
    assertEquals("start: expected 1 parameter(s), got 2", e.getMessage());
  }
}
