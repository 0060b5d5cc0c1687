package io.qml4j.samples.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * Drives a {@link PredictionService} with N concurrent clients for a given time and measures it:
 * each client is a thread sending {@code POST /predict} with a batch of random feature vectors
 * and waiting for the answer before sending the next (a closed loop, so latencies are what a
 * client waits, not what an open arrival rate would see), recording each answered request's
 * latency in an HdrHistogram. After a 503 a client waits the {@code Retry-After} the service asked
 * for (bounded by the time left), as a well-behaved client would. Requests started during the
 * warm-up are sent but not counted; every request started in the measured window is counted
 * once, answered or not, and each is bounded by the request timeout, so the run ends within
 * warm-up + duration + timeout.
 *
 * <p>One failure is resent once, and counted apart: a request on a kept-alive connection that
 * got no byte of its answer ({@code HTTP/1.1 header parser received no bytes}). The JDK's
 * HttpClient (17 and 25 alike) loses about one answer in 200,000 that way: when a pooled
 * connection is reused, the answer can reach the pool's idle-connection watcher before the new
 * exchange, and the watcher takes it for stray data and closes the connection (the race of
 * JDK-8336655). The service did answer those requests (measured: docs/figures.md), and a
 * prediction is a pure function of its input, so sending it again is what a client should do; a
 * request whose resend fails too counts as failed.
 */
public final class LoadGenerator {
  /** Latencies are recorded in microseconds up to this (a minute), to 3 significant digits. */
  private static final long MAX_LATENCY_MICROS = 60_000_000L;

  /** Distinct request bodies per client, so the service does not see one body only. */
  private static final int BODIES_PER_CLIENT = 8;

  private static final String KEEP_ALIVE = "jdk.httpclient.keepalive.timeout";

  /**
   * Seconds the client keeps an idle connection: below the server's 30 s idle timeout (Jetty's
   * default), so that the client, not the server, closes it.
   */
  private static final long CLIENT_KEEP_ALIVE_SECONDS = 20;

  /** How long a client pauses after a request got no answer. */
  private static final long FAILURE_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

  /**
   * How to drive the service.
   *
   * @param base the service's address, such as {@code http://127.0.0.1:8080}
   * @param clients concurrent clients: at least 1
   * @param batch feature vectors per request: at least 1
   * @param warmup time sent but not counted, for the JIT
   * @param duration the measured window
   * @param timeout the longest a request may take before it counts as failed
   * @param seed seed of the feature vectors
   */
  public record Options(URI base, int clients, int batch, Duration warmup, Duration duration,
      Duration timeout, long seed) {
    /** Checks the options. */
    public Options {
      Objects.requireNonNull(base, "base");
      if (clients < 1 || batch < 1) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "clients, batch: expected at least 1 each, got %d and %d", clients, batch));
      }
      if (duration.isZero() || duration.isNegative() || warmup.isNegative()
          || timeout.isZero() || timeout.isNegative()) {
        throw new IllegalArgumentException("duration, timeout: expected positive times, "
            + "warmup: expected 0 or more");
      }
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private LoadGenerator() {}

  /** What the JDK's HttpClient says when a connection ended before any byte of the answer. */
  private static final String NO_ANSWER = "header parser received no bytes";

  /**
   * Makes this JVM's {@link HttpClient}s close a connection idle for
   * {@value #CLIENT_KEEP_ALIVE_SECONDS} s, before the server does (30 s): a connection the
   * client keeps idle longer can be closed by the server just as the client sends on it, and the
   * request fails unanswered. The client reads the setting once, when the first HttpClient of
   * the JVM is created, so call this before creating any; a value already set is kept.
   */
  public static void closeIdleConnectionsFirst() {
    if (System.getProperty(KEEP_ALIVE) == null) {
      System.setProperty(KEEP_ALIVE, Long.toString(CLIENT_KEEP_ALIVE_SECONDS));
    }
  }

  /**
   * Runs the load and reports it.
   *
   * @throws IOException if the service's {@code /health} cannot be read before starting
   */
  public static LoadReport run(Options options) throws IOException, InterruptedException {
    closeIdleConnectionsFirst();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(options.timeout()).build();
    int width = width(http, options);
    URI predict = options.base().resolve("/predict");

    long start = System.nanoTime();
    long measureFrom = start + options.warmup().toNanos();
    long end = measureFrom + options.duration().toNanos();
    List<Client> clients = new ArrayList<>();
    for (int c = 0; c < options.clients(); c++) {
      clients.add(new Client(http, predict, bodies(options, width, c), options.timeout(),
          measureFrom, end));
    }
    List<Thread> threads = new ArrayList<>();
    for (Client client : clients) {
      Thread thread = new Thread(client, "qml4j-load-client-" + threads.size());
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    long untilMeasuring = measureFrom - System.nanoTime();
    if (untilMeasuring > 0) {
      Thread.sleep(untilMeasuring / 1_000_000, (int) (untilMeasuring % 1_000_000));
    }
    Metrics before = Metrics.scrape(http, options);
    for (Thread thread : threads) {
      // Each client stops starting requests at the end and its last one is bounded by the
      // timeout; the join's own bound is a backstop.
      thread.join(options.duration().plus(options.timeout()).plusSeconds(5).toMillis());
    }
    Metrics after = Metrics.scrape(http, options);

    Histogram latency = new Histogram(MAX_LATENCY_MICROS, 3);
    long ok = 0;
    long bad = 0;
    long unavailable = 0;
    long other = 0;
    long failed = 0;
    long resent = 0;
    java.util.Map<String, Long> failures = new java.util.TreeMap<>();
    for (Client client : clients) {
      client.failures.forEach((why, n) -> failures.merge(why, n, Long::sum));
      latency.add(client.latency);
      ok += client.ok;
      bad += client.badRequest;
      unavailable += client.unavailable;
      other += client.other;
      failed += client.failed;
      resent += client.resent;
    }
    double seconds = options.duration().toNanos() / 1e9;
    double share = Double.NaN;
    double cores = Double.NaN;
    if (before != null && after != null) {
      double cpu = after.processCpu - before.processCpu;
      share = (after.evaluationCpu - before.evaluationCpu) / cpu;
      cores = cpu / seconds;
    }
    return new LoadReport(options.clients(), options.batch(), seconds, ok, bad, unavailable,
        other, failed, resent, failures, latency, share, cores);
  }

  private static int width(HttpClient http, Options options)
      throws IOException, InterruptedException {
    HttpResponse<String> health = http.send(
        HttpRequest.newBuilder(options.base().resolve("/health")).timeout(options.timeout())
            .GET().build(), HttpResponse.BodyHandlers.ofString());
    if (health.statusCode() != 200) {
      throw new IOException("GET /health answered " + health.statusCode() + ": "
          + health.body());
    }
    JsonNode inputs = JSON.readTree(health.body()).get("inputs");
    if (inputs == null || !inputs.canConvertToInt()) {
      throw new IOException("GET /health did not say the model's inputs: " + health.body());
    }
    return inputs.asInt();
  }

  private static byte[][] bodies(Options options, int width, int client) {
    SplittableRandom random = new SplittableRandom(options.seed() * 1_000_003L + client);
    byte[][] bodies = new byte[BODIES_PER_CLIENT][];
    for (int b = 0; b < bodies.length; b++) {
      StringBuilder json = new StringBuilder("{\"instances\":[");
      for (int i = 0; i < options.batch(); i++) {
        json.append(i == 0 ? "[" : ",[");
        for (int j = 0; j < width; j++) {
          json.append(j == 0 ? "" : ",").append(random.nextDouble(-1, 1));
        }
        json.append(']');
      }
      bodies[b] = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }
    return bodies;
  }

  /** One closed-loop client; its counts are read after its thread has ended. */
  private static final class Client implements Runnable {
    private final HttpClient http;
    private final URI predict;
    private final byte[][] bodies;
    private final Duration timeout;
    private final long measureFrom;
    private final long end;
    final Histogram latency = new Histogram(MAX_LATENCY_MICROS, 3);
    long ok;
    long badRequest;
    long unavailable;
    long other;
    long failed;
    /** Requests sent again after their answer was lost on a reused connection. */
    long resent;
    /** Failures by exception and message, for the report. */
    final java.util.Map<String, Long> failures = new java.util.HashMap<>();

    Client(HttpClient http, URI predict, byte[][] bodies, Duration timeout, long measureFrom,
        long end) {
      this.http = http;
      this.predict = predict;
      this.bodies = bodies;
      this.timeout = timeout;
      this.measureFrom = measureFrom;
      this.end = end;
    }

    @Override
    public void run() {
      int next = 0;
      for (long sent = System.nanoTime(); sent < end; sent = System.nanoTime()) {
        boolean counted = sent >= measureFrom;
        HttpRequest request = HttpRequest.newBuilder(predict).timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(bodies[next++ % bodies.length]))
            .build();
        HttpResponse<byte[]> response;
        try {
          response = sendResendingOnce(request, counted);
        } catch (IOException e) {
          if (counted) {
            failed++;
            failures.merge(e.getClass().getSimpleName() + ": " + e.getMessage(), 1L, Long::sum);
          }
          // A service that is down refuses at once: pause so that this loop does not spin.
          if (!pause(FAILURE_PAUSE_NANOS)) {
            return;
          }
          continue;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        long micros = (System.nanoTime() - sent) / 1000;
        int status = response.statusCode();
        if (counted) {
          switch (status) {
            case 200 -> {
              ok++;
              latency.recordValue(Math.min(micros, MAX_LATENCY_MICROS));
            }
            case 400 -> badRequest++;
            case 503 -> unavailable++;
            default -> other++;
          }
        }
        if (status == 503 && !backOff(response)) {
          return;
        }
      }
    }

    /**
     * Sends {@code request}, and once more if the JDK client lost its answer on a reused
     * connection (see the class comment); the latency is the whole wait, resend included.
     */
    private HttpResponse<byte[]> sendResendingOnce(HttpRequest request, boolean counted)
        throws IOException, InterruptedException {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        if (e.getMessage() == null || !e.getMessage().contains(NO_ANSWER)) {
          throw e;
        }
        if (counted) {
          resent++;
        }
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      }
    }

    /** Waits the Retry-After asked for, but not past the end; false if interrupted. */
    private boolean backOff(HttpResponse<?> response) {
      OptionalLong seconds = response.headers().firstValueAsLong("Retry-After");
      return pause(TimeUnit.SECONDS.toNanos(Math.max(0, seconds.orElse(1))));
    }

    /** Sleeps, but not past the end; false if interrupted. */
    private boolean pause(long nanos) {
      long wait = Math.min(nanos, end - System.nanoTime());
      if (wait <= 0) {
        return true;
      }
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        return true;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  /** The service's CPU counters at one moment. */
  private record Metrics(double evaluationCpu, double processCpu) {
    private static final Pattern LINE = Pattern.compile(
        "^(qml4j_model_evaluation_cpu_seconds_total|qml4j_process_cpu_seconds_total) (\\S+)$",
        Pattern.MULTILINE);

    /** The counters, or null if {@code /metrics} does not answer with them. */
    static Metrics scrape(HttpClient http, Options options) {
      try {
        HttpResponse<String> response = http.send(
            HttpRequest.newBuilder(options.base().resolve("/metrics"))
                .timeout(options.timeout()).GET().build(), HttpResponse.BodyHandlers.ofString());
        double evaluation = Double.NaN;
        double process = Double.NaN;
        Matcher m = LINE.matcher(response.body());
        while (m.find()) {
          double value = Double.parseDouble(m.group(2));
          if (m.group(1).startsWith("qml4j_model")) {
            evaluation = value;
          } else {
            process = value;
          }
        }
        return Double.isNaN(evaluation) || Double.isNaN(process) ? null
            : new Metrics(evaluation, process);
      } catch (IOException | NumberFormatException e) {
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
  }
}
