package io.qml4j.samples.showcase;

import io.qml4j.runtime.ml.transfer.LearningCurve;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The transfer task's plots. */
final class TransferCharts {
  /** The colour of classical-to-quantum transfer. */
  private static final Color GREEN = new Color(0x2c, 0xa0, 0x2c);

  private TransferCharts() {}

  /** Held-out accuracy per step of the three ways to learn the target, mean and spread. */
  static XYChart curves(TransferArms arms, double target, int samples) {
    XYChart chart = Charts.xy(String.format(Locale.ROOT,
        "Even/odd from %d images per class: held-out accuracy (mean and spread of %d seeds)",
        samples, arms.transfer.size()), "Adam step on the target task", "held-out accuracy");
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
    chart.getStyler().setYAxisMin(0.3);
    chart.getStyler().setYAxisMax(1.0);
    add(chart, "fine-tuned from the digits (circuit-to-circuit)", arms.transfer, Charts.BLUE);
    add(chart, "from scratch", arms.scratch, Charts.ORANGE);
    add(chart, "on the classical extractor (classical-to-quantum)", arms.classical, GREEN);
    double[] x = TransferArms.steps(arms.transfer);
    Charts.line(chart, String.format(Locale.ROOT, "target %.2f", target),
        new double[] {0, x[x.length - 1]}, new double[] {target, target}, Color.GRAY);
    return chart;
  }

  /** Every seed's final held-out accuracy for each way to learn the target. */
  static CategoryChart finalAccuracies(TransferArms arms) {
    CategoryChart chart = Charts.bars("Final held-out accuracy on even/odd, per seed",
        "seed", "held-out accuracy");
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(1.0);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    List<Integer> seeds = new ArrayList<>();
    for (int s = 1; s <= arms.transfer.size(); s++) {
      seeds.add(s);
    }
    chart.addSeries("fine-tuned", seeds, finals(arms.transfer)).setFillColor(Charts.BLUE);
    chart.addSeries("scratch", seeds, finals(arms.scratch)).setFillColor(Charts.ORANGE);
    chart.addSeries("classical-to-quantum", seeds, finals(arms.classical)).setFillColor(GREEN);
    return chart;
  }

  private static void add(XYChart chart, String name, List<LearningCurve> runs, Color color) {
    XYSeries s = chart.addSeries(name, TransferArms.steps(runs), TransferArms.meanCurve(runs),
        TransferArms.spreadCurve(runs));
    s.setLineColor(color);
    s.setMarkerColor(color);
    s.setMarker(SeriesMarkers.CIRCLE);
  }

  private static List<Double> finals(List<LearningCurve> runs) {
    List<Double> out = new ArrayList<>();
    for (LearningCurve c : runs) {
      out.add(c.finalAccuracy());
    }
    return out;
  }
}
