package io.qml4j.runtime.backend.remote;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.backend.Capabilities;
import io.qml4j.runtime.transpile.CouplingMap;
import io.qml4j.runtime.transpile.NativeQasm;
import io.qml4j.runtime.transpile.TranspileResult;
import io.qml4j.runtime.transpile.Transpiler;
import java.util.Locale;
import java.util.Objects;

/**
 * A circuit made ready for a device: transpiled to its native gates and coupling map when it has
 * them, with the physical qubit that holds each logical wire at the end. The OpenQASM 3 program
 * ({@link #qasm3()}) measures logical wire w into bit {@code c[w]}, so a service's result bits
 * name logical wires and no layout needs undoing afterwards.
 *
 * @param logical the circuit as submitted
 * @param physical the circuit on the device's qubits (the logical one if nothing was needed)
 * @param finalLayout the physical qubit of each logical wire at the end
 */
public record DeviceProgram(Circuit logical, Circuit physical, int[] finalLayout) {
  /** Copies the layout. */
  public DeviceProgram {
    Objects.requireNonNull(logical, "logical");
    Objects.requireNonNull(physical, "physical");
    finalLayout = finalLayout.clone();
  }

  /** The physical qubit of each logical wire at the end (a copy). */
  @Override
  public int[] finalLayout() {
    return finalLayout.clone();
  }

  /**
   * Prepares a circuit for a device: routed on its coupling map and translated to its native
   * gates when the capabilities name them (on all-to-all devices, without coupling map, the
   * program keeps the circuit's width), else as it is.
   *
   * @param circuit the bound circuit
   * @param device what the device accepts
   * @param seed the seed of the router's random choices
   * @return the program
   * @throws IllegalArgumentException if the circuit is wider than the device or a gate cannot be
   *     translated
   */
  public static DeviceProgram prepare(Circuit circuit, Capabilities device, long seed) {
    if (circuit.qubits() > device.qubits()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "circuit: %d qubits do not fit the device's %d", circuit.qubits(), device.qubits()));
    }
    if (device.nativeGates() == null) {
      int[] identity = new int[circuit.qubits()];
      for (int w = 0; w < identity.length; w++) {
        identity[w] = w;
      }
      return new DeviceProgram(circuit, circuit, identity);
    }
    // all-to-all: no qubit beyond the circuit's is needed, so the program stays as wide
    CouplingMap map = device.couplingMap() != null ? device.couplingMap()
        : CouplingMap.full(Math.max(2, circuit.qubits()));
    TranspileResult t = Transpiler.to(map, device.nativeGates()).withSeed(seed)
        .transpile(circuit);
    return new DeviceProgram(circuit, t.circuit(), t.finalLayout());
  }

  /** The program without measurements, as an estimator takes it. */
  public String qasm3WithoutMeasurements() {
    return NativeQasm.toQasm3(physical);
  }

  /**
   * The program as OpenQASM 3: the native gates on register {@code q} and one measurement per
   * logical wire, {@code c[w] = measure q[finalLayout[w]];}.
   */
  public String qasm3() {
    StringBuilder out = new StringBuilder(NativeQasm.toQasm3(physical));
    out.append("bit[").append(logical.qubits()).append("] c;\n");
    for (int w = 0; w < finalLayout.length; w++) {
      out.append(String.format(Locale.ROOT, "c[%d] = measure q[%d];\n", w, finalLayout[w]));
    }
    return out.toString();
  }
}
