package io.qml4j.samples.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qml4j.runtime.ml.DifferentiableModel;
import io.qml4j.runtime.ml.data.MinMaxScaler;
import io.qml4j.runtime.ml.persist.ParameterFile;
import io.qml4j.runtime.ml.variational.Losses;
import io.qml4j.samples.models.MoonsClassifierModel;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictionServiceTest {
  static final InetSocketAddress LOOPBACK = new InetSocketAddress("127.0.0.1", 0);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void predictionsOverHttpEqualTheCompiledModelBitForBit() throws Exception {
    SplittableRandom random = new SplittableRandom(3);
    double[][] training = new double[40][2];
    for (double[] row : training) {
      row[0] = random.nextDouble(-1.5, 2.5);
      row[1] = random.nextDouble(-1, 1.5);
    }
    MinMaxScaler scaler = MinMaxScaler.fit(training, -Math.PI / 2, Math.PI / 2);
    double[] min = {Double.MAX_VALUE, Double.MAX_VALUE};
    double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE};
    for (double[] row : training) {
      for (int j = 0; j < 2; j++) {
        min[j] = Math.min(min[j], row[j]);
        max[j] = Math.max(max[j], row[j]);
      }
    }
    double[] theta = new double[MoonsClassifierModel.PARAMS];
    for (int k = 0; k < theta.length; k++) {
      theta[k] = random.nextDouble(-3, 3);
    }
    double scale = 2.75;
    double bias = -0.125;
    ServedModel trained = new ServedModel("MoonsClassifierModel",
        MoonsClassifierModel.differentiable(), theta, scale, bias, new FeatureScaling(min,
            new double[] {max[0] - min[0], max[1] - min[1]}, -Math.PI / 2, Math.PI / 2));
    // Through the parameter file, as the serve task loads it.
    Path file = dir.resolve("moons.json");
    ParameterFile.write(file, trained.toParameters(Map.of("seed", 3L)));
    ServedModel loaded = CompiledClassifiers.load(ParameterFile.read(file));

    double[][] rows = new double[64][2];
    for (double[] row : rows) {
      row[0] = random.nextDouble(-2, 3);
      row[1] = random.nextDouble(-1.5, 2);
    }
    try (PredictionService service =
        PredictionService.start(loaded, LOOPBACK, ServiceLimits.defaults())) {
      HttpResponse<String> response =
          new ServiceClient(service.uri()).predict(ServiceClient.instances(rows));
      assertEquals(200, response.statusCode(), response.body());
      JsonNode predictions = JSON.readTree(response.body()).get("predictions");
      assertEquals(rows.length, predictions.size());
      for (int i = 0; i < rows.length; i++) {
        // The model called directly: the runtime's scaler, the generated method, the head.
        double expectation = MoonsClassifierModel.expectation(scaler.transform(rows[i]), theta);
        double p1 = Losses.sigmoid(scale * expectation + bias);
        JsonNode probabilities = predictions.get(i).get("probabilities");
        assertEquals(Double.doubleToRawLongBits(1 - p1),
            Double.doubleToRawLongBits(probabilities.get(0).doubleValue()), "row " + i);
        assertEquals(Double.doubleToRawLongBits(p1),
            Double.doubleToRawLongBits(probabilities.get(1).doubleValue()), "row " + i);
        assertEquals(p1 > 1 - p1 ? 1 : 0, predictions.get(i).get("label").asInt(), "row " + i);
      }
    }
  }

  @Test
  void everyBadRequestGetsA400NamingFieldAndRowAndNoneReachesTheModel() throws Exception {
    AtomicInteger evaluations = new AtomicInteger();
    DifferentiableModel counting = DifferentiableModel.of(1, 2, 1, (x, theta) -> {
      evaluations.incrementAndGet();
      return new double[] {0.5};
    }, (x, theta) -> new double[1][1]);
    ServedModel model = new ServedModel("Counting", counting, new double[1], 1, 0,
        FeatureScaling.identity(2));
    Map<String, String> cases = new java.util.LinkedHashMap<>();
    cases.put("{\"instances\":[[1,2],[3,4,5]]}", "instances[1]: expected 2 features, got 3");
    cases.put("{\"instances\":[[1,2],[3]]}", "instances[1]: expected 2 features, got 1");
    cases.put("{\"instances\":[[1,2],[NaN,4]]}", "instances[1][0]: NaN is not a finite number");
    cases.put("{\"instances\":[[1,Infinity]]}",
        "instances[0][1]: Infinity is not a finite number");
    cases.put("{\"instances\":[[1,1e999]]}", "instances[0][1]: 1e999 is not a finite number");
    cases.put("{\"instances\":[[1,\"2\"]]}",
        "instances[0][1]: expected a number, got the string \"2\"");
    cases.put("{\"instances\":[]}", "instances: empty batch; expected 1 to 3 rows");
    cases.put("{\"instances\":[[1,2],[1,2],[1,2],[1,2]]}",
        "instances: more than 3 rows; expected 1 to 3 per request");
    cases.put("{\"instances\":[[1,2],", "body: malformed JSON at line 1");
    cases.put("{\"rows\":[[1,2]]}", "body: unknown field 'rows'; expected only 'instances'");
    cases.put("{}", "instances: missing");
    cases.put("[[1,2]]", "body: expected a JSON object");
    cases.put("{\"instances\":[[1,2]]} x", "body: ");
    try (PredictionService service = PredictionService.start(model, LOOPBACK,
        ServiceLimits.defaults().withMaxRows(3))) {
      ServiceClient client = new ServiceClient(service.uri());
      for (Map.Entry<String, String> c : cases.entrySet()) {
        HttpResponse<String> response = client.predict(c.getKey());
        assertEquals(400, response.statusCode(), c.getKey());
        String error = JSON.readTree(response.body()).get("error").asText();
        assertTrue(error.startsWith(c.getValue()), c.getKey() + " -> " + error);
      }
      HttpResponse<String> text = client.post("{\"instances\":[[1,2]]}", "text/plain");
      assertEquals(400, text.statusCode());
      assertTrue(text.body().contains("Content-Type: expected application/json, got "
          + "'text/plain'"), text.body());
      HttpResponse<String> none = client.post("{\"instances\":[[1,2]]}", null);
      assertEquals(400, none.statusCode());
      String big = "{\"instances\":[[1,2]]}" + " ".repeat(4 * ServiceLimits.BYTES_PER_ROW);
      HttpResponse<String> oversized = client.predict(big);
      assertEquals(400, oversized.statusCode());
      assertTrue(oversized.body().contains("over the limit of 3072"), oversized.body());
      assertEquals(0, evaluations.get(), "no bad request reaches the model");
      // The same service answers a good request afterwards.
      assertEquals(200, client.predict("{\"instances\":[[1,2]]}").statusCode());
      assertEquals(1, evaluations.get());
    }
  }

  @Test
  void healthAndMetricsAnswer() throws Exception {
    try (PredictionService service = PredictionService.start(
        CompiledClassifiers.seeded("ClassifierModel", 1), LOOPBACK, ServiceLimits.defaults())) {
      ServiceClient client = new ServiceClient(service.uri());
      HttpResponse<String> health = client.get("/health");
      assertEquals(200, health.statusCode());
      JsonNode status = JSON.readTree(health.body());
      assertEquals("UP", status.get("status").asText());
      assertEquals(4, status.get("inputs").asInt());
      assertEquals(4, status.get("qubits").asInt());
      assertEquals(200, client.predict("{\"instances\":[[0.1,0.2,0.3,0.4]]}").statusCode());
      assertEquals(400, client.predict("{\"instances\":[[0.1]]}").statusCode());
      String metrics = client.get("/metrics").body();
      assertTrue(metrics.contains(
          "qml4j_http_requests_seconds_count{path=\"/predict\",status=\"200\"} 1"), metrics);
      assertTrue(metrics.contains(
          "qml4j_http_requests_seconds_count{path=\"/predict\",status=\"400\"} 1"), metrics);
      assertTrue(metrics.contains("qml4j_http_requests_seconds_bucket{path=\"/predict\""),
          metrics);
      assertTrue(metrics.contains("qml4j_model_rows_total 1.0"), metrics);
      assertTrue(metrics.contains("qml4j_model_evaluation_cpu_seconds_total"), metrics);
      System.gc();
      java.util.regex.Matcher heap = java.util.regex.Pattern.compile(
          "(?m)^qml4j_heap_after_gc_bytes (\\S+)$").matcher(client.get("/metrics").body());
      assertTrue(heap.find(), "heap after GC is exported");
      // After a full collection the retained heap holds at least the loaded classes' statics.
      assertTrue(Double.parseDouble(heap.group(1)) > 0, heap.group());
      assertEquals(404, client.get("/other").statusCode());
      assertEquals(405, client.get("/predict").statusCode());
    }
  }

  @Test
  void theDefaultsAreBounded() {
    ServiceLimits limits = ServiceLimits.defaults();
    assertEquals(Runtime.getRuntime().availableProcessors(), limits.workers());
    assertEquals(Duration.ofSeconds(1), limits.retryAfter());
  }
}
