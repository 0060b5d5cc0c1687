package io.qml4j.runtime.ml.kernel;

import java.util.Arrays;
import java.util.Locale;

/**
 * Kernel-target alignment (Cristianini, Shawe-Taylor, Elisseeff and Kandola 2001, "On
 * kernel-target alignment", NIPS 14): the cosine between a kernel matrix K and the ideal kernel
 * {@code y y^T} of +-1 labels in the Frobenius inner product,
 * {@code A = <K, y y^T>_F / (||K||_F ||y y^T||_F) = sum_ij y_i y_j K_ij / (N ||K||_F)}. It needs no
 * SVM training, so it is a cheap objective for training a feature map's parameters.
 */
public final class KernelTargetAlignment {
  private KernelTargetAlignment() {}

  /**
   * The alignment of a square kernel matrix with two-class labels (the smaller label maps to -1,
   * the larger to +1; the result does not depend on which is which).
   *
   * @throws IllegalArgumentException if the matrix is not square, not finite, all zero, or the
   *     labels are not one per row of exactly two classes
   */
  public static double of(double[][] kernel, int[] labels) {
    int n = kernel.length;
    if (labels.length != n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "labels: expected one per kernel row (%d), got %d", n, labels.length));
    }
    double[] y = signs(labels);
    double aligned = 0;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      if (kernel[i].length != n) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "kernel: row %d has %d entries, expected %d (a square matrix)", i, kernel[i].length, n));
      }
      for (int j = 0; j < n; j++) {
        double k = kernel[i][j];
        if (!Double.isFinite(k)) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "kernel: entry (%d, %d) is %s, expected a finite number", i, j, k));
        }
        aligned += y[i] * y[j] * k;
        squares += k * k;
      }
    }
    if (squares == 0) {
      throw new IllegalArgumentException("kernel: all entries are zero, alignment is undefined");
    }
    return aligned / (n * Math.sqrt(squares));
  }

  /** Maps two-class labels to -1 (smaller label) and +1 (larger). */
  static double[] signs(int[] labels) {
    int[] classes = Arrays.stream(labels).distinct().sorted().toArray();
    if (classes.length != 2) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "labels: expected exactly two classes, got %d: %s", classes.length,
          Arrays.toString(classes)));
    }
    double[] y = new double[labels.length];
    for (int i = 0; i < labels.length; i++) {
      y[i] = labels[i] == classes[0] ? -1 : 1;
    }
    return y;
  }
}
