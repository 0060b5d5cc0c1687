package io.qml4j.runtime.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

/** The density-matrix simulator against pure states and the axioms of a density matrix. */
class DensityMatrixSimulatorTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void everyGateOnTheDoubledRegisterGivesThePureStatesProjector() {
    SplittableRandom rnd = new SplittableRandom(11);
    for (int trial = 0; trial < 4; trial++) {
      int n = 4;
      Circuit circuit = new Circuit(n, NoisyCircuits.gates(rnd, n, 20));
      StateVector psi = Simulator.run(circuit);
      DensityMatrix expected = DensityMatrix.of(psi);
      DensityMatrix actual = DensityMatrixSimulator.run(NoisyCircuit.of(circuit)).densityMatrix();
      double[] a = actual.toArray(), e = expected.toArray();
      for (int i = 0; i < a.length; i++) {
        assertEquals(e[i], a[i], TOLERANCE, "entry " + i + " of " + circuit);
      }
    }
  }

  @Test
  void randomNoisyCircuitsKeepAHermitianPositiveUnitTraceMatrix() {
    SplittableRandom rnd = new SplittableRandom(5);
    for (int trial = 0; trial < 3; trial++) {
      DensityMatrix rho = DensityMatrixSimulator.run(NoisyCircuits.noisy(rnd, 4, 30))
          .densityMatrix();
      assertEquals(1, rho.trace(), TOLERANCE);
      int d = rho.dimension();
      for (int r = 0; r < d; r++) {
        for (int c = 0; c < d; c++) {
          assertEquals(rho.real(r, c), rho.real(c, r), TOLERANCE);
          assertEquals(rho.imag(r, c), -rho.imag(c, r), TOLERANCE);
        }
      }
      assertTrue(smallestEigenvalue(rho) > -TOLERANCE, "smallest eigenvalue "
          + smallestEigenvalue(rho));
      assertTrue(rho.purity() < 1 - 1e-3, "noise should mix the state: " + rho.purity());
    }
  }

  @Test
  void aDensityMatrixBeyondTheLimitIsRefusedBeforeAllocating() {
    ChannelsTest.assertMessage("qubits: a density matrix needs 1..14 qubits, got 15",
        () -> DensityMatrixSimulator.run(NoisyCircuit.of(new Circuit(15, java.util.List.of()))));
  }

  /**
   * The smallest eigenvalue of a Hermitian {@code A + iB}, from the real symmetric matrix
   * {@code [[A, -B], [B, A]]}, which has the same eigenvalues, each twice.
   */
  static double smallestEigenvalue(DensityMatrix rho) {
    int d = rho.dimension();
    DMatrixRMaj m = new DMatrixRMaj(2 * d, 2 * d);
    for (int r = 0; r < d; r++) {
      for (int c = 0; c < d; c++) {
        m.set(r, c, rho.real(r, c));
        m.set(r + d, c + d, rho.real(r, c));
        m.set(r, c + d, -rho.imag(r, c));
        m.set(r + d, c, rho.imag(r, c));
      }
    }
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(2 * d, false, true);
    assertTrue(eig.decompose(m));
    double min = Double.MAX_VALUE;
    for (int i = 0; i < 2 * d; i++) {
      min = Math.min(min, eig.getEigenvalue(i).getReal());
    }
    return min;
  }
}
