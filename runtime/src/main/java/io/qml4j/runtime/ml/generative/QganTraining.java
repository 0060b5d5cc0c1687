package io.qml4j.runtime.ml.generative;

/**
 * The outcome of {@link Qgan#train}. Arrays are copied in and out.
 *
 * @param generatorParameters the generator's angles after the last epoch
 * @param discriminatorWeights the discriminator's weights after the last epoch
 * @param relativeEntropies {@code KL(model || target)} in nats before epoch 0, 1, ..., and after
 *     the last
 * @param generatorLosses the generator's loss {@code -sum_x p(x) ln D(x)} at each epoch
 * @param discriminatorLosses the discriminator's binary cross-entropy at each epoch, before its
 *     step
 */
public record QganTraining(double[] generatorParameters, double[] discriminatorWeights,
    double[] relativeEntropies, double[] generatorLosses, double[] discriminatorLosses) {
  /** Copies the arrays. */
  public QganTraining {
    generatorParameters = generatorParameters.clone();
    discriminatorWeights = discriminatorWeights.clone();
    relativeEntropies = relativeEntropies.clone();
    generatorLosses = generatorLosses.clone();
    discriminatorLosses = discriminatorLosses.clone();
  }

  @Override
  public double[] generatorParameters() {
    return generatorParameters.clone();
  }

  @Override
  public double[] discriminatorWeights() {
    return discriminatorWeights.clone();
  }

  @Override
  public double[] relativeEntropies() {
    return relativeEntropies.clone();
  }

  @Override
  public double[] generatorLosses() {
    return generatorLosses.clone();
  }

  @Override
  public double[] discriminatorLosses() {
    return discriminatorLosses.clone();
  }

  /** The number of epochs trained. */
  public int epochs() {
    return generatorLosses.length;
  }

  /** The relative entropy of the trained generator. */
  public double finalRelativeEntropy() {
    return relativeEntropies[relativeEntropies.length - 1];
  }
}
