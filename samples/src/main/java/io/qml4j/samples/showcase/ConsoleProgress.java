package io.qml4j.samples.showcase;

import java.io.PrintStream;
import java.util.Objects;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Terminal progress bars drawn by the progressbar library (me.tongfei:progressbar). */
final class ConsoleProgress implements Progress {
  /**
   * Width of the bar line. Fixed rather than asking the terminal, because under Maven's
   * {@code exec:java} there is often no terminal to ask.
   */
  private static final int LINE_WIDTH = 100;

  /** Redraw at most this often, so a fast loop does not flood a slow console. */
  private static final int UPDATE_MILLIS = 200;

  private final PrintStream out;

  ConsoleProgress(PrintStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  @Override
  public Tracker start(String name, long total) {
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName(name)
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(UPDATE_MILLIS)
        .setConsumer(new ConsoleProgressBarConsumer(out, LINE_WIDTH))
        .build();
    return new Tracker() {
      @Override
      public void step() {
        bar.step();
      }

      @Override
      public void message(String text) {
        bar.setExtraMessage(text);
      }

      @Override
      public void close() {
        // A step that ends early (an optimiser that converged) still closes at 100%, out of the
        // units it really took.
        bar.maxHint(bar.getCurrent());
        bar.close();
      }
    };
  }
}
