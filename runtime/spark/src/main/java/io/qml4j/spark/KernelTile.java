package io.qml4j.spark;

import java.io.Serializable;
import java.util.Locale;

/**
 * One tile of a distributed kernel matrix: the entries {@code K[rowOffset + i][columnOffset + j]}
 * for {@code i < rows()}, {@code j < columns()}, stored row by row. Tile {@code (r, c)} covers row
 * block r and column block c; every block but the last of its side has the matrix's block size.
 */
public final class KernelTile implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int rowBlock;
  private final int columnBlock;
  private final long rowOffset;
  private final long columnOffset;
  private final int rows;
  private final int columns;
  private final double[] values;

  KernelTile(int rowBlock, int columnBlock, long rowOffset, long columnOffset, int rows,
      int columns, double[] values) {
    this.rowBlock = rowBlock;
    this.columnBlock = columnBlock;
    this.rowOffset = rowOffset;
    this.columnOffset = columnOffset;
    this.rows = rows;
    this.columns = columns;
    this.values = values;
  }

  /** The row block's index. */
  public int rowBlock() {
    return rowBlock;
  }

  /** The column block's index. */
  public int columnBlock() {
    return columnBlock;
  }

  /** The matrix row of the tile's first row. */
  public long rowOffset() {
    return rowOffset;
  }

  /** The matrix column of the tile's first column. */
  public long columnOffset() {
    return columnOffset;
  }

  /** Number of rows. */
  public int rows() {
    return rows;
  }

  /** Number of columns. */
  public int columns() {
    return columns;
  }

  /** The entry at tile row i, tile column j. */
  public double get(int i, int j) {
    return values[i * columns + j];
  }

  /** The entries row by row (a copy). */
  public double[] values() {
    return values.clone();
  }

  /** The entries without a copy, for the matrix's own conversions. */
  double[] valuesView() {
    return values;
  }

  /** The transposed tile, covering (column block, row block): the mirror of a symmetric matrix. */
  KernelTile transpose() {
    double[] t = new double[values.length];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        t[j * rows + i] = values[i * columns + j];
      }
    }
    return new KernelTile(columnBlock, rowBlock, columnOffset, rowOffset, columns, rows, t);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "KernelTile(%d, %d: %d x %d at [%d, %d])", rowBlock,
        columnBlock, rows, columns, rowOffset, columnOffset);
  }
}
