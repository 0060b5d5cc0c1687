package io.qml4j.runtime.backend.braket;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Amazon Braket backend against a local WireMock server standing for both the Braket API
 * and S3, answering as the API reference and Braket's schemas show (fixtures in test resources
 * remote/braket): signed requests, submit, poll, results from the S3 output directory, counts
 * with wire 0 first, the OpenQASM 3 program read back, cancel, 403, 429 then 500 then success,
 * malformed JSON, a failed task, and no credential in any log line or message.
 */
class BraketBackendTest {
  private static final String ACCESS = "AKIDQML4JTESTKEY77";
  private static final String SECRET = "braket/SECRET+key/0123456789abcdefEXAMPLE";
  private static final String TOKEN = "SESSION-TOKEN-SECRET-FwoGZXIvYXdzE";
  private static final String ARN = "arn:aws:braket:us-east-1::device/qpu/ionq/Aria-1";
  private static final String TASK = "/quantum-task/arn%3Aaws%3Abraket%3Aus-east-1%3A"
      + "123456789012%3Aquantum-task%2F5f0a1c2e-7b3d-4e8f-9a10-112233445566";
  private static final String RESULTS =
      "/amazon-braket-test-results/qml4j/tasks/5f0a1c2e-7b3d-4e8f-9a10-112233445566/results.json";

  private WireMockServer server;
  private final List<Duration> waits = new ArrayList<>();
  private BraketProvider provider;

  @BeforeEach
  void start() {
    server = RemoteTesting.freshServer();
    provider = BraketProvider.of(new BraketSettings(Secret.of(ACCESS), Secret.of(SECRET),
        Secret.of(TOKEN), "us-east-1", "amazon-braket-test-results", "qml4j",
        URI.create(server.baseUrl()), URI.create(server.baseUrl()),
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
        RemoteTesting.recordingRetry(waits), RemoteTesting.fastPoll(),
        Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC)));
    server.stubFor(get(urlPathMatching("/device/.*"))
        .withHeader("Authorization", matching("AWS4-HMAC-SHA256 Credential=" + ACCESS
            + "/20250601/us-east-1/braket/aws4_request, SignedHeaders=host;"
            + "x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=[0-9a-f]{64}"))
        .withHeader("X-Amz-Security-Token", matching(TOKEN))
        .willReturn(okJson(fixture("remote/braket/device.json"))));
  }

  private static Circuit circuit() {
    CircuitBuilder b = new CircuitBuilder(2);
    b.x(0);
    b.ry(1, 0.4);
    b.cnot(1, 0);
    return b.build();
  }

  private void stubTask(String... statuses) {
    server.stubFor(post(urlEqualTo("/quantum-task"))
        .willReturn(okJson(fixture("remote/braket/task-created.json"))));
    String state = Scenario.STARTED;
    for (int i = 0; i < statuses.length; i++) {
      String next = i + 1 < statuses.length ? "poll " + (i + 1) : state;
      server.stubFor(get(urlEqualTo(TASK)).inScenario("task").whenScenarioStateIs(state)
          .willSetStateTo(next)
          .willReturn(okJson(fixture("remote/braket/task-" + statuses[i] + ".json"))));
      state = next;
    }
  }

  @Test
  void capabilitiesComeFromTheDeviceDescription() {
    Capabilities c = provider.device(ARN).capabilities();
    assertEquals(25, c.qubits());
    assertEquals(5000, c.maxShots());
    // supportedOperations hold rz, v, x and cnot
    assertEquals(NativeGateSet.IBM_CX, c.nativeGates());
    assertTrue(c.noisy());
    LoggedRequest r = server.findAll(getRequestedFor(urlPathMatching("/device/.*"))).get(0);
    assertEquals("/device/arn%3Aaws%3Abraket%3Aus-east-1%3A%3Adevice%2Fqpu%2Fionq%2FAria-1",
        r.getUrl());
  }

  @Test
  void submitPollsAndReadsResultsFromS3() throws Exception {
    stubTask("queued", "running", "completed");
    server.stubFor(get(urlEqualTo(RESULTS))
        .withHeader("Authorization", matching(".*/us-east-1/s3/aws4_request, .*"))
        .withHeader("x-amz-content-sha256", matching(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"))
        .willReturn(okJson(fixture("remote/braket/results.json"))));
    BraketBackend braket = provider.device(ARN);
    Job job = braket.submit(List.of(circuit()), 4, 9);
    JobResult result = job.result(Duration.ofSeconds(10));
    assertEquals(JobStatus.DONE, job.status());
    DeviceProgram program = DeviceProgram.prepare(circuit(), braket.capabilities(), 9);
    int[] layout = program.finalLayout();
    // measurements [[1,0],[1,0],[1,1],[1,0]] over measuredQubits [0, 1]: qubit layout[w] is
    // wire w
    Map<String, Integer> expected = layout[0] == 0 ? Map.of("10", 3, "11", 1)
        : Map.of("01", 3, "11", 1);
    assertEquals(expected, result.get(0).counts());

    LoggedRequest create = server.findAll(postRequestedFor(urlEqualTo("/quantum-task"))).get(0);
    assertTrue(create.getHeader("Authorization").contains("/braket/aws4_request"));
    JsonNode body = new ObjectMapper().readTree(create.getBodyAsString());
    assertEquals(ARN, body.path("deviceArn").asText());
    assertEquals(4, body.path("shots").asInt());
    assertEquals("amazon-braket-test-results", body.path("outputS3Bucket").asText());
    assertEquals("qml4j", body.path("outputS3KeyPrefix").asText());
    assertTrue(body.path("clientToken").asText().matches("[0-9a-f-]{36}"));
    JsonNode action = new ObjectMapper().readTree(body.path("action").asText());
    assertEquals("braket.ir.openqasm.program",
        action.path("braketSchemaHeader").path("name").asText());
    String source = action.path("source").asText();
    assertTrue(source.contains("cnot q[") && source.contains(" = measure q["), source);
    // Braket's names are stdgates' sx, cx and rxx: mapped so, the program reads back
    String stdgates = source.replace("OPENQASM 3.0;\n", "OPENQASM 3.0;\ninclude \"stdgates.inc\";\n")
        .replaceAll("(?m)^v ", "sx ").replaceAll("(?m)^cnot ", "cx ");
    RemoteTesting.assertReadsBack(stdgates.replaceAll("bit\\[(\\d+)\\] c;\\n(qubit\\[\\d+\\] q;\\n)",
        "$2bit[$1] c;\n"), program);
  }

  @Test
  void cancelSendsCancelQuantumTask() throws Exception {
    stubTask("queued");
    server.stubFor(put(urlEqualTo(TASK + "/cancel"))
        .willReturn(okJson(fixture("remote/braket/cancel.json"))));
    Job job = provider.device(ARN).submit(List.of(circuit()), 10, 1);
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (server.findAll(getRequestedFor(urlEqualTo(TASK))).isEmpty()
        && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertTrue(job.cancel());
    assertThrows(CancellationException.class, job::result);
    while (server.findAll(putRequestedFor(urlEqualTo(TASK + "/cancel"))).isEmpty()
        && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    LoggedRequest cancel = server.findAll(putRequestedFor(urlEqualTo(TASK + "/cancel"))).get(0);
    assertTrue(cancel.getBodyAsString().contains("clientToken"));
  }

  @Test
  void invalidCredentialsAreAClearError() {
    server.stubFor(get(urlPathMatching("/device/.*")).atPriority(1)
        .willReturn(aResponse().withStatus(403)
            .withHeader("x-amzn-ErrorType", "UnrecognizedClientException")
            .withBody(fixture("remote/braket/invalid-token.json"))));
    RemoteBackendException e = assertThrows(RemoteBackendException.class,
        () -> provider.device(ARN).submit(List.of(circuit()), 10, 1));
    assertEquals(RemoteBackendException.Reason.FORBIDDEN, e.reason());
    assertTrue(e.getMessage().contains("AWS_ACCESS_KEY_ID")
        && e.getMessage().contains("security token included in the request is invalid"),
        e.getMessage());
    assertEquals(0, server.findAll(postRequestedFor(urlEqualTo("/quantum-task"))).size());
  }

  @Test
  void throttlingAndServerErrorsAreRetried() {
    stubTask("completed");
    server.stubFor(post(urlEqualTo("/quantum-task")).atPriority(1).inScenario("post")
        .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("second")
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")
            .withBody("{\"message\": \"Rate exceeded\"}")));
    server.stubFor(post(urlEqualTo("/quantum-task")).atPriority(1).inScenario("post")
        .whenScenarioStateIs("second").willSetStateTo("ok")
        .willReturn(aResponse().withStatus(500)));
    server.stubFor(get(urlEqualTo(RESULTS))
        .willReturn(okJson(fixture("remote/braket/results.json"))));
    JobResult r = provider.device(ARN).submit(List.of(circuit()), 4, 1)
        .result(Duration.ofSeconds(10));
    assertEquals(4, r.get(0).shots());
    assertEquals(List.of(Duration.ofSeconds(3), Duration.ofMillis(200)), waits);
  }

  @Test
  void malformedResultsAndFailedTasksFailTheJob() {
    stubTask("completed");
    server.stubFor(get(urlEqualTo(RESULTS)).willReturn(okJson("{\"measurements\": [[1, 0],")));
    CompletionException e = assertThrows(CompletionException.class,
        () -> provider.device(ARN).submit(List.of(circuit()), 4, 1)
            .result(Duration.ofSeconds(10)));
    RemoteBackendException cause = assertInstanceOf(RemoteBackendException.class, e.getCause());
    assertEquals(RemoteBackendException.Reason.MALFORMED_RESPONSE, cause.reason());
    assertTrue(cause.getMessage().contains("results.json is not JSON"), cause.getMessage());

    server.stubFor(get(urlEqualTo(TASK)).atPriority(1)
        .willReturn(okJson(fixture("remote/braket/task-failed.json"))));
    e = assertThrows(CompletionException.class,
        () -> provider.device(ARN).submit(List.of(circuit()), 4, 1)
            .result(Duration.ofSeconds(10)));
    cause = assertInstanceOf(RemoteBackendException.class, e.getCause());
    assertEquals(RemoteBackendException.Reason.JOB_FAILED, cause.reason());
    assertTrue(cause.getMessage().contains("exceeds the device's 25"), cause.getMessage());
  }

  @Test
  void noCredentialInLogsMessagesOrToString() {
    StringBuilder seen = new StringBuilder();
    try (RemoteTesting.LogCapture logs = new RemoteTesting.LogCapture()) {
      server.stubFor(get(urlPathMatching("/device/.*")).atPriority(1).inScenario("x")
          .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("denied")
          .willReturn(aResponse().withStatus(503)));
      server.stubFor(get(urlPathMatching("/device/.*")).atPriority(1).inScenario("x")
          .whenScenarioStateIs("denied").willReturn(aResponse().withStatus(403)
              .withBody("{\"message\": \"signature by " + ACCESS + " with " + SECRET + " and "
                  + TOKEN + " does not match\"}")));
      BraketBackend braket = provider.device(ARN);
      RemoteBackendException e = assertThrows(RemoteBackendException.class,
          braket::capabilities);
      seen.append(RemoteTesting.allText(e)).append(braket).append(provider.service().get());
      seen.append(logs.text());
      assertTrue(logs.size() >= 1);
    }
    assertTrue(seen.toString().contains("does not match"), seen.toString());
    assertNoSecret(seen.toString(), ACCESS, SECRET, TOKEN);
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> new BraketProvider(name -> null).find("braket:" + ARN));
    assertTrue(missing.getMessage().contains("AWS_SECRET_ACCESS_KEY"), missing.getMessage());
  }
}
