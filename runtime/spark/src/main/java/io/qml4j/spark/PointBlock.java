package io.qml4j.spark;

import java.io.Serializable;

/**
 * One block of consecutive points of a distributed data set: the points whose row numbers are
 * {@code offset .. offset + x.length - 1}, in row order. Blocks are the unit of work of a kernel
 * matrix: a task prepares a block's states once and uses them for every tile the block is in.
 */
final class PointBlock implements Serializable {
  private static final long serialVersionUID = 1L;

  final int index;
  final long offset;
  final double[][] x;

  PointBlock(int index, long offset, double[][] x) {
    this.index = index;
    this.offset = offset;
    this.x = x;
  }
}
