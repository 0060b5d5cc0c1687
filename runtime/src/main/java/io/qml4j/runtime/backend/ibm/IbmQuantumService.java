package io.qml4j.runtime.backend.ibm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qml4j.runtime.backend.remote.RemoteBackendException;
import io.qml4j.runtime.backend.remote.RestClient;
import io.qml4j.runtime.backend.remote.Secret;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Qiskit Runtime REST API calls qml4j makes (IBM's "Sampler with the REST API" and
 * "Estimator with the REST API" guides, and the API reference's Jobs and Backends pages): IAM
 * token exchange, {@code GET /backends/{name}/configuration}, {@code POST /jobs} for the sampler
 * and estimator primitives (version 2, OpenQASM 3 circuits), {@code GET /jobs/{id}},
 * {@code GET /jobs/{id}/results} and {@code POST /jobs/{id}/cancel}. Every request carries
 * {@code Authorization: Bearer}, {@code Service-CRN} and {@code IBM-API-Version}.
 */
final class IbmQuantumService {
  /** A token is renewed this long before IAM says it expires. */
  private static final Duration TOKEN_MARGIN = Duration.ofMinutes(5);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final IbmSettings settings;
  private final RestClient rest;
  private volatile Secret token;
  private volatile Instant tokenExpires = Instant.MIN;

  IbmQuantumService(IbmSettings settings) {
    this.settings = settings;
    this.rest = new RestClient("IBM Quantum", settings.http(), settings.retry(), () -> {
      List<Secret> secrets = new ArrayList<>(List.of(settings.apiKey()));
      Secret t = token;
      if (t != null) {
        secrets.add(t);
      }
      return secrets;
    }, "check " + IbmSettings.API_KEY + " (an IBM Cloud API key) and " + IbmSettings.INSTANCE
        + " (the instance's CRN)");
  }

  RestClient rest() {
    return rest;
  }

  /** The device's configuration document. */
  JsonNode configuration(String device) {
    return rest.json(() -> api("/backends/" + encode(device) + "/configuration").GET().build());
  }

  /**
   * Starts a primitive job.
   *
   * @param program "sampler" or "estimator"
   * @param device the backend name
   * @param pubs the primitive unified blocs
   * @return the job id
   */
  String run(String program, String device, ArrayNode pubs) {
    ObjectNode body = rest.mapper().createObjectNode();
    body.put("program_id", program);
    body.put("backend", device);
    ObjectNode params = body.putObject("params");
    params.set("pubs", pubs);
    params.put("version", 2);
    String json = body.toString();
    HttpRequest[] sent = new HttpRequest[1];
    JsonNode answer = rest.json(() -> sent[0] = api("/jobs")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    JsonNode id = answer.path("id");
    if (!id.isTextual() || id.asText().isEmpty()) {
      throw rest.malformed(sent[0], "has no job \"id\"");
    }
    return id.asText();
  }

  /** The job document ({@code status}, {@code state.reason}). */
  JsonNode job(String id) {
    return rest.json(() -> api("/jobs/" + encode(id)).GET().build());
  }

  /** The job's primitive result document. */
  JsonNode results(String id) {
    return rest.json(() -> api("/jobs/" + encode(id) + "/results").GET().build());
  }

  /** Asks to cancel the job. */
  void cancel(String id) {
    rest.bytes(() -> api("/jobs/" + encode(id) + "/cancel")
        .POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  private HttpRequest.Builder api(String path) {
    return HttpRequest.newBuilder(URI.create(settings.apiUrl().toString().replaceAll("/+$", "")
        + path))
        .timeout(REQUEST_TIMEOUT)
        .header("Accept", "application/json")
        .header("Authorization", "Bearer " + bearer().reveal())
        .header("Service-CRN", settings.instance())
        .header("IBM-API-Version", settings.apiVersion());
  }

  /** The IAM bearer token, exchanged for the API key when missing or about to expire. */
  private synchronized Secret bearer() {
    if (token != null && Instant.now().isBefore(tokenExpires.minus(TOKEN_MARGIN))) {
      return token;
    }
    String form = "grant_type=" + encode("urn:ibm:params:oauth:grant-type:apikey") + "&apikey="
        + encode(settings.apiKey().reveal());
    HttpRequest[] sent = new HttpRequest[1];
    JsonNode answer = rest.json(() -> sent[0] = HttpRequest.newBuilder(URI.create(
            settings.iamUrl().toString().replaceAll("/+$", "") + "/identity/token"))
        .timeout(REQUEST_TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    JsonNode access = answer.path("access_token");
    if (!access.isTextual() || access.asText().isBlank()) {
      throw rest.malformed(sent[0], "has no \"access_token\"");
    }
    token = Secret.of(access.asText());
    long seconds = answer.path("expires_in").asLong(3600);
    tokenExpires = Instant.now().plusSeconds(seconds);
    return token;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** An error for a job the service reports as failed or cancelled. */
  static RemoteBackendException jobEnded(RemoteBackendException.Reason reason, String device,
      String id, String status, String why, RestClient rest) {
    return new RemoteBackendException(reason, 0, rest.redact("IBM Quantum: job " + id + " on "
        + device + " ended " + status + (why.isEmpty() ? "" : ": " + why)));
  }
}
