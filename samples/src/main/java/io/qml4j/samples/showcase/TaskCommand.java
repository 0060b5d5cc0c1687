package io.qml4j.samples.showcase;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A showcase task as a subcommand: runs the task with its options and prints its row of the
 * results table and the plots written.
 */
public abstract class TaskCommand implements ShowcaseTask, Callable<Integer> {
  @Mixin
  CommonOptions common = new CommonOptions();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    TaskResult result = run(common.context());
    PrintWriter out = spec.commandLine().getOut();
    print(out, List.of(result));
    return 0;
  }

  /** Prints the results table and the plot files beneath it. */
  static void print(PrintWriter out, List<TaskResult> results) {
    out.println();
    out.print(ResultsTable.render(results));
    out.println();
    out.println("Plots:");
    for (TaskResult r : results) {
      for (Path p : r.plots()) {
        out.println("  " + p);
      }
    }
    out.flush();
  }
}
