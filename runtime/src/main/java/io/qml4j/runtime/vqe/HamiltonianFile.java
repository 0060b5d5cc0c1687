package io.qml4j.runtime.vqe;

import io.qml4j.runtime.observable.PauliSum;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a Hamiltonian from text: lines holding terms in the {@link PauliSum#parse} format
 * (typically one term per line, such as {@code + 0.1712 Z0} or {@code - 0.0453 X0 X1 Y2 Y3}), with
 * comments from {@code #} to the end of a line and blank lines ignored. The terms of all lines are
 * summed. A malformed line is reported with the source name, the line number, the line and what
 * the parser expected.
 */
public final class HamiltonianFile {
  private HamiltonianFile() {}

  /** Reads a file (UTF-8). */
  public static PauliSum read(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Hamiltonian file " + file, e);
    }
  }

  /** Reads a class-path resource (UTF-8), for example one of the shipped H2 Hamiltonians. */
  public static PauliSum readResource(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "name: no resource %s next to %s", name, anchor.getName()));
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Hamiltonian resource " + name, e);
    }
  }

  /**
   * Parses Hamiltonian text.
   *
   * @param text the content
   * @param source a name for error messages, such as the file name
   * @throws IllegalArgumentException naming the source and line of the first malformed term, or
   *     saying that the text holds no term at all
   */
  public static PauliSum parse(String text, String source) {
    Objects.requireNonNull(text, "text");
    PauliSum sum = PauliSum.zero();
    boolean anyTerm = false;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (content.isEmpty()) {
        continue;
      }
      try {
        sum = sum.plus(PauliSum.parse(content));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s, line %d: malformed Hamiltonian term \"%s\": %s",
            source, i + 1, content, e.getMessage()), e);
      }
      anyTerm = true;
    }
    if (!anyTerm) {
      throw new IllegalArgumentException(
          source + ": no Hamiltonian terms found (only comments or blank lines)");
    }
    return sum;
  }
}
