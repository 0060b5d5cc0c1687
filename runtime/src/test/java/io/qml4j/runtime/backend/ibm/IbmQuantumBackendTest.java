package io.qml4j.runtime.backend.ibm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
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
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.backend.Backend;
import io.qml4j.runtime.backend.Backends;
import io.qml4j.runtime.backend.Capabilities;
import io.qml4j.runtime.backend.Job;
import io.qml4j.runtime.backend.JobResult;
import io.qml4j.runtime.backend.JobStatus;
import io.qml4j.runtime.backend.remote.DeviceProgram;
import io.qml4j.runtime.backend.remote.RemoteBackendException;
import io.qml4j.runtime.backend.remote.RemoteTesting;
import io.qml4j.runtime.backend.remote.Secret;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.transpile.NativeGateSet;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The IBM Quantum backend against a local WireMock server answering as the Qiskit Runtime REST
 * API documents (fixtures in test resources remote/ibm, with their sources): submit, poll,
 * results and counts, cancel, 401, 429 with Retry-After, 500 then success, malformed JSON, a
 * failed job, and no credential in any log line or exception message.
 */
class IbmQuantumBackendTest {
  private static final String API_KEY = "ibm-api-key-SECRET-0123456789";
  private static final String BEARER = "IBM-BEARER-SECRET-7f3a";
  private static final String JOB = "/api/v1/jobs/d1test0sampler";

  private WireMockServer server;
  private final List<Duration> waits = new ArrayList<>();
  private IbmQuantumProvider provider;

  @BeforeEach
  void start() {
    server = RemoteTesting.freshServer();
    IbmSettings settings = new IbmSettings(Secret.of(API_KEY), "crn:v1:test:instance::",
        URI.create(server.baseUrl() + "/api/v1"), URI.create(server.baseUrl()),
        IbmSettings.API_VERSION, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .build(), RemoteTesting.recordingRetry(waits), RemoteTesting.fastPoll());
    provider = IbmQuantumProvider.of(settings);
    server.stubFor(post(urlEqualTo("/identity/token"))
        .withRequestBody(equalTo("grant_type=urn%3Aibm%3Aparams%3Aoauth%3Agrant-type%3Aapikey"
            + "&apikey=" + API_KEY))
        .willReturn(okJson(fixture("remote/ibm/iam-token.json"))));
    server.stubFor(get(urlEqualTo("/api/v1/backends/ibm_test_eagle/configuration"))
        .withHeader("Authorization", equalTo("Bearer eyJraWQiOiJ0ZXN0In0." + BEARER))
        .withHeader("Service-CRN", equalTo("crn:v1:test:instance::"))
        .withHeader("IBM-API-Version", equalTo(IbmSettings.API_VERSION))
        .willReturn(okJson(fixture("remote/ibm/configuration.json"))));
  }

  private static Circuit xOnWireZero() {
    CircuitBuilder b = new CircuitBuilder(2);
    b.x(0);
    b.ry(1, 0.7);
    return b.build();
  }

  private static Circuit bell() {
    CircuitBuilder b = new CircuitBuilder(2);
    b.h(0);
    b.cnot(0, 1);
    return b.build();
  }

  private void stubJobs(String... statuses) {
    server.stubFor(post(urlEqualTo("/api/v1/jobs"))
        .willReturn(okJson(fixture("remote/ibm/job-created.json"))));
    String state = Scenario.STARTED;
    for (int i = 0; i < statuses.length; i++) {
      String next = i + 1 < statuses.length ? "poll " + (i + 1) : state;
      server.stubFor(get(urlEqualTo(JOB)).inScenario("job").whenScenarioStateIs(state)
          .willSetStateTo(next)
          .willReturn(okJson(fixture("remote/ibm/job-" + statuses[i] + ".json"))));
      state = next;
    }
  }

  @Test
  void capabilitiesComeFromTheDeviceConfiguration() {
    Capabilities c = provider.device("ibm_test_eagle").capabilities();
    assertEquals(5, c.qubits());
    assertEquals(NativeGateSet.IBM_ECR, c.nativeGates());
    assertEquals(4, c.couplingMap().edges().size());
    assertTrue(c.couplingMap().adjacent(0, 1) && c.couplingMap().adjacent(3, 4));
    assertEquals(100_000, c.maxShots());
    assertEquals(300, c.maxCircuits());
    assertTrue(c.noisy() && !c.exact() && !c.dynamicCircuits());
  }

  @Test
  void submitPollsAndReturnsCountsWithWireZeroFirst() throws Exception {
    stubJobs("queued", "running", "completed");
    server.stubFor(get(urlEqualTo(JOB + "/results"))
        .willReturn(okJson(fixture("remote/ibm/sampler-results.json"))));
    Backend ibm = provider.device("ibm_test_eagle");
    Job job = ibm.submit(List.of(xOnWireZero(), bell()), 4, 5);
    JobResult result = job.result(Duration.ofSeconds(10));
    assertEquals(JobStatus.DONE, job.status());
    // samples 0x1 (c[0] = 1: wire 0 read 1) three times and 0x3 once
    assertEquals(Map.of("10", 3, "11", 1), result.get(0).counts());
    assertEquals(4, result.get(0).shots());
    // 0x0 and 0x2 (c[1] = 1: wire 1 read 1)
    assertEquals(Map.of("00", 1, "01", 1), result.get(1).counts());
    List<LoggedRequest> posts = server.findAll(postRequestedFor(urlEqualTo("/api/v1/jobs")));
    assertEquals(1, posts.size());
    JsonNode body = new ObjectMapper().readTree(posts.get(0).getBodyAsString());
    assertEquals("sampler", body.path("program_id").asText());
    assertEquals("ibm_test_eagle", body.path("backend").asText());
    assertEquals(2, body.path("params").path("version").asInt());
    JsonNode pubs = body.path("params").path("pubs");
    assertEquals(2, pubs.size());
    assertEquals(4, pubs.get(0).get(2).asInt());
    Capabilities c = ibm.capabilities();
    RemoteTesting.assertReadsBack(pubs.get(0).get(0).asText(),
        DeviceProgram.prepare(xOnWireZero(), c, 5));
    RemoteTesting.assertReadsBack(pubs.get(1).get(0).asText(),
        DeviceProgram.prepare(bell(), c, 6));
    String qasm = pubs.get(1).get(0).asText();
    assertTrue(qasm.startsWith("OPENQASM 3.0;") && qasm.contains("ecr q[")
        && !qasm.contains("cx q["), qasm);
  }

  @Test
  void estimatorPrimitiveReturnsTheExpectation() throws Exception {
    server.stubFor(post(urlEqualTo("/api/v1/jobs"))
        .willReturn(okJson(fixture("remote/ibm/job-created.json"))));
    server.stubFor(get(urlEqualTo(JOB))
        .willReturn(okJson(fixture("remote/ibm/job-completed.json"))));
    server.stubFor(get(urlEqualTo(JOB + "/results"))
        .willReturn(okJson(fixture("remote/ibm/estimator-results.json"))));
    IbmBackend ibm = provider.device("ibm_test_eagle");
    double[] e = ibm.estimate(bell(), PauliSum.parse("Z0 Z1 + 0.5"), 5);
    assertEquals(0.875 + 0.5, e[0], 1e-15);
    assertEquals(0.0125, e[1], 1e-15);
    JsonNode body = new ObjectMapper().readTree(server.findAll(
        postRequestedFor(urlEqualTo("/api/v1/jobs"))).get(0).getBodyAsString());
    assertEquals("estimator", body.path("program_id").asText());
    JsonNode observables = body.path("params").path("pubs").get(0).get(1);
    assertEquals(1, observables.size());
    String label = observables.fieldNames().next();
    // Qiskit's labels put qubit 0 last: the Z's sit at the final physical qubits of wires 0, 1
    int[] layout = DeviceProgram.prepare(bell(), ibm.capabilities(), 5).finalLayout();
    assertEquals('Z', label.charAt(4 - layout[0]));
    assertEquals('Z', label.charAt(4 - layout[1]));
    assertEquals(3, label.chars().filter(ch -> ch == 'I').count());
  }

  @Test
  void cancelSendsTheCancelRequest() throws Exception {
    stubJobs("queued");
    server.stubFor(post(urlEqualTo(JOB + "/cancel")).willReturn(aResponse().withStatus(204)));
    Job job = provider.device("ibm_test_eagle").submit(List.of(bell()), 100, 1);
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (server.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
        urlEqualTo(JOB))).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertTrue(job.cancel());
    assertEquals(JobStatus.CANCELLED, job.status());
    assertThrows(CancellationException.class, job::result);
    while (server.findAll(postRequestedFor(urlEqualTo(JOB + "/cancel"))).isEmpty()
        && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertEquals(1, server.findAll(postRequestedFor(urlEqualTo(JOB + "/cancel"))).size());
  }

  @Test
  void unauthorizedIsAClearErrorWithoutTheKey() {
    server.stubFor(get(urlEqualTo("/api/v1/backends/ibm_test_eagle/configuration"))
        .atPriority(1).willReturn(aResponse().withStatus(401)
            .withHeader("Content-Type", "application/json")
            .withBody(fixture("remote/ibm/unauthorized.json"))));
    RemoteBackendException e = assertThrows(RemoteBackendException.class,
        () -> provider.device("ibm_test_eagle").submit(List.of(bell()), 10, 1));
    assertEquals(RemoteBackendException.Reason.UNAUTHORIZED, e.reason());
    assertTrue(e.getMessage().contains("HTTP 401") && e.getMessage().contains("QISKIT_IBM_TOKEN")
        && e.getMessage().contains("The token is not valid."), e.getMessage());
    assertEquals(0, server.findAll(postRequestedFor(urlEqualTo("/api/v1/jobs"))).size());
    assertTrue(waits.isEmpty(), "401 is not retried");
  }

  @Test
  void tooManyRequestsWaitsForRetryAfter() {
    server.stubFor(get(urlEqualTo("/api/v1/backends/ibm_test_eagle/configuration"))
        .atPriority(1).inScenario("limit").whenScenarioStateIs(Scenario.STARTED)
        .willSetStateTo("ok").willReturn(aResponse().withStatus(429)
            .withHeader("Retry-After", "7")));
    Capabilities c = provider.device("ibm_test_eagle").capabilities();
    assertEquals(5, c.qubits());
    assertEquals(List.of(Duration.ofSeconds(7)), waits);
  }

  @Test
  void aServerErrorThenSuccessIsRetriedWithBackoff() throws Exception {
    stubJobs("completed");
    server.stubFor(get(urlEqualTo(JOB + "/results")).inScenario("flaky")
        .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("second")
        .willReturn(aResponse().withStatus(500).withBody("upstream failure")));
    server.stubFor(get(urlEqualTo(JOB + "/results")).inScenario("flaky")
        .whenScenarioStateIs("second").willSetStateTo("third")
        .willReturn(aResponse().withStatus(503)));
    server.stubFor(get(urlEqualTo(JOB + "/results")).inScenario("flaky")
        .whenScenarioStateIs("third")
        .willReturn(okJson(fixture("remote/ibm/sampler-results.json"))));
    JobResult r = provider.device("ibm_test_eagle").submit(List.of(xOnWireZero(), bell()), 4, 1)
        .result(Duration.ofSeconds(10));
    assertEquals(3, r.get(0).get("10"));
    assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200)), waits);
  }

  @Test
  void malformedJsonAndFailedJobsFailTheJobClearly() {
    stubJobs("completed");
    server.stubFor(get(urlEqualTo(JOB + "/results"))
        .willReturn(okJson("{\"results\": [{\"data\": ")));
    CompletionException e = assertThrows(CompletionException.class,
        () -> provider.device("ibm_test_eagle").submit(List.of(bell()), 4, 1)
            .result(Duration.ofSeconds(10)));
    RemoteBackendException cause = assertInstanceOf(RemoteBackendException.class, e.getCause());
    assertEquals(RemoteBackendException.Reason.MALFORMED_RESPONSE, cause.reason());
    assertTrue(cause.getMessage().contains("GET " + JOB + "/results is not JSON"),
        cause.getMessage());

    server.resetScenarios();
    server.stubFor(get(urlEqualTo(JOB)).atPriority(1)
        .willReturn(okJson(fixture("remote/ibm/job-failed.json"))));
    e = assertThrows(CompletionException.class,
        () -> provider.device("ibm_test_eagle").submit(List.of(bell()), 4, 1)
            .result(Duration.ofSeconds(10)));
    cause = assertInstanceOf(RemoteBackendException.class, e.getCause());
    assertEquals(RemoteBackendException.Reason.JOB_FAILED, cause.reason());
    assertTrue(cause.getMessage().contains("ended Failed: Error code 1517"), cause.getMessage());
  }

  @Test
  void badInputIsRefusedBeforeAnythingIsSent() {
    Backend ibm = provider.device("ibm_test_eagle");
    CircuitBuilder wide = new CircuitBuilder(6);
    wide.h(5);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ibm.submit(List.of(wide.build()), 10, 1));
    assertTrue(e.getMessage().contains("6 qubits do not fit ibm:ibm_test_eagle"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ibm.submit(List.of(bell()), 100_001, 1));
    assertTrue(e.getMessage().startsWith("shots:"), e.getMessage());
    assertEquals(0, server.findAll(postRequestedFor(urlEqualTo("/api/v1/jobs"))).size());
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> new IbmQuantumProvider(name -> null).find("ibm:ibm_brisbane"));
    assertTrue(missing.getMessage().contains("QISKIT_IBM_TOKEN")
        && missing.getMessage().contains("QISKIT_IBM_INSTANCE"), missing.getMessage());
  }

  @Test
  void noCredentialAppearsInLogsMessagesOrToString() {
    StringBuilder seen = new StringBuilder();
    try (RemoteTesting.LogCapture logs = new RemoteTesting.LogCapture()) {
      // a retried 503 (logged), then a 403 whose body echoes the key, on the configuration
      server.stubFor(get(urlEqualTo("/api/v1/backends/ibm_test_eagle/configuration"))
          .atPriority(1).inScenario("x").whenScenarioStateIs(Scenario.STARTED)
          .willSetStateTo("denied").willReturn(aResponse().withStatus(503)));
      server.stubFor(get(urlEqualTo("/api/v1/backends/ibm_test_eagle/configuration"))
          .atPriority(1).inScenario("x").whenScenarioStateIs("denied")
          .willReturn(aResponse().withStatus(403).withBody("{\"message\": \"key " + API_KEY
              + " with token Bearer eyJraWQiOiJ0ZXN0In0." + BEARER + " lacks access\"}")));
      IbmBackend ibm = provider.device("ibm_test_eagle");
      RemoteBackendException e = assertThrows(RemoteBackendException.class, ibm::capabilities);
      assertEquals(RemoteBackendException.Reason.FORBIDDEN, e.reason());
      seen.append(RemoteTesting.allText(e));
      seen.append(ibm).append(provider.service().get());
      seen.append(Secret.of(API_KEY));
      seen.append(logs.text());
      assertTrue(logs.size() >= 1, "the retry was logged");
    }
    assertTrue(seen.toString().contains("lacks access"), seen.toString());
    assertNoSecret(seen.toString(), API_KEY, BEARER);
  }

  @Test
  void serviceLoaderResolvesIbmNames() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Backends.named("ibm:ibm_brisbane"));
    assertTrue(e.getMessage().contains("not configured"), e.getMessage());
    assertTrue(Backends.services().stream().anyMatch(s -> s.prefix().equals("ibm:")));
  }
}
