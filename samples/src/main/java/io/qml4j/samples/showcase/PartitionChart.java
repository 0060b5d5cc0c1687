package io.qml4j.samples.showcase;

import io.qml4j.runtime.qaoa.Graph;
import java.awt.Color;
import java.util.Locale;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A graph drawn with its nodes coloured by a two-way partition: side 0 on the left semicircle,
 * side 1 on the right, so every cut edge crosses the middle (red) and every uncut edge stays on
 * its side (grey).
 */
final class PartitionChart {
  /** Nodes sit on the unit circle; labels a little further out. */
  private static final double LABEL_RADIUS = 1.15;

  private static final float CUT_WIDTH = 2.5f;

  private PartitionChart() {}

  static XYChart plot(String title, Graph g, int[] sides) {
    XYChart chart = Charts.xy(title, "", "");
    chart.getStyler().setAxisTicksVisible(false).setPlotGridLinesVisible(false)
        .setXAxisMin(-1.35).setXAxisMax(1.35).setYAxisMin(-1.35).setYAxisMax(1.35);
    chart.getStyler().setMarkerSize(20);
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
    int n = g.nodes();
    double[] x = new double[n];
    double[] y = new double[n];
    int[] count = new int[2];
    for (int v = 0; v < n; v++) {
      count[sides[v]]++;
    }
    int[] placed = new int[2];
    for (int v = 0; v < n; v++) {
      int side = sides[v];
      // Spread each side over its semicircle, clear of the top and bottom where they meet.
      double along = (placed[side]++ + 0.5) / count[side];
      double angle = Math.PI * along;
      x[v] = side == 0 ? -Math.sin(angle) : Math.sin(angle);
      y[v] = Math.cos(angle);
    }
    int cut = 0;
    for (int e = 0; e < g.edgeCount(); e++) {
      cut += sides[g.endpoint(e, 0)] != sides[g.endpoint(e, 1)] ? 1 : 0;
    }
    boolean[] named = new boolean[2];
    for (int e = 0; e < g.edgeCount(); e++) {
      int u = g.endpoint(e, 0);
      int v = g.endpoint(e, 1);
      int isCut = sides[u] != sides[v] ? 1 : 0;
      String name = isCut == 1 ? String.format(Locale.ROOT, "cut edges (%d)", cut)
          : String.format(Locale.ROOT, "uncut edges (%d)", g.edgeCount() - cut);
      XYSeries s = Charts.line(chart, named[isCut] ? "edge " + u + "-" + v : name,
          new double[] {x[u], x[v]}, new double[] {y[u], y[v]},
          isCut == 1 ? Color.RED : Color.GRAY);
      s.setLineWidth(isCut == 1 ? CUT_WIDTH : 1.5f);
      s.setShowInLegend(!named[isCut]);
      named[isCut] = true;
    }
    for (int side = 0; side < 2; side++) {
      double[] px = new double[count[side]];
      double[] py = new double[count[side]];
      int k = 0;
      for (int v = 0; v < n; v++) {
        if (sides[v] == side) {
          px[k] = x[v];
          py[k++] = y[v];
        }
      }
      if (count[side] > 0) {
        Charts.points(chart, "side " + side, px, py, side == 0 ? Charts.BLUE : Charts.ORANGE)
            .setMarker(SeriesMarkers.CIRCLE);
      }
    }
    for (int v = 0; v < n; v++) {
      chart.addAnnotation(new AnnotationText(Integer.toString(v), LABEL_RADIUS * x[v],
          LABEL_RADIUS * y[v], false));
    }
    return chart;
  }
}
