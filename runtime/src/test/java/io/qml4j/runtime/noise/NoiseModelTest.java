package io.qml4j.runtime.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import org.junit.jupiter.api.Test;

/** Noise rules, device calibrations and their shipped snapshots. */
class NoiseModelTest {
  private static Circuit sample() {
    CircuitBuilder q = new CircuitBuilder(3);
    q.h(0);
    q.cnot(0, 1);
    q.rz(2, 0.3);
    return q.build();
  }

  private static long channels(NoisyCircuit c) {
    return c.instructions().stream().filter(in -> in instanceof Instruction.Noise).count();
  }

  @Test
  void rulesAttachByGateKindAndWire() {
    NoiseModel model = NoiseModel.builder()
        .after(Channels.depolarizing(0.01))                       // 4 gate wires
        .after(Channels.depolarizing2(0.02), Gate.CNOT)           // 1
        .afterOn(Channels.bitFlip(0.1), new int[] {1}, Gate.CNOT) // 1
        .afterOn(Channels.phaseFlip(0.1), new int[] {0})          // after H and CNOT: 2
        .build();
    NoisyCircuit noisy = model.apply(sample());
    assertEquals(8, channels(noisy));
    Instruction afterH = noisy.instructions().get(1);
    assertEquals("depolarizing(0.01)[0]", afterH.toString());
  }

  @Test
  void aRuleOnAWireTheCircuitLacksIsNamed() {
    NoiseModel model = NoiseModel.builder()
        .afterOn(Channels.bitFlip(0.1), new int[] {5}).build();
    ChannelsTest.assertMessage("rules: rule 0 (bitFlip(0.1) after every gate on wires [5]) names "
        + "wire 5, but the circuit has 3 qubit(s)", () -> model.apply(sample()));
  }

  @Test
  void theEagleSnapshotGivesDepolarizingThenRelaxationAfterAnX() {
    DeviceCalibration device = DeviceCalibration.snapshot("ibm-eagle-r3-median");
    DeviceCalibration.QubitFigures f = device.qubits().get(0);
    CircuitBuilder q = new CircuitBuilder(2);
    q.x(0);
    DensityMatrixResult r = DensityMatrixSimulator.run(device.noiseModel(2).apply(q.build()));
    double p = 1.5 * f.gateError();
    double excited = (1 - 2 * p / 3) * Math.exp(-f.gateNs() / (f.t1Us() * 1e3));
    assertEquals(excited, r.probabilities()[2] + r.probabilities()[3], 1e-12);
    assertEquals(f.readoutFlipOne() * excited + (1 - f.readoutFlipZero()) * (1 - excited),
        r.measuredProbabilities()[0] + r.measuredProbabilities()[1], 1e-12);
  }

  @Test
  void everySnapshotLoadsAndNamesItsSource() {
    for (String name : DeviceCalibration.SNAPSHOTS) {
      DeviceCalibration d = DeviceCalibration.snapshot(name);
      assertEquals(name, d.name());
      assertEquals(true, d.source().length() > 40, d.source());
      assertEquals(5, d.qubits().size());
      // H and RZ: depolarizing and relaxation each; CNOT on a coupled pair: its two-qubit
      // depolarizing and the relaxation of both wires
      assertEquals(2 + 3 + 2, channels(d.noiseModel(5).apply(new Circuit(5,
          sample().operations()))));
    }
  }

  @Test
  void badCalibrationsAreNamed() {
    String good = "{\"name\":\"d\",\"source\":\"s\",\"qubits\":[{\"t1Us\":50,\"t2Us\":%s,"
        + "\"readoutFlipZero\":%s,\"readoutFlipOne\":0.01,\"gateError\":1e-3,\"gateNs\":30}],"
        + "\"couplers\":[%s]}";
    ChannelsTest.assertMessage("qubits[0].t2Us: 120.0 exceeds 2 * t1Us",
        () -> DeviceCalibration.parse(String.format(good, "120", "0.01", "")));
    ChannelsTest.assertMessage("qubits[0].readoutFlipZero: expected a probability in [0, 1]",
        () -> DeviceCalibration.parse(String.format(good, "60", "1.5", "")));
    ChannelsTest.assertMessage("couplers[0].wires: [0, 3] must be two distinct qubits",
        () -> DeviceCalibration.parse(String.format(good, "60", "0.01",
            "{\"wires\":[0,3],\"error\":0.01,\"durationNs\":300}")));
    ChannelsTest.assertMessage("json: not valid JSON",
        () -> DeviceCalibration.parse("{\"name\":"));
    ChannelsTest.assertMessage("name: no device snapshot \"nope\"",
        () -> DeviceCalibration.snapshot("nope"));
    ChannelsTest.assertMessage("circuitQubits: expected 1..5",
        () -> DeviceCalibration.snapshot("google-sycamore-2019").noiseModel(6));
  }
}
