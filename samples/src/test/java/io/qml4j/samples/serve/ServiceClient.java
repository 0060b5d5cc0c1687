package io.qml4j.samples.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/** A loopback client for the service tests: every call bounded by a timeout. */
final class ServiceClient {
  static final Duration TIMEOUT = Duration.ofSeconds(20);
  /**
   * HTTP/1.1, as the load generator speaks: the default (HTTP/2) first tries an h2c upgrade,
   * and concurrent requests to an origin whose upgrade is still being tried do not all reach the
   * server at once, which made the overload test wait for a full queue that never filled.
   */
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(TIMEOUT).build();
  private final URI base;

  ServiceClient(URI base) {
    this.base = base;
  }

  HttpResponse<String> post(String body, String contentType)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/predict"))
        .timeout(TIMEOUT).POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> predict(String body) throws IOException, InterruptedException {
    return post(body, "application/json");
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** {@code {"instances": rows}} with every double written exactly. */
  static String instances(double[][] rows) {
    StringBuilder json = new StringBuilder("{\"instances\":[");
    for (int i = 0; i < rows.length; i++) {
      json.append(i == 0 ? "[" : ",[");
      for (int j = 0; j < rows[i].length; j++) {
        json.append(j == 0 ? "" : ",").append(String.format(Locale.ROOT, "%s", rows[i][j]));
      }
      json.append(']');
    }
    return json.append("]}").toString();
  }
}
