package io.qml4j.runtime.backend;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.noise.DeviceCalibration;
import io.qml4j.runtime.noise.NoiseModel;
import io.qml4j.runtime.noise.NoiseRule;
import io.qml4j.runtime.noise.NoisyCircuit;
import io.qml4j.runtime.transpile.CouplingMap;
import io.qml4j.runtime.transpile.NativeGateSet;
import io.qml4j.runtime.transpile.TranspileResult;
import io.qml4j.runtime.transpile.Transpiler;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A device snapshot simulated locally, as Qiskit's fake backends are: a coupling map, a native
 * gate set and a calibration. A submitted circuit is transpiled ({@link Transpiler}, SABRE,
 * seed 0) when it is submitted, so an untranslatable gate or a circuit wider than the device is
 * refused before anything runs; it then runs with the calibration's noise model
 * ({@link DeviceCalibration#noiseModel(int)}: depolarizing and thermal relaxation after gates,
 * readout error) on just the physical qubits it touches, on the density matrix up to
 * 10 of them, by trajectories beyond. The ECR gate, a
 * two-qubit unitary to the noise model, gets the coupler's two-qubit rules as a CNOT would.
 * Counts are reported on the submitted circuit's wires: the final layout is undone.
 */
public final class FakeDevice extends LocalBackend<TranspileResult> {
  /** The most physical qubits a routed circuit may touch: one trajectory state of 2^24. */
  static final int MAX_ACTIVE_QUBITS = 24;
  static final int MAX_SHOTS = 100_000;
  static final int MAX_CIRCUITS = 1_000;

  private final String name;
  private final String description;
  private final CouplingMap map;
  private final NativeGateSet gates;
  private final DeviceCalibration calibration;
  private final Transpiler transpiler;

  /**
   * A fake device.
   *
   * @param name the backend's name
   * @param description one line on the device and its figures' source
   * @param map the coupling map
   * @param gates the native gate set
   * @param calibration figures of every qubit of the map (its couplers need not match the map)
   * @throws IllegalArgumentException if the calibration's qubit count differs from the map's
   */
  public FakeDevice(String name, String description, CouplingMap map, NativeGateSet gates,
      DeviceCalibration calibration) {
    this.name = Objects.requireNonNull(name, "name");
    this.description = Objects.requireNonNull(description, "description");
    this.map = Objects.requireNonNull(map, "map");
    this.gates = Objects.requireNonNull(gates, "gates");
    this.calibration = Objects.requireNonNull(calibration, "calibration");
    if (calibration.qubits().size() != map.qubits()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "calibration: describes %d qubits, the coupling map has %d",
          calibration.qubits().size(), map.qubits()));
    }
    this.transpiler = Transpiler.to(map, gates);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Capabilities capabilities() {
    return new Capabilities(map.qubits(), gates, map, MAX_SHOTS, MAX_CIRCUITS, false, false,
        true);
  }

  /** The calibration the noise comes from. */
  public DeviceCalibration calibration() {
    return calibration;
  }

  /** The transpiler this device applies to every submitted circuit. */
  public Transpiler transpiler() {
    return transpiler;
  }

  @Override
  TranspileResult prepare(Circuit circuit) {
    TranspileResult result = transpiler.transpile(circuit);
    int active = active(result).length;
    if (active > MAX_ACTIVE_QUBITS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "routed onto %d physical qubits; %s simulates at most %d", active, name,
          MAX_ACTIVE_QUBITS));
    }
    return result;
  }

  @Override
  Counts run(TranspileResult routed, int shots, long seed) {
    int[] active = active(routed);
    int m = active.length;
    int[] compact = new int[map.qubits()];
    for (int i = 0; i < m; i++) {
      compact[active[i]] = i;
    }
    List<Operation> ops = new ArrayList<>();
    for (Operation op : routed.circuit().operations()) {
      int[] w = op.wires();
      for (int k = 0; k < w.length; k++) {
        w[k] = compact[w[k]];
      }
      ops.add(op.gate() == Gate.UNITARY ? Operation.unitary(op.matrix(), w)
          : Operation.of(op.gate(), w, op.angles()));
    }
    NoisyCircuit noisy = noiseModel(Calibrations.restrict(calibration, active), m)
        .apply(new Circuit(m, ops));
    int[] samples = m <= NoisySampling.DENSITY_MATRIX_QUBITS
        ? NoisySampling.densityMatrix(noisy, shots, seed)
        : NoisySampling.trajectories(noisy, shots, seed);
    int n = routed.initialLayout().length;
    int[] finalLayout = routed.finalLayout();
    int[] logical = new int[samples.length];
    for (int s = 0; s < samples.length; s++) {
      int index = 0;
      for (int w = 0; w < n; w++) {
        if (((samples[s] >> (m - 1 - compact[finalLayout[w]])) & 1) != 0) {
          index |= 1 << (n - 1 - w);
        }
      }
      logical[s] = index;
    }
    return Counts.ofSamples(n, logical, null);
  }

  /** The calibration's model, with its CNOT rules also after ECR where it lacks them. */
  private static NoiseModel noiseModel(DeviceCalibration calibration, int qubits) {
    NoiseModel model = calibration.noiseModel(qubits);
    NoiseModel.Builder b = NoiseModel.builder();
    for (NoiseRule rule : model.rules()) {
      b.rule(rule);
      if (rule.gates().contains(Gate.CNOT) && !rule.gates().contains(Gate.ECR)) {
        b.rule(new NoiseRule(EnumSet.of(Gate.ECR), rule.wires(), rule.channel()));
      }
    }
    return b.readout(model.readout()).build();
  }

  /** The physical qubits holding a logical wire or touched by a gate, increasing. */
  private static int[] active(TranspileResult routed) {
    TreeSet<Integer> used = new TreeSet<>();
    for (int p : routed.initialLayout()) {
      used.add(p);
    }
    for (Operation op : routed.circuit().operations()) {
      for (int k = 0; k < op.arity(); k++) {
        used.add(op.wire(k));
      }
    }
    return used.stream().mapToInt(Integer::intValue).toArray();
  }
}
