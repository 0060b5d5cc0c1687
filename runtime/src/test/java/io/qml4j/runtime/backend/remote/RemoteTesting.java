package io.qml4j.runtime.backend.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.qasm.QasmImporter;
import io.qml4j.runtime.qasm.QasmProgram;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** What the remote backends' WireMock tests share: fixtures, fast settings, secret checks. */
public final class RemoteTesting {
  private static WireMockServer server;

  private RemoteTesting() {}

  /**
   * The one WireMock server of the test run, started on first use with its stubs, requests and
   * scenarios reset: starting WireMock takes seconds on a loaded machine, so the remote tests
   * share one (they run one at a time). Response templating and extension scanning are off; no
   * fixture uses them.
   */
  public static synchronized WireMockServer freshServer() {
    if (server == null) {
      server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
          .templatingEnabled(false).extensionScanningEnabled(false).jettyAcceptors(1)
          .containerThreads(8));
      server.start();
    }
    server.resetAll();
    return server;
  }

  /** A test resource as text. */
  public static String fixture(String path) {
    try (InputStream in = RemoteTesting.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Three retries that record their waits instead of sleeping. */
  public static RetryPolicy recordingRetry(List<Duration> waits) {
    return new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(30), waits::add);
  }

  /** Polls every 5 ms; a queue timeout of a minute. */
  public static PollSettings fastPoll() {
    return new PollSettings(Duration.ofMillis(5), Duration.ofMinutes(1));
  }

  /** Every message of an exception and its causes and suppressed exceptions, with toString. */
  public static String allText(Throwable t) {
    StringBuilder out = new StringBuilder();
    List<Throwable> seen = new ArrayList<>();
    collect(t, out, seen);
    return out.toString();
  }

  private static void collect(Throwable t, StringBuilder out, List<Throwable> seen) {
    if (t == null || seen.contains(t)) {
      return;
    }
    seen.add(t);
    out.append(t).append('\n');
    collect(t.getCause(), out, seen);
    for (Throwable s : t.getSuppressed()) {
      collect(s, out, seen);
    }
  }

  /**
   * Captures every log record of the qml4j loggers at every level while it is open, formatted
   * as a handler would write them.
   */
  public static final class LogCapture implements AutoCloseable {
    private final Logger logger = Logger.getLogger("io.qml4j");
    private final Level level = logger.getLevel();
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final Handler handler = new Handler() {
      private final SimpleFormatter format = new SimpleFormatter();

      @Override
      public void publish(LogRecord r) {
        lines.add(format.format(r));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };

    /** Starts capturing. */
    public LogCapture() {
      handler.setLevel(Level.ALL);
      logger.setLevel(Level.ALL);
      logger.addHandler(handler);
    }

    /** The captured lines. */
    public String text() {
      synchronized (lines) {
        return String.join("", lines);
      }
    }

    /** How many lines. */
    public int size() {
      return lines.size();
    }

    @Override
    public void close() {
      logger.removeHandler(handler);
      logger.setLevel(level);
    }
  }

  /** Asserts that no secret occurs in the text, and that the text is not empty. */
  public static void assertNoSecret(String text, String... secrets) {
    assertFalse(text.isEmpty(), "nothing was captured to check");
    for (String s : secrets) {
      assertFalse(text.contains(s), "a secret appears in: " + text.replace(s, "<SECRET>"));
    }
  }

  /**
   * Reads a submitted OpenQASM 3 program back and checks it is the same circuit: its gates
   * equal the device circuit (same state from random inputs, up to one global phase), and its
   * measurements read each logical wire's final physical qubit into {@code c[w]}, so the
   * distribution of logical bitstrings equals the logical circuit's exactly.
   *
   * @param qasm the submitted text
   * @param program what was prepared
   */
  public static void assertReadsBack(String qasm, DeviceProgram program) {
    QasmProgram read = QasmImporter.read(qasm);
    Circuit physical = program.physical();
    assertEquals(physical.qubits(), read.circuit().qubits());
    SplittableRandom random = new SplittableRandom(3);
    int n = physical.qubits();
    for (int trial = 0; trial < 2; trial++) {
      double[] psi = new double[2 << n];
      double norm = 0;
      for (int k = 0; k < psi.length; k++) {
        psi[k] = random.nextGaussian();
        norm += psi[k] * psi[k];
      }
      for (int k = 0; k < psi.length; k++) {
        psi[k] /= Math.sqrt(norm);
      }
      StateVector a = StateVector.of(n, psi.clone());
      StateVector b = StateVector.of(n, psi.clone());
      Simulator.apply(a, physical);
      Simulator.apply(b, read.circuit());
      double[] x = a.amplitudes(), y = b.amplitudes();
      double overlapRe = 0, overlapIm = 0;
      for (int k = 0; k < x.length / 2; k++) {
        overlapRe += x[2 * k] * y[2 * k] + x[2 * k + 1] * y[2 * k + 1];
        overlapIm += x[2 * k] * y[2 * k + 1] - x[2 * k + 1] * y[2 * k];
      }
      assertEquals(1, Math.hypot(overlapRe, overlapIm), 1e-10, "|<device|read back>|");
    }
    int[] layout = program.finalLayout();
    assertEquals(layout.length, read.measurements().size());
    for (QasmProgram.Measurement m : read.measurements()) {
      int w = Integer.parseInt(m.target().replaceAll("\\D", ""));
      assertTrue(m.target().startsWith("c["), m.target());
      assertEquals(layout[w], m.wire(), "wire " + w);
    }
    double[] logical = Simulator.run(program.logical()).amplitudes();
    double[] device = Simulator.run(read.circuit()).amplitudes();
    int wires = program.logical().qubits();
    double[] marginal = new double[1 << wires];
    for (int k = 0; k < device.length / 2; k++) {
      int index = 0;
      for (int w = 0; w < wires; w++) {
        index = index << 1 | ((k >> (n - 1 - layout[w])) & 1);
      }
      marginal[index] += device[2 * k] * device[2 * k] + device[2 * k + 1] * device[2 * k + 1];
    }
    for (int i = 0; i < marginal.length; i++) {
      double p = logical[2 * i] * logical[2 * i] + logical[2 * i + 1] * logical[2 * i + 1];
      assertEquals(p, marginal[i], 1e-10, "probability of logical outcome " + i);
    }
  }
}
