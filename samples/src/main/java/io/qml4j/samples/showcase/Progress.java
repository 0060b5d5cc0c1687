package io.qml4j.samples.showcase;

import java.io.PrintStream;

/**
 * Where tasks report the progress of their long steps: a terminal progress bar for people, or
 * nothing for tests and scripts.
 */
public interface Progress {
  /**
   * Starts a step of {@code total} units, or of an unknown number when {@code total} is negative;
   * close the returned tracker when the step ends.
   */
  Tracker start(String name, long total);

  /** One running step. */
  interface Tracker extends AutoCloseable {
    /** Marks one more unit done. */
    void step();

    /** Shows a short message beside the bar, such as the current loss. */
    void message(String text);

    /** Ends the step. */
    @Override
    void close();
  }

  /** Reports nothing. */
  static Progress silent() {
    return (name, total) -> new Tracker() {
      @Override
      public void step() {}

      @Override
      public void message(String text) {}

      @Override
      public void close() {}
    };
  }

  /** Progress bars drawn on the given stream (usually {@code System.err}). */
  static Progress console(PrintStream out) {
    return new ConsoleProgress(out);
  }
}
