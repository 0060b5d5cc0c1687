package io.qml4j.samples.showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ShowcaseCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int execute(String... args) {
    CommandLine cli = ShowcaseCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void topLevelHelpListsEveryTask() {
    assertEquals(0, execute("--help"));
    for (String task : List.of("qsvm", "classifier", "vqe", "qaoa", "compiled")) {
      assertTrue(out.toString().contains("  " + task), out.toString());
    }
    assertTrue(out.toString().contains("--out=DIR"), out.toString());
  }

  @Test
  void eachTaskHelpListsItsOptions() {
    Map<String, List<String>> options = Map.of(
        "qsvm", List.of("--qubits", "--layers", "--train", "--test", "--gap", "--c", "--shots",
            "--seed", "--grid", "--out", "--no-progress"),
        "classifier", List.of("--model", "--qubits", "--layers", "--samples", "--noise",
            "--steps", "--batch", "--optimizer", "--learning-rate", "--no-input-scaling",
            "--seed", "fixed at compile time"),
        "vqe", List.of("--ansatz", "--layers", "--optimizer", "--learning-rate", "--steps",
            "--shots", "--bond-lengths", "--seed"),
        "qaoa", List.of("--graph", "--nodes", "--layers", "--shots", "--optimizer",
            "--learning-rate", "--steps", "--grid", "--seed"),
        "compiled", List.of("--optimizer", "--learning-rate", "--steps", "--timing-runs",
            "--seed", "generated adjoint gradient"));
    for (Map.Entry<String, List<String>> e : options.entrySet()) {
      out.getBuffer().setLength(0);
      assertEquals(0, execute(e.getKey(), "--help"));
      for (String option : e.getValue()) {
        assertTrue(out.toString().contains(option), e.getKey() + " help lacks " + option + ":\n"
            + out);
      }
    }
  }

  @Test
  void outOfRangeValueIsOneLineNamingTheOption() {
    assertEquals(2, execute("qsvm", "--qubits", "0", "--no-progress"));
    assertEquals("error: --qubits: expected 1 to 8, got 0\nRun with --help for the options.\n",
        err.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void oddNodeCountForARandomRegularGraphNamesTheOption() {
    assertEquals(2, execute("qaoa", "--graph", "random", "--nodes", "7", "--no-progress"));
    assertTrue(err.toString().startsWith("error: --nodes: a random 3-regular graph needs an even "
        + "number of nodes, got 7"), err.toString());
  }

  @Test
  void unknownOptimizerListsTheChoices() {
    assertEquals(2, execute("vqe", "--optimizer", "newton"));
    assertTrue(err.toString().contains("expected one of [adam, gd, spsa, nelder-mead, bobyqa, "
        + "cmaes], got 'newton'"), err.toString());
  }

  @Test
  void unknownOptionAndBadNumberAreReported() {
    assertEquals(2, execute("qaoa", "--depth", "3"));
    assertTrue(err.toString().contains("Unknown options: '--depth'"), err.toString());
    err.getBuffer().setLength(0);
    assertEquals(2, execute("qaoa", "--layers", "three"));
    assertTrue(err.toString().contains("'three' is not an int"), err.toString());
  }

  @Test
  void optimizerSpellingsAreForgiving() {
    assertEquals(OptimizerChoice.NELDER_MEAD, OptimizerChoice.parse("Nelder-Mead"));
    assertEquals(OptimizerChoice.NELDER_MEAD, OptimizerChoice.parse("nelder_mead"));
    assertEquals("nelder-mead", OptimizerChoice.NELDER_MEAD.toString());
  }

  @Test
  void mainJobRunsEveryTaskWithVariantsInTheirOwnFolders() {
    List<ShowcaseCommand.Run> runs = ShowcaseCommand.mainJob();
    assertEquals(List.of("qsvm", "qsvm", "classifier", "classifier", "vqe", "vqe", "qaoa", "qaoa",
        "compiled", "optimizers", "plateaus", "noise", "noisy-training", "qcbm", "qgan", "qbm",
        "transfer"),
        runs.stream().map(r -> r.task().name()).toList());
    long distinctFolders = runs.stream().map(ShowcaseCommand.Run::subfolder)
        .filter(s -> !s.isEmpty()).distinct().count();
    assertEquals(4, distinctFolders);
    assertEquals("classifier-compiled", runs.get(3).subfolder());
  }
}
