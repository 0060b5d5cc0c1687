package io.qml4j.runtime.backend.remote;

import java.util.Objects;

/**
 * A credential (API key, secret key, bearer token) that prints as {@code ****}: its
 * {@link #toString()} never shows the value, so a secret that reaches a log line or message by
 * accident shows nothing. Only {@link #reveal()} gives the value, for the one header it goes in.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a credential.
   *
   * @param value the credential, not blank
   * @return the secret
   * @throws IllegalArgumentException if the value is blank (the message does not show it)
   */
  public static Secret of(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value: a credential must not be blank");
    }
    return new Secret(value.strip());
  }

  /** The credential itself, for the request header or signature that needs it. */
  public String reveal() {
    return value;
  }

  /** The text with every occurrence of this secret replaced by {@code ****}. */
  public String redact(String text) {
    return text == null ? null : text.replace(value, "****");
  }

  /** Always {@code ****}. */
  @Override
  public String toString() {
    return "****";
  }
}
