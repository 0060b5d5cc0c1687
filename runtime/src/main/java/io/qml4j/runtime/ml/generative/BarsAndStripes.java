package io.qml4j.runtime.ml.generative;

import java.util.Locale;
import java.util.TreeSet;

/**
 * The bars-and-stripes dataset (MacKay 2003; the benchmark of Benedetti et al. 2019 and Liu and
 * Wang 2018): the images on a {@code rows x cols} grid of pixels in which every column is
 * constant (vertical bars) or every row is constant (horizontal stripes). Pixel {@code (r, c)} is
 * wire {@code r * cols + c}. A 3x3 grid has {@code 2^3 + 2^3 - 2 = 14} patterns (the blank and the
 * full image are both bars and stripes).
 */
public final class BarsAndStripes {
  /** Most pixels: a pattern is a basis state of one qubit per pixel. */
  public static final int MAX_PIXELS = Distributions.MAX_QUBITS;

  private BarsAndStripes() {}

  /** The basis indices of every pattern, ascending. */
  public static int[] patterns(int rows, int cols) {
    check(rows, cols);
    TreeSet<Integer> set = new TreeSet<>();
    for (int mask = 0; mask < (1 << cols); mask++) {
      int bars = 0;
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          bars = (bars << 1) | ((mask >> (cols - 1 - c)) & 1);
        }
      }
      set.add(bars);
    }
    for (int mask = 0; mask < (1 << rows); mask++) {
      int stripes = 0;
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          stripes = (stripes << 1) | ((mask >> (rows - 1 - r)) & 1);
        }
      }
      set.add(stripes);
    }
    return set.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The uniform distribution over the patterns, on {@code rows * cols} qubits. */
  public static double[] distribution(int rows, int cols) {
    int[] patterns = patterns(rows, cols);
    double[] p = new double[1 << (rows * cols)];
    for (int k : patterns) {
      p[k] = 1.0 / patterns.length;
    }
    return p;
  }

  /** Whether the basis state {@code index} of {@code rows * cols} qubits is a pattern. */
  public static boolean isPattern(int index, int rows, int cols) {
    check(rows, cols);
    int pixels = rows * cols;
    if (index < 0 || index >= (1 << pixels)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "index: expected 0 to %d, got %d", (1 << pixels) - 1, index));
    }
    boolean bars = true;
    boolean stripes = true;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        int bit = pixel(index, pixels, r * cols + c);
        bars &= bit == pixel(index, pixels, c);
        stripes &= bit == pixel(index, pixels, r * cols);
      }
    }
    return bars || stripes;
  }

  /**
   * The grid as text, one line per row, {@code #} for a set pixel and {@code .} for a clear one.
   */
  public static String render(int index, int rows, int cols) {
    check(rows, cols);
    StringBuilder text = new StringBuilder();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        text.append(pixel(index, rows * cols, r * cols + c) == 1 ? '#' : '.');
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static int pixel(int index, int pixels, int wire) {
    return (index >> (pixels - 1 - wire)) & 1;
  }

  private static void check(int rows, int cols) {
    if (rows < 1 || cols < 1 || rows * cols > MAX_PIXELS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "rows, cols: expected a grid of 1 to %d pixels, got %d x %d", MAX_PIXELS, rows, cols));
    }
  }
}
