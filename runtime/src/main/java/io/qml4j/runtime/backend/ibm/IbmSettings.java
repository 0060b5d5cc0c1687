package io.qml4j.runtime.backend.ibm;

import io.qml4j.runtime.backend.remote.PollSettings;
import io.qml4j.runtime.backend.remote.RetryPolicy;
import io.qml4j.runtime.backend.remote.Secret;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How to reach IBM Quantum's Qiskit Runtime REST API: an IBM Cloud API key, exchanged at IAM for
 * a bearer token, and the CRN of the service instance. Its {@code toString} shows the key as
 * {@code ****}.
 *
 * @param apiKey the IBM Cloud API key ({@value #API_KEY})
 * @param instance the service instance's CRN ({@value #INSTANCE})
 * @param apiUrl the API root, {@value #DEFAULT_API_URL} unless {@value #API_URL} says otherwise
 * @param iamUrl the IAM root, {@value #DEFAULT_IAM_URL} unless {@value #IAM_URL} says otherwise
 * @param apiVersion the {@code IBM-API-Version} header sent
 * @param http the HTTP client
 * @param retry the retry policy for 429 and 5xx
 * @param poll how jobs are watched
 */
public record IbmSettings(Secret apiKey, String instance, URI apiUrl, URI iamUrl,
    String apiVersion, HttpClient http, RetryPolicy retry, PollSettings poll) {
  /** Environment variable of the API key (the name Qiskit uses). */
  public static final String API_KEY = "QISKIT_IBM_TOKEN";
  /** Environment variable of the instance CRN (the name Qiskit uses). */
  public static final String INSTANCE = "QISKIT_IBM_INSTANCE";
  /** Environment variable overriding the API root. */
  public static final String API_URL = "QISKIT_IBM_URL";
  /** Environment variable overriding the IAM root. */
  public static final String IAM_URL = "QML4J_IBM_IAM_URL";
  /** Environment variable naming devices to list, comma-separated. */
  public static final String DEVICES = "QML4J_IBM_DEVICES";
  /** The API root used unless configured. */
  public static final String DEFAULT_API_URL = "https://quantum.cloud.ibm.com/api/v1";
  /** The IAM root used unless configured. */
  public static final String DEFAULT_IAM_URL = "https://iam.cloud.ibm.com";
  /** The API version this client follows. */
  public static final String API_VERSION = "2025-05-01";

  /** Checks that nothing is missing. */
  public IbmSettings {
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(instance, "instance");
    Objects.requireNonNull(apiUrl, "apiUrl");
    Objects.requireNonNull(iamUrl, "iamUrl");
    Objects.requireNonNull(apiVersion, "apiVersion");
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(poll, "poll");
  }

  /**
   * Settings from environment variables, if the key and instance are both set.
   *
   * @param env reads a variable (null when unset), such as {@code System::getenv}
   * @return the settings, or empty when not configured
   */
  public static Optional<IbmSettings> fromEnvironment(Function<String, String> env) {
    String key = env.apply(API_KEY), crn = env.apply(INSTANCE);
    if (key == null || key.isBlank() || crn == null || crn.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new IbmSettings(Secret.of(key), crn.strip(),
        URI.create(orDefault(env.apply(API_URL), DEFAULT_API_URL)),
        URI.create(orDefault(env.apply(IAM_URL), DEFAULT_IAM_URL)), API_VERSION,
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
        RetryPolicy.standard(), PollSettings.standard()));
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
