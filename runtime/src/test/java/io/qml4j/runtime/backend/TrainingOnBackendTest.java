package io.qml4j.runtime.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.gradient.Adjoint;
import io.qml4j.runtime.gradient.Jacobian;
import io.qml4j.runtime.gradient.Param;
import io.qml4j.runtime.gradient.ParametrizedBuilder;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.ml.data.Blobs;
import io.qml4j.runtime.ml.data.Dataset;
import io.qml4j.runtime.ml.optim.Adam;
import io.qml4j.runtime.ml.optim.Bobyqa;
import io.qml4j.runtime.ml.optim.GradientDescent;
import io.qml4j.runtime.ml.optim.OptimizerOptions;
import io.qml4j.runtime.ml.variational.BackendModel;
import io.qml4j.runtime.ml.variational.CircuitModel;
import io.qml4j.runtime.ml.variational.DataReuploading;
import io.qml4j.runtime.ml.variational.VariationalClassifier;
import io.qml4j.runtime.noise.DensityMatrixSimulator;
import io.qml4j.runtime.noise.DeviceCalibration;
import io.qml4j.runtime.noise.NoiseModel;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.qaoa.Graph;
import io.qml4j.runtime.qaoa.IsingCost;
import io.qml4j.runtime.qaoa.MaxCut;
import io.qml4j.runtime.qaoa.Qaoa;
import io.qml4j.runtime.qaoa.QaoaResult;
import io.qml4j.runtime.qaoa.QaoaSolver;
import io.qml4j.runtime.vqe.ExactDiagonalization;
import io.qml4j.runtime.vqe.H2Hamiltonians;
import io.qml4j.runtime.vqe.VariationalForm;
import io.qml4j.runtime.vqe.Vqe;
import io.qml4j.runtime.vqe.VqeResult;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The classifier, VQE and QAOA trained through backends, with shots, under device noise. */
class TrainingOnBackendTest {
  /** Shots per circuit and group: a standard error of at most 1/sqrt(1000) = 0.03 per term. */
  private static final int SHOTS = 1000;

  @Test
  void aBatchOfJacobiansIsOneJobAndExactOnTheStateVector() {
    ParametrizedCircuit circuit = DataReuploading.circuit(2, 2, 2);
    List<PauliSum> observables = List.of(PauliSum.z(0), PauliSum.parse("0.5 X0 X1 - Z1"));
    double[] theta = new SplittableRandom(4).doubles(circuit.thetaCount(), -3, 3).toArray();
    double[][] xs = {{0.3, -0.7}, {1.1, 0.2}, {-0.4, 0.9}};
    AtomicInteger jobs = new AtomicInteger();
    Backend counting = counting(Backends.named("statevector"), jobs);
    List<Jacobian> js = Backends.parameterShiftJacobians(counting, circuit, theta, xs,
        observables, true, 0, 1);
    assertEquals(1, jobs.get());
    for (int i = 0; i < xs.length; i++) {
      Jacobian exact = Adjoint.jacobian(circuit, theta, xs[i], observables);
      for (int o = 0; o < observables.size(); o++) {
        assertEquals(exact.values()[o], js.get(i).values()[o], 1e-12);
        for (int k = 0; k < theta.length; k++) {
          assertEquals(exact.theta()[o][k], js.get(i).theta()[o][k], 1e-10, "theta " + k);
        }
        for (int j = 0; j < 2; j++) {
          assertEquals(exact.x()[o][j], js.get(i).x()[o][j], 1e-10, "x " + j);
        }
      }
    }
  }

  @Test
  void classifierTrainsWithShotsThroughANoisyFakeDeviceOneJobPerStep() {
    Dataset train = Blobs.generate(40, 0.7, 0.35, 1), test = Blobs.generate(40, 0.7, 0.35, 2);
    CircuitModel circuit = DataReuploading.model(2, 2, 2);
    AtomicInteger jobs = new AtomicInteger();
    Backend device = counting(Backends.named("fake-eagle-line5"), jobs);
    int steps = 20;
    VariationalClassifier noisy = VariationalClassifier.train(
        BackendModel.of(circuit, device, SHOTS, 5), train,
        new Adam(0.1, OptimizerOptions.defaults().withMaxSteps(steps).withSeed(1)), 8, 3);
    // one job per step, and one for the final loss over all 40 points (25 circuits each, as
    // many as the device takes in one job)
    assertEquals(steps + 1, jobs.get());
    VariationalClassifier ideal = VariationalClassifier.train(circuit, train,
        new Adam(0.1, OptimizerOptions.defaults().withMaxSteps(steps).withSeed(1)), 8, 3);
    double noisyAccuracy = noisy.accuracy(test);
    double idealAccuracy = ideal.accuracy(test);
    System.out.printf(Locale.ROOT, "classifier, blobs, 2 qubits, 2 layers, %d Adam steps: test "
        + "accuracy %.3f on fake-eagle-line5 (%d shots), %.3f noiseless (adjoint); training "
        + "loss %.3f vs %.3f%n", steps, noisyAccuracy, SHOTS, idealAccuracy,
        noisy.result().loss(), ideal.result().loss());
    assertTrue(noisyAccuracy >= 0.85, "noisy test accuracy " + noisyAccuracy);
    assertTrue(noisy.result().loss() < Math.log(2), "noisy loss " + noisy.result().loss());
  }

  @Test
  void h2VqeWithShotsOnAnEagleNoiseModelEndsBetweenItsStartAndTheGroundEnergy() {
    PauliSum h = H2Hamiltonians.load(H2Hamiltonians.EQUILIBRIUM_ANGSTROM);
    double ground = ExactDiagonalization.groundEnergy(h, H2Hamiltonians.QUBITS);
    VariationalForm ansatz = VariationalForm.of(h2Ansatz());
    NoiseModel eagle = DeviceCalibration.snapshot("ibm-eagle-r3-median").noiseModel(4);
    AtomicInteger jobs = new AtomicInteger();
    Backend backend = counting(NoisyBackend.densityMatrix("eagle-dm", n -> eagle), jobs);
    double[] start = {1.5};
    int steps = 15;
    Vqe vqe = new Vqe(h, ansatz);
    VqeResult noisy = vqe.runOnBackend(
        new GradientDescent(0.3, OptimizerOptions.defaults().withMaxSteps(steps)), start,
        backend, 4 * SHOTS, 7);
    assertEquals(steps + 1, jobs.get(), "one job per step (value and gradient), one at the end");
    VqeResult ideal = vqe.run(
        new GradientDescent(0.3, OptimizerOptions.defaults().withMaxSteps(steps)), start);
    double noisyStart = noisyEnergy(eagle, ansatz, start, h);
    double noisyEnd = noisyEnergy(eagle, ansatz, noisy.parameters(), h);
    System.out.printf(Locale.ROOT, "H2 VQE, %d GD steps from t = %.1f: on the Eagle r3 noise "
        + "model (%d shots): noisy energy %.4f (start %.4f), its angle's exact energy %.4f; "
        + "noiseless training %.4f; exact %.4f Ha%n", steps, start[0], 4 * SHOTS, noisyEnd,
        noisyStart, noisy.energy(), ideal.energy(), ground);
    assertTrue(noisyEnd > ground, noisyEnd + " vs ground " + ground);
    assertTrue(noisyEnd < noisyStart - 0.3, noisyEnd + " vs start " + noisyStart);
    // the noise shrinks the landscape but barely moves its minimum
    assertTrue(noisy.energy() - ground < 5e-3, "exact energy at the noisy angle " + noisy.energy());
  }

  @Test
  void qaoaMaxCutWithShotsOnANoisyFakeDeviceFindsNearlyTheNoiselessAngles() {
    IsingCost cost = MaxCut.cost(Graph.cycle(4));
    // a coarse grid and a short refinement: each evaluation on the backend is a job
    QaoaSolver exact = new QaoaSolver(new Bobyqa(Math.PI / 12, 1e-3,
        OptimizerOptions.defaults().withMaxSteps(60)), 12);
    QaoaResult ideal = exact.solveP1(cost);
    Backend noisy = Backends.named("fake-ring8");
    QaoaResult onDevice = exact.onBackend(noisy, SHOTS, 3).solveP1(cost);
    double exactAtNoisyAngles = new Qaoa(cost, 1).expectation(onDevice.parameters());
    System.out.printf(Locale.ROOT, "QAOA MaxCut ring of 4, p = 1: noiseless <C> %.4f; on "
        + "fake-ring8 with %d shots: estimate %.4f, its angles' exact <C> %.4f (max 4)%n",
        ideal.expectation(), SHOTS, onDevice.expectation(), exactAtNoisyAngles);
    assertTrue(onDevice.expectation() < ideal.expectation(), "noise lowers the estimate");
    // shot noise of the estimates is about sqrt(4 / 1000) = 0.06; a random angle gives 2
    assertTrue(exactAtNoisyAngles > ideal.expectation() - 0.1, "angles " + exactAtNoisyAngles);
  }

  /** RY on wire 0 and a CNOT ladder, then X on 2 and 3: cos|0011> + sin|1100>, H2's ground. */
  private static ParametrizedCircuit h2Ansatz() {
    ParametrizedBuilder q = new ParametrizedBuilder(4, 1, 0);
    q.ry(0, Param.theta(0));
    q.cnot(0, 1);
    q.cnot(1, 2);
    q.cnot(2, 3);
    q.x(2);
    q.x(3);
    return q.build();
  }

  private static double noisyEnergy(NoiseModel model, VariationalForm ansatz, double[] theta,
      PauliSum h) {
    Circuit c = ansatz.circuit(theta);
    return DensityMatrixSimulator.expectation(model.apply(c), h);
  }

  private static Backend counting(Backend inner, AtomicInteger jobs) {
    return new Backend() {
      @Override
      public String name() {
        return inner.name();
      }

      @Override
      public String description() {
        return "counts the jobs submitted to " + inner.name();
      }

      @Override
      public Capabilities capabilities() {
        return inner.capabilities();
      }

      @Override
      public Job submit(List<Circuit> circuits, int shots, long seed) {
        jobs.incrementAndGet();
        return inner.submit(circuits, shots, seed);
      }
    };
  }
}
