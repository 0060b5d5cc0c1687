package io.qml4j.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.observable.Expectation;
import io.qml4j.runtime.observable.PauliSum;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Checks a generated model against the runtime: the same model methods run through the runtime's
 * CircuitBuilder must give the same gate list as the generated {@code circuit(...)}, and the
 * runtime simulator and observables the same state and expectations to 1e-12.
 */
final class RuntimeAgreement {
  /** Agreement of states and expectations: both are exact simulations in double precision. */
  static final double TOLERANCE = 1e-12;

  private final Class<?> model;
  private final Class<?> generated;
  private final String featureMap;
  private final String ansatz;
  private final List<String> observables;

  RuntimeAgreement(ClassLoader loader, String modelClass, String featureMap, String ansatz,
      String... observables) throws ClassNotFoundException {
    this.model = loader.loadClass(modelClass);
    this.generated = loader.loadClass(modelClass + "Model");
    this.featureMap = featureMap;
    this.ansatz = ansatz;
    this.observables = List.of(observables);
  }

  int constant(String name) throws ReflectiveOperationException {
    return generated.getField(name).getInt(null);
  }

  /** Runs the checks on a few seeded random argument sets. */
  void check(long seed) throws Exception {
    SplittableRandom random = new SplittableRandom(seed);
    int qubits = constant("QUBITS");
    for (int trial = 0; trial < 3; trial++) {
      double[] x = random(random, constant("INPUTS"));
      double[] theta = random(random, constant("PARAMS"));
      CircuitBuilder q = new CircuitBuilder(qubits);
      boolean ansatzTakesX = false;
      if (featureMap != null) {
        method(model, featureMap).invoke(null, q, x);
      }
      if (ansatz != null) {
        Method a = method(model, ansatz);
        ansatzTakesX = a.getParameterCount() == 3;
        if (ansatzTakesX) {
          a.invoke(null, q, x, theta);
        } else {
          a.invoke(null, q, theta);
        }
      }
      Circuit expected = q.build();
      List<Object> args = new ArrayList<>();
      if (featureMap != null || ansatzTakesX) {
        args.add(x);
      }
      if (ansatz != null) {
        args.add(theta);
      }
      Object[] a = args.toArray();
      Circuit written = (Circuit) method(generated, "circuit").invoke(null, a);
      assertEquals(expected, written, "circuit(...) must equal the builder's gate list");
      StateVector reference = Simulator.run(expected);
      StateVector state = (StateVector) method(generated, "state").invoke(null, a);
      assertClose(reference.amplitudes(), state.amplitudes(), "state");
      Circuit simulated = (Circuit) method(generated, "simulatedCircuit").invoke(null, a);
      assertClose(reference.amplitudes(), Simulator.run(simulated).amplitudes(),
          "simulatedCircuit");
      if (!observables.isEmpty()) {
        double[] values = (double[]) method(generated, "expectations").invoke(null, a);
        for (int k = 0; k < observables.size(); k++) {
          PauliSum h = (PauliSum) method(model, observables.get(k))
              .invoke(null, PauliSum.PAULIS);
          assertEquals(Expectation.of(reference, h), values[k], TOLERANCE, observables.get(k));
        }
        assertEquals(values[0], (double) method(generated, "expectation").invoke(null, a), 0.0);
      }
    }
  }

  static double[] random(SplittableRandom random, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = random.nextDouble(-Math.PI, Math.PI);
    }
    return v;
  }

  static Method method(Class<?> type, String name) {
    for (Method m : type.getDeclaredMethods()) {
      if (m.getName().equals(name)) {
        m.setAccessible(true);
        return m;
      }
    }
    throw new AssertionError("no method " + name + " in " + type.getName());
  }

  static void assertClose(double[] expected, double[] actual, String what) {
    assertEquals(expected.length, actual.length, what + " length");
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], TOLERANCE, what + " entry " + i);
    }
  }
}
