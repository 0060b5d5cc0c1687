package io.qml4j.runtime.ml.optim;

import io.qml4j.runtime.Operation;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.gradient.GateDerivatives;
import io.qml4j.runtime.gradient.Param;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.gradient.ParametrizedOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Fubini-Study metric tensor of a parameterised state {@code |psi(theta)>},
 * {@code g_ij = Re(<d_i psi|d_j psi> - <d_i psi|psi><psi|d_j psi>)}: the real part of the quantum
 * geometric tensor, the metric quantum natural gradient descends in (Stokes, Izaac, Killoran and
 * Carleo, Quantum 4, 269 (2020)). Every trainable gate must have one angle, {@code exp(-i t G / 2)}
 * with a fixed generator G (RX, RY, RZ, IsingZZ, controlled and excitation rotations, ...), and
 * every angle must be linear in theta.
 *
 * <p>{@link #blockDiagonal} is Stokes et al.'s approximation (sec. 3): the circuit is cut into
 * layers of trainable gates on disjoint wires, and within a layer
 * {@code g_ij = (<G_i G_j> - <G_i><G_j>) / 4} in the state just before the layer; entries between
 * layers are dropped. It costs one simulation per layer. {@link #full} computes every entry from
 * the exact derivative states, one simulation per trainable gate. On the diagonal blocks both are
 * equal, since each layer's generators commute with the whole layer.
 */
public final class MetricTensor {
  private MetricTensor() {}

  /** The block-diagonal metric over theta, at inputs x (empty for an ansatz). */
  public static double[][] blockDiagonal(ParametrizedCircuit circuit, double[] theta,
      double[] x) {
    check(circuit, theta, x);
    int n = circuit.qubits();
    List<ParametrizedOperation> ops = circuit.operations();
    double[] state = StateVector.zero(n).amplitudes();
    int gates = ops.size();
    double[][] angleMetric = new double[gates][gates];
    double[][] jacobian = angleJacobian(circuit, theta, x);
    int g = 0;
    while (g < gates) {
      if (!ops.get(g).isTrainable()) {
        Simulator.apply(state, n, ops.get(g).bind(theta, x));
        g++;
        continue;
      }
      List<Integer> layer = new ArrayList<>();
      long used = 0;
      while (g < gates && ops.get(g).isTrainable() && (wireMask(ops.get(g)) & used) == 0) {
        used |= wireMask(ops.get(g));
        layer.add(g);
        g++;
      }
      // K_i = -i G_i / 2, so Re(<K_i+ K_j> - <K_i+><K_j>) = (<G_i G_j> - <G_i><G_j>) / 4
      double[][] kets = new double[layer.size()][];
      double[][] means = new double[layer.size()][];
      for (int a = 0; a < layer.size(); a++) {
        kets[a] = state.clone();
        Operation op = ops.get(layer.get(a)).bind(theta, x);
        Simulator.apply(kets[a], n, generatorOperation(op));
        means[a] = inner(state, kets[a]);
      }
      for (int a = 0; a < layer.size(); a++) {
        for (int b = 0; b < layer.size(); b++) {
          double[] kk = inner(kets[a], kets[b]);
          // <K_a+><K_b> with <K_a+> = conj(<K_a>)
          double re = means[a][0] * means[b][0] + means[a][1] * means[b][1];
          angleMetric[layer.get(a)][layer.get(b)] = kk[0] - re;
        }
      }
      for (int a : layer) {
        Simulator.apply(state, n, ops.get(a).bind(theta, x));
      }
    }
    return toTheta(angleMetric, jacobian, circuit.thetaCount());
  }

  /** The full metric over theta, from the exact derivative states. */
  public static double[][] full(ParametrizedCircuit circuit, double[] theta, double[] x) {
    check(circuit, theta, x);
    int n = circuit.qubits();
    List<ParametrizedOperation> ops = circuit.operations();
    int p = circuit.thetaCount();
    double[][] jacobian = angleJacobian(circuit, theta, x);
    double[] psi = StateVector.zero(n).amplitudes();
    List<Operation> bound = new ArrayList<>();
    for (ParametrizedOperation op : ops) {
      bound.add(op.bind(theta, x));
    }
    for (Operation op : bound) {
      Simulator.apply(psi, n, op);
    }
    double[][] derivatives = new double[p][psi.length];
    for (int g = 0; g < ops.size(); g++) {
      if (!ops.get(g).isTrainable()) {
        continue;
      }
      double[] d = StateVector.zero(n).amplitudes();
      for (int h = 0; h <= g; h++) {
        Simulator.apply(d, n, bound.get(h));
      }
      Simulator.apply(d, n, generatorOperation(bound.get(g)));
      for (int h = g + 1; h < bound.size(); h++) {
        Simulator.apply(d, n, bound.get(h));
      }
      for (int k = 0; k < p; k++) {
        if (jacobian[g][k] != 0) {
          for (int i = 0; i < d.length; i++) {
            derivatives[k][i] += jacobian[g][k] * d[i];
          }
        }
      }
    }
    double[][] metric = new double[p][p];
    for (int i = 0; i < p; i++) {
      double[] overlapI = inner(derivatives[i], psi);
      for (int j = 0; j < p; j++) {
        double[] overlapJ = inner(psi, derivatives[j]);
        double[] dd = inner(derivatives[i], derivatives[j]);
        metric[i][j] = dd[0] - (overlapI[0] * overlapJ[0] - overlapI[1] * overlapJ[1]);
      }
    }
    return metric;
  }

  /** {@code <a|b>} as {re, im} for interleaved amplitude arrays. */
  static double[] inner(double[] a, double[] b) {
    double re = 0, im = 0;
    for (int i = 0; i < a.length; i += 2) {
      re += a[i] * b[i] + a[i + 1] * b[i + 1];
      im += a[i] * b[i + 1] - a[i + 1] * b[i];
    }
    return new double[] {re, im};
  }

  private static Operation generatorOperation(Operation op) {
    return Operation.unitary(GateDerivatives.generator(op), op.wires());
  }

  private static long wireMask(ParametrizedOperation op) {
    long mask = 0;
    for (int w : op.template().wires()) {
      mask |= 1L << w;
    }
    return mask;
  }

  /**
   * {@code d angle_g / d theta_k} for every gate g; exact because angles are linear in theta
   * (checked by comparing the slope at 0 and at theta).
   */
  private static double[][] angleJacobian(ParametrizedCircuit circuit, double[] theta,
      double[] x) {
    List<ParametrizedOperation> ops = circuit.operations();
    int p = circuit.thetaCount();
    double[][] jacobian = new double[ops.size()][p];
    double[] zero = new double[p];
    for (int g = 0; g < ops.size(); g++) {
      ParametrizedOperation op = ops.get(g);
      if (!op.isTrainable()) {
        continue;
      }
      if (op.angles().size() != 1) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "circuit: gate %d (%s) has %d angles; the metric tensor needs single-angle gates "
                + "(write Rot as RZ RY RZ)", g, op.template().gate().displayName(),
            op.angles().size()));
      }
      Param angle = op.angles().get(0);
      double base = angle.value(zero, x);
      double linear = base;
      for (int k = 0; k < p; k++) {
        double[] unit = new double[p];
        unit[k] = 1;
        jacobian[g][k] = angle.value(unit, x) - base;
        linear += jacobian[g][k] * theta[k];
      }
      double actual = angle.value(theta, x);
      if (Math.abs(actual - linear) > 1e-9 * (1 + Math.abs(actual))) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "circuit: the angle of gate %d (%s) is not linear in theta", g, op));
      }
    }
    return jacobian;
  }

  private static double[][] toTheta(double[][] angleMetric, double[][] jacobian, int p) {
    int gates = angleMetric.length;
    double[][] metric = new double[p][p];
    for (int a = 0; a < gates; a++) {
      for (int b = 0; b < gates; b++) {
        double m = angleMetric[a][b];
        if (m == 0) {
          continue;
        }
        for (int i = 0; i < p; i++) {
          if (jacobian[a][i] == 0) {
            continue;
          }
          for (int j = 0; j < p; j++) {
            metric[i][j] += jacobian[a][i] * m * jacobian[b][j];
          }
        }
      }
    }
    return metric;
  }

  private static void check(ParametrizedCircuit circuit, double[] theta, double[] x) {
    if (theta.length != circuit.thetaCount()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "theta: expected %d parameters, got %d", circuit.thetaCount(), theta.length));
    }
    if (x.length != circuit.inputCount()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "x: expected %d inputs, got %d", circuit.inputCount(), x.length));
    }
    if (circuit.qubits() > 63) {
      throw new IllegalArgumentException("circuit: at most 63 qubits");
    }
  }
}
