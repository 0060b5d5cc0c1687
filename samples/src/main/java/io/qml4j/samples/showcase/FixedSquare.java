package io.qml4j.samples.showcase;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.style.markers.Marker;

/**
 * A filled square marker of its own size: XChart sizes all markers of a chart alike, but the cells
 * of a decision-region grid must tile the plot while the data points stay small.
 */
final class FixedSquare extends Marker {
  private final int size;

  FixedSquare(int size) {
    this.size = size;
  }

  @Override
  public void paint(Graphics2D g, double xCenter, double yCenter, int ignoredSize) {
    double half = size / 2.0;
    g.fill(new Rectangle2D.Double(xCenter - half, yCenter - half, size, size));
  }
}
