package io.qml4j.samples.showcase;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The main job: without a subcommand it runs every task with its default options and prints the
 * results table; with one ({@code qsvm}, {@code classifier}, {@code vqe}, {@code qaoa}) it runs
 * that task alone with the options given.
 */
@Command(name = "qml4j-showcase", mixinStandardHelpOptions = true, version = "qml4j 0.1.0",
    sortOptions = false,
    description = {
        "Runs every qml4j algorithm on the embedded CPU simulator, prints a results table and",
        "writes PNG plots. Without a subcommand, runs all tasks with their defaults."},
    subcommands = {QsvmTask.class, ClassifierTask.class, VqeTask.class, QaoaTask.class,
        CompiledModelTask.class,
        CommandLine.HelpCommand.class})
public final class ShowcaseCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common = new CommonOptions();

  @Spec
  CommandSpec spec;

  /** Every task with its default options, in the order the table lists them. */
  public static List<ShowcaseTask> defaultTasks() {
    return List.of(new QsvmTask(), new ClassifierTask(), new VqeTask(), new QaoaTask(),
        new CompiledModelTask());
  }

  @Override
  public Integer call() throws IOException {
    ShowcaseContext context = common.context();
    List<TaskResult> results = new ArrayList<>();
    for (ShowcaseTask task : defaultTasks()) {
      results.add(task.run(context));
    }
    TaskCommand.print(spec.commandLine().getOut(), results);
    return 0;
  }

  /**
   * The command line of the showcase: enum options case-insensitive, and an invalid option value
   * reported as one line naming the option instead of a stack trace.
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new ShowcaseCommand());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(OptimizerChoice.class, OptimizerChoice::parse);
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      if (ex instanceof IllegalArgumentException) {
        commandLine.getErr().println("error: " + ex.getMessage());
        commandLine.getErr().println("Run with --help for the options.");
        commandLine.getErr().flush();
        return commandLine.getCommandSpec().exitCodeOnInvalidInput();
      }
      throw ex;
    });
    return cli;
  }
}
