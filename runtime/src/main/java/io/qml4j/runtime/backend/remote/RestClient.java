package io.qml4j.runtime.backend.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One remote service's HTTP calls over {@link HttpClient}: sends a request built afresh for each
 * try (so a signature or token is current), retries 429 and 5xx answers and connection failures
 * by its {@link RetryPolicy} (honouring {@code Retry-After}), and turns every other failure into
 * a {@link RemoteBackendException} whose message names the service, the method and path, the
 * status and what to check, with the service's own error text redacted of every known secret.
 * Log lines (retries) name the same and nothing else.
 */
public final class RestClient {
  private static final System.Logger LOG = System.getLogger(RestClient.class.getName());
  /** The service's error text in a message is cut to this many characters. */
  private static final int MAX_ERROR_TEXT = 300;

  private final String service;
  private final HttpClient http;
  private final RetryPolicy retry;
  private final Supplier<List<Secret>> secrets;
  private final String credentialHint;
  private final ObjectMapper mapper = JsonMapper.builder()
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

  /**
   * A client.
   *
   * @param service the service's name for messages, such as {@code "IBM Quantum"}
   * @param http the HTTP client
   * @param retry the retry policy
   * @param secrets every credential and token in use now, to redact from messages
   * @param credentialHint what to check after a 401 or 403, such as
   *     {@code "check QISKIT_IBM_TOKEN"}; it must name variables, not values
   */
  public RestClient(String service, HttpClient http, RetryPolicy retry,
      Supplier<List<Secret>> secrets, String credentialHint) {
    this.service = Objects.requireNonNull(service, "service");
    this.http = Objects.requireNonNull(http, "http");
    this.retry = Objects.requireNonNull(retry, "retry");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.credentialHint = Objects.requireNonNull(credentialHint, "credentialHint");
  }

  /** The JSON mapper the client parses with, for building request bodies. */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Sends a request and parses the answer as JSON.
   *
   * @param request builds the request; called once per try
   * @return the parsed body (a missing node for an empty body)
   * @throws RemoteBackendException on any failure
   */
  public JsonNode json(Supplier<HttpRequest> request) {
    HttpRequest first = request.get();
    byte[] body = send(first, request);
    return parse(first, body);
  }

  /**
   * Sends a request and returns the body.
   *
   * @param request builds the request; called once per try
   * @return the body's bytes
   * @throws RemoteBackendException on any failure
   */
  public byte[] bytes(Supplier<HttpRequest> request) {
    return send(request.get(), request);
  }

  /**
   * Parses a body as JSON.
   *
   * @param request the request it answers, for the message
   * @param body the body
   * @return the parsed body (a missing node for an empty body)
   * @throws RemoteBackendException with {@link RemoteBackendException.Reason#MALFORMED_RESPONSE}
   */
  public JsonNode parse(HttpRequest request, byte[] body) {
    if (body.length == 0) {
      return mapper.missingNode();
    }
    try {
      return mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw malformed(request, "is not JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw malformed(request, "could not be read (" + e.getMessage() + ")");
    }
  }

  /**
   * An error for a response that is JSON but lacks what the service documents.
   *
   * @param request the request it answers
   * @param what what is wrong, such as {@code "has no field 'id'"}
   * @return the error, to throw
   */
  public RemoteBackendException malformed(HttpRequest request, String what) {
    return new RemoteBackendException(RemoteBackendException.Reason.MALFORMED_RESPONSE, 0,
        redact(String.format(Locale.ROOT, "%s: the response to %s %s %s", service,
            request.method(), request.uri().getPath(), what)));
  }

  /** The text with every known secret replaced by {@code ****}. */
  public String redact(String text) {
    String out = text;
    for (Secret s : secrets.get()) {
      out = s.redact(out);
    }
    return out;
  }

  private byte[] send(HttpRequest first, Supplier<HttpRequest> rebuild) {
    HttpRequest request = first;
    for (int attempt = 0; ; attempt++) {
      String what = request.method() + " " + request.uri().getPath();
      HttpResponse<byte[]> response;
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      } catch (IOException e) {
        if (attempt >= retry.maxRetries()) {
          throw new RemoteBackendException(RemoteBackendException.Reason.UNREACHABLE, 0,
              redact(String.format(Locale.ROOT, "%s: %s failed after %d tries: %s", service,
                  what, attempt + 1, e)));
        }
        waitBeforeRetry(what, attempt, null, "connection failed (" + e.getClass().getSimpleName()
            + ")");
        request = rebuild.get();
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new RemoteBackendException(RemoteBackendException.Reason.UNREACHABLE, 0,
            service + ": interrupted during " + what);
      }
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        return response.body();
      }
      boolean retryable = status == 429 || status >= 500;
      if (retryable && attempt < retry.maxRetries()) {
        Duration retryAfter = response.headers().firstValue("Retry-After")
            .map(RestClient::retryAfter).orElse(null);
        waitBeforeRetry(what, attempt, retryAfter, "answered " + status);
        request = rebuild.get();
        continue;
      }
      throw failure(what, status, response.body(), attempt + 1);
    }
  }

  private void waitBeforeRetry(String what, int attempt, Duration retryAfter, String why) {
    Duration delay = retry.delay(attempt, retryAfter);
    LOG.log(System.Logger.Level.INFO, () -> String.format(Locale.ROOT,
        "%s: %s %s; retry %d of %d in %d ms%s", service, what, why, attempt + 1,
        retry.maxRetries(), delay.toMillis(), retryAfter != null ? " (Retry-After)" : ""));
    try {
      retry.sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RemoteBackendException(RemoteBackendException.Reason.UNREACHABLE, 0,
          service + ": interrupted while waiting to retry " + what);
    }
  }

  private RemoteBackendException failure(String what, int status, byte[] body, int tries) {
    String text = errorText(body);
    String detail = text.isEmpty() ? "" : ": " + text;
    RemoteBackendException.Reason reason;
    String advice;
    switch (status) {
      case 401:
        reason = RemoteBackendException.Reason.UNAUTHORIZED;
        advice = "the credentials were not accepted; " + credentialHint;
        break;
      case 403:
        reason = RemoteBackendException.Reason.FORBIDDEN;
        advice = "the credentials lack permission for this request; " + credentialHint;
        break;
      case 404:
        reason = RemoteBackendException.Reason.NOT_FOUND;
        advice = "no such device or job";
        break;
      case 429:
        reason = RemoteBackendException.Reason.RATE_LIMITED;
        advice = "still rate-limited after " + tries + " tries";
        break;
      default:
        if (status >= 500) {
          reason = RemoteBackendException.Reason.SERVER_ERROR;
          advice = "the service failed after " + tries + " tries";
        } else {
          reason = RemoteBackendException.Reason.REJECTED;
          advice = "the request was rejected";
        }
    }
    return new RemoteBackendException(reason, status, redact(String.format(Locale.ROOT,
        "%s: %s answered HTTP %d: %s%s", service, what, status, advice, detail)));
  }

  /** The service's own message from an error body, cut and made printable. */
  private String errorText(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    try {
      JsonNode node = mapper.readTree(body);
      for (String field : new String[] {"message", "error", "detail", "reason", "failure"}) {
        JsonNode v = node.path(field);
        if (v.isTextual()) {
          text = v.asText();
          break;
        }
        if (v.isObject() && v.path("message").isTextual()) {
          text = v.path("message").asText();
          break;
        }
      }
      if (node.path("errors").isArray() && node.path("errors").size() > 0) {
        JsonNode e = node.path("errors").get(0);
        text = e.path("message").isTextual() ? e.path("message").asText() : e.toString();
      }
    } catch (IOException e) {
      // not JSON: keep the raw text
    }
    text = text.replaceAll("\\p{Cntrl}+", " ").strip();
    return text.length() > MAX_ERROR_TEXT ? text.substring(0, MAX_ERROR_TEXT) + "..." : text;
  }

  /** A Retry-After value: seconds, or an HTTP date; null if it is neither. */
  static Duration retryAfter(String value) {
    String v = value.strip();
    if (v.matches("\\d{1,9}")) {
      return Duration.ofSeconds(Long.parseLong(v));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
