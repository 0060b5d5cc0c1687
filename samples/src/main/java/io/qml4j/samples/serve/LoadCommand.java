package io.qml4j.samples.serve;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code load}: drives a running {@code serve} with {@link LoadGenerator} and prints throughput,
 * latency percentiles, every request's outcome and the service's share of CPU in simulation;
 * optionally samples the service's heap after GC while it runs.
 */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Load generator for the serve task: N concurrent clients POST /predict for "
        + "a duration; reports throughput, p50/p99/p99.9 latency (HdrHistogram) and every "
        + "request's outcome (answered, 400, 503, failed)."})
public final class LoadCommand implements Callable<Integer> {
  @Option(names = "--url", paramLabel = "URL",
      description = "The service (default: ${DEFAULT-VALUE}).")
  URI url = URI.create("http://127.0.0.1:8080");

  @Option(names = "--clients", paramLabel = "N",
      description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients = 8;

  @Option(names = "--batch", paramLabel = "N",
      description = "Feature vectors per request (default: ${DEFAULT-VALUE}).")
  int batch = 1;

  @Option(names = "--duration", paramLabel = "SECONDS",
      description = "Measured seconds (default: ${DEFAULT-VALUE}).")
  long durationSeconds = 20;

  @Option(names = "--warmup", paramLabel = "SECONDS",
      description = "Seconds sent first and not counted (default: ${DEFAULT-VALUE}).")
  long warmupSeconds = 5;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "A request unanswered for this long counts as failed (default: "
          + "${DEFAULT-VALUE}).")
  long timeoutSeconds = 10;

  @Option(names = "--seed", paramLabel = "SEED",
      description = "Seed of the feature vectors (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Option(names = "--heap-every", paramLabel = "SECONDS",
      description = "Print the service's heap after GC every this many seconds; 0: never "
          + "(default: ${DEFAULT-VALUE}).")
  long heapEverySeconds;

  @Option(names = "--label", paramLabel = "TEXT",
      description = "Model name for the Markdown row printed last (default: ${DEFAULT-VALUE}).")
  String label = "model";

  @Spec
  CommandSpec spec;

  private static final Pattern HEAP = Pattern.compile(
      "^qml4j_heap_after_gc_bytes (\\S+)$", Pattern.MULTILINE);

  @Override
  public Integer call() throws Exception {
    if (durationSeconds < 1 || warmupSeconds < 0 || timeoutSeconds < 1 || heapEverySeconds < 0) {
      throw new IllegalArgumentException("--duration, --timeout: expected 1 s or more; "
          + "--warmup, --heap-every: 0 or more");
    }
    LoadGenerator.closeIdleConnectionsFirst();
    PrintWriter out = spec.commandLine().getOut();
    LoadGenerator.Options options = new LoadGenerator.Options(url, clients, batch,
        Duration.ofSeconds(warmupSeconds), Duration.ofSeconds(durationSeconds),
        Duration.ofSeconds(timeoutSeconds), seed);
    Thread sampler = heapEverySeconds > 0 ? startHeapSampler(out) : null;
    LoadReport report = LoadGenerator.run(options);
    if (sampler != null) {
      sampler.interrupt();
      sampler.join(1000);
    }
    out.print(report.render());
    out.println(report.markdownRow(label));
    out.flush();
    return report.failed() == 0 ? 0 : 1;
  }

  private Thread startHeapSampler(PrintWriter out) {
    long endNanos = System.nanoTime()
        + Duration.ofSeconds(warmupSeconds + durationSeconds).toNanos();
    Thread thread = new Thread(() -> {
      HttpClient http = HttpClient.newHttpClient();
      long start = System.nanoTime();
      while (System.nanoTime() < endNanos && !Thread.currentThread().isInterrupted()) {
        try {
          String metrics = http.send(HttpRequest.newBuilder(url.resolve("/metrics"))
                  .timeout(Duration.ofSeconds(timeoutSeconds)).GET().build(),
              HttpResponse.BodyHandlers.ofString()).body();
          Matcher m = HEAP.matcher(metrics);
          if (m.find()) {
            synchronized (out) {
              out.printf(Locale.ROOT, "t=%4.0f s  heap after GC %.1f MiB%n",
                  (System.nanoTime() - start) / 1e9, Double.parseDouble(m.group(1)) / (1 << 20));
              out.flush();
            }
          }
          Thread.sleep(Duration.ofSeconds(heapEverySeconds).toMillis());
        } catch (InterruptedException e) {
          return;
        } catch (Exception e) {
          return;
        }
      }
    }, "qml4j-load-heap");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
