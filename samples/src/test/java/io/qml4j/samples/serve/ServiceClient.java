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
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
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
