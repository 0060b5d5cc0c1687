package io.qml4j.samples.serve;

import io.qml4j.runtime.ml.persist.ParameterFile;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code serve}: a trained compiled classifier behind HTTP ({@link PredictionService}) until
 * Ctrl-C or SIGTERM, which shuts it down gracefully, or for {@code --duration}.
 *
 * <pre>
 * qml4j-showcase classifier --model compiled --save moons.json
 * qml4j-showcase serve --params moons.json --port 8080
 * curl -s -H 'Content-Type: application/json' -d '{"instances":[[0.5,-0.2]]}' \
 *     http://127.0.0.1:8080/predict
 * </pre>
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Serves a trained compiled classifier over HTTP: POST /predict, GET /health, "
        + "GET /metrics (Prometheus). Runs until Ctrl-C or SIGTERM (graceful: requests in "
        + "flight finish) or for --duration."})
public final class ServeCommand implements Callable<Integer> {
  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  /** Where the parameters come from: a trained file, or seeds for a load run. */
  static final class Source {
    @Option(names = "--params", paramLabel = "FILE", required = true,
        description = "Parameter file written by 'classifier --model compiled --save FILE'.")
    Path params;

    @Option(names = "--model", paramLabel = "NAME", required = true,
        description = "Serve this compiled model with seeded, untrained parameters (for load "
            + "runs, whose cost does not depend on the values): MoonsClassifierModel, "
            + "ClassifierModel (4 qubits) or Classifier12Model (12 qubits).")
    String model;
  }

  @Option(names = "--seed", paramLabel = "SEED",
      description = "Seed of the parameters with --model (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--bind", paramLabel = "ADDRESS",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String bind = "127.0.0.1";

  @Option(names = "--port", paramLabel = "PORT",
      description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(names = "--workers", paramLabel = "N",
      description = "Requests evaluated at once (default: the cores, ${DEFAULT-VALUE}).")
  int workers = ServiceLimits.defaults().workers();

  @Option(names = "--queue", paramLabel = "N",
      description = "Requests that may wait for a worker; beyond, 503 (default: "
          + "${DEFAULT-VALUE}).")
  int queue = ServiceLimits.defaults().queue();

  @Option(names = "--max-rows", paramLabel = "N",
      description = "Most feature vectors in one request (default: ${DEFAULT-VALUE}).")
  int maxRows = ServiceLimits.DEFAULT_MAX_ROWS;

  @Option(names = "--grace", paramLabel = "SECONDS",
      description = "How long shutdown lets requests in flight finish (default: "
          + "${DEFAULT-VALUE}).")
  int graceSeconds = (int) PredictionService.DEFAULT_GRACE.toSeconds();

  @Option(names = "--duration", paramLabel = "SECONDS",
      description = "Stop after this many seconds; 0 serves until stopped (default: "
          + "${DEFAULT-VALUE}).")
  long durationSeconds;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port: expected 0 to 65535, got " + port);
    }
    if (graceSeconds < 0 || durationSeconds < 0) {
      throw new IllegalArgumentException("--grace, --duration: expected 0 or more seconds");
    }
    ServedModel model = source.params != null
        ? CompiledClassifiers.load(ParameterFile.read(source.params))
        : CompiledClassifiers.seeded(source.model, seed);
    ServiceLimits limits = ServiceLimits.defaults().withMaxRows(maxRows)
        .withConcurrency(workers, queue);
    PredictionService service =
        PredictionService.start(model, new InetSocketAddress(bind, port), limits);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Serving %s (%d qubits, %d features) on %s: POST /predict, GET /health, "
            + "GET /metrics; %d workers, %d queued, %d rows per request%n", model.name(),
        CompiledClassifiers.qubits(model.name()), model.inputs(), service.uri(), workers, queue,
        maxRows);
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Duration grace = Duration.ofSeconds(graceSeconds);
    Thread hook = new Thread(() -> {
      service.stop(grace);
      stopped.countDown();
    }, "qml4j-serve-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    if (durationSeconds > 0) {
      if (!stopped.await(durationSeconds, TimeUnit.SECONDS)) {
        Runtime.getRuntime().removeShutdownHook(hook);
        boolean drained = service.stop(grace);
        out.println(drained ? "Stopped: every accepted request answered."
            : "Stopped: the grace period ended with requests in flight.");
        out.flush();
      }
    } else {
      stopped.await();
    }
    return 0;
  }
}
