package io.qml4j.samples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code qml4j} command line: {@code run} ({@link RunCommand}) simulates an OpenQASM 2.0
 * file, or runs it on a backend, and prints an observable's expectation value and, optionally, the
 * basis-state probabilities; {@code draw} ({@link DrawCommand}) prints its diagram and resource
 * counts; {@code backends} ({@link BackendsCommand}) lists the installed backends; and
 * {@code transpile} ({@link TranspileCommand}) prints it routed for a device as OpenQASM 3.0.
 *
 * <p>Exit status: {@value #OK} on success, {@value #BAD_INPUT} for bad input (a missing file, an
 * OpenQASM error, a malformed observable, an observable wire beyond the circuit),
 * {@value #BAD_USAGE} for a bad command line (an unknown or missing option, a value of the wrong
 * type, {@code --shots} below 1). Every failure prints one line on standard error.
 */
@Command(name = "qml4j", mixinStandardHelpOptions = true, version = "qml4j 0.1.0-SNAPSHOT",
    description = "Quantum machine learning for Java: command-line tools.",
    subcommands = {RunCommand.class, DrawCommand.class, BackendsCommand.class,
        TranspileCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit status: 0 success, 1 bad input (file, OpenQASM, observable), "
        + "2 bad command line."})
public final class Qml4jCli implements Runnable {
  /** Exit status of a successful run. */
  public static final int OK = 0;
  /** Exit status when a file, program or observable cannot be used. */
  public static final int BAD_INPUT = 1;
  /** Exit status when the command line itself is wrong. */
  public static final int BAD_USAGE = 2;

  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  /** Without a subcommand: show the usage. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * A configured command line: one-line errors on standard error and the exit codes above. Set
   * {@link CommandLine#setOut} and {@link CommandLine#setErr} to capture its output.
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Qml4jCli());
    cli.setParameterExceptionHandler((e, args) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("error: " + e.getMessage() + " (see '"
          + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
      err.flush();
      return BAD_USAGE;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (e instanceof CliInputException) {
        err.println("error: " + e.getMessage());
        err.flush();
        return BAD_INPUT;
      }
      throw e;
    });
    return cli;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
