package io.qml4j.samples.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.qml4j.runtime.backend.remote.CredentialSources;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code qml4j draw}, {@code backends}, {@code transpile} and {@code run --backend}. */
class BackendCommandsTest {
  private record Run(int exitCode, String out, String err) {}

  @TempDir
  Path folder;

  private static Run run(String... args) {
    CommandLine cli = Qml4jCli.commandLine();
    StringWriter out = new StringWriter(), err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static String bell() throws URISyntaxException {
    return Path.of(BackendCommandsTest.class.getResource("/bell.qasm").toURI()).toString();
  }

  private String ghz(int n) throws IOException {
    StringBuilder q = new StringBuilder("OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[" + n
        + "];\nh q[0];\n");
    for (int i = 1; i < n; i++) {
      q.append("cx q[0], q[").append(i).append("];\n");
    }
    return Files.writeString(folder.resolve("ghz" + n + ".qasm"), q.toString()).toString();
  }

  private static void assertBadInput(Run run, String fragment) {
    assertEquals(Qml4jCli.BAD_INPUT, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(1, run.err().split("\\R").length, run.err());
    assertTrue(run.err().startsWith("error: ") && run.err().contains(fragment), run.err());
  }

  @Test
  void drawPrintsOneLinePerWireAndTheCounts() throws Exception {
    Run run = run("draw", bell());
    assertEquals(Qml4jCli.OK, run.exitCode(), run.err());
    String[] lines = run.out().split("\\R");
    assertEquals(3, lines.length, run.out());
    assertTrue(lines[0].startsWith("q0: ──H──╭●"), lines[0]);
    assertTrue(lines[1].startsWith("q1: ─────╰X"), lines[1]);
    assertEquals("gates 2 (cx 1, h 1), 2-qubit 1, depth 2, 2-qubit depth 1", lines[2]);
  }

  @Test
  void backendsListsEveryInstalledBackendWithItsCapabilities() {
    Run run = run("backends");
    assertEquals(Qml4jCli.OK, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("statevector: exact state-vector simulation"), run.out());
    assertTrue(run.out().contains("fake-falcon27: IBM Falcon r5.11 class"), run.out());
    assertTrue(run.out().contains("27 qubits, gates rz,sx,x,cx, coupling heavy-hex-27 "
        + "(28 couplers)"), run.out());
    // 8 local backends of two lines, a blank line, a header, 3 remote services of two lines
    assertEquals(24, run.out().split("\\R").length, run.out());
    assertTrue(run.out().contains("ibm:DEVICE  IBM Quantum (Qiskit Runtime): "), run.out());
    assertTrue(run.out().contains("set QISKIT_IBM_TOKEN, QISKIT_IBM_INSTANCE, "), run.out());
    assertTrue(run.out().contains("braket:DEVICE  Amazon Braket: "), run.out());
    assertTrue(run.out().contains("set AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, "), run.out());
    assertTrue(run.out().contains("ionq:DEVICE  IonQ (API v0.3): "), run.out());
  }

  /** Runs with the credentials file at the path given, then forgets it. */
  private static Run runWithCredentials(Path file, String... args) {
    System.setProperty(CredentialSources.FILE_PROPERTY, file.toString());
    try {
      return run(args);
    } finally {
      System.clearProperty(CredentialSources.FILE_PROPERTY);
    }
  }

  @Test
  void runOnAnUnconfiguredRemoteServiceNamesWhatConfiguresIt() throws Exception {
    Assumptions.assumeTrue(System.getenv("QISKIT_IBM_TOKEN") == null);
    Path empty = Files.writeString(folder.resolve("empty.properties"), "");
    assertBadInput(runWithCredentials(empty, "run", bell(), "--observable", "Z0", "--backend",
        "ibm:ibm_brisbane"), "--backend ibm:ibm_brisbane: IBM Quantum is not configured: set "
        + "QISKIT_IBM_TOKEN");
  }

  @Test
  void runOnIonqThroughTheCredentialsFile() throws Exception {
    WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
        .templatingEnabled(false).extensionScanningEnabled(false));
    server.start();
    try {
      String key = "cli-ionq-key-SECRET";
      server.stubFor(get(urlEqualTo("/v0.3/backends"))
          .withHeader("Authorization", equalTo("apiKey " + key))
          .willReturn(okJson("[{\"backend\": \"simulator\", \"status\": \"available\", "
              + "\"qubits\": 29}]")));
      server.stubFor(post(urlEqualTo("/v0.3/jobs"))
          .willReturn(okJson("{\"id\": \"cli-job\", \"status\": \"ready\"}")));
      server.stubFor(get(urlEqualTo("/v0.3/jobs/cli-job"))
          .willReturn(okJson("{\"id\": \"cli-job\", \"status\": \"completed\"}")));
      server.stubFor(get(urlEqualTo("/v0.3/jobs/cli-job/results"))
          .willReturn(okJson("{\"0\": 0.5, \"3\": 0.5}")));
      Path credentials = Files.writeString(folder.resolve("credentials.properties"),
          "IONQ_API_KEY=" + key + "\nQML4J_IONQ_URL=" + server.baseUrl() + "/v0.3\n");
      Run run = runWithCredentials(credentials, "run", bell(), "--observable", "Z0 Z1",
          "--backend", "ionq:simulator", "--shots", "1000", "--probs");
      assertEquals(Qml4jCli.OK, run.exitCode(), run.err());
      assertEquals("1.0\n{\"00\": 0.5, \"11\": 0.5}\n", run.out().replace("\r", ""));
      assertTrue(!run.out().contains(key) && !run.err().contains(key));
    } finally {
      server.stop();
    }
  }

  @Test
  void transpilePrintsRoutedQasmAndTheCounts() throws Exception {
    Run run = run("transpile", ghz(5), "--backend", "fake-falcon27");
    assertEquals(Qml4jCli.OK, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[27] q;\n"),
        run.out());
    assertTrue(run.out().contains("// before: gates 5 (cx 4, h 1), 2-qubit 4"), run.out());
    assertTrue(run.out().contains("// after:  gates "), run.out());
    assertTrue(run.out().contains(", swaps added "), run.out());
    for (String line : run.out().split("\\R")) {
      assertTrue(line.startsWith("//") || line.matches("(OPENQASM|include|qubit|rz|sx|x|cx)"
          + "[ (\\[].*;"), line);
    }
    Run ecr = run("transpile", bell(), "--backend", "fake-eagle-line5");
    assertTrue(ecr.out().contains("gate ecr a, b {") && ecr.out().contains("ecr q["), ecr.out());
  }

  @Test
  void transpileRefusesABackendWithoutADeviceAndAnUnknownName() throws Exception {
    assertBadInput(run("transpile", bell(), "--backend", "statevector"),
        "--backend statevector has no coupling map and native gate set");
    assertBadInput(run("transpile", bell(), "--backend", "ibm_nowhere"),
        "--backend: no backend \"ibm_nowhere\"; installed: statevector, sampler");
    assertBadInput(run("transpile", ghz(6), "--backend", "fake-eagle-line5"),
        "6 qubits do not fit the 5 qubits of line-5");
  }

  @Test
  void runOnABackendEstimatesFromCounts() throws Exception {
    Run ideal = run("run", bell(), "--observable", "Z0 Z1", "--backend", "sampler",
        "--shots", "500");
    assertEquals(Qml4jCli.OK, ideal.exitCode(), ideal.err());
    assertEquals("1.0", ideal.out().split("\\R")[0]);
    Run exact = run("run", bell(), "--observable", "Z0 Z1", "--backend", "statevector",
        "--probs");
    assertEquals("1.0\n{\"00\": 0.5, \"11\": 0.5}\n",
        exact.out().replace("\r", ""));
    Run noisy = run("run", bell(), "--observable", "Z0 Z1", "--backend", "fake-eagle-line5",
        "--shots", "2000", "--probs");
    double zz = Double.parseDouble(noisy.out().split("\\R")[0]);
    assertTrue(zz > 0.85 && zz < 1, noisy.out());
    assertTrue(noisy.out().split("\\R")[1].startsWith("{\"00\": "), noisy.out());
  }

  @Test
  void runRefusesWhatTheBackendCannotTake() throws Exception {
    assertBadInput(run("run", ghz(6), "--observable", "Z0", "--backend", "fake-eagle-line5"),
        "--backend fake-eagle-line5: circuits[0]: 6 qubits do not fit fake-eagle-line5, "
            + "which has 5");
    assertBadInput(run("run", bell(), "--observable", "Z0", "--backend", "fake-ring8",
        "--shots", "100001"), "shots: fake-ring8 takes 1 to 100000 shots per circuit");
  }
}
