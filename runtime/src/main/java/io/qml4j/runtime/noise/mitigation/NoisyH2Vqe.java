package io.qml4j.runtime.noise.mitigation;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.noise.DensityMatrixSimulator;
import io.qml4j.runtime.noise.NoiseModel;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.vqe.ExactDiagonalization;
import io.qml4j.runtime.vqe.H2Hamiltonians;

/**
 * H2 (STO-3G, Jordan-Wigner, {@link H2Hamiltonians}) by VQE on a noisy device model, raw and
 * with zero-noise extrapolation: the demonstration of the noise stack end to end.
 *
 * <p>The ansatz is written in device gates on a line of four qubits: {@code RY(t)} on wire 0 and
 * a CNOT ladder give {@code cos(t/2)|0000> + sin(t/2)|1111>}, and X on wires 2 and 3 turn it into
 * {@code cos(t/2)|0011> + sin(t/2)|1100>}, the two determinants of the H2 ground state, so the
 * noiseless optimum is the exact (full CI) energy. The angle is optimised on the noisy density
 * matrix by golden-section search, as a VQE on the device would, and ZNE is applied at that
 * angle. Expectations are exact on the density matrix (no shots, no readout error).
 */
public final class NoisyH2Vqe {
  private NoisyH2Vqe() {}

  /** Tolerance of the golden-section search on the angle. */
  private static final double ANGLE_TOLERANCE = 1e-6;

  /**
   * The outcome.
   *
   * @param exact the exact ground energy (Hartree)
   * @param theta the angle the noisy VQE chose
   * @param raw the noisy energy at that angle
   * @param zne the zero-noise extrapolation at that angle
   * @param folding the scales and noisy energies ZNE used
   */
  public record Result(double exact, double theta, double raw, double zne,
      ZeroNoiseExtrapolation.Result folding) {
    /** {@code |raw - exact| / |zne - exact|}: how many times ZNE shrank the error. */
    public double improvement() {
      return Math.abs(raw - exact) / Math.abs(zne - exact);
    }
  }

  /** The four-qubit ansatz at angle t. */
  public static Circuit ansatz(double t) {
    CircuitBuilder q = new CircuitBuilder(H2Hamiltonians.QUBITS);
    q.ry(0, t);
    q.cnot(0, 1);
    q.cnot(1, 2);
    q.cnot(2, 3);
    q.x(2);
    q.x(3);
    return q.build();
  }

  /**
   * Runs the noisy VQE at the equilibrium bond length and mitigates it.
   *
   * @param model the device's noise on four qubits
   * @param scaleFactors the ZNE scale factors, e.g. 1, 3, 5
   * @param method global or per-gate folding
   * @param extrapolator the ZNE fit
   */
  public static Result run(NoiseModel model, double[] scaleFactors, Folding.Method method,
      Extrapolator extrapolator) {
    PauliSum h = H2Hamiltonians.load(H2Hamiltonians.EQUILIBRIUM_ANGSTROM);
    double exact = ExactDiagonalization.groundEnergy(h, H2Hamiltonians.QUBITS);
    double theta = minimise(t -> DensityMatrixSimulator.expectation(model.apply(ansatz(t)), h),
        -Math.PI, 0);
    double raw = DensityMatrixSimulator.expectation(model.apply(ansatz(theta)), h);
    ZeroNoiseExtrapolation.Result folding = ZeroNoiseExtrapolation.run(ansatz(theta),
        c -> DensityMatrixSimulator.expectation(model.apply(c), h), scaleFactors, method,
        extrapolator);
    return new Result(exact, theta, raw, folding.estimate(), folding);
  }

  /** Golden-section search for the minimum of a unimodal function on [lo, hi]. */
  private static double minimise(java.util.function.DoubleUnaryOperator f, double lo, double hi) {
    double g = (Math.sqrt(5) - 1) / 2;
    double a = lo, b = hi;
    double c = b - g * (b - a), d = a + g * (b - a);
    double fc = f.applyAsDouble(c), fd = f.applyAsDouble(d);
    while (b - a > ANGLE_TOLERANCE) {
      if (fc < fd) {
        b = d;
        d = c;
        fd = fc;
        c = b - g * (b - a);
        fc = f.applyAsDouble(c);
      } else {
        a = c;
        c = d;
        fc = fd;
        d = a + g * (b - a);
        fd = f.applyAsDouble(d);
      }
    }
    return (a + b) / 2;
  }
}
