package io.qml4j.samples.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A compiled classifier behind HTTP, on the JDK's own server ({@code com.sun.net.httpserver}):
 *
 * <ul>
 *   <li>{@code POST /predict} with {@code Content-Type: application/json} and
 *       {@code {"instances": [[x0, x1, ...], ...]}}: 200 with a class and the class probabilities
 *       per row ({@link PredictResponses}); 400 naming the field and row for anything
 *       {@link PredictRequests} refuses, before any row reaches the model; 503 with
 *       {@code Retry-After} when workers and queue are full ({@link ServiceLimits}) or shutdown
 *       has begun;
 *   <li>{@code GET /health}: 200 {@code {"status":"UP"}} while serving, 503 while draining;
 *   <li>{@code GET /metrics}: request counts, latencies and the model's share of CPU in the
 *       Prometheus text format ({@link ServiceMetrics}).
 * </ul>
 *
 * <p>{@link #stop(Duration)} is graceful: requests arriving from then on are answered 503, every
 * request already queued or being worked is finished and answered, then the server closes.
 *
 * <pre>{@code
 * try (PredictionService service = PredictionService.start(model,
 *     new InetSocketAddress("127.0.0.1", 8080), ServiceLimits.defaults())) {
 *   ...
 * }
 * }</pre>
 */
public final class PredictionService implements AutoCloseable {
  /** How long {@link #close()} lets requests in flight finish. */
  public static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);

  private static final Logger LOG = Logger.getLogger(PredictionService.class.getName());
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final String JSON = "application/json";
  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  private final ServedModel model;
  private final ServiceLimits limits;
  private final HttpServer server;
  private final AdmissionExecutor executor;
  private final ServiceMetrics metrics;
  private final byte[] health;
  private boolean stopped;

  private PredictionService(ServedModel model, ServiceLimits limits, HttpServer server) {
    this.model = model;
    this.limits = limits;
    this.server = server;
    this.executor = new AdmissionExecutor(limits.workers(), limits.queue());
    this.metrics = new ServiceMetrics(executor);
    this.health = String.format(Locale.ROOT,
        "{\"status\":\"UP\",\"model\":\"%s\",\"qubits\":%d,\"inputs\":%d,\"maxRows\":%d}",
        model.name(), CompiledClassifiers.names().contains(model.name())
            ? CompiledClassifiers.qubits(model.name()) : 0,
        model.inputs(), limits.maxRows()).getBytes(StandardCharsets.UTF_8);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /**
   * Starts serving {@code model} on {@code address} (port 0 picks a free one).
   *
   * @throws IOException if the address cannot be bound
   */
  public static PredictionService start(ServedModel model, InetSocketAddress address,
      ServiceLimits limits) throws IOException {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(limits, "limits");
    // The JDK server writes an answer's headers and body separately; with Nagle's algorithm on,
    // the body then waits for the client's delayed ACK: 40-50 ms per request on loopback,
    // measured. The server reads this property once, when its first instance is created.
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
    // The backlog only holds connections not yet accepted; admission is the executor's job.
    PredictionService service =
        new PredictionService(model, limits, HttpServer.create(address, 0));
    service.server.start();
    return service;
  }

  /** The port served. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The base address, such as {@code http://127.0.0.1:8080}. */
  public URI uri() {
    InetSocketAddress at = server.getAddress();
    return URI.create("http://" + at.getAddress().getHostAddress() + ":" + at.getPort());
  }

  /**
   * Stops gracefully: requests arriving from now on are answered 503; requests queued or being
   * worked are finished and answered, waiting up to {@code grace}; then the server closes.
   *
   * @return whether every admitted request was answered within the grace period
   */
  public synchronized boolean stop(Duration grace) {
    if (stopped) {
      return true;
    }
    stopped = true;
    long deadline = System.nanoTime() + grace.toNanos();
    boolean drained;
    try {
      drained = executor.drain(deadline);
      server.stop(0);
      executor.shutdown(deadline);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.stop(0);
      drained = false;
    }
    metrics.close();
    return drained;
  }

  /** Requests queued or being worked now (tests wait on it). */
  int pending() {
    return executor.pending();
  }

  /** Stops with {@link #DEFAULT_GRACE}. */
  @Override
  public void close() {
    stop(DEFAULT_GRACE);
  }

  private void handle(HttpExchange exchange) throws IOException {
    AdmissionExecutor.Ticket ticket = AdmissionExecutor.ticket();
    String path = exchange.getRequestURI().getPath();
    String route = path.equals("/predict") || path.equals("/health") || path.equals("/metrics")
        ? path : "other";
    int status;
    try {
      status = switch (route) {
        case "/predict" -> predict(exchange, ticket.admission());
        case "/health" -> health(exchange);
        case "/metrics" -> metrics(exchange);
        default -> send(exchange, 404, JSON, PredictResponses.error(
            "path: expected /predict, /health or /metrics"));
      };
    } catch (IOException e) {
      // The client went away mid-answer: nothing more can be said to it.
      status = 499;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "request to " + route + " failed", e);
      status = send(exchange, 500, JSON, PredictResponses.error("internal error"));
    } finally {
      exchange.close();
    }
    metrics.request(route, status, System.nanoTime() - ticket.arrivedNanos());
  }

  private int predict(HttpExchange exchange, AdmissionExecutor.Admission admission)
      throws IOException {
    if (admission != AdmissionExecutor.Admission.WORKED) {
      exchange.getResponseHeaders().set("Retry-After",
          Long.toString(limits.retryAfter().toSeconds()));
      String why = admission == AdmissionExecutor.Admission.DRAINING
          ? "shutting down; retry on another instance"
          : String.format(Locale.ROOT, "busy: %d requests being worked and %d waiting",
              limits.workers(), limits.queue());
      if (admission == AdmissionExecutor.Admission.DRAINING) {
        exchange.getResponseHeaders().set("Connection", "close");
      }
      return send(exchange, 503, JSON, PredictResponses.error(why));
    }
    if (!"POST".equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Allow", "POST");
      return send(exchange, 405, JSON, PredictResponses.error("method: expected POST"));
    }
    double[][] rows;
    try {
      requireJson(exchange.getRequestHeaders().getFirst("Content-Type"));
      rows = PredictRequests.parse(readBody(exchange), model.inputs(), limits.maxRows());
    } catch (BadRequestException e) {
      return send(exchange, 400, JSON, PredictResponses.error(e.getMessage()));
    }
    long wall = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    Prediction[] predictions = new Prediction[rows.length];
    for (int i = 0; i < rows.length; i++) {
      predictions[i] = model.predict(rows[i]);
    }
    metrics.evaluation(rows.length, System.nanoTime() - wall,
        THREADS.getCurrentThreadCpuTime() - cpu);
    return send(exchange, 200, JSON,
        PredictResponses.predictions(model.name(), model.classes(), predictions));
  }

  private static void requireJson(String contentType) throws BadRequestException {
    String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim();
    if (!mediaType.equalsIgnoreCase(JSON)) {
      throw new BadRequestException("Content-Type: expected " + JSON + ", got "
          + (contentType == null ? "none"
              : "'" + contentType.substring(0, Math.min(contentType.length(), 60)) + "'"));
    }
  }

  /** The body, refusing one longer than the limit before reading past it. */
  private byte[] readBody(HttpExchange exchange) throws IOException, BadRequestException {
    int limit = limits.maxBodyBytes();
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      long length;
      try {
        length = Long.parseLong(declared.trim());
      } catch (NumberFormatException e) {
        throw new BadRequestException("Content-Length: expected a number of bytes");
      }
      if (length > limit) {
        throw new BadRequestException(String.format(Locale.ROOT,
            "body: %d bytes is over the limit of %d (%d rows)", length, limit,
            limits.maxRows()));
      }
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(limit + 1);
      if (body.length > limit) {
        throw new BadRequestException(String.format(Locale.ROOT,
            "body: over the limit of %d bytes (%d rows)", limit, limits.maxRows()));
      }
      return body;
    }
  }

  private int health(HttpExchange exchange) throws IOException {
    if (executor.draining()) {
      return send(exchange, 503, JSON, PredictResponses.object("status", "DRAINING"));
    }
    return send(exchange, 200, JSON, health);
  }

  private int metrics(HttpExchange exchange) throws IOException {
    return send(exchange, 200, "text/plain; version=0.0.4; charset=utf-8",
        metrics.scrape().getBytes(StandardCharsets.UTF_8));
  }

  private static int send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
    return status;
  }
}
