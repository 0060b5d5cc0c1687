package io.qml4j.runtime.ml.generative;

import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.gradient.Adjoint;
import io.qml4j.runtime.gradient.Gradient;
import io.qml4j.runtime.gradient.Param;
import io.qml4j.runtime.gradient.ParametrizedBuilder;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.ml.optim.GradientOptimizer;
import io.qml4j.runtime.ml.optim.Step;
import io.qml4j.runtime.observable.Sampler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A quantum circuit Born machine (Liu and Wang 2018, arXiv:1804.04168, Fig. 1): the model
 * distribution is the Born rule {@code p(x) = |<x|U(theta)|0>|^2} of a layered circuit, trained
 * to minimise the {@link MmdLoss} to a target with exact gradients. The circuit has
 * {@code depth + 1} rotation layers with a CNOT entangler over the given wire pairs between
 * consecutive ones; each rotation layer is {@code RZ RX RZ} on every wire, less the first RZ of
 * the first layer (it acts on {@code |0>}) and the last RZ of the last layer (it leaves
 * probabilities unchanged), as in the paper. Immutable.
 */
public final class BornMachine {
  private final int qubits;
  private final int depth;
  private final int[][] pairs;
  private final ParametrizedCircuit circuit;

  /**
   * A Born machine with {@code depth} entanglers over {@code pairs} ({@code {control, target}}).
   *
   * @throws IllegalArgumentException if qubits or depth is out of range, or a pair is not two
   *     different wires of the circuit
   */
  public BornMachine(int qubits, int depth, int[][] pairs) {
    if (qubits < 1 || qubits > MmdLoss.MAX_QUBITS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "qubits: expected 1 to %d, got %d", MmdLoss.MAX_QUBITS, qubits));
    }
    if (depth < 1) {
      throw new IllegalArgumentException("depth: expected at least 1, got " + depth);
    }
    if (pairs == null) {
      throw new IllegalArgumentException("pairs: expected an array of wire pairs, got null");
    }
    this.pairs = new int[pairs.length][];
    for (int i = 0; i < pairs.length; i++) {
      int[] p = pairs[i];
      if (p == null || p.length != 2 || p[0] == p[1] || p[0] < 0 || p[1] < 0 || p[0] >= qubits
          || p[1] >= qubits) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "pairs: pair %d is not two different wires in 0..%d", i, qubits - 1));
      }
      this.pairs[i] = p.clone();
    }
    this.qubits = qubits;
    this.depth = depth;
    this.circuit = build();
  }

  /** A Born machine whose entanglers are CNOTs along the chain {@code (0,1), (1,2), ...}. */
  public static BornMachine chain(int qubits, int depth) {
    int[][] pairs = new int[Math.max(0, qubits - 1)][];
    for (int i = 0; i + 1 < qubits; i++) {
      pairs[i] = new int[] {i, i + 1};
    }
    return new BornMachine(qubits, depth, pairs);
  }

  /**
   * A Born machine for images on a {@code rows x cols} grid (pixel {@code (r, c)} on wire
   * {@code r * cols + c}), whose entanglers are CNOTs between horizontal then vertical neighbours:
   * the pixels that bars and stripes correlate, as the Chow-Liu tree of Liu and Wang (section
   * IV.A) connects them.
   */
  public static BornMachine lattice(int rows, int cols, int depth) {
    if (rows < 1 || cols < 1 || rows * cols > MmdLoss.MAX_QUBITS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "rows, cols: expected a grid of 1 to %d pixels, got %d x %d", MmdLoss.MAX_QUBITS, rows,
          cols));
    }
    List<int[]> pairs = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c + 1 < cols; c++) {
        pairs.add(new int[] {r * cols + c, r * cols + c + 1});
      }
    }
    for (int r = 0; r + 1 < rows; r++) {
      for (int c = 0; c < cols; c++) {
        pairs.add(new int[] {r * cols + c, (r + 1) * cols + c});
      }
    }
    return new BornMachine(rows * cols, depth, pairs.toArray(new int[0][]));
  }

  private ParametrizedCircuit build() {
    int count = qubits * (3 * (depth + 1) - 2);
    ParametrizedBuilder b = new ParametrizedBuilder(qubits, count, 0);
    int k = 0;
    for (int layer = 0; layer <= depth; layer++) {
      for (int w = 0; w < qubits; w++) {
        if (layer > 0) {
          b.rz(w, Param.theta(k++));
        }
        b.rx(w, Param.theta(k++));
        if (layer < depth) {
          b.rz(w, Param.theta(k++));
        }
      }
      if (layer < depth) {
        for (int[] p : pairs) {
          b.cnot(p[0], p[1]);
        }
      }
    }
    return b.build();
  }

  /** Number of qubits. */
  public int qubits() {
    return qubits;
  }

  /** Number of entanglers. */
  public int depth() {
    return depth;
  }

  /** The circuit, for gradients or export. */
  public ParametrizedCircuit circuit() {
    return circuit;
  }

  /** Number of trainable angles, {@code qubits (3 (depth + 1) - 2)}. */
  public int parameterCount() {
    return circuit.thetaCount();
  }

  /**
   * Angles drawn uniformly from {@code [-spread, spread]} with the seed. A small spread starts
   * near {@code |0...0>}, from where MMD training of 3x3 bars and stripes reaches a KL divergence
   * below 0.1 in a few hundred Adam steps; angles uniform over the whole circle (spread pi) start
   * in a random entangled state where, measured at depth 6 to 10, it stalls near KL 0.4 to 0.8.
   *
   * @throws IllegalArgumentException if spread is negative or not finite
   */
  public double[] initialParameters(double spread, long seed) {
    if (!(spread >= 0 && Double.isFinite(spread))) {
      throw new IllegalArgumentException("spread: expected a finite number >= 0, got " + spread);
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] theta = new double[parameterCount()];
    for (int k = 0; k < theta.length; k++) {
      theta[k] = spread == 0 ? 0 : random.nextDouble(-spread, spread);
    }
    return theta;
  }

  /**
   * The model distribution at theta, one probability per basis state.
   *
   * @throws IllegalArgumentException if theta has the wrong length or a non-finite entry
   */
  public double[] probabilities(double[] theta) {
    StateVector psi = Simulator.run(circuit.bind(theta));
    double[] p = new double[psi.dimension()];
    for (int x = 0; x < p.length; x++) {
      p[x] = psi.probability(x);
    }
    return p;
  }

  /**
   * {@code MMD^2(p_theta, target)} and its exact gradient with respect to theta: the loss's
   * gradient {@code 2 K (p - target)} back-propagated through the circuit by one adjoint sweep
   * ({@link Adjoint#diagonalGradient}).
   *
   * @throws IllegalArgumentException if the loss is for another number of qubits, or target or
   *     theta is malformed
   */
  public Gradient mmdGradient(MmdLoss loss, double[] target, double[] theta) {
    checkLoss(loss);
    loss.checkWidth("target", target);
    double[] p = probabilities(theta);
    double[] weights = loss.gradient(p, target);
    Gradient g = Adjoint.diagonalGradient(circuit, theta, weights);
    return new Gradient(loss.value(p, target), g.theta(), new double[0]);
  }

  /**
   * Trains from {@code start} with the optimiser's update rule for its
   * {@link io.qml4j.runtime.ml.optim.OptimizerOptions#maxSteps()} steps, reporting each step to
   * its callback, and records the loss and {@code KL(target || model)} before every step.
   *
   * @throws IllegalArgumentException if the loss is for another number of qubits, or target or
   *     start is malformed
   */
  public BornTraining train(MmdLoss loss, double[] target, GradientOptimizer optimizer,
      double[] start) {
    checkLoss(loss);
    loss.checkWidth("target", target);
    circuit.bind(start); // checks the length and finiteness of start
    double[] theta = start.clone();
    int steps = optimizer.options().maxSteps();
    GradientOptimizer.Updater updater = optimizer.updater(theta.length);
    double[] losses = new double[steps + 1];
    double[] kls = new double[steps + 1];
    for (int step = 0; step <= steps; step++) {
      double[] p = probabilities(theta);
      kls[step] = Distributions.kl(target, p);
      double[] weights = loss.gradient(p, target);
      losses[step] = loss.value(p, target);
      if (step == steps) {
        break;
      }
      double[] g = Adjoint.diagonalGradient(circuit, theta, weights).theta();
      optimizer.options().callback().onStep(new Step(step, losses[step], norm(g), theta.clone()));
      updater.update(theta, g);
    }
    return new BornTraining(theta, losses, kls);
  }

  /**
   * {@code shots} seeded samples of the model at theta, as basis indices (wire 0 the most
   * significant bit); the same seed gives the same samples.
   */
  public int[] sample(double[] theta, int shots, long seed) {
    return Sampler.sample(Simulator.run(circuit.bind(theta)), shots, seed);
  }

  private void checkLoss(MmdLoss loss) {
    if (loss == null || loss.qubits() != qubits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "loss: expected an MmdLoss on %d qubits, got %s", qubits, loss));
    }
  }

  private static double norm(double[] g) {
    double sum = 0;
    for (double v : g) {
      sum += v * v;
    }
    return Math.sqrt(sum);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "BornMachine(%d qubits, depth %d, %d pairs)", qubits,
        depth, pairs.length);
  }
}
