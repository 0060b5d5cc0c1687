package io.qml4j.runtime.backend.remote;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Function;

/**
 * Where the remote providers read their settings: an environment variable when it is set, else
 * the same name in a credentials file, a Java properties file ({@code NAME=value} lines) found at
 * the path in system property {@value #FILE_PROPERTY}, else in variable {@value #FILE_VARIABLE},
 * else at {@code ~/.qml4j/credentials.properties} if it exists. Keep the file readable by its
 * owner alone; its values are never logged.
 */
public final class CredentialSources {
  /** The system property naming the credentials file (a path, never a secret). */
  public static final String FILE_PROPERTY = "qml4j.credentials";
  /** The environment variable naming the credentials file. */
  public static final String FILE_VARIABLE = "QML4J_CREDENTIALS";

  private CredentialSources() {}

  /**
   * The environment, then the credentials file.
   *
   * @return reads a setting by name (null when it is in neither)
   * @throws UncheckedIOException if a named credentials file cannot be read (the message names
   *     the path, not its contents)
   */
  public static Function<String, String> standard() {
    Properties file = file();
    return name -> {
      String v = System.getenv(name);
      return v != null && !v.isBlank() ? v : file.getProperty(name);
    };
  }

  private static Properties file() {
    String named = System.getProperty(FILE_PROPERTY);
    if (named == null || named.isBlank()) {
      named = System.getenv(FILE_VARIABLE);
    }
    Path path;
    if (named != null && !named.isBlank()) {
      path = Path.of(named.strip());
    } else {
      path = Path.of(System.getProperty("user.home"), ".qml4j", "credentials.properties");
      if (!Files.isRegularFile(path)) {
        return new Properties();
      }
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the credentials file " + path + " ("
          + e.getClass().getSimpleName() + ")", e);
    }
    return p;
  }
}
