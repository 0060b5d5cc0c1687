package io.qml4j.runtime.backend.ionq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qml4j.dsl.Gate;
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
import io.qml4j.runtime.transpile.NativeGateSet;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An IonQ target (a QPU such as {@code qpu.aria-1}, or {@code simulator}) through the v0.3 jobs
 * API: capabilities from {@code GET /backends} (the target's {@code qubits}; every pair coupled);
 * each circuit translated to {@code rx, ry, rz} and the XX rotation and posted as one job
 * ({@code POST /jobs}, input {@code ionq.circuit.v0}, gateset {@code qis}, gates {@code rx},
 * {@code ry}, {@code rz} and {@code xx} with {@code rotation} in radians); status from
 * {@code GET /jobs/{id}}; results from {@code GET /jobs/{id}/results}, probabilities keyed by
 * the outcome as an integer with qubit 0 least significant, turned into counts of the shots run
 * with wire 0 first; cancel is {@code PUT /jobs/{id}/status/cancel}.
 */
public final class IonqBackend extends RemoteBackend {
  /** IonQ's API states no per-job shot limit in {@code /backends}; its QPU jobs take 10,000. */
  static final int MAX_SHOTS = 10_000;
  /** One IonQ job per circuit; this caps how many one qml4j job may start. */
  static final int MAX_CIRCUITS = 100;
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final IonqSettings settings;
  private final RestClient rest;
  private final String target;

  IonqBackend(IonqSettings settings, RestClient rest, String target) {
    super("ionq:" + target);
    this.settings = settings;
    this.rest = rest;
    this.target = target;
  }

  @Override
  public String description() {
    return "IonQ " + target + " (API v0.3, ionq.circuit.v0 with qis gates)";
  }

  @Override
  protected Capabilities fetchCapabilities() {
    HttpRequest[] sent = new HttpRequest[1];
    JsonNode all = rest.json(() -> sent[0] = request("/backends").GET().build());
    if (!all.isArray()) {
      throw rest.malformed(sent[0], "is not a list of backends");
    }
    List<String> names = new ArrayList<>();
    for (JsonNode b : all) {
      names.add(b.path("backend").asText());
      if (b.path("backend").asText().equals(target)) {
        int qubits = b.path("qubits").asInt(0);
        if (qubits < 1) {
          throw rest.malformed(sent[0], "gives " + target + " no positive \"qubits\"");
        }
        return new Capabilities(qubits, NativeGateSet.ION_TRAP, null, MAX_SHOTS, MAX_CIRCUITS,
            false, false, !target.equals("simulator"));
      }
    }
    throw new RemoteBackendException(RemoteBackendException.Reason.NOT_FOUND, 0,
        "IonQ: no target \"" + target + "\"; the service lists " + names);
  }

  @Override
  protected PollSettings pollSettings() {
    return settings.poll();
  }

  @Override
  protected RemoteRun newRun(List<DeviceProgram> programs, int shots) {
    return new Run(programs, shots);
  }

  /** The job body: target, shots and the circuit in IonQ's JSON. */
  ObjectNode jobBody(DeviceProgram program, int shots) {
    ObjectNode body = rest.mapper().createObjectNode();
    body.put("target", target);
    body.put("shots", shots);
    body.put("name", "qml4j");
    ObjectNode input = body.putObject("input");
    input.put("format", "ionq.circuit.v0");
    input.put("gateset", "qis");
    input.put("qubits", program.physical().qubits());
    ArrayNode circuit = input.putArray("circuit");
    for (Operation op : program.physical().operations()) {
      ObjectNode g = circuit.addObject();
      if (op.gate() == Gate.ISING_XX) {
        g.put("gate", "xx");
        g.putArray("targets").add(op.wire(0)).add(op.wire(1));
      } else if (op.gate() == Gate.RX || op.gate() == Gate.RY || op.gate() == Gate.RZ) {
        g.put("gate", op.gate().methodName());
        g.put("target", op.wire(0));
      } else {
        throw new IllegalStateException("not an ion-trap native gate: " + op);
      }
      g.put("rotation", op.angle(0));
    }
    return body;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(settings.apiUrl().toString().replaceAll("/+$", "")
        + path))
        .timeout(REQUEST_TIMEOUT)
        .header("Accept", "application/json")
        .header("Authorization", "apiKey " + settings.apiKey().reveal());
  }

  /** One IonQ job per circuit, polled together. */
  private final class Run implements RemoteRun {
    private final List<DeviceProgram> programs;
    private final int shots;
    private final List<String> ids = new ArrayList<>();

    Run(List<DeviceProgram> programs, int shots) {
      this.programs = programs;
      this.shots = shots;
    }

    @Override
    public void submit() {
      for (DeviceProgram p : programs) {
        String json = jobBody(p, shots).toString();
        HttpRequest[] sent = new HttpRequest[1];
        JsonNode answer = rest.json(() -> sent[0] = request("/jobs")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        if (!answer.path("id").isTextual()) {
          throw rest.malformed(sent[0], "has no job \"id\"");
        }
        synchronized (ids) {
          ids.add(answer.path("id").asText());
        }
      }
    }

    @Override
    public JobStatus poll() {
      boolean running = false, queued = false;
      for (String id : snapshot()) {
        JsonNode job = rest.json(() -> request("/jobs/" + id).GET().build());
        String status = job.path("status").asText("");
        switch (status) {
          case "completed":
            break;
          case "running":
            running = true;
            break;
          case "ready":
          case "submitted":
            queued = true;
            break;
          case "failed":
            throw new RemoteBackendException(RemoteBackendException.Reason.JOB_FAILED, 0,
                rest.redact("IonQ: job " + id + " on " + target + " failed: "
                    + job.path("failure").path("error").asText("no reason given")
                    + failureCode(job)));
          case "canceled":
            throw new RemoteBackendException(RemoteBackendException.Reason.JOB_CANCELLED, 0,
                "IonQ: job " + id + " on " + target + " was canceled on the service");
          default:
            throw new RemoteBackendException(RemoteBackendException.Reason.MALFORMED_RESPONSE,
                0, rest.redact("IonQ: job " + id + " has an unknown status \"" + status
                    + "\""));
        }
      }
      return queued && !running ? JobStatus.QUEUED : running || queued ? JobStatus.RUNNING
          : JobStatus.DONE;
    }

    private String failureCode(JsonNode job) {
      String code = job.path("failure").path("code").asText("");
      return code.isEmpty() ? "" : " (" + code + ")";
    }

    @Override
    public List<Counts> results() {
      List<String> all = snapshot();
      List<Counts> out = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        String id = all.get(i);
        HttpRequest[] sent = new HttpRequest[1];
        JsonNode histogram = rest.json(() -> sent[0] = request("/jobs/" + id + "/results")
            .GET().build());
        if (!histogram.isObject() || histogram.size() == 0) {
          throw rest.malformed(sent[0], "is not a histogram of outcomes");
        }
        DeviceProgram program = programs.get(i);
        int[] layout = program.finalLayout();
        Map<String, Double> p = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = histogram.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (!e.getKey().matches("\\d{1,18}") || !e.getValue().isNumber()) {
            throw rest.malformed(sent[0], "has an entry that is not outcome: probability");
          }
          long physical = Long.parseLong(e.getKey());
          long logical = 0;
          for (int w = 0; w < layout.length; w++) {
            logical |= ((physical >>> layout[w]) & 1L) << w;
          }
          p.merge(RemoteCounts.littleEndianBits(logical, layout.length),
              e.getValue().asDouble(), Double::sum);
        }
        out.add(RemoteCounts.fromProbabilities(layout.length, shots, p));
      }
      return out;
    }

    @Override
    public void cancel() {
      for (String id : snapshot()) {
        rest.bytes(() -> request("/jobs/" + id + "/status/cancel")
            .PUT(HttpRequest.BodyPublishers.noBody()).build());
      }
    }

    private List<String> snapshot() {
      synchronized (ids) {
        return new ArrayList<>(ids);
      }
    }
  }
}
