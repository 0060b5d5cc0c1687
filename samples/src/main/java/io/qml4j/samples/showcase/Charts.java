package io.qml4j.samples.showcase;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The showcase's chart defaults and PNG output, on XChart (org.knowm.xchart). */
public final class Charts {
  /** Width of every PNG, pixels. */
  public static final int WIDTH = 800;

  /** Height of every PNG, pixels. */
  public static final int HEIGHT = 600;

  /** The colour of class 0 / the first partition. */
  public static final Color BLUE = new Color(0x1f, 0x77, 0xb4);

  /** The colour of class 1 / the second partition. */
  public static final Color ORANGE = new Color(0xff, 0x7f, 0x0e);

  private Charts() {}

  /** An empty XY chart of the standard size with the legend inside the plot. */
  public static XYChart xy(String title, String xAxis, String yAxis) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .xAxisTitle(xAxis).yAxisTitle(yAxis).build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setMarkerSize(6);
    return chart;
  }

  /** An empty bar chart of the standard size. */
  public static CategoryChart bars(String title, String xAxis, String yAxis) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .xAxisTitle(xAxis).yAxisTitle(yAxis).build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    return chart;
  }

  /** Adds a line without markers. */
  public static XYSeries line(XYChart chart, String name, double[] x, double[] y, Color color) {
    XYSeries s = chart.addSeries(name, x, y);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(color);
    s.setLineStyle(SeriesLines.SOLID);
    return s;
  }

  /** Adds points without a connecting line. */
  public static XYSeries points(XYChart chart, String name, double[] x, double[] y, Color color) {
    XYSeries s = chart.addSeries(name, x, y);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    s.setLineStyle(SeriesLines.NONE);
    s.setMarker(SeriesMarkers.CIRCLE);
    s.setMarkerColor(color);
    return s;
  }

  /** The index 0, 1, ..., n-1 as doubles: the x axis of a training curve. */
  public static double[] steps(int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
    }
    return x;
  }

  /**
   * Writes the chart as {@code folder/fileName} (PNG), creating the folder when missing.
   *
   * @return the file written
   */
  public static Path savePng(Chart<?, ?> chart, Path folder, String fileName) throws IOException {
    if (!fileName.endsWith(".png")) {
      throw new IllegalArgumentException("fileName: expected a name ending in .png, got "
          + fileName);
    }
    Files.createDirectories(folder);
    Path file = folder.resolve(fileName);
    try (OutputStream out = Files.newOutputStream(file)) {
      BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }
    return file;
  }
}
