package io.qml4j.samples.showcase;

import java.io.IOException;

/**
 * One algorithm of the showcase, run with the settings it holds (its command-line options).
 * Running twice with the same settings gives the same figures: every random draw is seeded.
 */
public interface ShowcaseTask {
  /** The subcommand name, such as {@code "qsvm"}. */
  String name();

  /**
   * Runs the task, writes its plots into the context's folder and returns its figure.
   *
   * @throws IOException if a plot cannot be written
   */
  TaskResult run(ShowcaseContext context) throws IOException;
}
