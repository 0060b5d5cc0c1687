package io.qml4j.samples.showcase;

import io.qml4j.runtime.ml.data.Dataset;
import java.awt.Color;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A decision-boundary plot of a two-feature binary classifier: a grid of the plane coloured by the
 * predicted class, with the training and test points on top.
 */
public final class DecisionBoundary {
  /** Light tints of {@link Charts#BLUE} and {@link Charts#ORANGE} for the predicted regions. */
  private static final Color[] REGION = {new Color(0xc6, 0xdb, 0xef), new Color(0xfd, 0xd0, 0xa2)};

  /**
   * Grid cell size, pixels: at the default resolution the plot area of an 800 x 600 chart puts
   * neighbouring cells about 12 pixels apart, so 14 leaves no gaps.
   */
  private static final int GRID_CELL = 14;

  /** The default grid resolution, per axis. */
  public static final int DEFAULT_RESOLUTION = 60;

  private DecisionBoundary() {}

  /**
   * The plot over {@code [xMin, xMax] x [yMin, yMax]} on a {@code resolution x resolution} grid.
   *
   * @param axisPrefix the axis titles' start, such as {@code "feature"} for "feature 0"
   * @param predict the predicted labels (0 or 1) of a batch of points, one grid row per call
   * @param progress advances one unit per grid row
   */
  public static XYChart plot(String title, String axisPrefix,
      Function<double[][], int[]> predict, Dataset train,
      Dataset test, double[] xRange, double[] yRange, int resolution, Progress.Tracker progress) {
    if (resolution < 2) {
      throw new IllegalArgumentException("resolution: expected at least 2, got " + resolution);
    }
    XYChart chart = Charts.xy(title, axisPrefix + " 0", axisPrefix + " 1");
    chart.getStyler().setXAxisMin(xRange[0]).setXAxisMax(xRange[1]);
    chart.getStyler().setYAxisMin(yRange[0]).setYAxisMax(yRange[1]);
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
    int n = resolution;
    double[][] regionX = {new double[n * n], new double[n * n]};
    double[][] regionY = {new double[n * n], new double[n * n]};
    int[] count = new int[2];
    for (int row = 0; row < n; row++) {
      double y = yRange[0] + (yRange[1] - yRange[0]) * row / (n - 1);
      double[][] points = new double[n][];
      for (int col = 0; col < n; col++) {
        points[col] = new double[] {xRange[0] + (xRange[1] - xRange[0]) * col / (n - 1), y};
      }
      int[] labels = predict.apply(points);
      for (int col = 0; col < n; col++) {
        int c = labels[col] == 0 ? 0 : 1;
        regionX[c][count[c]] = points[col][0];
        regionY[c][count[c]] = y;
        count[c]++;
      }
      progress.step();
    }
    for (int c = 0; c < 2; c++) {
      if (count[c] > 0) {
        XYSeries s = Charts.points(chart, "predicted " + c,
            java.util.Arrays.copyOf(regionX[c], count[c]),
            java.util.Arrays.copyOf(regionY[c], count[c]), REGION[c]);
        s.setMarker(new FixedSquare(GRID_CELL));
      }
    }
    addPoints(chart, train, "train", SeriesMarkers.CIRCLE);
    addPoints(chart, test, "test", SeriesMarkers.DIAMOND);
    return chart;
  }

  private static void addPoints(XYChart chart, Dataset data, String name,
      org.knowm.xchart.style.markers.Marker marker) {
    Color[] colors = {Charts.BLUE, Charts.ORANGE};
    int[] classes = data.classes();
    for (int k = 0; k < classes.length; k++) {
      int label = classes[k];
      int size = 0;
      for (int i = 0; i < data.size(); i++) {
        size += data.label(i) == label ? 1 : 0;
      }
      double[] x = new double[size];
      double[] y = new double[size];
      int j = 0;
      for (int i = 0; i < data.size(); i++) {
        if (data.label(i) == label) {
          double[] f = data.features(i);
          x[j] = f[0];
          y[j] = f[1];
          j++;
        }
      }
      XYSeries s = Charts.points(chart, name + " class " + label, x, y, colors[k % 2]);
      s.setMarker(marker);
    }
  }
}
