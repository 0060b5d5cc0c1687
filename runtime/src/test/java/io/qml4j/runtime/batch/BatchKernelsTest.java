package io.qml4j.runtime.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.kernel.Kernels;
import io.qml4j.runtime.observable.Expectation;
import io.qml4j.runtime.observable.PauliString;
import io.qml4j.runtime.observable.PauliSum;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Every batch kernel against the single-state kernel it batches ({@code Kernels}, itself tested
 * against dense matrices), lane by lane: random states and matrices, lane counts below, at and
 * above a register's width and not a multiple of it. The runtime's tests run this with the
 * Vector API and again without it (the scalar-kernels execution in runtime/pom.xml).
 */
class BatchKernelsTest {
  /** Both sides are double-precision products of the same few terms. */
  private static final double TOLERANCE = 1e-12;
  private static final int[] LANES = {1, 7, 8, 19, 64};
  private static final int QUBITS = 4;
  private static final int DIMENSION = 1 << QUBITS;

  private final SplittableRandom random = new SplittableRandom(15);

  @Test
  void sharedTwoByTwo() {
    double[] m = random(8);
    for (int t = 1; t < DIMENSION; t <<= 1) {
      int stride = t;
      check((re, im, lanes) -> BatchKernels.general1(re, im, DIMENSION, lanes, stride, m[0],
          m[1], m[2], m[3], m[4], m[5], m[6], m[7]),
          (s, lane) -> Kernels.general1(s, stride, m[0], m[1], m[2], m[3], m[4], m[5], m[6],
              m[7]));
    }
  }

  @Test
  void twoByTwoPerLane() {
    for (int t = 1; t < DIMENSION; t <<= 1) {
      int stride = t;
      for (int lanes : LANES) {
        double[] m = random(8 * lanes);
        checkLanes(lanes, (re, im) -> BatchKernels.general1Lanes(re, im, DIMENSION, lanes,
            stride, m), (s, b) -> Kernels.general1(s, stride, m[b], m[lanes + b],
            m[2 * lanes + b], m[3 * lanes + b], m[4 * lanes + b], m[5 * lanes + b],
            m[6 * lanes + b], m[7 * lanes + b]));
      }
    }
  }

  @Test
  void diagonals() {
    double[] d = random(4);
    for (int t = 1; t < DIMENSION; t <<= 1) {
      int stride = t;
      check((re, im, lanes) -> BatchKernels.diagonal1(re, im, DIMENSION, lanes, stride, d[0],
          d[1], d[2], d[3]), (s, lane) -> Kernels.diagonal1(s, stride, d[0], d[1], d[2], d[3]));
      for (int lanes : LANES) {
        double[] m = random(4 * lanes);
        checkLanes(lanes, (re, im) -> BatchKernels.diagonal1Lanes(re, im, DIMENSION, lanes,
            stride, m), (s, b) -> Kernels.diagonal1(s, stride, m[b], m[lanes + b],
            m[2 * lanes + b], m[3 * lanes + b]));
      }
    }
  }

  @Test
  void controlledXSwapsRows() {
    check((re, im, lanes) -> BatchKernels.controlledX(re, im, DIMENSION, lanes, 8, 2),
        (s, lane) -> Kernels.controlledX(s, 8, 2));
    check((re, im, lanes) -> BatchKernels.controlledX(re, im, DIMENSION, lanes, 8 | 4, 1),
        (s, lane) -> Kernels.controlledX(s, 8 | 4, 1));
    check((re, im, lanes) -> BatchKernels.controlledX(re, im, DIMENSION, lanes, 0, 4),
        (s, lane) -> Kernels.x(s, 4));
  }

  @Test
  void phases() {
    check((re, im, lanes) -> BatchKernels.phase(re, im, DIMENSION, lanes, 4 | 1, 0.6, 0.8),
        (s, lane) -> Kernels.phase(s, 4, 1, 0.6, 0.8));
    check((re, im, lanes) -> BatchKernels.parityPhase(re, im, DIMENSION, lanes, 8 | 2 | 1,
        0.28, 0.96), (s, lane) -> Kernels.parityPhase(s, 8 | 2 | 1, 0.28, 0.96));
    for (int lanes : LANES) {
      double[] m = random(2 * lanes);
      checkLanes(lanes, (re, im) -> BatchKernels.phaseLanes(re, im, DIMENSION, lanes, 2 | 8,
          m), (s, b) -> Kernels.phase(s, 2, 8, m[b], m[lanes + b]));
      checkLanes(lanes, (re, im) -> BatchKernels.parityPhaseLanes(re, im, DIMENSION, lanes,
          4 | 2, m), (s, b) -> Kernels.parityPhase(s, 4 | 2, m[b], m[lanes + b]));
    }
  }

  @Test
  void denseOnOneLane() {
    int[] strides = {1, 8, 4};
    double[] u = random(2 * 64);
    for (int lanes : LANES) {
      int lane = lanes / 2;
      checkLanes(lanes, (re, im) -> BatchKernels.dense(re, im, DIMENSION, lanes, lane, strides,
          u, new double[16]), (s, b) -> {
            if (b == lane) {
              Kernels.dense(s, strides, u, new double[16]);
            }
          });
    }
  }

  @Test
  void expectationsOfEveryKindOfString() {
    PauliSum h = PauliSum.of(List.of(
        new PauliSum.Term(0.7, PauliString.parse("Z0 Z2")),
        new PauliSum.Term(-0.3, PauliString.parse("X1")),
        new PauliSum.Term(1.1, PauliString.parse("Y0 X3")),
        new PauliSum.Term(0.4, PauliString.parse("Y1 Y2 Z3")),
        new PauliSum.Term(0.2, PauliString.parse("Y3")),
        new PauliSum.Term(0.5, PauliString.identity())));
    for (int lanes : LANES) {
      List<double[]> states = states(lanes);
      double[] re = new double[DIMENSION * lanes], im = new double[DIMENSION * lanes];
      pack(states, re, im);
      double[][] out = new double[lanes + 2][2];
      BatchExpectation.of(re, im, QUBITS, lanes, h, out, 2, 1, new double[lanes]);
      for (int b = 0; b < lanes; b++) {
        assertEquals(Expectation.of(StateVector.wrap(QUBITS, states.get(b)), h), out[2 + b][1],
            TOLERANCE, "lane " + b + " of " + lanes);
      }
    }
  }

  @Test
  void startIsTheZeroState() {
    double[] re = random(DIMENSION * 7), im = random(DIMENSION * 7);
    BatchKernels.start(re, im, DIMENSION, 7);
    for (int k = 0; k < DIMENSION * 7; k++) {
      assertEquals(k < 7 ? 1 : 0, re[k]);
      assertEquals(0, im[k]);
    }
    assertEquals(256, BatchKernels.lanes(4, 10_000));
    assertEquals(8, BatchKernels.lanes(12, 10_000));
    assertEquals(7, BatchKernels.lanes(4, 7));
  }

  private interface BatchOperation {
    void apply(double[] re, double[] im, int lanes);
  }

  private void check(BatchOperation batch, BiConsumer<double[], Integer> single) {
    for (int lanes : LANES) {
      checkLanes(lanes, (re, im) -> batch.apply(re, im, lanes), single);
    }
  }

  /** Applies op to a packed batch and single to each lane's own copy, then compares. */
  private void checkLanes(int lanes, BiConsumer<double[], double[]> op,
      BiConsumer<double[], Integer> single) {
    List<double[]> states = states(lanes);
    double[] re = new double[DIMENSION * lanes], im = new double[DIMENSION * lanes];
    pack(states, re, im);
    op.accept(re, im);
    for (int b = 0; b < lanes; b++) {
      double[] s = states.get(b);
      single.accept(s, b);
      for (int k = 0; k < DIMENSION; k++) {
        assertEquals(s[2 * k], re[k * lanes + b], TOLERANCE, "re of lane " + b);
        assertEquals(s[2 * k + 1], im[k * lanes + b], TOLERANCE, "im of lane " + b);
      }
    }
  }

  private List<double[]> states(int lanes) {
    List<double[]> states = new ArrayList<>();
    for (int b = 0; b < lanes; b++) {
      states.add(random(2 * DIMENSION));
    }
    return states;
  }

  private static void pack(List<double[]> states, double[] re, double[] im) {
    int lanes = states.size();
    for (int b = 0; b < lanes; b++) {
      for (int k = 0; k < DIMENSION; k++) {
        re[k * lanes + b] = states.get(b)[2 * k];
        im[k * lanes + b] = states.get(b)[2 * k + 1];
      }
    }
  }

  private double[] random(int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = random.nextDouble(-1, 1);
    }
    return v;
  }
}
