package io.qml4j.samples.showcase;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What every task is given to run: where to write its plots and where to report progress.
 *
 * @param outputDirectory the folder of the PNG files; created when missing
 * @param progress where long steps report
 */
public record ShowcaseContext(Path outputDirectory, Progress progress) {
  /** Checks that both are present. */
  public ShowcaseContext {
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(progress, "progress");
  }
}
