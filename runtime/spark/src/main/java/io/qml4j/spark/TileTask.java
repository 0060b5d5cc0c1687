package io.qml4j.spark;

import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.ml.kernel.FidelityKernel;
import io.qml4j.runtime.ml.kernel.StatePreparation;
import io.qml4j.runtime.ml.kernel.TransposedStates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import scala.Tuple2;

/**
 * The work of one Spark task of a kernel matrix: builds the feature map once, prepares each block's
 * states at most once, and computes the fidelity tiles of the block pairs it was given with the
 * runtime's own products (each row state against the column block's {@link TransposedStates}, as
 * {@link FidelityKernel#gram} does, on this task's thread), so every entry is bit for bit what the
 * single-JVM kernel computes. A tile on the diagonal of a symmetric matrix computes its upper
 * triangle and mirrors it, as {@link FidelityKernel#gram} does.
 */
final class TileTask implements FlatMapFunction<
    Iterator<Tuple2<Tuple2<Integer, PointBlock>, Tuple2<Integer, PointBlock>>>, KernelTile> {
  private static final long serialVersionUID = 1L;

  private final SerializableFactory<? extends StatePreparation> featureMap;
  private final boolean symmetric;

  TileTask(SerializableFactory<? extends StatePreparation> featureMap, boolean symmetric) {
    this.featureMap = featureMap;
    this.symmetric = symmetric;
  }

  @Override
  public Iterator<KernelTile> call(
      Iterator<Tuple2<Tuple2<Integer, PointBlock>, Tuple2<Integer, PointBlock>>> pairs) {
    StatePreparation map = featureMap.create();
    Map<Integer, StateVector[]> rowStates = new HashMap<>();
    Map<Integer, StateVector[]> columnStates = symmetric ? rowStates : new HashMap<>();
    List<KernelTile> tiles = new ArrayList<>();
    while (pairs.hasNext()) {
      Tuple2<Tuple2<Integer, PointBlock>, Tuple2<Integer, PointBlock>> pair = pairs.next();
      PointBlock rows = pair._1._2;
      PointBlock columns = pair._2._2;
      StateVector[] a = rowStates.computeIfAbsent(rows.index, i -> prepare(map, rows));
      StateVector[] b = columnStates.computeIfAbsent(columns.index, i -> prepare(map, columns));
      tiles.add(tile(rows, columns, a, b, symmetric && rows.index == columns.index));
    }
    return tiles.iterator();
  }

  private static StateVector[] prepare(StatePreparation map, PointBlock block) {
    StateVector[] states = new StateVector[block.x.length];
    for (int i = 0; i < states.length; i++) {
      states[i] = map.prepare(block.x[i].clone());
      if (states[i].qubits() != states[0].qubits()) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "featureMap: prepared %d qubits for row %d but %d for row %d", states[i].qubits(),
            block.offset + i, states[0].qubits(), block.offset));
      }
    }
    return states;
  }

  private static KernelTile tile(PointBlock rows, PointBlock columns, StateVector[] a,
      StateVector[] b, boolean diagonal) {
    int n = a.length;
    int m = b.length;
    double[] values = new double[n * m];
    TransposedStates transposed = TransposedStates.of(b);
    double[] row = new double[m];
    double[] scratch = new double[m];
    for (int i = 0; i < n; i++) {
      int from = diagonal ? i : 0;
      transposed.fidelities(a[i], from, row, scratch);
      for (int j = from; j < m; j++) {
        values[i * m + j] = row[j];
        if (diagonal) {
          values[j * m + i] = row[j];
        }
      }
    }
    return new KernelTile(rows.index, columns.index, rows.offset, columns.offset, n, m, values);
  }
}
