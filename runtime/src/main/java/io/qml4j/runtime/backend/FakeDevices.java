package io.qml4j.runtime.backend;

import io.qml4j.runtime.noise.DeviceCalibration;
import io.qml4j.runtime.transpile.CouplingMap;
import io.qml4j.runtime.transpile.NativeGateSet;
import java.util.List;

/**
 * The shipped fake devices. Figures are typical published medians, rounded, the same on every
 * qubit: a snapshot to make noise and routing realistic, not the calibration of one machine on
 * one day.
 */
public final class FakeDevices {
  /**
   * IBM Falcon r5.11 class (ibmq_montreal, ibm_cairo, ibmq_mumbai), medians as IBM published them
   * in 2022 and as Qiskit's fake backends ship them, rounded: T1 100 us, T2 90 us, SX error
   * 3e-4 over 36 ns, CX error 1e-2 over 400 ns, readout 1.5 % (1/3 p(1|0), 2/3 p(0|1)).
   */
  static final DeviceCalibration.QubitFigures FALCON = new DeviceCalibration.QubitFigures(
      100, 90, 0.01, 0.02, 3e-4, 36);
  static final double FALCON_CX_ERROR = 1e-2;
  static final double FALCON_CX_NS = 400;
  /**
   * IonQ Aria class, from IonQ's published system figures (2023), rounded: single-qubit fidelity
   * 99.95 % over 135 us, two-qubit (MS) 99.6 % over 600 us, SPAM 99.6 %, T1 effectively infinite
   * (10 s is used), T2 1 s.
   */
  static final DeviceCalibration.QubitFigures ARIA = new DeviceCalibration.QubitFigures(
      1e7, 1e6, 0.004, 0.004, 5e-4, 135_000);
  static final double ARIA_MS_ERROR = 4e-3;
  static final double ARIA_MS_NS = 600_000;

  private FakeDevices() {}

  /** {@code fake-falcon27}: IBM's 27-qubit heavy-hex Falcon, {rz, sx, x, cx}. */
  public static FakeDevice falcon27() {
    CouplingMap map = CouplingMap.heavyHex27();
    return new FakeDevice("fake-falcon27", "IBM Falcon r5.11 class, 27-qubit heavy hex, "
        + "typical 2022 medians", map, NativeGateSet.IBM_CX,
        Calibrations.uniform("fake-falcon27", "typical IBM Falcon r5.11 medians, rounded", map,
            FALCON, FALCON_CX_ERROR, FALCON_CX_NS));
  }

  /** {@code fake-eagle-line5}: the shipped IBM Eagle r3 snapshot, a 5-qubit line, with ECR. */
  public static FakeDevice eagleLine5() {
    DeviceCalibration eagle = DeviceCalibration.snapshot("ibm-eagle-r3-median");
    CouplingMap map = CouplingMap.line(eagle.qubits().size());
    return new FakeDevice("fake-eagle-line5", "IBM Eagle r3 medians on a 5-qubit line, "
        + "{rz, sx, x, ecr}", map, NativeGateSet.IBM_ECR, eagle);
  }

  /** {@code fake-ring8}: Falcon figures on an 8-qubit ring, {rz, sx, x, cx}. */
  public static FakeDevice ring8() {
    CouplingMap map = CouplingMap.ring(8);
    return new FakeDevice("fake-ring8", "8-qubit ring with Falcon medians", map,
        NativeGateSet.IBM_CX, Calibrations.uniform("fake-ring8",
            "typical IBM Falcon r5.11 medians on a ring, rounded", map, FALCON, FALCON_CX_ERROR,
            FALCON_CX_NS));
  }

  /** {@code fake-ion11}: an 11-ion all-to-all trap, {rx, ry, rz, rxx}, IonQ Aria figures. */
  public static FakeDevice ion11() {
    CouplingMap map = CouplingMap.full(11);
    return new FakeDevice("fake-ion11", "11-qubit all-to-all ion trap, IonQ Aria class "
        + "figures", map, NativeGateSet.ION_TRAP, Calibrations.uniform("fake-ion11",
            "IonQ Aria published system figures, rounded", map, ARIA, ARIA_MS_ERROR,
            ARIA_MS_NS));
  }

  /** Every shipped fake device. */
  public static List<FakeDevice> all() {
    return List.of(falcon27(), eagleLine5(), ring8(), ion11());
  }
}
