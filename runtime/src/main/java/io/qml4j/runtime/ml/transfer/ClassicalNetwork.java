package io.qml4j.runtime.ml.transfer;

import io.qml4j.runtime.ml.data.Checks;
import io.qml4j.runtime.ml.data.Dataset;
import io.qml4j.runtime.ml.optim.GradientOptimizer;
import io.qml4j.runtime.ml.optim.OptimizationResult;
import io.qml4j.runtime.ml.persist.ModelParameters;
import io.qml4j.runtime.ml.persist.ParameterBlock;
import io.qml4j.runtime.ml.persist.ParameterFile;
import io.qml4j.runtime.ml.persist.ParameterFileException;
import io.qml4j.runtime.ml.variational.Losses;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A small classical neural network, {@code inputs -> hidden (tanh) -> classes (softmax)}, trained
 * on a source task so that its hidden layer becomes a feature extractor for another task: the
 * classical half of classical-to-quantum transfer learning (Mari et al. 2020 use a ResNet18
 * pre-trained on ImageNet; this is the same idea at the size of a state-vector simulation).
 * {@link #features(Dataset)} applies the frozen hidden layer, whose outputs a
 * {@link DressedQuantumCircuit} then classifies.
 *
 * <p>Parameters, in four blocks: {@code hidden.weights} ({@code hidden x inputs}, row by row),
 * {@code hidden.bias}, {@code output.weights} ({@code classes x hidden}) and
 * {@code output.bias}. Immutable and thread-safe.
 */
public final class ClassicalNetwork {
  /** The model name in a parameter file. */
  public static final String MODEL = "ClassicalNetwork";

  /** The kind in a parameter file. */
  public static final String KIND = "feature-extractor";

  private final int inputs;
  private final int hidden;
  private final int classes;
  private final ClassLabels labels;
  private final double[] parameters;
  private final OptimizationResult result;

  private ClassicalNetwork(int inputs, int hidden, ClassLabels labels, double[] parameters,
      OptimizationResult result) {
    this.inputs = inputs;
    this.hidden = hidden;
    this.classes = labels.values().length;
    this.labels = labels;
    this.parameters = parameters;
    this.result = result;
  }

  /**
   * A seeded untrained network, both layers uniform in {@code +-1/sqrt(fan-in)}.
   *
   * @throws IllegalArgumentException if inputs or hidden is below 1, or there are fewer than two
   *     labels or a repeated one
   */
  public static ClassicalNetwork initial(int inputs, int hidden, int[] labels, long seed) {
    if (inputs < 1 || hidden < 1) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "inputs, hidden: expected at least 1 each, got %d and %d", inputs, hidden));
    }
    int count = labels == null ? 0 : labels.length;
    if (count < 2) {
      throw new IllegalArgumentException("labels: expected at least two classes, got " + count);
    }
    ClassLabels classLabels = ClassLabels.of(labels, count);
    double[] p = new double[parameterCount(inputs, hidden, count)];
    SplittableRandom random = new SplittableRandom(seed);
    Dense.initialize(p, 0, hidden * (inputs + 1), inputs, random);
    Dense.initialize(p, hidden * (inputs + 1), count * (hidden + 1), hidden, random);
    return new ClassicalNetwork(inputs, hidden, classLabels, p, null);
  }

  /** Features per example. */
  public int inputs() {
    return inputs;
  }

  /** Width of the hidden layer: the number of features it extracts. */
  public int hidden() {
    return hidden;
  }

  /** The class labels of the source task, ascending. */
  public int[] labels() {
    return labels.values();
  }

  /** A copy of the parameters, in block order. */
  public double[] parameters() {
    return parameters.clone();
  }

  /** The optimiser's result of the training that made this network; empty if untrained. */
  public Optional<OptimizationResult> result() {
    return Optional.ofNullable(result);
  }

  /** The blocks of the parameters, in order, as they are saved. */
  public List<ParameterBlock> blocks() {
    return blocks(inputs, hidden, classes);
  }

  /**
   * The hidden layer's output {@code tanh(W1 x + b1)}: the extracted features of one example.
   *
   * @throws IllegalArgumentException if x does not have {@code inputs} finite features
   */
  public double[] features(double[] x) {
    Objects.requireNonNull(x, "x");
    if (x.length != inputs) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "x: expected %d features, got %d", inputs, x.length));
    }
    Checks.requireFinite("x", x);
    return hiddenLayer(parameters, x);
  }

  /**
   * The same examples and labels with the extracted features in place of the inputs.
   *
   * @throws IllegalArgumentException if the examples do not have {@code inputs} features
   */
  public Dataset features(Dataset data) {
    if (data.size() > 0 && data.dimension() != inputs) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "data: examples have %d features, the network takes %d", data.dimension(), inputs));
    }
    double[][] out = new double[data.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = hiddenLayer(parameters, data.features(i));
    }
    return data.withFeatures(out);
  }

  /** The most probable source-task label of every example. */
  public int[] predict(double[][] x) {
    Checks.requireRectangular("x", x, inputs);
    int[] predicted = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      double[] z = logits(parameters, hiddenLayer(parameters, x[i]));
      int best = 0;
      for (int k = 1; k < z.length; k++) {
        best = z[k] > z[best] ? k : best;
      }
      predicted[i] = labels.label(best);
    }
    return predicted;
  }

  /**
   * The fraction of the examples whose label is predicted.
   *
   * @throws IllegalArgumentException for an empty dataset or one of another width
   */
  public double accuracy(Dataset data) {
    return data.accuracy(this::predict);
  }

  /**
   * Trains every parameter on the softmax cross-entropy with mini-batches, from this network's
   * values.
   *
   * @throws IllegalArgumentException for an empty training set, features of another width, a
   *     label that is not one of the network's classes, or a batch size below 1
   */
  public ClassicalNetwork train(Dataset train, GradientOptimizer optimizer, int batchSize) {
    Objects.requireNonNull(optimizer, "optimizer");
    Objects.requireNonNull(train, "train");
    if (train.size() == 0) {
      throw new IllegalArgumentException("train: expected examples, got none");
    }
    if (train.dimension() != inputs) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "train: examples have %d features, the network takes %d", train.dimension(), inputs));
    }
    int[] targets = labels.indices(train, "train");
    double[][] x = train.features();
    int[] all = IntStream.range(0, parameters.length).toArray();
    OptimizationResult trained = PartialTraining.minimize(optimizer,
        (i, p, g) -> lossAndGradient(p, x[i], targets[i], g), train.size(), batchSize,
        parameters, all);
    return new ClassicalNetwork(inputs, hidden, labels, trained.parameters(), trained);
  }

  /**
   * The parameters as {@link ParameterFile} saves them: model {@value #MODEL}, kind
   * {@value #KIND}, the labels in the metadata, with the extra metadata given.
   */
  public ModelParameters toParameters(Map<String, Object> metadata) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put(ClassLabels.METADATA_KEY, labels.text());
    all.putAll(metadata);
    return new ModelParameters(MODEL, KIND, blocks(), parameters, all);
  }

  /**
   * The network saved in {@code parameters}, its sizes read from the blocks.
   *
   * @throws IllegalArgumentException naming what is wrong: another model or kind, blocks that
   *     are not a network's, missing or malformed labels
   */
  public static ClassicalNetwork fromParameters(ModelParameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    if (!parameters.model().equals(MODEL) || !parameters.kind().equals(KIND)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "model: these are parameters of '%s' (%s), expected '%s' (%s)", parameters.model(),
          parameters.kind(), MODEL, KIND));
    }
    List<ParameterBlock> blocks = parameters.blocks();
    List<String> names = List.of("hidden.weights", "hidden.bias", "output.weights",
        "output.bias");
    if (blocks.size() != names.size()
        || !blocks.stream().map(ParameterBlock::name).toList().equals(names)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "blocks: a classical network has the blocks %s, got %s", names, blocks));
    }
    int hidden = blocks.get(1).size();
    int classes = blocks.get(3).size();
    int inputs = blocks.get(0).size() / hidden;
    if (inputs < 1 || !blocks(inputs, hidden, classes).equals(blocks)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "blocks: %s are not the blocks of one network with %d hidden units and %d classes",
          blocks, hidden, classes));
    }
    Object text = parameters.metadata().get(ClassLabels.METADATA_KEY);
    if (!(text instanceof String)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "metadata.%s: expected the class labels as text such as \"0,1,2\", got %s",
          ClassLabels.METADATA_KEY, text));
    }
    return new ClassicalNetwork(inputs, hidden, ClassLabels.parse((String) text, classes),
        parameters.values(), null);
  }

  /**
   * Saves the parameters to {@code file} ({@link ParameterFile#write}), with the extra metadata.
   *
   * @throws IOException if the file cannot be written
   */
  public void save(Path file, Map<String, Object> metadata) throws IOException {
    ParameterFile.write(file, toParameters(metadata));
  }

  /**
   * Loads a network from {@code file}.
   *
   * @throws ParameterFileException if the file is not a parameter file of the current version,
   *     or not a network's (the message names the file and what is wrong)
   * @throws IOException if the file cannot be read
   */
  public static ClassicalNetwork load(Path file) throws IOException {
    ModelParameters read = ParameterFile.read(file);
    try {
      return fromParameters(read);
    } catch (IllegalArgumentException e) {
      throw new ParameterFileException(file + ": " + e.getMessage(), e);
    }
  }

  /** The cross-entropy of one example; adds its gradient into {@code gradient} when not null. */
  double lossAndGradient(double[] p, double[] x, int target, double[] gradient) {
    double[] h = hiddenLayer(p, x);
    double[] z = logits(p, h);
    double[] dz = new double[z.length];
    double loss = Losses.softmaxCrossEntropy(z, target, dz);
    if (gradient == null) {
      return loss;
    }
    int outputWeights = hidden * (inputs + 1);
    double[] dh = Dense.backward(p, outputWeights, outputWeights + classes * hidden, h, dz,
        gradient);
    for (int j = 0; j < hidden; j++) {
      dh[j] *= 1 - h[j] * h[j];
    }
    Dense.backward(p, 0, hidden * inputs, x, dh, gradient);
    return loss;
  }

  private double[] hiddenLayer(double[] p, double[] x) {
    double[] h = Dense.forward(p, 0, hidden * inputs, hidden, x);
    for (int j = 0; j < hidden; j++) {
      h[j] = Math.tanh(h[j]);
    }
    return h;
  }

  private double[] logits(double[] p, double[] h) {
    int outputWeights = hidden * (inputs + 1);
    return Dense.forward(p, outputWeights, outputWeights + classes * hidden, classes, h);
  }

  private static int parameterCount(int inputs, int hidden, int classes) {
    return hidden * (inputs + 1) + classes * (hidden + 1);
  }

  private static List<ParameterBlock> blocks(int inputs, int hidden, int classes) {
    return List.of(new ParameterBlock("hidden.weights", hidden * inputs),
        new ParameterBlock("hidden.bias", hidden),
        new ParameterBlock("output.weights", classes * hidden),
        new ParameterBlock("output.bias", classes));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ClassicalNetwork(%d -> %d tanh -> %d classes %s)", inputs,
        hidden, classes, labels);
  }
}
