package io.qml4j.runtime.ml.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a labelled dataset from comma-separated text: one example per line, the integer label
 * first, then the features, every line with the same number of fields. A first line whose label
 * field is not an integer is a header and is skipped; blank lines are skipped. Every error is an
 * {@link IllegalArgumentException} naming the source, the line and the field.
 */
public final class CsvDatasets {
  private CsvDatasets() {}

  /**
   * Reads {@code file} (UTF-8).
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException for a malformed line, naming the file and line
   */
  public static Dataset read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    }
  }

  /**
   * Reads the text of {@code reader}, which stays open.
   *
   * @param source names the text in error messages, such as its file name
   * @throws IOException if the reader fails
   * @throws IllegalArgumentException for a malformed line, naming the source and line
   */
  public static Dataset read(Reader reader, String source) throws IOException {
    Objects.requireNonNull(reader, "reader");
    BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    List<double[]> features = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    int width = -1;
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split(",", -1);
      int label;
      try {
        label = Integer.parseInt(fields[0].trim());
      } catch (NumberFormatException e) {
        if (number == 1) {
          continue; // the header
        }
        throw error(source, number, "label '" + fields[0] + "' is not an integer");
      }
      if (fields.length < 2) {
        throw error(source, number, "a label and no features; expected label,feature,...");
      }
      if (width < 0) {
        width = fields.length - 1;
      } else if (fields.length - 1 != width) {
        throw error(source, number, String.format(Locale.ROOT,
            "%d features, the lines before have %d", fields.length - 1, width));
      }
      double[] row = new double[width];
      for (int j = 0; j < width; j++) {
        String field = fields[j + 1].trim();
        try {
          row[j] = Double.parseDouble(field);
        } catch (NumberFormatException e) {
          throw error(source, number, String.format(Locale.ROOT,
              "feature %d is '%s', not a number", j + 1, field));
        }
        if (!Double.isFinite(row[j])) {
          throw error(source, number, String.format(Locale.ROOT,
              "feature %d is %s; expected a finite number", j + 1, field));
        }
      }
      features.add(row);
      labels.add(label);
    }
    int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
    return new Dataset(features.toArray(new double[0][]), y);
  }

  private static IllegalArgumentException error(String source, int line, String what) {
    return new IllegalArgumentException(String.format(Locale.ROOT, "%s:%d: %s", source, line,
        what));
  }
}
