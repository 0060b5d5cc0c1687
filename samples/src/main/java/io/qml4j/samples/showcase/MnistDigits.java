package io.qml4j.samples.showcase;

import io.qml4j.runtime.ml.data.CsvDatasets;
import io.qml4j.runtime.ml.data.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shipped MNIST digits at 7 x 7 ({@code io/qml4j/samples/data/mnist-7x7/digits.csv}: 100
 * images of each digit, grey levels 0-16; its README names the source, licence and derivation),
 * with the features scaled to [0, 1].
 */
final class MnistDigits {
  /** The resource holding the digits. */
  static final String RESOURCE = "/io/qml4j/samples/data/mnist-7x7/digits.csv";

  /** Images of each digit in the file. */
  static final int PER_DIGIT = 100;

  /** Features per image: 7 x 7 grey levels. */
  static final int FEATURES = 49;

  /** The file's largest grey level: dividing by it scales the features to [0, 1]. */
  private static final double LEVELS = 16;

  private static Dataset all;

  private MnistDigits() {}

  /** Every image, features in [0, 1], in file order (digit by digit). */
  static synchronized Dataset all() {
    if (all == null) {
      try (InputStream in = MnistDigits.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the digits resource " + RESOURCE + " is missing");
        }
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        Dataset raw = CsvDatasets.read(reader, RESOURCE);
        double[][] x = raw.features();
        for (double[] row : x) {
          for (int j = 0; j < row.length; j++) {
            row[j] /= LEVELS;
          }
        }
        all = raw.withFeatures(x);
      } catch (IOException e) {
        throw new UncheckedIOException("reading " + RESOURCE, e);
      }
    }
    return all;
  }

  /**
   * Images {@code from} (inclusive) to {@code to} (exclusive) of each of the digits, in file
   * order, digit by digit.
   */
  static Dataset rows(int[] digits, int from, int to) {
    if (from < 0 || to > PER_DIGIT || from >= to) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "rows: expected 0 <= from < to <= %d, got %d and %d", PER_DIGIT, from, to));
    }
    Dataset data = all();
    List<Integer> picked = new ArrayList<>();
    for (int digit : digits) {
      int seen = 0;
      for (int i = 0; i < data.size(); i++) {
        if (data.label(i) == digit) {
          if (seen >= from && seen < to) {
            picked.add(i);
          }
          seen++;
        }
      }
    }
    return data.subset(picked.stream().mapToInt(Integer::intValue).toArray());
  }
}
