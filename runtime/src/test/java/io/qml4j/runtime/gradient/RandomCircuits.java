package io.qml4j.runtime.gradient;

import io.qml4j.dsl.Gate;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.observable.Expectation;
import io.qml4j.runtime.observable.PauliSum;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded random parametrised circuits for the gradient tests: every parameterised gate of the
 * table, angles that share parameters, scale and offset them, add two parameters and multiply
 * parameters by inputs, mixed with fixed gates whose inverses the adjoint sweep must get right;
 * plus the independent reference, central finite differences of exact expectations.
 */
final class RandomCircuits {
  /** Every gate with angles; DoubleExcitation needs four wires. */
  static final Gate[] PARAMETERISED = {
      Gate.RX, Gate.RY, Gate.RZ, Gate.PHASE_SHIFT, Gate.U3, Gate.ROT, Gate.CRX, Gate.CRY,
      Gate.CRZ, Gate.CROT, Gate.CONTROLLED_PHASE, Gate.ISING_XX, Gate.ISING_YY, Gate.ISING_ZZ,
      Gate.SINGLE_EXCITATION, Gate.DOUBLE_EXCITATION, Gate.MULTI_RZ, Gate.PAULI_ROT};

  /** Fixed gates mixed in: each needs its own inverse in the backward sweep. */
  private static final Gate[] FIXED = {
      Gate.H, Gate.S, Gate.T, Gate.SX, Gate.CNOT, Gate.CZ, Gate.ISWAP, Gate.TOFFOLI, Gate.UNITARY};

  /**
   * Step of the central differences: the truncation error {@code h^2 E'''/6} and the rounding
   * error {@code 1e-16 / h} are both near 1e-11 here, far below the 1e-7 asserted.
   */
  static final double STEP = 1e-5;

  /** Each parameterised gate appears this many times, so that derivatives pass through others. */
  private static final int ROUNDS = 2;

  private RandomCircuits() {}

  /**
   * A circuit on n qubits reading {@code thetaCount} parameters and {@code inputCount} inputs
   * (at least 1 each), with every parameterised gate at least once where it fits.
   */
  static ParametrizedCircuit circuit(int n, int thetaCount, int inputCount, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ParametrizedBuilder b = new ParametrizedBuilder(n, thetaCount, inputCount);
    for (int i = 0; i < n; i++) {
      b.h(i);
    }
    for (int round = 0; round < ROUNDS; round++) {
      for (Gate gate : PARAMETERISED) {
        boolean variable = gate == Gate.MULTI_RZ || gate == Gate.PAULI_ROT;
        int arity = variable ? Math.min(n, 3) : gate.wires();
        if (arity > n) {
          continue;
        }
        addFixed(b, random, n);
        int[] wires = distinctWires(random, n, arity);
        List<Param> angles = new ArrayList<>();
        for (int k = 0; k < gate.params(); k++) {
          angles.add(angle(random, thetaCount, inputCount));
        }
        if (gate == Gate.PAULI_ROT) {
          b.pauliRot(angles.get(0), word(random, arity), wires);
        } else {
          b.gate(gate, wires, angles);
        }
      }
    }
    addFixed(b, random, n);
    return b.build();
  }

  /** A random Pauli sum of a few terms on the circuit's wires, with a constant. */
  static PauliSum observable(int n, SplittableRandom random) {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%.3f", random.nextDouble()));
    for (int t = 0; t < 3; t++) {
      double c = random.nextDouble(-1, 1);
      text.append(String.format(Locale.ROOT, " %s %.3f", c < 0 ? "-" : "+", Math.abs(c)));
      int[] wires = distinctWires(random, n, 1 + random.nextInt(Math.min(n, 3)));
      for (int w : wires) {
        text.append(' ').append("XYZ".charAt(random.nextInt(3))).append(w);
      }
    }
    return PauliSum.parse(text.toString());
  }

  static double[] uniform(SplittableRandom random, int length, double low, double high) {
    double[] values = new double[length];
    for (int i = 0; i < length; i++) {
      values[i] = random.nextDouble(low, high);
    }
    return values;
  }

  /** The exact expectation through the plain simulator, independent of the gradient code. */
  static double expectation(ParametrizedCircuit c, double[] theta, double[] x, PauliSum h) {
    return Expectation.of(Simulator.run(c.bind(theta, x)), h);
  }

  /** Central differences of the expectation with respect to theta. */
  static double[] finiteDifferenceTheta(ParametrizedCircuit c, double[] theta, double[] x,
      PauliSum h) {
    double[] g = new double[theta.length];
    for (int k = 0; k < theta.length; k++) {
      double[] plus = theta.clone(), minus = theta.clone();
      plus[k] += STEP;
      minus[k] -= STEP;
      g[k] = (expectation(c, plus, x, h) - expectation(c, minus, x, h)) / (2 * STEP);
    }
    return g;
  }

  /** Central differences of the expectation with respect to x. */
  static double[] finiteDifferenceX(ParametrizedCircuit c, double[] theta, double[] x,
      PauliSum h) {
    double[] g = new double[x.length];
    for (int j = 0; j < x.length; j++) {
      double[] plus = x.clone(), minus = x.clone();
      plus[j] += STEP;
      minus[j] -= STEP;
      g[j] = (expectation(c, theta, plus, h) - expectation(c, theta, minus, h)) / (2 * STEP);
    }
    return g;
  }

  /** One of the angle forms the chain rule must handle; indices drawn small so they repeat. */
  private static Param angle(SplittableRandom random, int thetaCount, int inputCount) {
    int k = random.nextInt(thetaCount), k2 = random.nextInt(thetaCount);
    int j = random.nextInt(inputCount);
    switch (random.nextInt(6)) {
      case 0: return Param.theta(k);
      case 1: return Param.theta(k).times(random.nextDouble(0.5, 2)).plus(random.nextDouble(-1, 1));
      case 2: return Param.product(k, j);
      case 3: return Param.theta(k).plus(Param.theta(k2));
      case 4: return Param.x(j).times(random.nextDouble(0.5, 2));
      default: return Param.theta(k).times(Param.x(j).plus(0.5)).times(-1.5);
    }
  }

  private static void addFixed(ParametrizedBuilder b, SplittableRandom random, int n) {
    Gate gate = FIXED[random.nextInt(FIXED.length)];
    if (gate == Gate.UNITARY) {
      double[] u = Gate.ROT.matrix(RandomCircuits.uniform(random, 3, 0, 7));
      b.unitary(u, random.nextInt(n));
      return;
    }
    if (gate.wires() > n) {
      gate = Gate.CNOT;
    }
    b.gate(gate, distinctWires(random, n, gate.wires()));
  }

  private static int[] distinctWires(SplittableRandom random, int n, int count) {
    List<Integer> pool = new ArrayList<>();
    for (int w = 0; w < n; w++) {
      pool.add(w);
    }
    int[] wires = new int[count];
    for (int i = 0; i < count; i++) {
      wires[i] = pool.remove(random.nextInt(pool.size()));
    }
    return wires;
  }

  private static String word(SplittableRandom random, int length) {
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < length; i++) {
      w.append("XYZ".charAt(random.nextInt(3)));
    }
    return w.toString();
  }

  /** The hardware-efficient ansatz: RY and RZ on every wire, then a CNOT ring, per layer. */
  static ParametrizedCircuit hea(int n, int layers) {
    ParametrizedBuilder b = new ParametrizedBuilder(n, 2 * n * layers, 0);
    int k = 0;
    for (int l = 0; l < layers; l++) {
      for (int w = 0; w < n; w++) {
        b.ry(w, Param.theta(k++));
      }
      for (int w = 0; w < n; w++) {
        b.rz(w, Param.theta(k++));
      }
      for (int w = 0; w < n; w++) {
        b.cnot(w, (w + 1) % n);
      }
    }
    return b.build();
  }

  /**
   * Two sweeps' gradients agree: the value to {@code tolerance}, the derivatives to it relative
   * to the largest, which must not vanish (that would make the comparison vacuous).
   */
  static void assertSameGradient(Gradient expected, Gradient actual, double tolerance) {
    double scale = 1;
    double largest = 0;
    for (double d : expected.theta()) {
      scale = Math.max(scale, Math.abs(d));
      largest = Math.max(largest, Math.abs(d));
    }
    org.junit.jupiter.api.Assertions.assertEquals(expected.value(), actual.value(), tolerance);
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected.theta(), actual.theta(),
        tolerance * scale);
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected.x(), actual.x(),
        tolerance * scale);
    org.junit.jupiter.api.Assertions.assertTrue(largest > 1e-3,
        "a vanishing gradient would make the comparison vacuous");
  }

  /** A gradient's theta and x parts against central finite differences of the expectation. */
  static void assertFiniteDifferences(ParametrizedCircuit c, double[] theta, double[] x,
      PauliSum h, Gradient g, double tolerance) {
    org.junit.jupiter.api.Assertions.assertArrayEquals(finiteDifferenceTheta(c, theta, x, h),
        g.theta(), tolerance);
    org.junit.jupiter.api.Assertions.assertArrayEquals(finiteDifferenceX(c, theta, x, h), g.x(),
        tolerance);
  }
}
