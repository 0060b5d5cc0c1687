package io.qml4j.runtime.backend.ibm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.backend.Capabilities;
import io.qml4j.runtime.backend.Counts;
import io.qml4j.runtime.backend.JobStatus;
import io.qml4j.runtime.backend.remote.DeviceProgram;
import io.qml4j.runtime.backend.remote.PollSettings;
import io.qml4j.runtime.backend.remote.RemoteBackend;
import io.qml4j.runtime.backend.remote.RemoteBackendException;
import io.qml4j.runtime.backend.remote.RemoteCounts;
import io.qml4j.runtime.backend.remote.RemoteRun;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.transpile.CouplingMap;
import io.qml4j.runtime.transpile.NativeGateSet;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An IBM Quantum device through Qiskit Runtime: capabilities from
 * {@code GET /backends/{name}/configuration} ({@code n_qubits}, {@code basis_gates},
 * {@code coupling_map}, {@code max_shots}, {@code max_experiments}, {@code conditional}); a job
 * is one Sampler V2 primitive job of one PUB per circuit, each circuit routed and translated to
 * the device's basis ({@code rz, sx, x} with {@code cx}, {@code ecr} or {@code cz}) and sent as
 * OpenQASM 3 with logical wire w measured into {@code c[w]}. The sampler's hex samples have
 * {@code c[0]} least significant; counts put wire 0 first.
 */
public final class IbmBackend extends RemoteBackend {
  private final IbmQuantumService service;
  private final String device;
  private final PollSettings poll;

  IbmBackend(IbmQuantumService service, String device, PollSettings poll) {
    super("ibm:" + device);
    this.service = service;
    this.device = device;
    this.poll = poll;
  }

  @Override
  public String description() {
    return "IBM Quantum device " + device + " (Qiskit Runtime Sampler V2, OpenQASM 3)";
  }

  @Override
  protected Capabilities fetchCapabilities() {
    JsonNode config = service.configuration(device);
    int qubits = config.path("n_qubits").asInt(0);
    if (qubits < 1) {
      throw new RemoteBackendException(RemoteBackendException.Reason.MALFORMED_RESPONSE, 0,
          "IBM Quantum: the configuration of " + device + " has no positive \"n_qubits\"");
    }
    Set<String> basis = new HashSet<>();
    config.path("basis_gates").forEach(g -> basis.add(g.asText()));
    NativeGateSet gates = basisOf(basis);
    List<int[]> edges = new ArrayList<>();
    for (JsonNode pair : config.path("coupling_map")) {
      edges.add(new int[] {pair.path(0).asInt(), pair.path(1).asInt()});
    }
    CouplingMap map = edges.isEmpty() ? null : CouplingMap.of(device, qubits, edges);
    return new Capabilities(qubits, gates, map, config.path("max_shots").asInt(100_000),
        config.path("max_experiments").asInt(300), false,
        config.path("conditional").asBoolean(false), true);
  }

  private NativeGateSet basisOf(Set<String> basis) {
    for (String twoQubit : new String[] {"ecr", "cx", "cz"}) {
      if (basis.contains(twoQubit) && basis.containsAll(List.of("rz", "sx", "x"))) {
        return twoQubit.equals("ecr") ? NativeGateSet.IBM_ECR
            : twoQubit.equals("cx") ? NativeGateSet.IBM_CX : NativeGateSet.IBM_CZ;
      }
    }
    throw new IllegalStateException(String.format(Locale.ROOT,
        "%s: basis gates %s are none of the sets qml4j translates to (rz, sx, x with cx, ecr "
            + "or cz)", name(), new TreeSet<>(basis)));
  }

  @Override
  protected PollSettings pollSettings() {
    return poll;
  }

  @Override
  protected RemoteRun newRun(List<DeviceProgram> programs, int shots) {
    return new SamplerRun(programs, shots);
  }

  /**
   * Estimates {@code <H>} with the Estimator V2 primitive: the circuit routed and translated as
   * for {@link #submit}, and H written as Qiskit's Pauli labels on the device's qubits (qubit 0
   * rightmost) through the final layout. Blocks until the job ends.
   *
   * @param circuit the bound circuit
   * @param h the observable on the circuit's wires
   * @param seed the router's seed
   * @return the estimate {@code evs} and its standard error {@code stds}
   * @throws RemoteBackendException if the job fails
   */
  public double[] estimate(Circuit circuit, PauliSum h, long seed) {
    Capabilities c = capabilities();
    DeviceProgram program = DeviceProgram.prepare(circuit, c, seed);
    if (h.maxWire() >= circuit.qubits()) {
      throw new IllegalArgumentException("h: acts on wire " + h.maxWire() + ", but the circuit "
          + "has " + circuit.qubits() + " qubit(s)");
    }
    Map<String, Double> labels = new TreeMap<>();
    int[] layout = program.finalLayout();
    for (PauliSum.Term term : h.terms()) {
      if (term.string().isIdentity()) {
        continue; // added as h.constant()
      }
      char[] label = new char[c.qubits()];
      Arrays.fill(label, 'I');
      for (int w : term.string().wires()) {
        label[c.qubits() - 1 - layout[w]] = term.string().letter(w);
      }
      labels.merge(new String(label), term.coefficient(), Double::sum);
    }
    if (labels.isEmpty()) {
      return new double[] {h.constant(), 0};
    }
    ArrayNode pubs = service.rest().mapper().createArrayNode();
    ArrayNode pub = pubs.addArray();
    pub.add(program.qasm3WithoutMeasurements());
    ObjectNode observables = pub.addObject();
    labels.forEach(observables::put);
    String id = service.run("estimator", device, pubs);
    while (true) {
      JsonNode job = service.job(id);
      JobStatus status = statusOf(job, id);
      if (status == JobStatus.DONE) {
        JsonNode data = service.results(id).path("results").path(0).path("data");
        if (!data.path("evs").isNumber()) {
          throw new RemoteBackendException(RemoteBackendException.Reason.MALFORMED_RESPONSE, 0,
              "IBM Quantum: the estimator result of job " + id + " has no number \"evs\"");
        }
        return new double[] {data.path("evs").asDouble() + h.constant(),
            data.path("stds").asDouble(Double.NaN)};
      }
      try {
        Thread.sleep(poll.interval().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        service.cancel(id);
        throw new RemoteBackendException(RemoteBackendException.Reason.JOB_CANCELLED, 0,
            "IBM Quantum: interrupted while waiting for job " + id + "; cancelled it");
      }
    }
  }

  /** The job's status, or the error of a failed or cancelled job. */
  private JobStatus statusOf(JsonNode job, String id) {
    String status = job.path("status").asText(job.path("state").path("status").asText(""));
    String reason = job.path("state").path("reason").asText(job.path("reason").asText(""));
    switch (status) {
      case "Queued":
        return JobStatus.QUEUED;
      case "Running":
        return JobStatus.RUNNING;
      case "Completed":
        return JobStatus.DONE;
      case "Failed":
        throw IbmQuantumService.jobEnded(RemoteBackendException.Reason.JOB_FAILED, device, id,
            status, reason, service.rest());
      default:
        if (status.startsWith("Cancelled")) {
          throw IbmQuantumService.jobEnded(RemoteBackendException.Reason.JOB_CANCELLED, device,
              id, status, reason, service.rest());
        }
        throw new RemoteBackendException(RemoteBackendException.Reason.MALFORMED_RESPONSE, 0,
            service.rest().redact("IBM Quantum: job " + id + " has an unknown status \""
                + status + "\""));
    }
  }

  /** One Sampler V2 job of one PUB {@code [qasm, null, shots]} per circuit. */
  private final class SamplerRun implements RemoteRun {
    private final List<DeviceProgram> programs;
    private final int shots;
    private volatile String id;

    SamplerRun(List<DeviceProgram> programs, int shots) {
      this.programs = programs;
      this.shots = shots;
    }

    @Override
    public void submit() {
      ArrayNode pubs = service.rest().mapper().createArrayNode();
      for (DeviceProgram p : programs) {
        ArrayNode pub = pubs.addArray();
        pub.add(p.qasm3());
        pub.addNull();
        pub.add(shots);
      }
      id = service.run("sampler", device, pubs);
    }

    @Override
    public JobStatus poll() {
      return statusOf(service.job(id), id);
    }

    @Override
    public List<Counts> results() {
      JsonNode results = service.results(id).path("results");
      if (!results.isArray() || results.size() != programs.size()) {
        throw new RemoteBackendException(RemoteBackendException.Reason.MALFORMED_RESPONSE, 0,
            String.format(Locale.ROOT, "IBM Quantum: job %s returned %s results for %d "
                + "circuits", id, results.isArray() ? results.size() : "no", programs.size()));
      }
      List<Counts> out = new ArrayList<>();
      for (int i = 0; i < programs.size(); i++) {
        int wires = programs.get(i).logical().qubits();
        JsonNode samples = results.get(i).path("data").path("c").path("samples");
        if (!samples.isArray()) {
          throw new RemoteBackendException(RemoteBackendException.Reason.MALFORMED_RESPONSE, 0,
              "IBM Quantum: result " + i + " of job " + id + " has no data.c.samples");
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode s : samples) {
          String hex = s.asText();
          if (!hex.matches("0x[0-9a-fA-F]{1,16}")) {
            throw new RemoteBackendException(RemoteBackendException.Reason.MALFORMED_RESPONSE,
                0, "IBM Quantum: result " + i + " of job " + id + " has a sample that is not "
                    + "a hex number");
          }
          long outcome = Long.parseUnsignedLong(hex.substring(2), 16);
          counts.merge(RemoteCounts.littleEndianBits(outcome, wires), 1, Integer::sum);
        }
        out.add(new Counts(wires, samples.size(), counts, null));
      }
      return out;
    }

    @Override
    public void cancel() {
      if (id != null) {
        service.cancel(id);
      }
    }
  }
}
