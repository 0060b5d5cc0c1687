package io.qml4j.runtime.noise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qml4j.dsl.Gate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A device's calibration figures, read from JSON, and the {@link NoiseModel} they imply.
 *
 * <p>The JSON object has {@code name}, {@code source} (where the figures come from),
 * {@code qubits} (per qubit: {@code t1Us}, optional {@code t2Us} in microseconds, defaulting to
 * the T1 limit {@code 2 T1}; {@code readoutFlipZero} = p(1|0), {@code readoutFlipOne} = p(0|1);
 * {@code gateError}, the average infidelity of its single-qubit gates; {@code gateNs}, their
 * duration) and {@code couplers} (per coupled pair: {@code wires}, {@code error}, the average
 * infidelity of its two-qubit gate, and {@code durationNs}). The shipped snapshots are listed in
 * {@link #SNAPSHOTS} and load with {@link #snapshot(String)}.
 *
 * <p>The model, as Qiskit Aer's {@code basic_device_noise_model}: after a single-qubit gate on
 * qubit q, depolarizing noise of the qubit's gate error and thermal relaxation for the gate's
 * duration; after a two-qubit gate on a coupled pair, two-qubit depolarizing noise of the pair's
 * error and thermal relaxation of both qubits (for the duration of the slowest coupler of each,
 * since rules name wires, not pairs); the readout error of each qubit.
 * An average infidelity e becomes the depolarizing probability {@code p = 3e/2} (one qubit,
 * since {@code F_avg = 1 - 2p/3}) or {@code p = 5e/4} (two qubits, {@code F_avg = 1 - 4p/5});
 * unlike Aer, the part of e that thermal relaxation already explains is not subtracted, which
 * overstates gate noise slightly. Gates on three or more wires receive thermal relaxation per wire
 * at the two-qubit duration and no depolarizing noise: compile them to the device's gates first
 * for a faithful model; gates of variable arity (MultiRZ, PauliRot, Unitary) receive none.
 */
public final class DeviceCalibration {
  /** The shipped snapshots, by name: resources under {@code io/qml4j/runtime/noise/devices/}. */
  public static final List<String> SNAPSHOTS = List.of("ibm-eagle-r3-median",
      "google-sycamore-2019");

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One qubit's figures.
   *
   * @param t1Us relaxation time T1 in microseconds
   * @param t2Us dephasing time T2 in microseconds, at most {@code 2 T1}
   * @param readoutFlipZero p(read 1 | was 0)
   * @param readoutFlipOne p(read 0 | was 1)
   * @param gateError average infidelity of single-qubit gates
   * @param gateNs single-qubit gate duration in nanoseconds
   */
  public record QubitFigures(double t1Us, double t2Us, double readoutFlipZero,
      double readoutFlipOne, double gateError, double gateNs) {}

  /**
   * One coupled pair's two-qubit gate.
   *
   * @param a first wire
   * @param b second wire
   * @param error average infidelity of the gate
   * @param durationNs gate duration in nanoseconds
   */
  public record Coupler(int a, int b, double error, double durationNs) {}

  private final String name;
  private final String source;
  private final List<QubitFigures> qubits;
  private final List<Coupler> couplers;

  private DeviceCalibration(String name, String source, List<QubitFigures> qubits,
      List<Coupler> couplers) {
    this.name = name;
    this.source = source;
    this.qubits = List.copyOf(qubits);
    this.couplers = List.copyOf(couplers);
  }

  /**
   * A shipped snapshot by name (see {@link #SNAPSHOTS}).
   *
   * @throws IllegalArgumentException if there is no snapshot of that name
   */
  public static DeviceCalibration snapshot(String name) {
    if (!SNAPSHOTS.contains(name)) {
      throw new IllegalArgumentException("name: no device snapshot \"" + name
          + "\"; shipped: " + SNAPSHOTS);
    }
    try (InputStream in = DeviceCalibration.class.getResourceAsStream(
        "devices/" + name + ".json")) {
      return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("reading snapshot " + name, e);
    }
  }

  /**
   * Reads a calibration from JSON text.
   *
   * @throws IllegalArgumentException if the text is not JSON, a field is missing or of the wrong
   *     type, or a figure is out of range (T1 not positive, T2 above 2 T1, a probability outside
   *     [0, 1], a coupler on a qubit the device does not list); the message names the field
   */
  public static DeviceCalibration parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("json: not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("json: expected an object at the top level");
    }
    String name = text(root, "name");
    String source = text(root, "source");
    JsonNode qubitArray = array(root, "qubits");
    List<QubitFigures> qubits = new ArrayList<>();
    for (int q = 0; q < qubitArray.size(); q++) {
      JsonNode node = qubitArray.get(q);
      String at = "qubits[" + q + "].";
      double t1 = positive(node, at, "t1Us");
      double t2 = node.has("t2Us") ? positive(node, at, "t2Us") : 2 * t1;
      if (t2 > 2 * t1 * (1 + 1e-12)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%st2Us: %s exceeds 2 * t1Us = %s; a physical qubit has T2 <= 2 T1", at, t2, 2 * t1));
      }
      qubits.add(new QubitFigures(t1, t2, probability(node, at, "readoutFlipZero"),
          probability(node, at, "readoutFlipOne"), probability(node, at, "gateError"),
          positive(node, at, "gateNs")));
    }
    if (qubits.isEmpty()) {
      throw new IllegalArgumentException("qubits: expected at least one qubit");
    }
    List<Coupler> couplers = new ArrayList<>();
    JsonNode couplerArray = array(root, "couplers");
    for (int k = 0; k < couplerArray.size(); k++) {
      JsonNode node = couplerArray.get(k);
      String at = "couplers[" + k + "].";
      JsonNode wires = node.get("wires");
      if (wires == null || !wires.isArray() || wires.size() != 2 || !wires.get(0).isInt()
          || !wires.get(1).isInt()) {
        throw new IllegalArgumentException(at + "wires: expected two integer wires");
      }
      int a = wires.get(0).asInt(), b = wires.get(1).asInt();
      if (a < 0 || b < 0 || a >= qubits.size() || b >= qubits.size() || a == b) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%swires: [%d, %d] must be two distinct qubits of the %d listed", at, a, b,
            qubits.size()));
      }
      couplers.add(new Coupler(a, b, probability(node, at, "error"),
          positive(node, at, "durationNs")));
    }
    return new DeviceCalibration(name, source, qubits, couplers);
  }

  /** The device's name. */
  public String name() {
    return name;
  }

  /** Where the figures come from. */
  public String source() {
    return source;
  }

  /** Per-qubit figures. */
  public List<QubitFigures> qubits() {
    return qubits;
  }

  /** The coupled pairs. */
  public List<Coupler> couplers() {
    return couplers;
  }

  /**
   * The noise model of the device's first {@code circuitQubits} qubits (circuit wire w on device
   * qubit w), with rules only for those qubits, so it applies to circuits of that size.
   *
   * @throws IllegalArgumentException if the device has fewer qubits
   */
  public NoiseModel noiseModel(int circuitQubits) {
    if (circuitQubits < 1 || circuitQubits > qubits.size()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "circuitQubits: expected 1..%d for device %s, got %d", qubits.size(), name,
          circuitQubits));
    }
    NoiseModel.Builder b = NoiseModel.builder();
    Set<Gate> single = EnumSet.noneOf(Gate.class);
    Set<Gate> multi = EnumSet.noneOf(Gate.class);
    for (Gate g : Gate.values()) {
      if (g.wires() == 1) {
        single.add(g);
      } else if (g.wires() >= 2) {
        multi.add(g);
      }
    }
    double defaultTwoQubitNs = couplers.stream().mapToDouble(Coupler::durationNs).max()
        .orElse(0);
    for (int q = 0; q < circuitQubits; q++) {
      QubitFigures f = qubits.get(q);
      int[] wire = {q};
      b.rule(new NoiseRule(single, wire, Channels.depolarizing(Math.min(1, 1.5 * f.gateError()))));
      b.rule(new NoiseRule(single, wire,
          Channels.thermalRelaxation(f.t1Us() * 1e3, f.t2Us() * 1e3, f.gateNs())));
    }
    Set<Gate> twoWire = EnumSet.noneOf(Gate.class);
    for (Gate g : multi) {
      if (g.wires() == 2) {
        twoWire.add(g);
      }
    }
    double[] longest = new double[circuitQubits];
    for (Coupler c : couplers) {
      if (c.a() >= circuitQubits || c.b() >= circuitQubits) {
        continue;
      }
      b.rule(new NoiseRule(twoWire, new int[] {c.a(), c.b()},
          Channels.depolarizing2(Math.min(1, 1.25 * c.error()))));
      longest[c.a()] = Math.max(longest[c.a()], c.durationNs());
      longest[c.b()] = Math.max(longest[c.b()], c.durationNs());
    }
    for (int q = 0; q < circuitQubits; q++) {
      // a rule names wires, not pairs: a qubit relaxes for its slowest coupler's duration
      if (longest[q] > 0) {
        QubitFigures f = qubits.get(q);
        b.rule(new NoiseRule(twoWire, new int[] {q}, Channels.thermalRelaxation(f.t1Us() * 1e3,
            f.t2Us() * 1e3, longest[q])));
      }
    }
    if (defaultTwoQubitNs > 0) {
      for (int q = 0; q < circuitQubits; q++) {
        QubitFigures f = qubits.get(q);
        Set<Gate> wide = EnumSet.noneOf(Gate.class);
        for (Gate g : multi) {
          if (g.wires() > 2) {
            wide.add(g);
          }
        }
        b.rule(new NoiseRule(wide, new int[] {q}, Channels.thermalRelaxation(f.t1Us() * 1e3,
            f.t2Us() * 1e3, defaultTwoQubitNs)));
      }
    }
    double[] zero = new double[circuitQubits], one = new double[circuitQubits];
    for (int q = 0; q < circuitQubits; q++) {
      zero[q] = qubits.get(q).readoutFlipZero();
      one[q] = qubits.get(q).readoutFlipOne();
    }
    return b.readout(ReadoutError.of(zero, one)).build();
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(field + ": expected a string");
    }
    return v.asText();
  }

  private static JsonNode array(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isArray()) {
      throw new IllegalArgumentException(field + ": expected an array");
    }
    return v;
  }

  private static double number(JsonNode node, String at, String field) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || !v.isNumber()) {
      throw new IllegalArgumentException(at + field + ": expected a number");
    }
    return v.asDouble();
  }

  private static double positive(JsonNode node, String at, String field) {
    double v = number(node, at, field);
    if (!(v > 0) || !Double.isFinite(v)) {
      throw new IllegalArgumentException(at + field + ": expected a number > 0, got " + v);
    }
    return v;
  }

  private static double probability(JsonNode node, String at, String field) {
    double v = number(node, at, field);
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(at + field + ": expected a probability in [0, 1], got "
          + v);
    }
    return v;
  }

  @Override
  public String toString() {
    return "DeviceCalibration(" + name + ", " + qubits.size() + " qubits, " + couplers.size()
        + " couplers)";
  }
}
