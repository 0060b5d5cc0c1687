package io.qml4j.samples.showcase;

import io.qml4j.samples.serve.LoadCommand;
import io.qml4j.samples.serve.ServeCommand;
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
 * The main job: without a subcommand it runs every task of {@link #mainJob()} and prints the
 * results table; with one ({@code qsvm}, {@code classifier}, {@code vqe}, {@code qaoa},
 * {@code compiled}, {@code noise}, {@code qcbm}, {@code qgan}, {@code qbm}, {@code transfer}) it
 * runs that task alone with the options given.
 */
@Command(name = "qml4j-showcase", mixinStandardHelpOptions = true, version = "qml4j 0.1.0",
    sortOptions = false,
    description = "Runs every qml4j algorithm on the embedded CPU simulator, prints a results "
        + "table and writes PNG plots. Without a subcommand, runs the whole main job: every task "
        + "with its defaults, plus a shot-based QSVM, the classifier on the compiled "
        + "MoonsClassifierModel, a hardware-efficient VQE and QAOA on a random 16-node "
        + "3-regular graph (their plots in subfolders).",
    footer = {"", "Command-line tools: 'run FILE.qasm --observable OBS' simulates an OpenQASM "
        + "file (see 'run --help')."},
    subcommands = {QsvmTask.class, ClassifierTask.class, VqeTask.class, QaoaTask.class,
        CompiledModelTask.class, OptimizersTask.class, PlateauTask.class, ServeCommand.class,
        LoadCommand.class,
        NoiseTask.class, NoisyTrainingTask.class, BornMachineTask.class, QganTask.class,
        BoltzmannTask.class, TransferTask.class, SparkKernelTask.class,
        CommandLine.HelpCommand.class})
public final class ShowcaseCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common = new CommonOptions();

  @Spec
  CommandSpec spec;

  /**
   * One run of the main job: a task configured by its command-line options, its plots written
   * into {@code subfolder} of the output folder (empty for the folder itself) so that variants of
   * a task do not overwrite each other's files.
   */
  public record Run(String subfolder, ShowcaseTask task) {}

  /** The runs of the main job, in the order the table lists them. */
  public static List<Run> mainJob() {
    return List.of(
        new Run("", task("qsvm")),
        new Run("qsvm-shots", task("qsvm", "--shots", "1000")),
        new Run("", task("classifier")),
        new Run("classifier-compiled", task("classifier", "--model", "compiled")),
        new Run("", task("vqe")),
        new Run("vqe-hea", task("vqe", "--ansatz", "hea")),
        new Run("", task("qaoa")),
        new Run("qaoa-random16", task("qaoa", "--graph", "random", "--nodes", "16", "--layers",
            "4")),
        new Run("", task("compiled")),
        new Run("", task("optimizers", "--steps", "120", "--learning-rate", "0.2")),
        new Run("", task("plateaus", "--max-qubits", "8", "--samples", "50", "--layers", "6",
            "--no-layer-sweep", "--no-train")),
        new Run("", task("noise")),
        new Run("", task("noisy-training")),
        new Run("", task("qcbm")),
        new Run("", task("qgan")),
        new Run("", task("qbm")),
        new Run("", task("transfer")));
  }

  /**
   * The task a subcommand's options configure, exactly as on the command line.
   *
   * @throws CommandLine.ParameterException for an unknown subcommand or option
   */
  public static ShowcaseTask task(String subcommand, String... options) {
    CommandLine cli = commandLine();
    String[] args = new String[options.length + 1];
    args[0] = subcommand;
    System.arraycopy(options, 0, args, 1, options.length);
    cli.parseArgs(args);
    return (ShowcaseTask) cli.getSubcommands().get(subcommand).getCommand();
  }

  @Override
  public Integer call() throws IOException {
    ShowcaseContext context = common.context();
    List<TaskResult> results = new ArrayList<>();
    for (Run run : mainJob()) {
      results.add(run.task().run(new ShowcaseContext(
          context.outputDirectory().resolve(run.subfolder()), context.progress())));
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
