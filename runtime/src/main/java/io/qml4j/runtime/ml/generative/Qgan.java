package io.qml4j.runtime.ml.generative;

import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.StateVector;
import io.qml4j.runtime.gradient.Adjoint;
import io.qml4j.runtime.gradient.Param;
import io.qml4j.runtime.gradient.ParametrizedBuilder;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.ml.optim.GradientOptimizer;
import io.qml4j.runtime.ml.optim.Step;
import io.qml4j.runtime.observable.Sampler;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A quantum generative adversarial network that loads a distribution into a register (Zoufal,
 * Lucchi and Woerner 2019, npj Quantum Inf. 5, 103): a quantum generator, Hadamards on every wire
 * then an RY layer and {@code reps} repetitions of (CZ along the chain, RY layer) (section III,
 * Fig. 2), plays against a classical {@link Discriminator} that sees a basis state as its value
 * scaled to [-1, 1]. Each epoch takes one discriminator step on the binary cross-entropy and one
 * generator step on the non-saturating loss {@code L_G = -sum_x p_theta(x) ln D(x)}.
 *
 * <p>Both losses are taken over the exact output distribution rather than a batch of samples,
 * the paper's training in the limit of an infinite batch: the generator's gradient is
 * {@code L_G}'s derivative with respect to {@code p_theta}, {@code -ln D(x)}, back-propagated
 * through the circuit in one adjoint sweep ({@link Adjoint#diagonalGradient}). Immutable.
 */
public final class Qgan {
  /** Most qubits of the generator: its distribution is read exactly. */
  public static final int MAX_QUBITS = 10;

  private final int qubits;
  private final int reps;
  private final Discriminator discriminator;
  private final ParametrizedCircuit generator;
  private final double[][] inputs;

  /**
   * A QGAN with a generator of {@code reps} entangling repetitions and the given discriminator,
   * which must take one input.
   *
   * @throws IllegalArgumentException if qubits or reps is out of range or the discriminator does
   *     not take one input
   */
  public Qgan(int qubits, int reps, Discriminator discriminator) {
    if (qubits < 1 || qubits > MAX_QUBITS) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "qubits: expected 1 to %d, got %d", MAX_QUBITS, qubits));
    }
    if (reps < 0) {
      throw new IllegalArgumentException("reps: expected at least 0, got " + reps);
    }
    if (discriminator == null || discriminator.inputs() != 1) {
      throw new IllegalArgumentException("discriminator: expected one that takes one input (the "
          + "scaled value of a basis state)");
    }
    this.qubits = qubits;
    this.reps = reps;
    this.discriminator = discriminator;
    ParametrizedBuilder b = new ParametrizedBuilder(qubits, qubits * (reps + 1), 0);
    int k = 0;
    for (int w = 0; w < qubits; w++) {
      b.h(w);
    }
    for (int w = 0; w < qubits; w++) {
      b.ry(w, Param.theta(k++));
    }
    for (int r = 0; r < reps; r++) {
      for (int w = 0; w + 1 < qubits; w++) {
        b.cz(w, w + 1);
      }
      for (int w = 0; w < qubits; w++) {
        b.ry(w, Param.theta(k++));
      }
    }
    this.generator = b.build();
    int dim = 1 << qubits;
    this.inputs = new double[dim][];
    for (int x = 0; x < dim; x++) {
      inputs[x] = new double[] {dim == 1 ? 0 : 2.0 * x / (dim - 1) - 1};
    }
  }

  /** The generator circuit. */
  public ParametrizedCircuit generator() {
    return generator;
  }

  /** The discriminator. */
  public Discriminator discriminator() {
    return discriminator;
  }

  /** Number of qubits. */
  public int qubits() {
    return qubits;
  }

  /** Number of entangling repetitions. */
  public int reps() {
    return reps;
  }

  /**
   * Generator angles uniform in {@code [-spread, spread]}, seeded; Zoufal et al. start within 0.1
   * of zero, near the uniform distribution of the Hadamards.
   *
   * @throws IllegalArgumentException if spread is negative or not finite
   */
  public double[] initialGeneratorParameters(double spread, long seed) {
    if (!(spread >= 0 && Double.isFinite(spread))) {
      throw new IllegalArgumentException("spread: expected a finite number >= 0, got " + spread);
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] theta = new double[generator.thetaCount()];
    for (int k = 0; k < theta.length; k++) {
      theta[k] = spread == 0 ? 0 : random.nextDouble(-spread, spread);
    }
    return theta;
  }

  /** The generator's distribution at theta. */
  public double[] probabilities(double[] theta) {
    StateVector psi = Simulator.run(generator.bind(theta));
    double[] p = new double[psi.dimension()];
    for (int x = 0; x < p.length; x++) {
      p[x] = psi.probability(x);
    }
    return p;
  }

  /**
   * Trains for as many epochs as the generator optimiser's
   * {@link io.qml4j.runtime.ml.optim.OptimizerOptions#maxSteps()}, one discriminator step and one
   * generator step per epoch, each with its own optimiser's update rule; the generator
   * optimiser's callback sees every epoch. Records {@code KL(model || target)}, the relative
   * entropy of Zoufal et al., before every epoch and after the last.
   *
   * @throws IllegalArgumentException if target is not a distribution on this generator's qubits
   *     or a start has the wrong length
   */
  public QganTraining train(double[] target, GradientOptimizer generatorOptimizer,
      GradientOptimizer discriminatorOptimizer, double[] generatorStart,
      double[] discriminatorStart) {
    if (target != null && target.length != (1 << qubits)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "target: expected a distribution on %d qubits (%d probabilities), got %d", qubits,
          1 << qubits, target.length));
    }
    Distributions.check("target", target);
    generator.bind(generatorStart); // checks the length and finiteness
    if (discriminatorStart == null
        || discriminatorStart.length != discriminator.parameterCount()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "discriminatorStart: expected %d weights, got %s", discriminator.parameterCount(),
          discriminatorStart == null ? "null" : String.valueOf(discriminatorStart.length)));
    }
    double[] theta = generatorStart.clone();
    double[] weights = discriminatorStart.clone();
    int epochs = generatorOptimizer.options().maxSteps();
    GradientOptimizer.Updater generatorUpdater = generatorOptimizer.updater(theta.length);
    GradientOptimizer.Updater discriminatorUpdater =
        discriminatorOptimizer.updater(weights.length);
    double[] entropies = new double[epochs + 1];
    double[] generatorLosses = new double[epochs];
    double[] discriminatorLosses = new double[epochs];
    int dim = 1 << qubits;
    for (int epoch = 0; epoch <= epochs; epoch++) {
      double[] p = probabilities(theta);
      entropies[epoch] = Distributions.kl(p, target);
      if (epoch == epochs) {
        break;
      }
      double[] lossAndGradient = discriminator.lossAndGradient(weights, inputs, target, p);
      discriminatorLosses[epoch] = lossAndGradient[0];
      double[] dWeights = new double[weights.length];
      System.arraycopy(lossAndGradient, 1, dWeights, 0, dWeights.length);
      discriminatorUpdater.update(weights, dWeights);

      double[] minusLogD = new double[dim];
      double loss = 0;
      for (int x = 0; x < dim; x++) {
        double d = discriminator.output(weights, inputs[x]);
        minusLogD[x] = -Math.log(Math.max(d, Discriminator.LOG_FLOOR));
        loss += p[x] * minusLogD[x];
      }
      generatorLosses[epoch] = loss;
      double[] g = Adjoint.diagonalGradient(generator, theta, minusLogD).theta();
      double norm = 0;
      for (double v : g) {
        norm += v * v;
      }
      generatorOptimizer.options().callback().onStep(new Step(epoch, loss, Math.sqrt(norm),
          theta.clone()));
      generatorUpdater.update(theta, g);
    }
    return new QganTraining(theta, weights, entropies, generatorLosses, discriminatorLosses);
  }

  /** {@code shots} seeded samples of the generator at theta, as basis indices. */
  public int[] sample(double[] theta, int shots, long seed) {
    return Sampler.sample(Simulator.run(generator.bind(theta)), shots, seed);
  }
}
