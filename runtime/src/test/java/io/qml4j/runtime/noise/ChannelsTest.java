package io.qml4j.runtime.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.observable.PauliSum;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every channel against its closed form on the density-matrix simulator. */
class ChannelsTest {
  private static final double TOLERANCE = 1e-12;
  private static final double ANGLE = 0.7;

  /** RY(ANGLE) on one qubit (so {@code <Z> = cos, <X> = sin}), then the channel. */
  private static DensityMatrix afterRy(Channel channel) {
    NoisyCircuitBuilder b = new NoisyCircuitBuilder(1, 0);
    b.q().ry(0, ANGLE);
    b.channel(channel, 0);
    return DensityMatrixSimulator.run(b.build()).densityMatrix();
  }

  private static DensityMatrix after(int qubits, Consumer<NoisyCircuitBuilder> body) {
    NoisyCircuitBuilder b = new NoisyCircuitBuilder(qubits, 0);
    body.accept(b);
    return DensityMatrixSimulator.run(b.build()).densityMatrix();
  }

  @Test
  void depolarizingScalesEveryPauliBy1Minus4pOver3() {
    double p = 0.12;
    DensityMatrix rho = afterRy(Channels.depolarizing(p));
    assertEquals((1 - 4 * p / 3) * Math.cos(ANGLE), rho.expectation(PauliSum.z(0)), TOLERANCE);
    assertEquals((1 - 4 * p / 3) * Math.sin(ANGLE), rho.expectation(PauliSum.x(0)), TOLERANCE);
  }

  @Test
  void bitFlipKeepsXAndScalesZ() {
    double p = 0.2;
    DensityMatrix rho = afterRy(Channels.bitFlip(p));
    assertEquals((1 - 2 * p) * Math.cos(ANGLE), rho.expectation(PauliSum.z(0)), TOLERANCE);
    assertEquals(Math.sin(ANGLE), rho.expectation(PauliSum.x(0)), TOLERANCE);
  }

  @Test
  void phaseFlipKeepsZAndScalesX() {
    double p = 0.2;
    DensityMatrix rho = afterRy(Channels.phaseFlip(p));
    assertEquals(Math.cos(ANGLE), rho.expectation(PauliSum.z(0)), TOLERANCE);
    assertEquals((1 - 2 * p) * Math.sin(ANGLE), rho.expectation(PauliSum.x(0)), TOLERANCE);
  }

  @Test
  void amplitudeDampingMovesPopulationAsExpMinusTOverT1() {
    double t1 = 40, time = 13;
    DensityMatrix rho = after(1, b -> {
      b.q().x(0);
      b.channel(Channels.amplitudeDamping(1 - Math.exp(-time / t1)), 0);
    });
    assertEquals(Math.exp(-time / t1), rho.probabilities()[1], TOLERANCE);
  }

  @Test
  void phaseDampingScalesCoherenceBySqrtOneMinusLambda() {
    double lambda = 0.3;
    DensityMatrix rho = afterRy(Channels.phaseDamping(lambda));
    assertEquals(Math.sqrt(1 - lambda) * Math.sin(ANGLE), rho.expectation(PauliSum.x(0)),
        TOLERANCE);
    assertEquals(Math.cos(ANGLE), rho.expectation(PauliSum.z(0)), TOLERANCE);
  }

  @Test
  void thermalRelaxationDecaysPopulationByT1AndCoherenceByT2() {
    double t1 = 100, t2 = 70, time = 25;
    DensityMatrix excited = after(1, b -> {
      b.q().x(0);
      b.channel(Channels.thermalRelaxation(t1, t2, time), 0);
    });
    assertEquals(Math.exp(-time / t1), excited.probabilities()[1], TOLERANCE);
    DensityMatrix plus = after(1, b -> {
      b.q().h(0);
      b.channel(Channels.thermalRelaxation(t1, t2, time), 0);
    });
    assertEquals(Math.exp(-time / t2), plus.expectation(PauliSum.x(0)), TOLERANCE);
  }

  @Test
  void twoQubitDepolarizingScalesNonIdentityPaulisBy1Minus16pOver15() {
    double p = 0.09;
    DensityMatrix rho = after(2, b -> {
      b.q().h(0);
      b.q().cnot(0, 1);
      b.channel(Channels.depolarizing2(p), 0, 1);
    });
    double scale = 1 - 16 * p / 15;
    assertEquals(scale, rho.expectation(PauliSum.parse("Z0 Z1")), TOLERANCE);
    assertEquals(scale, rho.expectation(PauliSum.parse("X0 X1")), TOLERANCE);
    assertEquals(-scale, rho.expectation(PauliSum.parse("Y0 Y1")), TOLERANCE);
  }

  @Test
  void theDepolarizingKernelEqualsTheGeneralSuperoperator() {
    java.util.SplittableRandom rnd = new java.util.SplittableRandom(2);
    io.qml4j.runtime.Circuit gates = new io.qml4j.runtime.Circuit(3,
        NoisyCircuits.gates(rnd, 3, 10));
    for (Channel fast : new Channel[] {Channels.depolarizing(0.2), Channels.depolarizing2(0.3)}) {
      double[][] kraus = new double[fast.krausCount()][];
      for (int k = 0; k < kraus.length; k++) {
        kraus[k] = fast.krausOperator(k);
      }
      Channel general = Channel.kraus("general", kraus);
      int[] wires = fast.arity() == 1 ? new int[] {1} : new int[] {2, 0};
      double[] a = after(3, b -> {
        b.append(gates);
        b.channel(fast, wires);
      }).toArray();
      double[] e = after(3, b -> {
        b.append(gates);
        b.channel(general, wires);
      }).toArray();
      for (int i = 0; i < a.length; i++) {
        assertEquals(e[i], a[i], 1e-14, fast + " entry " + i);
      }
    }
  }

  @Test
  void resetSendsEveryStateToZero() {
    DensityMatrix rho = after(1, b -> {
      b.q().ry(0, ANGLE);
      b.reset(0);
    });
    assertEquals(1, rho.probabilities()[0], TOLERANCE);
    assertEquals(1, rho.purity(), TOLERANCE);
  }

  @Test
  void generalKrausSetEqualsTheNamedChannel() {
    Channel named = Channels.amplitudeDamping(0.3);
    Channel general = Channel.kraus("mine", named.krausOperator(0), named.krausOperator(1));
    assertEquals(afterRy(named).expectation(PauliSum.z(0)),
        afterRy(general).expectation(PauliSum.z(0)), TOLERANCE);
    assertTrue(Channels.depolarizing(0.1).isUnitaryMixture());
    assertTrue(!named.isUnitaryMixture());
  }

  @Test
  void badArgumentsAreNamed() {
    assertMessage("p: expected a probability in [0, 1]", () -> Channels.depolarizing(-0.1));
    assertMessage("p: expected a probability in [0, 1]", () -> Channels.bitFlip(1.5));
    assertMessage("gamma: expected a probability", () -> Channels.amplitudeDamping(Double.NaN));
    assertMessage("t2: 250.0 exceeds 2 * t1", () -> Channels.thermalRelaxation(100, 250, 1));
    assertMessage("t1: expected a finite time > 0", () -> Channels.thermalRelaxation(0, 1, 1));
    assertMessage("operators: not trace preserving", () -> Channel.kraus("half",
        new double[] {Math.sqrt(0.5), 0, 0, 0, 0, 0, Math.sqrt(0.5), 0}));
    assertMessage("operators: Kraus operator 1 has 32 numbers", () -> Channel.kraus("mixed",
        Channels.pauli(0), new double[32]));
    assertMessage("flipZero[1]: expected a probability", () -> ReadoutError.of(
        new double[] {0.1, 2}, new double[] {0.1, 0.1}));
  }

  static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().startsWith(expected), e.getMessage());
  }
}
