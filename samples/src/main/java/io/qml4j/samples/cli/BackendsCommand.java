package io.qml4j.samples.cli;

import io.qml4j.runtime.backend.Backend;
import io.qml4j.runtime.backend.Backends;
import io.qml4j.runtime.backend.RemoteService;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code qml4j backends}: the installed backends (found through {@link java.util.ServiceLoader}),
 * two lines each: the name and what it is, then its capabilities; then the remote services
 * (IBM Quantum, Amazon Braket, IonQ), whether they are configured and which variables configure
 * them. Nothing remote is called unless a device is listed by its provider's settings.
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
      try {
        out.println("    " + b.capabilities());
      } catch (RuntimeException e) { // a remote device that cannot be asked now
        out.println("    capabilities unavailable: " + e.getMessage());
      }
    }
    List<RemoteService> services = Backends.services();
    if (!services.isEmpty()) {
      out.println();
      out.println("Remote services (run with --backend PREFIX:DEVICE):");
      for (RemoteService s : services) {
        out.println(s.prefix() + "DEVICE  " + s.name() + ": "
            + (s.configured() ? "configured" : "not configured") + ", e.g. " + s.example());
        out.println("    set " + String.join(", ", s.settings())
            + " in the environment or the credentials file");
      }
    }
    out.flush();
    return Qml4jCli.OK;
  }
}
