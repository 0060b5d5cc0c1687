package io.qml4j.runtime.backend.ionq;

import io.qml4j.runtime.backend.remote.PollSettings;
import io.qml4j.runtime.backend.remote.RetryPolicy;
import io.qml4j.runtime.backend.remote.Secret;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How to reach IonQ's Quantum Cloud API v0.3: an API key sent as
 * {@code Authorization: apiKey KEY}. Its {@code toString} shows the key as {@code ****}.
 *
 * @param apiKey the API key ({@value #API_KEY})
 * @param apiUrl the API root, {@value #DEFAULT_API_URL} unless {@value #API_URL} says otherwise
 * @param http the HTTP client
 * @param retry the retry policy for 429 and 5xx
 * @param poll how jobs are watched
 */
public record IonqSettings(Secret apiKey, URI apiUrl, HttpClient http, RetryPolicy retry,
    PollSettings poll) {
  /** Environment variable of the API key (the name IonQ's guides use). */
  public static final String API_KEY = "IONQ_API_KEY";
  /** Environment variable overriding the API root. */
  public static final String API_URL = "QML4J_IONQ_URL";
  /** Environment variable naming devices to list, comma-separated. */
  public static final String DEVICES = "QML4J_IONQ_DEVICES";
  /** The API root used unless configured. */
  public static final String DEFAULT_API_URL = "https://api.ionq.co/v0.3";

  /** Checks that nothing is missing. */
  public IonqSettings {
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(poll, "poll");
  }

  /**
   * Settings from environment variables, if the key is set.
   *
   * @param env reads a variable (null when unset)
   * @return the settings, or empty when not configured
   */
  public static Optional<IonqSettings> fromEnvironment(Function<String, String> env) {
    String key = env.apply(API_KEY);
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    String url = env.apply(API_URL);
    return Optional.of(new IonqSettings(Secret.of(key),
        URI.create(url == null || url.isBlank() ? DEFAULT_API_URL : url.strip()),
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
        RetryPolicy.standard(), PollSettings.standard()));
  }
}
