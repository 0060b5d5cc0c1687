package io.qml4j.runtime.backend.braket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.backend.Capabilities;
import io.qml4j.runtime.backend.Counts;
import io.qml4j.runtime.backend.JobStatus;
import io.qml4j.runtime.backend.remote.DeviceProgram;
import io.qml4j.runtime.backend.remote.PollSettings;
import io.qml4j.runtime.backend.remote.RemoteBackend;
import io.qml4j.runtime.backend.remote.RemoteBackendException;
import io.qml4j.runtime.backend.remote.RemoteCounts;
import io.qml4j.runtime.backend.remote.RemoteRun;
import io.qml4j.runtime.backend.remote.RestClient;
import io.qml4j.runtime.draw.GateNames;
import io.qml4j.runtime.transpile.NativeGateSet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An Amazon Braket device through the Braket API, every request signed with AWS Signature
 * Version 4: capabilities from {@code GET /device/{deviceArn}} (its {@code deviceCapabilities}:
 * {@code paradigm.qubitCount}, {@code service.shotsRange}, and the OpenQASM action's
 * {@code supportedOperations}, which pick the gate set circuits are translated to); each circuit
 * becomes one quantum task ({@code POST /quantum-task}, action
 * {@code braket.ir.openqasm.program} in OpenQASM 3 with Braket's gate names), polled with
 * {@code GET /quantum-task/{arn}}, its results read from {@code results.json} in the task's S3
 * output directory (a GetObject signed for S3), cancelled with
 * {@code PUT /quantum-task/{arn}/cancel}. Braket compiles programs to the device's connectivity
 * itself, so no coupling map is reported. Braket lists a measurement's bits in the order of
 * {@code measuredQubits}; counts put logical wire 0 first.
 */
public final class BraketBackend extends RemoteBackend {
  /** One task per circuit; this caps how many one qml4j job may start. */
  static final int MAX_CIRCUITS = 100;
  private static final String OPENQASM = "braket.ir.openqasm.program";

  private final BraketSettings settings;
  private final RestClient rest;
  private final SigV4 signer;
  private final String deviceArn;
  private volatile NativeGateSet gates;

  BraketBackend(BraketSettings settings, RestClient rest, SigV4 signer, String deviceArn) {
    super("braket:" + deviceArn);
    this.settings = settings;
    this.rest = rest;
    this.signer = signer;
    this.deviceArn = deviceArn;
  }

  @Override
  public String description() {
    return "Amazon Braket device " + deviceArn + " (OpenQASM 3 quantum tasks)";
  }

  @Override
  protected Capabilities fetchCapabilities() {
    HttpRequest[] sent = new HttpRequest[1];
    JsonNode device = rest.json(() -> sent[0] = braket("GET", "/device/" + segment(deviceArn),
        new byte[0]).build());
    JsonNode caps;
    try {
      caps = rest.mapper().readTree(device.path("deviceCapabilities").asText(""));
    } catch (IOException e) {
      throw rest.malformed(sent[0], "has deviceCapabilities that are not JSON");
    }
    int qubits = caps.path("paradigm").path("qubitCount").asInt(0);
    if (qubits < 1) {
      throw rest.malformed(sent[0], "has no positive deviceCapabilities.paradigm.qubitCount");
    }
    JsonNode action = caps.path("action").path(OPENQASM);
    if (action.isMissingNode()) {
      throw new IllegalStateException(name() + ": the device takes no OpenQASM programs (its "
          + "actions: " + fieldNames(caps.path("action")) + ")");
    }
    Set<String> supported = new HashSet<>();
    action.path("supportedOperations").forEach(op -> supported.add(op.asText().toLowerCase(
        Locale.ROOT)));
    gates = gateSetFor(supported);
    int maxShots = caps.path("service").path("shotsRange").path(1).asInt(100_000);
    return new Capabilities(qubits, gates, null, maxShots, MAX_CIRCUITS, false, false,
        "QPU".equals(device.path("deviceType").asText()));
  }

  private NativeGateSet gateSetFor(Set<String> supported) {
    if (supported.containsAll(List.of("rz", "v", "x", "cnot"))) {
      return NativeGateSet.IBM_CX;
    }
    if (supported.containsAll(List.of("rx", "ry", "rz", "xx"))) {
      return NativeGateSet.ION_TRAP;
    }
    if (supported.containsAll(List.of("rz", "v", "x", "cz"))) {
      return NativeGateSet.IBM_CZ;
    }
    if (supported.containsAll(List.of("rz", "v", "x", "ecr"))) {
      return NativeGateSet.IBM_ECR;
    }
    throw new IllegalStateException(name() + ": supported operations " + new TreeSet<>(supported)
        + " hold none of the gate sets qml4j translates "
        + "to (rz, v, x with cnot, cz or ecr; rx, ry, rz, xx)");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Override
  protected PollSettings pollSettings() {
    return settings.poll();
  }

  @Override
  protected RemoteRun newRun(List<DeviceProgram> programs, int shots) {
    return new Run(programs, shots);
  }

  /**
   * The program in OpenQASM 3 with Braket's gate names ({@code v} is SX, {@code cnot} CX,
   * {@code xx} the XX rotation), logical wire w measured into {@code c[w]}.
   *
   * @param program the prepared circuit
   * @return the source
   */
  static String braketQasm(DeviceProgram program) {
    StringBuilder out = new StringBuilder("OPENQASM 3.0;\n");
    out.append("bit[").append(program.logical().qubits()).append("] c;\n");
    out.append("qubit[").append(program.physical().qubits()).append("] q;\n");
    for (Operation op : program.physical().operations()) {
      String name = GateNames.of(op);
      switch (name) {
        case "sx": name = "v"; break;
        case "cx": name = "cnot"; break;
        case "rxx": name = "xx"; break;
        case "rz": case "rx": case "ry": case "x": case "cz": case "ecr": break;
        default: throw new IllegalStateException("not a native gate: " + op);
      }
      out.append(name);
      if (op.angles().length > 0) {
        out.append('(').append(Double.toString(op.angle(0))).append(')');
      }
      for (int k = 0; k < op.arity(); k++) {
        out.append(k == 0 ? " " : ", ").append("q[").append(op.wire(k)).append(']');
      }
      out.append(";\n");
    }
    int[] layout = program.finalLayout();
    for (int w = 0; w < layout.length; w++) {
      out.append("c[").append(w).append("] = measure q[").append(layout[w]).append("];\n");
    }
    return out.toString();
  }

  private HttpRequest.Builder braket(String method, String path, byte[] body) {
    URI uri = URI.create(settings.braketEndpoint().toString().replaceAll("/+$", "") + path);
    HttpRequest.Builder b = signer.sign(method, uri, body, "braket", settings.clock().instant());
    if (body.length > 0) {
      b.header("Content-Type", "application/json");
    }
    return b.header("Accept", "application/json");
  }

  /** An ARN as one path segment: every reserved character percent-encoded. */
  private static String segment(String s) {
    return SigV4.encode(s);
  }

  /** One quantum task per circuit, polled together. */
  private final class Run implements RemoteRun {
    private final List<DeviceProgram> programs;
    private final int shots;
    private final List<String> tasks = new ArrayList<>();
    private final Map<String, String> directories = new TreeMap<>();

    Run(List<DeviceProgram> programs, int shots) {
      this.programs = programs;
      this.shots = shots;
    }

    @Override
    public void submit() {
      for (DeviceProgram p : programs) {
        ObjectNode action = rest.mapper().createObjectNode();
        action.putObject("braketSchemaHeader").put("name", OPENQASM).put("version", "1");
        action.put("source", braketQasm(p));
        action.putObject("inputs");
        ObjectNode body = rest.mapper().createObjectNode();
        body.put("action", action.toString());
        body.put("clientToken", UUID.randomUUID().toString());
        body.put("deviceArn", deviceArn);
        body.put("outputS3Bucket", settings.bucket());
        body.put("outputS3KeyPrefix", settings.prefix());
        body.put("shots", shots);
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        HttpRequest[] sent = new HttpRequest[1];
        JsonNode answer = rest.json(() -> sent[0] = braket("POST", "/quantum-task", bytes)
            .build());
        if (!answer.path("quantumTaskArn").isTextual()) {
          throw rest.malformed(sent[0], "has no \"quantumTaskArn\"");
        }
        synchronized (tasks) {
          tasks.add(answer.path("quantumTaskArn").asText());
        }
      }
    }

    @Override
    public JobStatus poll() {
      boolean running = false, queued = false;
      for (String arn : snapshot()) {
        JsonNode task = rest.json(() -> braket("GET", "/quantum-task/" + segment(arn),
            new byte[0]).build());
        String status = task.path("status").asText("");
        switch (status) {
          case "COMPLETED":
            synchronized (directories) {
              directories.put(arn, task.path("outputS3Bucket").asText(settings.bucket()) + "/"
                  + task.path("outputS3Directory").asText(""));
            }
            break;
          case "RUNNING":
            running = true;
            break;
          case "CREATED":
          case "QUEUED":
            queued = true;
            break;
          case "FAILED":
            throw new RemoteBackendException(RemoteBackendException.Reason.JOB_FAILED, 0,
                rest.redact("Amazon Braket: task " + arn + " failed: "
                    + task.path("failureReason").asText("no reason given")));
          case "CANCELLING":
          case "CANCELLED":
            throw new RemoteBackendException(RemoteBackendException.Reason.JOB_CANCELLED, 0,
                "Amazon Braket: task " + arn + " was cancelled on the service");
          default:
            throw new RemoteBackendException(RemoteBackendException.Reason.MALFORMED_RESPONSE,
                0, rest.redact("Amazon Braket: task " + arn + " has an unknown status \""
                    + status + "\""));
        }
      }
      return queued && !running ? JobStatus.QUEUED : running || queued ? JobStatus.RUNNING
          : JobStatus.DONE;
    }

    @Override
    public List<Counts> results() {
      List<String> all = snapshot();
      List<Counts> out = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        String where;
        synchronized (directories) {
          where = directories.get(all.get(i));
        }
        String path = "/" + encodePath(where.replaceAll("/+$", "") + "/results.json");
        URI uri = URI.create(settings.s3Endpoint().toString().replaceAll("/+$", "") + path);
        HttpRequest[] sent = new HttpRequest[1];
        byte[] body = rest.bytes(() -> sent[0] = signer.sign("GET", uri, new byte[0], "s3",
            settings.clock().instant()).build());
        out.add(counts(rest.parse(sent[0], body), programs.get(i), sent[0]));
      }
      return out;
    }

    private Counts counts(JsonNode result, DeviceProgram program, HttpRequest request) {
      int wires = program.logical().qubits();
      int[] layout = program.finalLayout();
      JsonNode measurements = result.path("measurements");
      JsonNode measured = result.path("measuredQubits");
      int[] column = new int[wires];
      for (int w = 0; w < wires; w++) {
        column[w] = -1;
        for (int j = 0; j < measured.size(); j++) {
          if (measured.get(j).asInt() == layout[w]) {
            column[w] = j;
          }
        }
        if (column[w] < 0 && measured.size() > 0) {
          throw rest.malformed(request, "does not list qubit " + layout[w]
              + " (wire " + w + ") in measuredQubits");
        }
      }
      if (measurements.isArray() && measured.isArray() && measured.size() > 0) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode shot : measurements) {
          char[] bits = new char[wires];
          for (int w = 0; w < wires; w++) {
            int b = shot.path(column[w]).asInt(-1);
            if (b != 0 && b != 1) {
              throw rest.malformed(request, "has a measurement that is not a list of 0s and 1s");
            }
            bits[w] = b == 1 ? '1' : '0';
          }
          counts.merge(new String(bits), 1, Integer::sum);
        }
        return new Counts(wires, measurements.size(), counts, null);
      }
      JsonNode probabilities = result.path("measurementProbabilities");
      if (probabilities.isObject() && measured.isArray() && measured.size() > 0) {
        Map<String, Double> p = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = probabilities.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          char[] bits = new char[wires];
          for (int w = 0; w < wires; w++) {
            bits[w] = e.getKey().charAt(column[w]);
          }
          p.merge(new String(bits), e.getValue().asDouble(), Double::sum);
        }
        return RemoteCounts.fromProbabilities(wires, shots, p);
      }
      throw rest.malformed(request, "has neither measurements nor measurementProbabilities "
          + "with measuredQubits");
    }

    @Override
    public void cancel() {
      for (String arn : snapshot()) {
        byte[] body = ("{\"clientToken\":\"" + UUID.randomUUID() + "\"}")
            .getBytes(StandardCharsets.UTF_8);
        rest.bytes(() -> braket("PUT", "/quantum-task/" + segment(arn) + "/cancel", body)
            .build());
      }
    }

    private List<String> snapshot() {
      synchronized (tasks) {
        return new ArrayList<>(tasks);
      }
    }
  }

  /** An S3 key as a path: each segment encoded, the slashes kept. */
  private static String encodePath(String key) {
    return SigV4.encodeSegments(key);
  }
}
