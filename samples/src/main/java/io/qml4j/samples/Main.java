package io.qml4j.samples;

import io.qml4j.samples.showcase.ShowcaseCommand;

/**
 * The main job ({@code mvn -q -pl samples -am compile exec:java}): runs every qml4j algorithm on
 * the embedded CPU simulator, prints a results table and writes PNG plots. Arguments select one
 * task and its options; {@code --help} lists them (see {@link ShowcaseCommand}).
 */
public final class Main {
  private Main() {}

  /** Runs the showcase with the given command-line arguments. */
  public static void main(String[] args) {
    // Plots are drawn off-screen: the job must run on servers and CI without a display.
    System.setProperty("java.awt.headless", "true");
    int exitCode = ShowcaseCommand.commandLine().execute(args);
    if (exitCode != 0) {
      System.exit(exitCode);
    }
  }
}
