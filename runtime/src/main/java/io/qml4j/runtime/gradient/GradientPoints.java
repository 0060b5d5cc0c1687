package io.qml4j.runtime.gradient;

import io.qml4j.dsl.Gate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where {@link PointSweep} reads derivatives: the points of a circuit at which the states
 * {@code psi} and {@code lambda} meet, and which trainable gates each point reads.
 *
 * <p>A trainable gate stays readable after later gates as long as its derivative operator
 * {@code B = dU U^dagger} (on its own wires) can be carried to the later point: gates on other
 * wires commute with it; a diagonal B commutes with diagonal gates; and a B on one wire is
 * conjugated by the later single-qubit gates on that wire ({@code B -> V B V^dagger}, still 2x2).
 * Any other gate forces a point just before it, where every open gate is read. The last point is
 * the end of the circuit. A hardware-efficient layer (rotations, then an entangling ring) thus
 * costs one point: all its rotations are read from one traversal, with the ring after.
 */
final class GradientPoints {
  /** {@code ends[k]}: how many operations come before point k; the last is the circuit size. */
  private final int[] ends;
  /** The trainable gates point k reads, in circuit order. */
  private final int[][] reads;
  /** Per gate: the single-qubit gates on its wire between it and its point, in order. */
  private final int[][] conjugations;
  /** Per gate: whether its derivative is read from its wire's cross matrix. */
  private final boolean[] oneWire;

  private GradientPoints(int[] ends, int[][] reads, int[][] conjugations, boolean[] oneWire) {
    this.ends = ends;
    this.reads = reads;
    this.conjugations = conjugations;
    this.oneWire = oneWire;
  }

  /** The points of a circuit of these gates, wires and trainable flags. */
  static GradientPoints of(List<Gate> gates, List<int[]> wires, boolean[] trainable) {
    int size = gates.size();
    List<Integer> ends = new ArrayList<>();
    List<int[]> reads = new ArrayList<>();
    List<List<Integer>> conjugations = new ArrayList<>();
    boolean[] oneWire = new boolean[size];
    boolean[] diagonal = new boolean[size];
    List<Integer> open = new ArrayList<>();
    for (int g = 0; g < size; g++) {
      conjugations.add(new ArrayList<>());
      boolean gDiagonal = gates.get(g).structure() == Gate.Structure.DIAGONAL;
      boolean carried = true;
      for (int o : open) {
        if (!carries(wires.get(o), diagonal[o], wires.get(g), gDiagonal)) {
          carried = false;
          break;
        }
      }
      if (carried) {
        for (int o : open) {
          if (conjugates(wires.get(o), diagonal[o], wires.get(g), gDiagonal)) {
            conjugations.get(o).add(g);
            diagonal[o] = false;
          }
        }
      } else {
        ends.add(g);
        reads.add(toArray(open));
        open.clear();
      }
      if (trainable[g]) {
        open.add(g);
        diagonal[g] = gDiagonal;
        oneWire[g] = wires.get(g).length == 1;
      }
    }
    ends.add(size);
    reads.add(toArray(open));
    int[][] conj = new int[size][];
    for (int g = 0; g < size; g++) {
      conj[g] = toArray(conjugations.get(g));
    }
    return new GradientPoints(toArray(ends), reads.toArray(new int[0][]), conj, oneWire);
  }

  /** Whether a later gate on {@code later} wires leaves an open gate's derivative readable. */
  private static boolean carries(int[] open, boolean openDiagonal, int[] later,
      boolean laterDiagonal) {
    if (!overlaps(open, later) || (openDiagonal && laterDiagonal)) {
      return true;
    }
    return open.length == 1 && later.length == 1;
  }

  /** Whether a carried later gate conjugates the open gate's derivative. */
  private static boolean conjugates(int[] open, boolean openDiagonal, int[] later,
      boolean laterDiagonal) {
    return overlaps(open, later) && !(openDiagonal && laterDiagonal);
  }

  private static boolean overlaps(int[] a, int[] b) {
    for (int x : a) {
      for (int y : b) {
        if (x == y) {
          return true;
        }
      }
    }
    return false;
  }

  private static int[] toArray(List<Integer> values) {
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  /** Number of points, the end of the circuit included. */
  int count() {
    return ends.length;
  }

  /** How many operations come before point k. */
  int end(int k) {
    return ends[k];
  }

  /** The trainable gates point k reads; callers must not modify the array. */
  int[] reads(int k) {
    return reads[k];
  }

  /** The gates that conjugate gate g's derivative on its way to its point; do not modify. */
  int[] conjugations(int g) {
    return conjugations[g];
  }

  /** Whether gate g's derivative is read from its wire's cross matrix. */
  boolean oneWire(int g) {
    return oneWire[g];
  }
}
