package io.qml4j.samples.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.ml.DifferentiableModel;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Overload and shutdown with a model that holds every evaluation until the test lets it go, so
 * that "full" and "in flight" are states the test sets up, not races it hopes to win.
 */
class BoundedWorkTest {
  private static final String ONE_ROW = "{\"instances\":[[1,2]]}";
  /** Longest the test waits for a state it set up; each wait is a bounded poll. */
  private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(20);

  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger started = new AtomicInteger();

  private ServedModel heldModel() {
    DifferentiableModel held = DifferentiableModel.of(1, 2, 1, (x, theta) -> {
      started.incrementAndGet();
      try {
        if (!release.await(30, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the test never released the model");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new double[] {0.25};
    }, (x, theta) -> new double[1][1]);
    return new ServedModel("Held", held, new double[1], 1, 0, FeatureScaling.identity(2));
  }

  private static void await(Supplier<String> what, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT_NANOS;
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, () -> "timed out waiting until " + what.get());
      Thread.sleep(5);
    }
  }

  @Test
  void overloadIsAnswered503WithRetryAfterAndNothingFails() throws Exception {
    int workers = 2;
    int queue = 2;
    int extra = 6;
    ExecutorService clients = Executors.newFixedThreadPool(workers + queue + extra);
    try (PredictionService service = PredictionService.start(heldModel(),
        PredictionServiceTest.LOOPBACK, ServiceLimits.defaults().withConcurrency(workers, queue))) {
      ServiceClient client = new ServiceClient(service.uri());
      List<Future<HttpResponse<String>>> admitted = new ArrayList<>();
      for (int i = 0; i < workers + queue; i++) {
        admitted.add(clients.submit(() -> client.predict(ONE_ROW)));
      }
      await(() -> "the workers are busy and the queue is full (started " + started.get()
          + ", pending " + service.pending() + ")",
          () -> started.get() == workers && service.pending() == workers + queue);
      List<Future<HttpResponse<String>>> rejected = new ArrayList<>();
      for (int i = 0; i < extra; i++) {
        rejected.add(clients.submit(() -> client.predict(ONE_ROW)));
      }
      for (Future<HttpResponse<String>> f : rejected) {
        HttpResponse<String> response = f.get(20, TimeUnit.SECONDS);
        assertEquals(503, response.statusCode(), response.body());
        assertEquals("1", response.headers().firstValue("Retry-After").orElse(null));
        assertTrue(response.body().contains("busy"), response.body());
      }
      // Health stays answerable while predictions are refused.
      assertEquals(200, client.get("/health").statusCode());
      release.countDown();
      for (Future<HttpResponse<String>> f : admitted) {
        assertEquals(200, f.get(20, TimeUnit.SECONDS).statusCode());
      }
      assertEquals(workers + queue, started.get(), "no refused request reached the model");
      String metrics = client.get("/metrics").body();
      assertTrue(metrics.contains(
          "qml4j_http_requests_seconds_count{path=\"/predict\",status=\"503\"} " + extra),
          metrics);
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void shutdownFinishesEveryAcceptedRequest() throws Exception {
    int workers = 2;
    int queue = 4;
    ExecutorService clients = Executors.newFixedThreadPool(workers + queue + 1);
    PredictionService service = PredictionService.start(heldModel(),
        PredictionServiceTest.LOOPBACK, ServiceLimits.defaults().withConcurrency(workers, queue));
    try {
      ServiceClient client = new ServiceClient(service.uri());
      List<Future<HttpResponse<String>>> accepted = new ArrayList<>();
      for (int i = 0; i < workers + queue; i++) {
        accepted.add(clients.submit(() -> client.predict(ONE_ROW)));
      }
      await(() -> "every request is being worked or queued (started " + started.get()
          + ", pending " + service.pending() + ")",
          () -> started.get() == workers && service.pending() == workers + queue);
      Future<Boolean> stopped = clients.submit(() -> service.stop(Duration.ofSeconds(20)));
      await(() -> "shutdown has begun", () -> {
        try {
          return client.get("/health").statusCode() == 503;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      // A request arriving now is refused, not queued.
      HttpResponse<String> late = client.predict(ONE_ROW);
      assertEquals(503, late.statusCode());
      assertTrue(late.body().contains("shutting down"), late.body());
      assertTrue(!stopped.isDone(), "shutdown waits for the requests in flight");
      release.countDown();
      assertTrue(stopped.get(20, TimeUnit.SECONDS), "every accepted request answered in time");
      for (Future<HttpResponse<String>> f : accepted) {
        HttpResponse<String> response = f.get(20, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"probabilities\":[0."), response.body());
      }
    } finally {
      release.countDown();
      service.stop(Duration.ofSeconds(1));
      clients.shutdownNow();
    }
  }
}
