package io.qml4j.samples.serve;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Blocker;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A compiled classifier behind HTTP, on Jetty 12 (its core API, no servlets):
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
 * <p>Jetty's threads only read requests off the network and hand each prediction to an
 * {@link AdmissionExecutor}, whose bounded workers read, evaluate and answer it; health and
 * metrics are answered on Jetty's threads, so they stay answerable under overload. Every answer
 * that leaves a request body unread says {@code Connection: close} unless the body was already
 * there to discard, so a client never reuses a connection the server is about to close.
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
  private static final String PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8";

  /**
   * Jetty's threads: they only parse requests, hand predictions over and answer health, metrics
   * and refusals, none of which blocks, so a few suffice whatever the load.
   */
  private static final int HTTP_THREADS = 8;

  /**
   * Open connections at most: with Jetty's few threads and the admission limits, this bounds
   * the memory held for clients (a connection beyond waits in the accept backlog).
   */
  private static final int MAX_CONNECTIONS = 1024;

  private final ServedModel model;
  private final ServiceLimits limits;
  private final Server server;
  private final ServerConnector connector;
  private final AdmissionExecutor executor;
  private final ServiceMetrics metrics;
  private final byte[] health;
  private boolean stopped;

  private PredictionService(ServedModel model, ServiceLimits limits, InetSocketAddress address) {
    this.model = model;
    this.limits = limits;
    this.executor = new AdmissionExecutor(limits.workers(), limits.queue());
    this.metrics = new ServiceMetrics(executor);
    this.health = String.format(Locale.ROOT,
        "{\"status\":\"UP\",\"model\":\"%s\",\"qubits\":%d,\"inputs\":%d,\"maxRows\":%d}",
        model.name(), CompiledClassifiers.names().contains(model.name())
            ? CompiledClassifiers.qubits(model.name()) : 0,
        model.inputs(), limits.maxRows()).getBytes(StandardCharsets.UTF_8);
    QueuedThreadPool threads = new QueuedThreadPool(HTTP_THREADS, 2);
    threads.setName("qml4j-serve-http");
    threads.setDaemon(true);
    server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(address.getHostString());
    connector.setPort(address.getPort());
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
    server.setHandler(new Routes());
  }

  /**
   * Starts serving {@code model} on {@code address} (port 0 picks a free one).
   *
   * @throws IOException if the address cannot be bound
   */
  public static PredictionService start(ServedModel model, InetSocketAddress address,
      ServiceLimits limits) throws IOException {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(limits, "limits");
    PredictionService service = new PredictionService(model, limits, address);
    try {
      service.server.start();
    } catch (Exception e) {
      service.stopServer();
      throw e instanceof IOException io ? io
          : new IOException("cannot serve on " + address + ": " + e.getMessage(), e);
    }
    return service;
  }

  /** The port served. */
  public int port() {
    return connector.getLocalPort();
  }

  /** The base address, such as {@code http://127.0.0.1:8080}. */
  public URI uri() {
    String host = connector.getHost();
    return URI.create("http://" + (host == null ? "127.0.0.1" : host) + ":" + port());
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
      stopServer();
      executor.shutdown(deadline);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopServer();
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

  private void stopServer() {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "the HTTP server did not stop cleanly", e);
    }
  }

  /** An answer: status, content type, extra headers and body. */
  private record Answer(int status, String contentType, Map<String, String> headers,
      byte[] body) {
    static Answer json(int status, byte[] body) {
      return new Answer(status, JSON, Map.of(), body);
    }
  }

  /** Jetty's entry: routes each request; never blocks. */
  private final class Routes extends Handler.Abstract.NonBlocking {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      long arrived = System.nanoTime();
      String path = Request.getPathInContext(request);
      switch (path) {
        case "/predict" -> {
          AdmissionExecutor.Admission admission =
              executor.admit(() -> predict(request, response, callback, arrived));
          if (admission != AdmissionExecutor.Admission.WORKED) {
            send(request, response, callback, refusal(admission), path, arrived);
          }
        }
        case "/health" -> send(request, response, callback, executor.draining()
            ? Answer.json(503, PredictResponses.object("status", "DRAINING"))
            : Answer.json(200, health), path, arrived);
        case "/metrics" -> send(request, response, callback,
            new Answer(200, PROMETHEUS, Map.of(), metrics.scrape().getBytes(StandardCharsets.UTF_8)),
            path, arrived);
        default -> send(request, response, callback, Answer.json(404, PredictResponses.error(
            "path: expected /predict, /health or /metrics")), "other", arrived);
      }
      return true;
    }
  }

  private Answer refusal(AdmissionExecutor.Admission admission) {
    Map<String, String> headers = admission == AdmissionExecutor.Admission.DRAINING
        ? Map.of("Retry-After", Long.toString(limits.retryAfter().toSeconds()),
            "Connection", "close")
        : Map.of("Retry-After", Long.toString(limits.retryAfter().toSeconds()));
    String why = admission == AdmissionExecutor.Admission.DRAINING
        ? "shutting down; retry on another instance"
        : String.format(Locale.ROOT, "busy: %d requests being worked and %d waiting",
            limits.workers(), limits.queue());
    return new Answer(503, JSON, headers, PredictResponses.error(why));
  }

  /** On a worker: reads, checks and evaluates one prediction, and answers it. */
  private void predict(Request request, Response response, Callback callback, long arrived) {
    Answer answer;
    try {
      answer = evaluate(request);
    } catch (IOException e) {
      // The client went away mid-request: nothing more can be said to it.
      metrics.request("/predict", 499, System.nanoTime() - arrived);
      callback.failed(e);
      return;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "request to /predict failed", e);
      answer = Answer.json(500, PredictResponses.error("internal error"));
    }
    // The worker waits for the answer to be written, so that shutdown, which waits for the
    // workers, never cuts an answer short.
    try (Blocker.Callback written = Blocker.callback()) {
      send(request, response, written, answer, "/predict", arrived);
      written.block();
      callback.succeeded();
    } catch (IOException e) {
      callback.failed(e);
    }
  }

  private Answer evaluate(Request request) throws IOException {
    if (!"POST".equals(request.getMethod())) {
      return new Answer(405, JSON, Map.of("Allow", "POST"),
          PredictResponses.error("method: expected POST"));
    }
    double[][] rows;
    try {
      requireJson(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
      rows = PredictRequests.parse(readBody(request), model.inputs(), limits.maxRows());
    } catch (BadRequestException e) {
      return Answer.json(400, PredictResponses.error(e.getMessage()));
    }
    long wall = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    Prediction[] predictions = new Prediction[rows.length];
    for (int i = 0; i < rows.length; i++) {
      predictions[i] = model.predict(rows[i]);
    }
    metrics.evaluation(rows.length, System.nanoTime() - wall,
        THREADS.getCurrentThreadCpuTime() - cpu);
    return Answer.json(200,
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
  private byte[] readBody(Request request) throws IOException, BadRequestException {
    int limit = limits.maxBodyBytes();
    long length = request.getLength();
    if (length > limit) {
      throw new BadRequestException(String.format(Locale.ROOT,
          "body: %d bytes is over the limit of %d (%d rows)", length, limit,
          limits.maxRows()));
    }
    InputStream in = Request.asInputStream(request);
    byte[] body = in.readNBytes(limit + 1);
    if (body.length > limit) {
      throw new BadRequestException(String.format(Locale.ROOT,
          "body: over the limit of %d bytes (%d rows)", limit, limits.maxRows()));
    }
    return body;
  }

  /**
   * Records {@code answer} and writes it. A request body left unread is discarded if it has all
   * arrived; otherwise the answer says {@code Connection: close}, because the server will not
   * read the rest, and a client that reused the connection would lose its next request.
   */
  private void send(Request request, Response response, Callback callback, Answer answer,
      String route, long arrived) {
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, answer.contentType());
    answer.headers().forEach(headers::put);
    if (!request.consumeAvailable()) {
      headers.put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
    }
    response.setStatus(answer.status());
    metrics.request(route, answer.status(), System.nanoTime() - arrived);
    response.write(true, ByteBuffer.wrap(answer.body()), callback);
  }
}
