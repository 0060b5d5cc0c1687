package io.qml4j.samples.showcase;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every showcase command shares: where the plots go and whether to draw progress. */
public final class CommonOptions {
  /**
   * The system property naming the default plot folder; the samples pom sets it to
   * {@code samples/out/showcase} for {@code exec:java}.
   */
  public static final String OUT_PROPERTY = "qml4j.showcase.out";

  @Option(names = "--out", paramLabel = "DIR",
      defaultValue = "${sys:" + OUT_PROPERTY + ":-out/showcase}",
      description = "Folder for the PNG plots (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--no-progress", description = "Do not draw progress bars.")
  boolean noProgress;

  /** The context these options describe, with progress bars on {@code System.err}. */
  public ShowcaseContext context() {
    return new ShowcaseContext(out, noProgress ? Progress.silent() : Progress.console(System.err));
  }
}
