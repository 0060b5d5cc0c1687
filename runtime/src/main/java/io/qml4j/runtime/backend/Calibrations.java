package io.qml4j.runtime.backend;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qml4j.runtime.noise.DeviceCalibration;
import io.qml4j.runtime.transpile.CouplingMap;
import java.util.List;

/**
 * Builds {@link DeviceCalibration}s for the fake devices: uniform figures on a coupling map, and
 * the restriction of a calibration to the physical qubits a routed circuit touches (renumbered in
 * increasing order), so that only those are simulated. Both go through the calibration's JSON
 * form, the one way the noise package reads a calibration.
 */
final class Calibrations {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Calibrations() {}

  /** The same figures on every qubit and every coupler of the map. */
  static DeviceCalibration uniform(String name, String source, CouplingMap map,
      DeviceCalibration.QubitFigures qubit, double couplerError, double couplerNs) {
    ObjectNode root = JSON.createObjectNode().put("name", name).put("source", source);
    ArrayNode qubits = root.putArray("qubits");
    for (int q = 0; q < map.qubits(); q++) {
      qubits.add(figures(qubit));
    }
    ArrayNode couplers = root.putArray("couplers");
    for (int[] e : map.edges()) {
      ObjectNode c = couplers.addObject();
      c.putArray("wires").add(e[0]).add(e[1]);
      c.put("error", couplerError).put("durationNs", couplerNs);
    }
    return DeviceCalibration.parse(root.toString());
  }

  /** The calibration of the listed physical qubits, qubit {@code active[i]} becoming qubit i. */
  static DeviceCalibration restrict(DeviceCalibration device, int[] active) {
    ObjectNode root = JSON.createObjectNode().put("name", device.name())
        .put("source", device.source());
    ArrayNode qubits = root.putArray("qubits");
    int[] index = new int[device.qubits().size()];
    java.util.Arrays.fill(index, -1);
    for (int i = 0; i < active.length; i++) {
      qubits.add(figures(device.qubits().get(active[i])));
      index[active[i]] = i;
    }
    ArrayNode couplers = root.putArray("couplers");
    List<DeviceCalibration.Coupler> all = device.couplers();
    for (DeviceCalibration.Coupler c : all) {
      if (index[c.a()] >= 0 && index[c.b()] >= 0) {
        ObjectNode node = couplers.addObject();
        node.putArray("wires").add(index[c.a()]).add(index[c.b()]);
        node.put("error", c.error()).put("durationNs", c.durationNs());
      }
    }
    return DeviceCalibration.parse(root.toString());
  }

  private static ObjectNode figures(DeviceCalibration.QubitFigures f) {
    return JSON.createObjectNode().put("t1Us", f.t1Us()).put("t2Us", f.t2Us())
        .put("readoutFlipZero", f.readoutFlipZero()).put("readoutFlipOne", f.readoutFlipOne())
        .put("gateError", f.gateError()).put("gateNs", f.gateNs());
  }
}
