package io.qml4j.runtime.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.gradient.Gradient;
import io.qml4j.runtime.gradient.Param;
import io.qml4j.runtime.gradient.ParameterShift;
import io.qml4j.runtime.gradient.ParametrizedBuilder;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.observable.Expectation;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.observable.ShotEstimate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackendsTest {
  /** Shot estimates must lie within this many standard errors of the exact value. */
  private static final double SIGMAS = 5;

  private static Circuit bell() {
    CircuitBuilder b = new CircuitBuilder(2);
    b.h(0);
    b.cnot(0, 1);
    return b.build();
  }

  private static Circuit ghz(int n) {
    CircuitBuilder b = new CircuitBuilder(n);
    b.h(0);
    for (int q = 0; q + 1 < n; q++) {
      b.cnot(q, q + 1);
    }
    return b.build();
  }

  @Test
  void serviceLoaderFindsTheBuiltInBackends() {
    List<String> names = new ArrayList<>();
    Backends.all().forEach(b -> names.add(b.name()));
    assertEquals(List.of("statevector", "sampler", "density-matrix", "trajectories",
        "fake-falcon27", "fake-eagle-line5", "fake-ring8", "fake-ion11"), names);
    assertEquals(27, Backends.named("fake-falcon27").capabilities().qubits());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Backends.named("ibm_nowhere"));
    assertTrue(e.getMessage().startsWith("name: no backend \"ibm_nowhere\"; installed: "
        + "statevector, sampler"), e.getMessage());
  }

  @Test
  void countsPutWireZeroFirst() {
    CircuitBuilder b = new CircuitBuilder(3);
    b.x(0);
    Counts counts = Backends.named("sampler").submit(List.of(b.build()), 100, 1).result().get(0);
    assertEquals(100, counts.get("100"));
    assertEquals(1.0, counts.distribution()[4]);
  }

  @Test
  void exactBackendReturnsProbabilitiesAndSeededSamples() {
    Backend exact = Backends.named("statevector");
    Counts p = exact.submit(List.of(bell()), 0, 0).result().get(0);
    assertArrayEquals(new double[] {0.5, 0, 0, 0.5}, p.probabilities(), 1e-15);
    Counts a = exact.submit(List.of(bell()), 1000, 7).result().get(0);
    Counts b = exact.submit(List.of(bell()), 1000, 7).result().get(0);
    assertEquals(a.counts(), b.counts());
    assertEquals(1000, a.get("00") + a.get("11"));
  }

  @Test
  void expectationIsExactOnTheStateVectorAndWithinShotNoiseOnTheSampler() {
    CircuitBuilder b = new CircuitBuilder(3);
    b.ry(0, 0.7);
    b.rx(1, 1.3);
    b.cnot(0, 2);
    b.ry(2, -0.4);
    Circuit c = b.build();
    PauliSum h = PauliSum.parse("0.5 Z0 Z2 - 0.3 X1 + 0.8 Y1 Z0 + 0.2 X0 X2 + 1.5");
    double exact = Expectation.of(Simulator.run(c), h);
    assertEquals(exact, Backends.expectation(Backends.named("statevector"), c, h, 0, 0).mean(),
        1e-12);
    ShotEstimate e = Backends.expectation(Backends.named("sampler"), c, h, 20_000, 3);
    assertTrue(Math.abs(e.mean() - exact) < SIGMAS * e.standardError(), e + " vs " + exact);
  }

  @Test
  void fakeDevicesRunWithNoiseOnTheirOwnLayout() {
    for (String name : List.of("fake-falcon27", "fake-eagle-line5", "fake-ring8", "fake-ion11")) {
      Counts c = Backends.named(name).submit(List.of(ghz(4)), 2000, 5).result().get(0);
      double ideal = (c.get("0000") + c.get("1111")) / 2000.0;
      // noise moves a few percent of the shots, never most of them
      assertTrue(ideal > 0.85 && ideal < 1, name + ": " + c.counts());
    }
  }

  @Test
  void noisySimulatorsAgree() {
    Counts dm = Backends.named("density-matrix").submit(List.of(ghz(3)), 4000, 1).result().get(0);
    Counts tr = Backends.named("trajectories").submit(List.of(ghz(3)), 4000, 2).result().get(0);
    double pDm = (dm.get("000") + dm.get("111")) / 4000.0;
    double pTr = (tr.get("000") + tr.get("111")) / 4000.0;
    // both near 1 - (readout 3 x 1 % + gate noise): a few percent below 1
    assertTrue(pDm < 0.99 && pDm > 0.9 && Math.abs(pDm - pTr) < 0.02, pDm + " vs " + pTr);
  }

  @Test
  void badInputIsRefusedBeforeAnythingRuns() {
    Backend falcon = Backends.named("fake-falcon27");
    IllegalArgumentException wide = assertThrows(IllegalArgumentException.class,
        () -> falcon.submit(List.of(new Circuit(28, List.of())), 10, 0));
    assertEquals("circuits[0]: 28 qubits do not fit fake-falcon27, which has 27",
        wide.getMessage());
    IllegalArgumentException shots = assertThrows(IllegalArgumentException.class,
        () -> falcon.submit(List.of(bell()), 100_001, 0));
    assertEquals("shots: fake-falcon27 takes 1 to 100000 shots per circuit, got 100001",
        shots.getMessage());
    IllegalArgumentException many = assertThrows(IllegalArgumentException.class,
        () -> falcon.submit(Collections.nCopies(1001, bell()), 10, 0));
    assertEquals("circuits: fake-falcon27 takes 1 to 1000 circuits per job, got 1001",
        many.getMessage());
    CircuitBuilder b = new CircuitBuilder(2);
    b.unitary(Gate.CZ.matrix(), 0, 1);
    IllegalArgumentException gate = assertThrows(IllegalArgumentException.class,
        () -> falcon.submit(List.of(bell(), b.build()), 10, 0));
    assertTrue(gate.getMessage().startsWith("circuits[1]: operations: Unitary on 2 wires "
        + "cannot be translated"), gate.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Backends.named("sampler").submit(List.of(bell()), 0, 0));
  }

  @Test
  void jobsCanBeCancelledAndTimedOut() {
    Backend exact = Backends.named("statevector");
    List<Circuit> slow = Collections.nCopies(400, ghz(20));
    Job timed = exact.submit(slow, 0, 0);
    assertThrows(JobTimeoutException.class, () -> timed.result(Duration.ofMillis(1)));
    assertTrue(timed.cancel());
    assertEquals(JobStatus.CANCELLED, timed.status());
    assertThrows(CancellationException.class, timed::result);
    assertTrue(timed.future().isCancelled() || timed.future().isCompletedExceptionally());
    Job quick = exact.submit(List.of(bell()), 0, 0);
    quick.result(Duration.ofSeconds(30));
    assertEquals(JobStatus.DONE, quick.status());
    assertTrue(!quick.cancel());
  }

  @Test
  void parameterShiftThroughABackendIsOneJobAndMatchesTheExactGradient() {
    ParametrizedBuilder b = new ParametrizedBuilder(3, 4, 1);
    b.ry(0, Param.theta(0));
    b.rx(1, Param.product(1, 0));
    b.cnot(0, 1);
    b.crz(1, 2, Param.theta(2));
    b.ry(2, Param.theta(3).times(2).plus(Param.x(0)));
    b.cnot(2, 0);
    ParametrizedCircuit circuit = b.build();
    double[] theta = {0.4, -0.9, 1.2, 0.3};
    double[] x = {0.7};
    PauliSum h = PauliSum.parse("Z0 Z1 + 0.5 X2 - 0.4 Y1");
    Gradient exact = ParameterShift.gradient(circuit, theta, x, h);
    AtomicInteger jobs = new AtomicInteger();
    Backend sampler = Backends.named("sampler");
    Backend counting = new Backend() {
      @Override public String name() {
        return "counting";
      }

      @Override public String description() {
        return "counts submissions";
      }

      @Override public Capabilities capabilities() {
        return sampler.capabilities();
      }

      @Override public Job submit(List<Circuit> circuits, int shots, long seed) {
        jobs.incrementAndGet();
        return sampler.submit(circuits, shots, seed);
      }
    };
    int shots = 20_000;
    Gradient g = Backends.parameterShiftGradient(counting, circuit, theta, x, h, shots, 11);
    assertEquals(1, jobs.get());
    // each estimate of <H> has standard deviation at most sum |c| / sqrt(shots) = 1.9 / 141;
    // a derivative adds at most 4 of them with coefficients summing to at most 1, and the
    // chain rule scales by at most 2 (the 2 theta[3]) per slot
    double bound = SIGMAS * 2 * 1.9 / Math.sqrt(shots);
    assertEquals(exact.value(), g.value(), bound);
    for (int k = 0; k < theta.length; k++) {
      assertEquals(exact.theta()[k], g.theta()[k], bound, "theta " + k);
    }
    assertEquals(exact.x()[0], g.x()[0], 2 * bound, "x 0");
    Gradient exactThroughBackend = Backends.parameterShiftGradient(
        Backends.named("statevector"), circuit, theta, x, h, 0, 0);
    assertArrayEquals(exact.theta(), exactThroughBackend.theta(), 1e-12);
    assertArrayEquals(exact.x(), exactThroughBackend.x(), 1e-12);
  }
}
