package io.qml4j.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.samples.cli.Qml4jCli;
import io.qml4j.samples.showcase.ShowcaseCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The runnable jar's one entry point reaches both the command-line tools and the showcase. */
class MainTest {
  @TempDir
  Path folder;

  @Test
  void runGoesToTheTools() throws Exception {
    Path bell = Files.writeString(folder.resolve("bell.qasm"), "OPENQASM 2.0;\n"
        + "include \"qelib1.inc\";\nqreg q[2];\nh q[0];\ncx q[0],q[1];\n");
    CommandLine cli = Main.commandFor("run", bell.toString(), "--observable", "Z0 Z1");
    assertTrue(cli.getCommand() instanceof Qml4jCli);
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out));
    assertEquals(Qml4jCli.OK, cli.execute("run", bell.toString(), "--observable", "Z0 Z1"));
    assertEquals("1.0", out.toString().trim());
  }

  @Test
  void tasksAndHelpGoToTheShowcase() {
    assertTrue(Main.commandFor().getCommand() instanceof ShowcaseCommand);
    assertTrue(Main.commandFor("qaoa", "--help").getCommand() instanceof ShowcaseCommand);
    assertTrue(Main.commandFor("--help").getCommand() instanceof ShowcaseCommand);
    assertTrue(Main.commandFor("help").getCommand() instanceof ShowcaseCommand);
  }
}
