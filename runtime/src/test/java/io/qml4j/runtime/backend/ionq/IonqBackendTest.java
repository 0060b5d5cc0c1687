package io.qml4j.runtime.backend.ionq;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.qml4j.runtime.backend.remote.RemoteTesting.assertNoSecret;
import static io.qml4j.runtime.backend.remote.RemoteTesting.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.backend.Capabilities;
import io.qml4j.runtime.backend.Job;
import io.qml4j.runtime.backend.JobResult;
import io.qml4j.runtime.backend.JobStatus;
import io.qml4j.runtime.backend.remote.DeviceProgram;
import io.qml4j.runtime.backend.remote.RemoteBackendException;
import io.qml4j.runtime.backend.remote.RemoteTesting;
import io.qml4j.runtime.backend.remote.Secret;
import io.qml4j.runtime.transpile.NativeGateSet;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The IonQ backend against a local WireMock server answering as IonQ's API v0.3 reference shows
 * (fixtures in test resources remote/ionq): submit, poll, results as counts with wire 0 first,
 * the circuit JSON read back to the same circuit, cancel, 401, 429 with Retry-After, 500 then
 * success, malformed JSON, a failed job, and no key in any log line or message.
 */
class IonqBackendTest {
  private static final String KEY = "ionq-key-SECRET-a1b2c3d4e5";
  private static final String JOB = "/v0.3/jobs/aa54e783-0a9b-4f73-ad2f-63983b6aa4a8";

  private WireMockServer server;
  private final List<Duration> waits = new ArrayList<>();
  private IonqProvider provider;

  @BeforeEach
  void start() {
    server = RemoteTesting.freshServer();
    provider = IonqProvider.of(new IonqSettings(Secret.of(KEY),
        URI.create(server.baseUrl() + "/v0.3"),
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
        RemoteTesting.recordingRetry(waits), RemoteTesting.fastPoll()));
    server.stubFor(get(urlEqualTo("/v0.3/backends"))
        .withHeader("Authorization", equalTo("apiKey " + KEY))
        .willReturn(okJson(fixture("remote/ionq/backends.json"))));
  }

  private static Circuit circuit() {
    CircuitBuilder b = new CircuitBuilder(2);
    b.x(0);
    b.ry(1, 1.2);
    b.cnot(0, 1);
    return b.build();
  }

  private void stubJob(String... statuses) {
    server.stubFor(post(urlEqualTo("/v0.3/jobs"))
        .willReturn(okJson(fixture("remote/ionq/job-created.json"))));
    String state = Scenario.STARTED;
    for (int i = 0; i < statuses.length; i++) {
      String next = i + 1 < statuses.length ? "poll " + (i + 1) : state;
      server.stubFor(get(urlEqualTo(JOB)).inScenario("job").whenScenarioStateIs(state)
          .willSetStateTo(next)
          .willReturn(okJson(fixture("remote/ionq/job-" + statuses[i] + ".json"))));
      state = next;
    }
  }

  @Test
  void capabilitiesComeFromTheBackendsList() {
    Capabilities c = provider.target("qpu.aria-1").capabilities();
    assertEquals(25, c.qubits());
    assertEquals(NativeGateSet.ION_TRAP, c.nativeGates());
    assertEquals(null, c.couplingMap());
    assertEquals(29, provider.target("simulator").capabilities().qubits());
    RemoteBackendException e = assertThrows(RemoteBackendException.class,
        () -> provider.target("qpu.nowhere").capabilities());
    assertTrue(e.getMessage().contains("[qpu.aria-1, simulator]"), e.getMessage());
  }

  @Test
  void submitPollsAndMapsTheHistogramToCountsWithWireZeroFirst() throws Exception {
    stubJob("ready", "running", "completed");
    server.stubFor(get(urlEqualTo(JOB + "/results"))
        .willReturn(okJson(fixture("remote/ionq/results.json"))));
    IonqBackend ionq = provider.target("qpu.aria-1");
    Job job = ionq.submit(List.of(circuit()), 1000, 3);
    JobResult result = job.result(Duration.ofSeconds(10));
    assertEquals(JobStatus.DONE, job.status());
    DeviceProgram program = DeviceProgram.prepare(circuit(), ionq.capabilities(), 3);
    int[] layout = program.finalLayout();
    // {"1": 0.6, "3": 0.4}: bit p of the key is physical qubit p, which holds wire w where
    // layout[w] = p; the strings put wire 0 first
    Map<String, Integer> expected = new TreeMap<>();
    expected.put(logical(1, layout), 600);
    expected.merge(logical(3, layout), 400, Integer::sum);
    assertEquals(expected, result.get(0).counts());
    assertEquals(1000, result.get(0).shots());

    JsonNode body = new ObjectMapper().readTree(server.findAll(
        postRequestedFor(urlEqualTo("/v0.3/jobs"))).get(0).getBodyAsString());
    assertEquals("qpu.aria-1", body.path("target").asText());
    assertEquals(1000, body.path("shots").asInt());
    JsonNode input = body.path("input");
    assertEquals("ionq.circuit.v0", input.path("format").asText());
    assertEquals("qis", input.path("gateset").asText());
    assertEquals(2, input.path("qubits").asInt());
    // the circuit JSON read back gives the logical circuit's state up to layout and phase
    Circuit readBack = fromIonqJson(input);
    double[] want = Simulator.run(circuit()).amplitudes();
    double[] got = Simulator.run(readBack).amplitudes();
    double re = 0, im = 0;
    for (int k = 0; k < 4; k++) {
      int p = 0;
      for (int w = 0; w < 2; w++) {
        p |= ((k >> (1 - w)) & 1) << (1 - layout[w]);
      }
      re += want[2 * k] * got[2 * p] + want[2 * k + 1] * got[2 * p + 1];
      im += want[2 * k] * got[2 * p + 1] - want[2 * k + 1] * got[2 * p];
    }
    assertEquals(1, Math.hypot(re, im), 1e-10);
  }

  private static String logical(int key, int[] layout) {
    char[] s = new char[layout.length];
    for (int w = 0; w < layout.length; w++) {
      s[w] = ((key >> layout[w]) & 1) == 1 ? '1' : '0';
    }
    return new String(s);
  }

  /** IonQ's circuit JSON back to a circuit: rx, ry, rz and xx with rotation in radians. */
  private static Circuit fromIonqJson(JsonNode input) {
    List<Operation> ops = new ArrayList<>();
    for (JsonNode g : input.path("circuit")) {
      double angle = g.path("rotation").asDouble();
      switch (g.path("gate").asText()) {
        case "xx":
          ops.add(Operation.of(Gate.ISING_XX, new int[] {g.path("targets").get(0).asInt(),
              g.path("targets").get(1).asInt()}, angle));
          break;
        case "rx": ops.add(Operation.of(Gate.RX, new int[] {g.path("target").asInt()}, angle));
          break;
        case "ry": ops.add(Operation.of(Gate.RY, new int[] {g.path("target").asInt()}, angle));
          break;
        case "rz": ops.add(Operation.of(Gate.RZ, new int[] {g.path("target").asInt()}, angle));
          break;
        default: throw new AssertionError("unexpected gate " + g);
      }
    }
    return new Circuit(input.path("qubits").asInt(), ops);
  }

  @Test
  void cancelSendsTheCancelRequest() throws Exception {
    stubJob("ready");
    server.stubFor(put(urlEqualTo(JOB + "/status/cancel"))
        .willReturn(okJson(fixture("remote/ionq/cancel.json"))));
    Job job = provider.target("qpu.aria-1").submit(List.of(circuit()), 100, 1);
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (server.findAll(getRequestedFor(urlEqualTo(JOB))).isEmpty()
        && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertTrue(job.cancel());
    assertThrows(CancellationException.class, job::result);
    while (server.findAll(putRequestedFor(urlEqualTo(JOB + "/status/cancel"))).isEmpty()
        && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertEquals(1, server.findAll(putRequestedFor(urlEqualTo(JOB + "/status/cancel"))).size());
  }

  @Test
  void unauthorizedIsAClearError() {
    server.stubFor(get(urlEqualTo("/v0.3/backends")).atPriority(1)
        .willReturn(aResponse().withStatus(401).withBody(
            fixture("remote/ionq/unauthorized.json"))));
    RemoteBackendException e = assertThrows(RemoteBackendException.class,
        () -> provider.target("qpu.aria-1").submit(List.of(circuit()), 10, 1));
    assertEquals(RemoteBackendException.Reason.UNAUTHORIZED, e.reason());
    assertTrue(e.getMessage().contains("IONQ_API_KEY")
        && e.getMessage().contains("Invalid key provided"), e.getMessage());
    assertEquals(0, server.findAll(postRequestedFor(urlEqualTo("/v0.3/jobs"))).size());
  }

  @Test
  void tooManyRequestsWaitsForRetryAfterAndAServerErrorIsRetried() {
    stubJob("completed");
    server.stubFor(post(urlEqualTo("/v0.3/jobs")).atPriority(1).inScenario("post")
        .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("second")
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")));
    server.stubFor(post(urlEqualTo("/v0.3/jobs")).atPriority(1).inScenario("post")
        .whenScenarioStateIs("second").willSetStateTo("ok")
        .willReturn(aResponse().withStatus(500)));
    server.stubFor(get(urlEqualTo(JOB + "/results"))
        .willReturn(okJson(fixture("remote/ionq/results.json"))));
    JobResult r = provider.target("qpu.aria-1").submit(List.of(circuit()), 1000, 3)
        .result(Duration.ofSeconds(10));
    assertEquals(1000, r.get(0).shots());
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofMillis(200)), waits);
    assertEquals(3, server.findAll(postRequestedFor(urlEqualTo("/v0.3/jobs"))).size());
  }

  @Test
  void aRejectedCircuitFailsTheJobWithTheServicesReason() {
    server.stubFor(post(urlEqualTo("/v0.3/jobs")).willReturn(aResponse().withStatus(400)
        .withBody("{\"error\": \"Bad Request\", \"message\": \"\\\"input.circuit[0].gate\\\" "
            + "must be one of [x, y, z, rx, ry, rz, h, not, cnot, s, si, t, ti, v, vi, swap, xx]\", "
            + "\"statusCode\": 400}")));
    CompletionException e = assertThrows(CompletionException.class,
        () -> provider.target("qpu.aria-1").submit(List.of(circuit()), 10, 1)
            .result(Duration.ofSeconds(10)));
    RemoteBackendException cause = assertInstanceOf(RemoteBackendException.class, e.getCause());
    assertEquals(RemoteBackendException.Reason.REJECTED, cause.reason());
    assertEquals(400, cause.httpStatus());
    assertTrue(cause.getMessage().contains("POST /v0.3/jobs answered HTTP 400: the request was "
        + "rejected: \"input.circuit[0].gate\" must be one of"), cause.getMessage());
    assertTrue(waits.isEmpty(), "400 is not retried");
  }

  @Test
  void malformedResultsAndFailedJobsFailTheJob() {
    stubJob("completed");
    server.stubFor(get(urlEqualTo(JOB + "/results")).willReturn(okJson("[1, 2")));
    CompletionException e = assertThrows(CompletionException.class,
        () -> provider.target("qpu.aria-1").submit(List.of(circuit()), 10, 1)
            .result(Duration.ofSeconds(10)));
    RemoteBackendException cause = assertInstanceOf(RemoteBackendException.class, e.getCause());
    assertEquals(RemoteBackendException.Reason.MALFORMED_RESPONSE, cause.reason());

    server.stubFor(get(urlEqualTo(JOB)).atPriority(1)
        .willReturn(okJson(fixture("remote/ionq/job-failed.json"))));
    e = assertThrows(CompletionException.class,
        () -> provider.target("qpu.aria-1").submit(List.of(circuit()), 10, 1)
            .result(Duration.ofSeconds(10)));
    cause = assertInstanceOf(RemoteBackendException.class, e.getCause());
    assertEquals(RemoteBackendException.Reason.JOB_FAILED, cause.reason());
    assertTrue(cause.getMessage().contains("more qubits than the target has "
        + "(QuantumProgramInputError)"), cause.getMessage());
  }

  @Test
  void noKeyInLogsMessagesOrToString() {
    StringBuilder seen = new StringBuilder();
    try (RemoteTesting.LogCapture logs = new RemoteTesting.LogCapture()) {
      server.stubFor(get(urlEqualTo("/v0.3/backends")).atPriority(1).inScenario("x")
          .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("denied")
          .willReturn(aResponse().withStatus(502)));
      server.stubFor(get(urlEqualTo("/v0.3/backends")).atPriority(1).inScenario("x")
          .whenScenarioStateIs("denied").willReturn(aResponse().withStatus(403)
              .withBody("{\"message\": \"apiKey " + KEY + " may not use qpu.aria-1\"}")));
      IonqBackend ionq = provider.target("qpu.aria-1");
      RemoteBackendException e = assertThrows(RemoteBackendException.class, ionq::capabilities);
      assertEquals(RemoteBackendException.Reason.FORBIDDEN, e.reason());
      seen.append(RemoteTesting.allText(e)).append(ionq).append(provider.service().get());
      seen.append(logs.text());
      assertTrue(logs.size() >= 1);
    }
    assertTrue(seen.toString().contains("may not use qpu.aria-1"), seen.toString());
    assertNoSecret(seen.toString(), KEY);
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> new IonqProvider(name -> null).find("ionq:simulator"));
    assertTrue(missing.getMessage().contains("IONQ_API_KEY"), missing.getMessage());
  }
}
