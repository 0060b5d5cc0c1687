package io.qml4j.samples.cli;

import io.qml4j.runtime.backend.Backend;
import io.qml4j.runtime.backend.Capabilities;
import io.qml4j.runtime.qasm.QasmProgram;
import io.qml4j.runtime.transpile.NativeQasm;
import io.qml4j.runtime.transpile.TranspileResult;
import io.qml4j.runtime.transpile.Transpiler;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code qml4j transpile FILE.qasm --backend NAME [--seed S]}: compiles an OpenQASM 2.0 program
 * for a device backend (its coupling map and native gates) and prints the routed program as
 * OpenQASM 3.0 in native gates, then comment lines with the layouts and the resource counts
 * before and after, so the whole output is still a valid program.
 */
@Command(name = "transpile", mixinStandardHelpOptions = true,
    description = {"Transpiles an OpenQASM 2.0 program for a device backend and prints the routed "
        + "OpenQASM 3.0 program, then its layouts and gate counts before and after as comments."})
final class TranspileCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "OpenQASM 2.0 program.")
  private Path file;

  @Option(names = {"-b", "--backend"}, required = true, paramLabel = "NAME",
      description = "A device backend with a coupling map and native gates, e.g. fake-falcon27 "
          + "(see 'qml4j backends').")
  private String backend;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
      description = "Seed of the SABRE router (default: ${DEFAULT-VALUE}).")
  private long seed;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Backend device = BackendOption.named(backend);
    Capabilities c = device.capabilities();
    if (c.couplingMap() == null || c.nativeGates() == null) {
      throw new CliInputException("--backend " + backend + " has no coupling map and native "
          + "gate set to transpile for; choose a device such as fake-falcon27");
    }
    QasmProgram program = QasmFiles.read(file);
    TranspileResult result;
    try {
      result = Transpiler.to(c.couplingMap(), c.nativeGates()).withSeed(seed)
          .transpile(program.circuit());
    } catch (IllegalArgumentException e) {
      throw new CliInputException(file + ": " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(NativeQasm.toQasm3(result.circuit()));
    out.println("// initial layout (q[i] of " + file.getFileName() + " on physical qubit): "
        + Arrays.toString(result.initialLayout()));
    out.println("// final layout: " + Arrays.toString(result.finalLayout()));
    out.println("// before: " + result.before());
    out.println("// after:  " + result.after() + ", swaps added " + result.swapsAdded());
    out.flush();
    return Qml4jCli.OK;
  }
}
