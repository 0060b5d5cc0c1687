package io.qml4j.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code qml4j run} through picocli, with standard output and error captured. */
class Qml4jCliTest {
  /** Result of one command-line run. */
  private record Run(int exitCode, String out, String err) {
    String[] outLines() {
      return out.split("\\R");
    }
  }

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
    return Path.of(Qml4jCliTest.class.getResource("/bell.qasm").toURI()).toString();
  }

  private String file(String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text).toString();
  }

  private static void assertOneLineError(Run run, int exitCode, String fragment) {
    assertEquals(exitCode, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("error: "), run.err());
    assertEquals(1, run.err().split("\\R").length, run.err());
    assertTrue(run.err().contains(fragment), run.err());
  }

  @Test
  void bellPairCorrelationIsExactlyOne() throws Exception {
    Run run = run("run", bell(), "--observable", "Z0 Z1");
    assertEquals(Qml4jCli.OK, run.exitCode(), run.err());
    assertEquals("1.0", run.outLines()[0]);
    assertEquals(1, run.outLines().length);
    assertEquals(1.0, Double.parseDouble(run.outLines()[0]), 0.0);
    assertTrue(run.err().startsWith("note: ") && run.err().contains("2 final measurement(s)"),
        run.err());
  }

  @Test
  void probabilitiesFollowAsJson() throws Exception {
    Run run = run("run", bell(), "--observable", "0.5 Z0 - 2 X0 X1 + 1", "--probs");
    assertEquals(Qml4jCli.OK, run.exitCode(), run.err());
    // <Z0> = 0 and <X0 X1> = 1 on a Bell pair
    assertEquals(-1.0, Double.parseDouble(run.outLines()[0]), 1e-15);
    assertEquals("{\"00\": 0.5, \"11\": 0.5}", run.outLines()[1]);
  }

  @Test
  void bitstringsListQubitZeroFirst() throws Exception {
    String path = file("x0.qasm",
        "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[3];\nx q[0];\nh q[2];\n");
    Run run = run("run", path, "-o", "Z0", "--probs");
    assertEquals(Qml4jCli.OK, run.exitCode(), run.err());
    assertEquals("-1.0", run.outLines()[0]);
    assertEquals("{\"100\": 0.5, \"101\": 0.5}", run.outLines()[1]);
    assertEquals("", run.err());
  }

  @Test
  void shotsWithASeedAreReproducible() throws Exception {
    String[] args = {"run", bell(), "--observable", "Z0 + 0.5 X0 X1", "--shots", "1000",
        "--seed", "42", "--probs"};
    Run first = run(args);
    Run second = run(args);
    assertEquals(Qml4jCli.OK, first.exitCode(), first.err());
    assertEquals(first.out(), second.out());
    double estimate = Double.parseDouble(first.outLines()[0]);
    // exact value 0.5; Z0 has variance 1, so 5 standard errors of 1000 shots is about 0.16
    assertEquals(0.5, estimate, 5 / Math.sqrt(1000));
    assertTrue(first.outLines()[1].matches("\\{\"00\": 0\\.\\d+, \"11\": 0\\.\\d+}"),
        first.outLines()[1]);
    Run otherSeed = run("run", bell(), "--observable", "Z0 + 0.5 X0 X1", "--shots", "1000",
        "--seed", "43", "--probs");
    assertNotEquals(first.out(), otherSeed.out());
  }

  @Test
  void helpListsTheOptions() {
    Run run = run("run", "--help");
    assertEquals(Qml4jCli.OK, run.exitCode());
    for (String option : new String[] {"--observable", "--shots", "--seed", "--probs", "FILE"}) {
      assertTrue(run.out().contains(option), run.out());
    }
    assertTrue(run("--help").out().contains("run"));
  }

  @Test
  void missingFile() {
    assertOneLineError(run("run", folder.resolve("absent.qasm").toString(), "-o", "Z0"),
        Qml4jCli.BAD_INPUT, "absent.qasm: no such file");
  }

  @Test
  void qasmErrorNamesLineAndColumn() throws Exception {
    String path = file("bad.qasm", "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[2];\n"
        + "h q[0];\n  foo q[1];\n");
    assertOneLineError(run("run", path, "-o", "Z0"), Qml4jCli.BAD_INPUT,
        "bad.qasm:5:3: unknown gate 'foo'");
  }

  @Test
  void tooManyQubitsNamesFileLineAndRegister() throws Exception {
    String path = file("wide.qasm", "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg a[20];\n"
        + "qreg b[20];\nh b[0];\n");
    assertOneLineError(run("run", path, "-o", "Z0"), Qml4jCli.BAD_INPUT,
        "wide.qasm:4: register 'b' (20 qubit(s)) brings the program to 40 qubits; the "
            + "state-vector simulator holds at most 29");
  }

  @Test
  void byteOrderMarkIsAccepted() throws Exception {
    String path = file("bom.qasm", "\uFEFFOPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[1];\n"
        + "x q[0];\n");
    Run run = run("run", path, "-o", "Z0");
    assertEquals(Qml4jCli.OK, run.exitCode(), run.err());
    assertEquals("-1.0", run.outLines()[0]);
  }

  @Test
  void malformedObservable() throws Exception {
    assertOneLineError(run("run", bell(), "-o", "Z0 Q1"), Qml4jCli.BAD_INPUT,
        "malformed --observable");
  }

  @Test
  void observableWireBeyondTheCircuit() throws Exception {
    assertOneLineError(run("run", bell(), "-o", "Z0 X5"), Qml4jCli.BAD_INPUT,
        "acts on wire 5, but " + bell() + " has 2 qubit(s) (wires 0..1)");
  }

  @Test
  void shotsBelowOne() throws Exception {
    assertOneLineError(run("run", bell(), "-o", "Z0", "--shots", "0"), Qml4jCli.BAD_USAGE,
        "--shots must be at least 1, got 0");
  }

  @Test
  void shotsThatAreNotANumber() throws Exception {
    assertOneLineError(run("run", bell(), "-o", "Z0", "--shots", "many"), Qml4jCli.BAD_USAGE,
        "--shots");
  }

  @Test
  void missingObservable() throws Exception {
    assertOneLineError(run("run", bell()), Qml4jCli.BAD_USAGE, "--observable");
  }
}
