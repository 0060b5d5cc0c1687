package io.qml4j.samples.cli;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.backend.Backend;
import io.qml4j.runtime.backend.Backends;
import io.qml4j.runtime.backend.Counts;
import io.qml4j.runtime.backend.remote.RemoteBackendException;
import io.qml4j.runtime.observable.Expectation;
import io.qml4j.runtime.observable.PauliSum;
import io.qml4j.runtime.observable.Probabilities;
import io.qml4j.runtime.observable.Sampler;
import io.qml4j.runtime.observable.ShotEstimate;
import io.qml4j.runtime.qasm.QasmException;
import io.qml4j.runtime.qasm.QasmImporter;
import io.qml4j.runtime.qasm.QasmProgram;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code qml4j run FILE.qasm --observable "Z0 Z1" [--shots N --seed S] [--probs]}: simulates an
 * OpenQASM 2.0 program from |0...0> and prints the observable's expectation value alone on the
 * first line, with {@link Double#toString(double)} (full precision); with {@code --probs}, the
 * probabilities as one line of JSON follow (see {@link ProbabilitiesJson}).
 *
 * <p>Wire {@code i} of the observable and bit {@code i} of a bitstring (counted from the left)
 * are {@code q[i]} of the program (registers flattened in declaration order). Qiskit prints the
 * same outcome with {@code q[0]} rightmost, so its bitstrings read backwards.
 *
 * <p>Exact values are those of the normalised state, {@code <psi|H|psi> / <psi|psi>} and
 * {@code |a_k|^2 / <psi|psi>}: a state built from rounded amplitudes such as {@code 1/sqrt 2} has
 * a norm a few ulps from 1, and dividing by it keeps that rounding out of the printed result (a
 * Bell pair gives exactly {@code 1.0} for {@code Z0 Z1}, not {@code 1.0000000000000002}). With
 * {@code --shots}, both lines are seeded shot estimates instead: the same seed always prints the
 * same numbers. Final measurements in the program are not simulated; a note on standard error
 * says so.
 *
 * <p>With {@code --backend NAME} the program runs on that backend instead (a fake device
 * transpiles and simulates noise): the first line is the estimate from counts of the
 * observable's qubit-wise commuting groups, {@code --shots} per group, and {@code --probs} prints
 * the frequencies of one more run of {@code --shots} shots. Remote devices are named
 * {@code ibm:DEVICE}, {@code braket:DEVICE_ARN} or {@code ionq:TARGET} and need their
 * credentials ({@code qml4j backends} lists them); a refusal or failure of the service is one
 * line naming it.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Simulates an OpenQASM 2.0 program and prints the expectation value of an "
        + "observable alone on the first line (full precision).",
        "With --probs, the basis-state probabilities follow as one line of JSON, e.g. "
        + "{\"00\": 0.5, \"11\": 0.5}: bitstrings list q[0] first (Qiskit prints q[0] last); "
        + "states of probability zero are left out."})
final class RunCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "OpenQASM 2.0 program to simulate.")
  private Path file;

  @Option(names = {"-o", "--observable"}, required = true, paramLabel = "PAULIS",
      description = "Weighted sum of Pauli strings, e.g. \"Z0 Z1\" or "
          + "\"0.5 Z0 Z1 - 0.2 X0 + 1.1\"; wire i is q[i].")
  private String observable;

  @Option(names = "--shots", paramLabel = "N",
      description = "Estimate from N measurement shots instead of exactly (N >= 1).")
  private Integer shots;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
      description = "Seed of the shots (default: ${DEFAULT-VALUE}); the same seed prints the "
          + "same numbers.")
  private long seed;

  @Option(names = "--probs",
      description = "Also print the probabilities (frequencies with --shots) as JSON.")
  private boolean probabilities;

  @Option(names = {"-b", "--backend"}, paramLabel = "NAME",
      description = "Run on this backend (see 'qml4j backends'): the observable is estimated from "
          + "counts of its qubit-wise commuting groups, --shots per group (default "
          + DEFAULT_BACKEND_SHOTS + "; exact on statevector without --shots).")
  private String backend;

  /** Shots per circuit on a sampling backend when --shots is not given. */
  static final int DEFAULT_BACKEND_SHOTS = 1000;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (shots != null && shots < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--shots must be at least 1, got " + shots);
    }
    QasmProgram program = read();
    checkWidth(program);
    PauliSum h = observable(program.circuit().qubits());
    if (backend != null) {
      return runOnBackend(program, h);
    }
    StateVector state = simulate(program);
    PrintWriter out = spec.commandLine().getOut();
    if (shots == null) {
      double norm = state.normSquared();
      out.println(Double.toString(Expectation.of(state, h) / norm));
      if (probabilities) {
        double[] p = Probabilities.of(state);
        for (int k = 0; k < p.length; k++) {
          p[k] /= norm;
        }
        out.println(ProbabilitiesJson.of(p, state.qubits()));
      }
    } else {
      out.println(Double.toString(Sampler.estimate(state, h, shots, seed)));
      if (probabilities) {
        out.println(ProbabilitiesJson.ofCounts(Sampler.counts(state, shots, seed), shots));
      }
    }
    out.flush();
    if (!program.measurements().isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf(Locale.ROOT, "note: %s: %d final measurement(s) not simulated; the results are "
          + "for the state before them%n", file, program.measurements().size());
      err.flush();
    }
    return Qml4jCli.OK;
  }

  /** The estimate and counts from a backend; what it refuses is one line of bad input. */
  private Integer runOnBackend(QasmProgram program, PauliSum h) {
    Backend device = BackendOption.named(backend);
    int n = shots != null ? shots : device.capabilities().exact() ? 0 : DEFAULT_BACKEND_SHOTS;
    Circuit circuit = program.circuit();
    ShotEstimate estimate;
    Counts counts = null;
    try {
      estimate = Backends.expectation(device, circuit, h, n, seed);
      if (probabilities) {
        counts = device.submit(List.of(circuit), n, seed).result().get(0);
      }
    } catch (IllegalArgumentException | IllegalStateException | RemoteBackendException e) {
      throw new CliInputException("--backend " + backend + ": " + e.getMessage());
    } catch (CompletionException e) {
      throw new CliInputException("--backend " + backend + ": " + e.getCause().getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(Double.toString(estimate.mean()));
    if (counts != null) {
      out.println(n == 0 ? ProbabilitiesJson.of(counts.probabilities(), circuit.qubits())
          : ProbabilitiesJson.ofCounts(counts.counts(), n));
    }
    out.flush();
    return Qml4jCli.OK;
  }

  private QasmProgram read() {
    try {
      return QasmImporter.read(file);
    } catch (NoSuchFileException e) {
      throw new CliInputException("cannot read " + file + ": no such file");
    } catch (IOException e) {
      throw new CliInputException("cannot read " + file + ": " + e.getMessage());
    } catch (QasmException e) {
      throw new CliInputException(file + ":" + e.line() + ":" + e.column() + ": " + e.detail());
    }
  }

  private PauliSum observable(int qubits) {
    PauliSum h;
    try {
      h = PauliSum.parse(observable);
    } catch (IllegalArgumentException e) {
      throw new CliInputException("malformed --observable: " + e.getMessage());
    }
    if (h.maxWire() >= qubits) {
      throw new CliInputException(String.format(Locale.ROOT,
          "--observable \"%s\" acts on wire %d, but %s has %d qubit(s) (wires 0..%d)",
          observable, h.maxWire(), file, qubits, qubits - 1));
    }
    return h;
  }

  /** A program wider than a state vector is named by the register that crosses the limit. */
  private void checkWidth(QasmProgram program) {
    for (QasmProgram.Register r : program.registers()) {
      int through = r.firstWire() + r.size();
      if (through > StateVector.MAX_QUBITS) {
        throw new CliInputException(String.format(Locale.ROOT, "%s:%d: register '%s' (%d "
            + "qubit(s)) brings the program to %d qubits; the state-vector simulator holds at "
            + "most %d (2^%d amplitudes)", file, r.line(), r.name(), r.size(), through,
            StateVector.MAX_QUBITS, StateVector.MAX_QUBITS));
      }
    }
  }

  private StateVector simulate(QasmProgram program) {
    try {
      return Simulator.run(program.circuit());
    } catch (IllegalArgumentException e) {
      // the state does not fit: too many qubits for the heap
      throw new CliInputException(file + ": " + e.getMessage());
    }
  }
}
