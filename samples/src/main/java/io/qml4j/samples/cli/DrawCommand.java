package io.qml4j.samples.cli;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.draw.CircuitDrawer;
import io.qml4j.runtime.draw.ResourceCounts;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code qml4j draw FILE.qasm}: the circuit of an OpenQASM 2.0 program as a text diagram, one
 * line per wire (q[i] on line i), then its resource counts on one line.
 */
@Command(name = "draw", mixinStandardHelpOptions = true,
    description = {"Draws an OpenQASM 2.0 program as text, one line per wire, and prints its "
        + "gate counts, depth and two-qubit depth."})
final class DrawCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "OpenQASM 2.0 program to draw.")
  private Path file;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Circuit circuit = QasmFiles.read(file).circuit();
    PrintWriter out = spec.commandLine().getOut();
    out.print(CircuitDrawer.draw(circuit));
    out.println(ResourceCounts.of(circuit));
    out.flush();
    return Qml4jCli.OK;
  }
}
