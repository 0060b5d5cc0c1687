package io.qml4j.runtime.backend.braket;

import io.qml4j.runtime.backend.remote.PollSettings;
import io.qml4j.runtime.backend.remote.RetryPolicy;
import io.qml4j.runtime.backend.remote.Secret;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How to reach Amazon Braket: AWS credentials (signed with Signature Version 4), the region, and
 * the S3 bucket and prefix where Braket writes results. Its {@code toString} shows the keys and
 * token as {@code ****}.
 *
 * @param accessKeyId {@value #ACCESS_KEY_ID}
 * @param secretAccessKey {@value #SECRET_ACCESS_KEY}
 * @param sessionToken {@value #SESSION_TOKEN}, or null for long-term keys
 * @param region {@value #REGION} (else {@value #DEFAULT_REGION_VARIABLE}), such as us-east-1
 * @param bucket {@value #BUCKET}: where results are written
 * @param prefix {@value #PREFIX_VARIABLE}: the key prefix of results (default {@code qml4j})
 * @param braketEndpoint the Braket API root, {@code https://braket.REGION.amazonaws.com} unless
 *     {@value #BRAKET_URL} says otherwise
 * @param s3Endpoint the S3 root used path-style, {@code https://s3.REGION.amazonaws.com} unless
 *     {@value #S3_URL} says otherwise
 * @param http the HTTP client
 * @param retry the retry policy for 429 and 5xx
 * @param poll how tasks are watched
 * @param clock the signing clock
 */
public record BraketSettings(Secret accessKeyId, Secret secretAccessKey, Secret sessionToken,
    String region, String bucket, String prefix, URI braketEndpoint, URI s3Endpoint,
    HttpClient http, RetryPolicy retry, PollSettings poll, Clock clock) {
  /** The AWS access key id variable. */
  public static final String ACCESS_KEY_ID = "AWS_ACCESS_KEY_ID";
  /** The AWS secret access key variable. */
  public static final String SECRET_ACCESS_KEY = "AWS_SECRET_ACCESS_KEY";
  /** The AWS session token variable (temporary credentials). */
  public static final String SESSION_TOKEN = "AWS_SESSION_TOKEN";
  /** The AWS region variable. */
  public static final String REGION = "AWS_REGION";
  /** The region variable read when {@value #REGION} is unset. */
  public static final String DEFAULT_REGION_VARIABLE = "AWS_DEFAULT_REGION";
  /** The results bucket variable (Braket's buckets are named amazon-braket-...). */
  public static final String BUCKET = "QML4J_BRAKET_BUCKET";
  /** The results key prefix variable. */
  public static final String PREFIX_VARIABLE = "QML4J_BRAKET_PREFIX";
  /** The variable overriding the Braket API root. */
  public static final String BRAKET_URL = "QML4J_BRAKET_URL";
  /** The variable overriding the S3 root. */
  public static final String S3_URL = "QML4J_BRAKET_S3_URL";
  /** The variable naming device ARNs to list, comma-separated. */
  public static final String DEVICES = "QML4J_BRAKET_DEVICES";

  /** Checks that nothing required is missing. */
  public BraketSettings {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(braketEndpoint, "braketEndpoint");
    Objects.requireNonNull(s3Endpoint, "s3Endpoint");
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(poll, "poll");
    Objects.requireNonNull(clock, "clock");
  }

  /**
   * Settings from environment variables, if the keys, region and bucket are set.
   *
   * @param env reads a variable (null when unset)
   * @return the settings, or empty when not configured
   */
  public static Optional<BraketSettings> fromEnvironment(Function<String, String> env) {
    String id = value(env, ACCESS_KEY_ID), secret = value(env, SECRET_ACCESS_KEY);
    String region = value(env, REGION) != null ? value(env, REGION)
        : value(env, DEFAULT_REGION_VARIABLE);
    String bucket = value(env, BUCKET);
    if (id == null || secret == null || region == null || bucket == null) {
      return Optional.empty();
    }
    String token = value(env, SESSION_TOKEN), prefix = value(env, PREFIX_VARIABLE);
    String braket = value(env, BRAKET_URL), s3 = value(env, S3_URL);
    return Optional.of(new BraketSettings(Secret.of(id), Secret.of(secret),
        token == null ? null : Secret.of(token), region, bucket,
        prefix == null ? "qml4j" : prefix,
        URI.create(braket != null ? braket : "https://braket." + region + ".amazonaws.com"),
        URI.create(s3 != null ? s3 : "https://s3." + region + ".amazonaws.com"),
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(),
        RetryPolicy.standard(), PollSettings.standard(), Clock.systemUTC()));
  }

  private static String value(Function<String, String> env, String name) {
    String v = env.apply(name);
    return v == null || v.isBlank() ? null : v.strip();
  }
}
