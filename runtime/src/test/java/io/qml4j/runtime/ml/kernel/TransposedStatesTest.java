package io.qml4j.runtime.ml.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.StateVector;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * The transposed products behind {@link FidelityKernel#gram} and {@link FidelityKernel#cross},
 * against the pair-by-pair interleaved loop they replaced and against compute-uncompute circuits,
 * for numbers of states that fill no vector register evenly and for 1 to 7 qubits. Also run by
 * runtime's scalar-kernels surefire execution, without the Vector API module.
 */
class TransposedStatesTest {
  /** Agreement required between independent double-precision computations of one kernel value. */
  private static final double TOLERANCE = 1e-12;
  /** State counts around SIMD widths (2, 4, 8 doubles) and past a multiple of 64. */
  private static final int[] SIZES = {1, 3, 7, 65};

  @Test
  void gramAndCrossEqualThePairwiseInterleavedLoop() {
    for (int qubits = 1; qubits <= 7; qubits++) {
      for (int n : SIZES) {
        StateVector[] states = randomStates(n, qubits, 100L * qubits + n);
        double[][] gram = FidelityKernel.gram(states);
        StateVector[] rows = randomStates(5, qubits, 7L * qubits + n);
        double[][] cross = FidelityKernel.cross(rows, states);
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            assertEquals(pairwise(states[i], states[j]), gram[i][j], TOLERANCE,
                qubits + " qubits, " + n + " states, (" + i + "," + j + ")");
          }
        }
        for (int i = 0; i < rows.length; i++) {
          for (int j = 0; j < n; j++) {
            assertEquals(pairwise(rows[i], states[j]), cross[i][j], TOLERANCE);
          }
        }
      }
    }
  }

  @Test
  void kernelMatrixEqualsComputeUncomputeCircuitValue() {
    for (int qubits = 1; qubits <= 4; qubits++) {
      for (int n : new int[] {1, 3, 7}) {
        CircuitFeatureMap zz = CircuitFeatureMap.zz(qubits, 2);
        double[][] x = FidelityKernelTest.randomPoints(n, qubits, 31L * qubits + n);
        double[][] overlaps = new FidelityKernel(zz).matrix(x);
        double[][] circuits = new ComputeUncomputeKernel(zz).exactMatrix(x, x);
        for (int i = 0; i < n; i++) {
          assertArrayEquals(circuits[i], overlaps[i], TOLERANCE, qubits + " qubits, row " + i);
        }
      }
    }
    // 65 points: the rectangular product too, against circuits, on two qubits to stay fast
    CircuitFeatureMap zz = CircuitFeatureMap.zz(2, 2);
    double[][] rows = FidelityKernelTest.randomPoints(3, 2, 41);
    double[][] columns = FidelityKernelTest.randomPoints(65, 2, 42);
    double[][] overlaps = new FidelityKernel(zz).matrix(rows, columns);
    double[][] circuits = new ComputeUncomputeKernel(zz).exactMatrix(rows, columns);
    for (int i = 0; i < rows.length; i++) {
      assertArrayEquals(circuits[i], overlaps[i], TOLERANCE);
    }
  }

  @Test
  void columnsBeyondOneChunkAndDiagonalStartsAgree() {
    // more columns than one sweep holds, so chunks start at from, not only at 0
    int n = TransposedStates.COLUMN_CHUNK + 37;
    StateVector[] states = randomStates(n, 1, 5);
    TransposedStates columns = TransposedStates.of(states);
    double[] out = new double[n];
    double[] scratch = new double[n];
    for (int from : new int[] {0, 1, 300, n - 1, n}) {
      java.util.Arrays.fill(out, -1);
      columns.fidelities(states[from % n], from, out, scratch);
      for (int j = 0; j < n; j++) {
        double expected = j < from ? -1 : pairwise(states[from % n], states[j]);
        assertEquals(expected, out[j], TOLERANCE, "from " + from + ", column " + j);
      }
    }
  }

  @Test
  void resultsDoNotDependOnTheNumberOfThreads() throws Exception {
    StateVector[] states = randomStates(65, 5, 9);
    double[][] one = new ForkJoinPool(1).submit(() -> FidelityKernel.gram(states)).get();
    double[][] three = new ForkJoinPool(3).submit(() -> FidelityKernel.gram(states)).get();
    for (int i = 0; i < states.length; i++) {
      assertArrayEquals(one[i], three[i], 0);
      for (int j = 0; j < states.length; j++) {
        assertEquals(one[i][j], one[j][i], 0);
      }
    }
  }

  @Test
  void badInputIsRejectedWithTheArgumentNamed() {
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> TransposedStates.of(new StateVector[0]));
    assertTrue(none.getMessage().startsWith("states"), none.getMessage());
    IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class,
        () -> TransposedStates.of(new StateVector[] {StateVector.zero(2), StateVector.zero(3)}));
    assertTrue(mixed.getMessage().contains("state 1 has 3 qubits"), mixed.getMessage());
    TransposedStates columns = TransposedStates.of(randomStates(3, 2, 1));
    IllegalArgumentException row = assertThrows(IllegalArgumentException.class,
        () -> columns.fidelities(StateVector.zero(3)));
    assertTrue(row.getMessage().startsWith("row: expected 2 qubits"), row.getMessage());
    IllegalArgumentException from = assertThrows(IllegalArgumentException.class,
        () -> columns.fidelities(StateVector.zero(2), 4, new double[3], new double[3]));
    assertTrue(from.getMessage().startsWith("from: expected 0..3"), from.getMessage());
    IllegalArgumentException out = assertThrows(IllegalArgumentException.class,
        () -> columns.fidelities(StateVector.zero(2), 0, new double[2], new double[3]));
    assertTrue(out.getMessage().startsWith("out, scratch"), out.getMessage());
  }

  /** The loop FidelityKernel used before: one pair at a time over interleaved amplitudes. */
  private static double pairwise(StateVector x, StateVector y) {
    double[] a = x.amplitudes();
    double[] b = y.amplitudes();
    double re = 0;
    double im = 0;
    for (int i = 0; i < a.length; i += 2) {
      re += a[i] * b[i] + a[i + 1] * b[i + 1];
      im += a[i] * b[i + 1] - a[i + 1] * b[i];
    }
    return re * re + im * im;
  }

  /** Normalised states with uniform random real and imaginary parts (all phases present). */
  private static StateVector[] randomStates(int count, int qubits, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StateVector[] states = new StateVector[count];
    for (int s = 0; s < count; s++) {
      double[] a = new double[2 << qubits];
      double norm = 0;
      for (int k = 0; k < a.length; k++) {
        a[k] = 2 * random.nextDouble() - 1;
        norm += a[k] * a[k];
      }
      for (int k = 0; k < a.length; k++) {
        a[k] /= Math.sqrt(norm);
      }
      states[s] = StateVector.wrap(qubits, a);
    }
    return states;
  }
}
