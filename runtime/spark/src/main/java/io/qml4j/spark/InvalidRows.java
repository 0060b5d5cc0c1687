package io.qml4j.spark;

/**
 * What a Spark SQL model function does with a feature vector it cannot evaluate (null, of the
 * wrong length, or holding NaN or an infinity).
 */
public enum InvalidRows {
  /** Fail the job with an {@link IllegalArgumentException} that names the row and what is wrong. */
  FAIL,
  /** Return SQL NULL for that row and go on. */
  NULL
}
