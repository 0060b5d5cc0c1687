package io.qml4j.samples;

import io.qml4j.samples.cli.Qml4jCli;
import io.qml4j.samples.showcase.ShowcaseCommand;
import picocli.CommandLine;

/**
 * The entry point of {@code mvn -q -pl samples -am compile exec:java} and of the runnable jar
 * ({@code java -jar samples/target/qml4j.jar}). Without arguments it runs the main job: every
 * qml4j algorithm on the embedded CPU simulator, a results table and PNG plots. Arguments select
 * one task and its options ({@code --help} lists them, see {@link ShowcaseCommand}), or one of
 * the command-line tools of {@link Qml4jCli}, such as {@code run FILE.qasm --observable "Z0 Z1"}.
 */
public final class Main {
  private Main() {}

  /** Runs a command-line tool or the showcase, as the first argument says. */
  public static void main(String[] args) {
    // Plots are drawn off-screen: the job must run on servers and CI without a display.
    System.setProperty("java.awt.headless", "true");
    int exitCode = commandFor(args).execute(args);
    if (exitCode != 0) {
      System.exit(exitCode);
    }
  }

  /** The tools' command line when the first argument names one of its tools, else the showcase. */
  static CommandLine commandFor(String... args) {
    CommandLine tools = Qml4jCli.commandLine();
    boolean tool = args.length > 0 && !args[0].equals("help")
        && tools.getSubcommands().containsKey(args[0]);
    return tool ? tools : ShowcaseCommand.commandLine();
  }
}
