package io.qml4j.samples.cli;

import io.qml4j.runtime.backend.Backend;
import io.qml4j.runtime.backend.Backends;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code qml4j backends}: the installed backends (found through {@link java.util.ServiceLoader}),
 * two lines each: the name and what it is, then its capabilities.
 */
@Command(name = "backends", mixinStandardHelpOptions = true,
    description = "Lists the installed backends and their capabilities.")
final class BackendsCommand implements Callable<Integer> {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (Backend b : Backends.all()) {
      out.println(b.name() + ": " + b.description());
      out.println("    " + b.capabilities());
    }
    out.flush();
    return Qml4jCli.OK;
  }
}
