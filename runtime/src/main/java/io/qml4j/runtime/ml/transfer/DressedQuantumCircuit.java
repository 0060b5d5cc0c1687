package io.qml4j.runtime.ml.transfer;

import io.qml4j.runtime.Operation;
import io.qml4j.runtime.Simulator;
import io.qml4j.runtime.gradient.Adjoint;
import io.qml4j.runtime.gradient.Gradient;
import io.qml4j.runtime.gradient.ParametrizedCircuit;
import io.qml4j.runtime.ml.data.Checks;
import io.qml4j.runtime.ml.data.Dataset;
import io.qml4j.runtime.ml.optim.GradientOptimizer;
import io.qml4j.runtime.ml.optim.OptimizationResult;
import io.qml4j.runtime.ml.persist.ModelParameters;
import io.qml4j.runtime.ml.persist.ParameterFile;
import io.qml4j.runtime.ml.persist.ParameterFileException;
import io.qml4j.runtime.ml.variational.Losses;
import io.qml4j.runtime.observable.PauliSum;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The dressed quantum circuit of Mari, Bromley, Izaac, Schuld and Killoran ("Transfer learning in
 * hybrid classical-quantum neural networks", Quantum 4, 340 (2020), arXiv:1912.08278): a
 * classical linear layer from the features to one angle per qubit, squashed as
 * {@code (pi/2) tanh(W1 x + b1)}, the {@link VariationalLayers} circuit measured as
 * {@code <Z_k>} on every qubit, and a classical linear layer from those values to one logit per
 * class, {@code z = W2 <Z> + b2}, read through the softmax. It is the model of classical-to-quantum
 * transfer (its features come from a frozen, pre-trained {@link ClassicalNetwork}) and of
 * circuit-to-circuit transfer ({@link #withNewOutputLayer} and {@link FrozenLayers} reuse the
 * layers trained on a source task).
 *
 * <p>Training minimises the softmax cross-entropy end to end with exact gradients: the
 * circuit's vector-Jacobian product with respect to its angles and its inputs by adjoint
 * differentiation ({@link Adjoint#vectorJacobianProduct}), the classical layers and the tanh by
 * the chain rule. Parameters are
 * laid out as {@link DressedShape} says. Immutable and thread-safe: training returns a new model.
 *
 * <pre>{@code
 * DressedShape shape = new DressedShape(16, 4, 6, 2);
 * DressedQuantumCircuit model = DressedQuantumCircuit.initial(shape, new int[] {3, 8}, 7)
 *     .train(train, new Adam(0.02, OptimizerOptions.defaults().withMaxSteps(200)), 10,
 *         FrozenLayers.NONE);
 * model.save(Path.of("dressed.json"));
 * }</pre>
 */
public final class DressedQuantumCircuit {
  /** The model name in a parameter file. */
  public static final String MODEL = "DressedQuantumCircuit";

  /** The kind in a parameter file. */
  public static final String KIND = "dressed-quantum-circuit";

  /**
   * The embedding angles are {@code (pi/2) tanh(a)}: the paper's scaling, which keeps every angle
   * within a quarter turn so that the RY embedding is one-to-one in the input.
   */
  private static final double ANGLE_SCALE = Math.PI / 2;

  /**
   * Standard deviation of the initial circuit angles: the paper's {@code q_delta = 0.01}, which
   * starts each variational layer near the identity, so that at first the circuit passes the
   * embedding through and the classical layers get a useful gradient.
   */
  private static final double CIRCUIT_START_SPREAD = 0.01;

  private final DressedShape shape;
  private final ClassLabels labels;
  private final double[] parameters;
  private final ParametrizedCircuit circuit;
  private final List<PauliSum> observables;
  private final OptimizationResult result;

  private DressedQuantumCircuit(DressedShape shape, ClassLabels labels, double[] parameters,
      OptimizationResult result) {
    this.shape = shape;
    this.labels = labels;
    this.parameters = parameters;
    this.circuit = VariationalLayers.circuit(shape.qubits(), shape.depth());
    this.observables = VariationalLayers.observables(shape.qubits());
    this.result = result;
  }

  /**
   * A seeded untrained model: both linear layers uniform in {@code +-1/sqrt(fan-in)}, the circuit
   * angles normal with standard deviation 0.01 (the paper's start).
   *
   * @param labels the class labels, one per class of the shape, distinct
   * @throws IllegalArgumentException if the labels do not fit the shape
   */
  public static DressedQuantumCircuit initial(DressedShape shape, int[] labels, long seed) {
    Objects.requireNonNull(shape, "shape");
    ClassLabels classes = ClassLabels.of(labels, shape.classes());
    SplittableRandom random = new SplittableRandom(seed);
    double[] p = new double[shape.parameterCount()];
    Dense.initialize(p, shape.inputWeights(), shape.inputBias() + shape.qubits(),
        shape.inputs(), random);
    for (int i = 0; i < shape.depth() * shape.qubits(); i++) {
      p[shape.circuit() + i] = CIRCUIT_START_SPREAD * random.nextGaussian();
    }
    Dense.initialize(p, shape.outputWeights(), (shape.qubits() + 1) * shape.classes(),
        shape.qubits(), random);
    return new DressedQuantumCircuit(shape, classes, p, null);
  }

  /**
   * A model of the given parameters, laid out as {@link DressedShape} says.
   *
   * @throws IllegalArgumentException if the labels do not fit the shape, or the parameters are
   *     not {@link DressedShape#parameterCount()} finite numbers
   */
  public static DressedQuantumCircuit of(DressedShape shape, int[] labels, double[] parameters) {
    Objects.requireNonNull(shape, "shape");
    ClassLabels classes = ClassLabels.of(labels, shape.classes());
    return new DressedQuantumCircuit(shape, classes, checkParameters(shape, parameters), null);
  }

  /** The architecture. */
  public DressedShape shape() {
    return shape;
  }

  /** The class labels, ascending: logit k belongs to the k-th. */
  public int[] labels() {
    return labels.values();
  }

  /** A copy of every parameter, laid out as {@link DressedShape} says. */
  public double[] parameters() {
    return parameters.clone();
  }

  /** The variational circuit (its inputs are the embedding angles). */
  public ParametrizedCircuit circuit() {
    return circuit;
  }

  /** The optimiser's result of the training that made this model; empty for an untrained one. */
  public Optional<OptimizationResult> result() {
    return Optional.ofNullable(result);
  }

  /**
   * The embedding angles {@code (pi/2) tanh(W1 x + b1)}, one per qubit.
   *
   * @throws IllegalArgumentException if x does not have {@code inputs} finite features
   */
  public double[] angles(double[] x) {
    checkFeatures("x", x);
    return angles(parameters, x, null);
  }

  /** The measured {@code <Z_k>} of every qubit for features x. */
  public double[] expectations(double[] x) {
    return expectationsAt(parameters, angles(x));
  }

  /** The logits {@code W2 <Z> + b2}, one per class, for features x. */
  public double[] logits(double[] x) {
    return Dense.forward(parameters, shape.outputWeights(), shape.outputBias(), shape.classes(),
        expectations(x));
  }

  /**
   * Class probabilities {@code [example][class]} (softmax of the logits), examples evaluated in
   * parallel.
   *
   * @throws IllegalArgumentException if a row does not have {@code inputs} finite features
   */
  public double[][] probabilities(double[][] x) {
    Checks.requireRectangular("x", x, shape.inputs());
    double[][] out = new double[x.length][];
    IntStream.range(0, x.length).parallel().forEach(i -> out[i] = Losses.softmax(logits(x[i])));
    return out;
  }

  /** The most probable class label of every example. */
  public int[] predict(double[][] x) {
    double[][] p = probabilities(x);
    int[] predicted = new int[x.length];
    for (int i = 0; i < x.length; i++) {
      int best = 0;
      for (int k = 1; k < p[i].length; k++) {
        best = p[i][k] > p[i][best] ? k : best;
      }
      predicted[i] = labels.label(best);
    }
    return predicted;
  }

  /**
   * The fraction of the examples predicted correctly.
   *
   * @throws IllegalArgumentException for an empty dataset or one of another width
   */
  public double accuracy(Dataset data) {
    return data.accuracy(this::predict);
  }

  /**
   * The mean softmax cross-entropy over the examples.
   *
   * @throws IllegalArgumentException for an empty dataset, one of another width, or a label that
   *     is not one of the model's classes
   */
  public double loss(Dataset data) {
    int[] targets = checkDataset("data", data);
    double sum = 0;
    for (int i = 0; i < targets.length; i++) {
      sum += lossAndGradient(parameters, data.features(i), targets[i], null);
    }
    return sum / targets.length;
  }

  /**
   * Trains the parameters that {@code frozen} leaves free, from this model's values, on the
   * softmax cross-entropy with mini-batches ({@link io.qml4j.runtime.ml.optim.MiniBatchTraining});
   * the frozen parameters stay bit for bit as they are. The optimiser's step budget, seed (of the
   * batches) and callback apply; its steps report the trainable parameters only, which
   * {@link #withTrainable} turns back into a model.
   *
   * @throws IllegalArgumentException for an empty training set, features of another width, a
   *     label that is not one of the model's classes, a batch size below 1, or more frozen layers
   *     than the circuit has
   */
  public DressedQuantumCircuit train(Dataset train, GradientOptimizer optimizer, int batchSize,
      FrozenLayers frozen) {
    Objects.requireNonNull(optimizer, "optimizer");
    Objects.requireNonNull(frozen, "frozen");
    int[] targets = checkDataset("train", train);
    int[] free = PartialTraining.trainableIndices(frozen.trainableMask(shape));
    double[][] x = train.features();
    OptimizationResult trained = PartialTraining.minimize(optimizer,
        (i, p, g) -> lossAndGradient(p, x[i], targets[i], g), train.size(), batchSize,
        parameters, free);
    return new DressedQuantumCircuit(shape, labels,
        PartialTraining.scatter(parameters, free, trained.parameters()), trained);
  }

  /** The values of the parameters that {@code frozen} leaves trainable, in layout order. */
  public double[] trainable(FrozenLayers frozen) {
    return PartialTraining.gather(parameters,
        PartialTraining.trainableIndices(frozen.trainableMask(shape)));
  }

  /**
   * This model with the parameters that {@code frozen} leaves trainable replaced by
   * {@code values}, as an optimiser's step during {@link #train} reports them.
   *
   * @throws IllegalArgumentException if values has another length than the trainable
   *     parameters, or a non-finite entry
   */
  public DressedQuantumCircuit withTrainable(double[] values, FrozenLayers frozen) {
    int[] free = PartialTraining.trainableIndices(frozen.trainableMask(shape));
    if (values.length != free.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "values: %s leaves %d parameters trainable, got %d values", frozen, free.length,
          values.length));
    }
    Checks.requireFinite("values", values);
    return new DressedQuantumCircuit(shape, labels,
        PartialTraining.scatter(parameters, free, values), null);
  }

  /**
   * The start of a transfer to another task: this model's input layer and circuit, and a fresh
   * seeded output layer for the target's classes (as {@link #initial} draws one).
   *
   * @throws IllegalArgumentException if fewer than two labels or repeated labels are given
   */
  public DressedQuantumCircuit withNewOutputLayer(int[] targetLabels, long seed) {
    int classes = targetLabels == null ? 0 : targetLabels.length;
    if (classes < 2) {
      throw new IllegalArgumentException(
          "targetLabels: expected at least two class labels, got " + classes);
    }
    DressedShape target = new DressedShape(shape.inputs(), shape.qubits(), shape.depth(),
        classes);
    DressedQuantumCircuit fresh = initial(target, targetLabels, seed);
    double[] p = fresh.parameters;
    System.arraycopy(parameters, 0, p, 0, shape.outputWeights());
    return new DressedQuantumCircuit(target, fresh.labels, p, null);
  }

  /**
   * The parameters as {@link ParameterFile} saves them: model {@value #MODEL}, kind
   * {@value #KIND}, the blocks of {@link DressedShape#blocks()}, the labels in the metadata
   * (key {@code labels}), with the extra metadata given.
   */
  public ModelParameters toParameters(Map<String, Object> metadata) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put(ClassLabels.METADATA_KEY, labels.text());
    all.putAll(metadata);
    return new ModelParameters(MODEL, KIND, shape.blocks(), parameters, all);
  }

  /**
   * The model saved in {@code parameters}: its shape read from the blocks, its labels from the
   * metadata.
   *
   * @throws IllegalArgumentException naming what is wrong: another model or kind, blocks that
   *     are not a dressed circuit's, missing or malformed labels
   */
  public static DressedQuantumCircuit fromParameters(ModelParameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    if (!parameters.model().equals(MODEL) || !parameters.kind().equals(KIND)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "model: these are parameters of '%s' (%s), expected '%s' (%s)", parameters.model(),
          parameters.kind(), MODEL, KIND));
    }
    DressedShape shape = DressedShape.of(parameters.blocks());
    Object text = parameters.metadata().get(ClassLabels.METADATA_KEY);
    if (!(text instanceof String)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "metadata.%s: expected the class labels as text such as \"3,8\", got %s",
          ClassLabels.METADATA_KEY, text));
    }
    ClassLabels classes = ClassLabels.parse((String) text, shape.classes());
    return new DressedQuantumCircuit(shape, classes, parameters.values(), null);
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
   * Loads a model of any shape from {@code file}.
   *
   * @throws ParameterFileException if the file is not a parameter file of the current version,
   *     or not a dressed circuit's (the message names the file and what is wrong)
   * @throws IOException if the file cannot be read
   */
  public static DressedQuantumCircuit load(Path file) throws IOException {
    return load(file, ParameterFile.read(file));
  }

  /**
   * Loads a model from {@code file} and checks that it has the expected shape.
   *
   * @throws ParameterFileException as {@link #load(Path)}, or naming the shape found and the
   *     shape expected
   * @throws IOException if the file cannot be read
   */
  public static DressedQuantumCircuit load(Path file, DressedShape expected) throws IOException {
    Objects.requireNonNull(expected, "expected");
    ModelParameters read = ParameterFile.read(file, MODEL, expected.blocks());
    return load(file, read);
  }

  private static DressedQuantumCircuit load(Path file, ModelParameters read)
      throws ParameterFileException {
    try {
      return fromParameters(read);
    } catch (IllegalArgumentException e) {
      throw new ParameterFileException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The cross-entropy of one example of class index {@code target} at parameters {@code p};
   * when {@code gradient} is not null, adds the gradient with respect to every parameter into it.
   * The circuit's part is one vector-Jacobian product ({@link Adjoint#vectorJacobianProduct})
   * with the cotangent {@code dLoss/d<Z_k>}, a single backward sweep whatever the number of
   * qubits.
   */
  double lossAndGradient(double[] p, double[] x, int target, double[] gradient) {
    double[] tanh = new double[shape.qubits()];
    double[] angles = angles(p, x, tanh);
    double[] e = expectationsAt(p, angles);
    double[] z = Dense.forward(p, shape.outputWeights(), shape.outputBias(), shape.classes(), e);
    double[] dz = new double[z.length];
    double loss = Losses.softmaxCrossEntropy(z, target, dz);
    if (gradient == null) {
      return loss;
    }
    double[] de = Dense.backward(p, shape.outputWeights(), shape.outputBias(), e, dz, gradient);
    double[] theta = Arrays.copyOfRange(p, shape.circuit(), shape.outputWeights());
    Gradient circuitGradient = Adjoint.vectorJacobianProduct(circuit, theta, angles, observables,
        de);
    double[] dTheta = circuitGradient.theta();
    for (int t = 0; t < dTheta.length; t++) {
      gradient[shape.circuit() + t] += dTheta[t];
    }
    double[] dAngle = circuitGradient.x();
    double[] dPre = new double[angles.length];
    for (int q = 0; q < angles.length; q++) {
      // d/da (pi/2) tanh(a) = (pi/2) (1 - tanh(a)^2)
      dPre[q] = dAngle[q] * ANGLE_SCALE * (1 - tanh[q] * tanh[q]);
    }
    Dense.backward(p, shape.inputWeights(), shape.inputBias(), x, dPre, gradient);
    return loss;
  }

  private double[] angles(double[] p, double[] x, double[] tanhOut) {
    double[] a = Dense.forward(p, shape.inputWeights(), shape.inputBias(), shape.qubits(), x);
    for (int q = 0; q < a.length; q++) {
      double t = Math.tanh(a[q]);
      if (tanhOut != null) {
        tanhOut[q] = t;
      }
      a[q] = ANGLE_SCALE * t;
    }
    return a;
  }

  private double[] expectationsAt(double[] p, double[] angles) {
    double[] theta = Arrays.copyOfRange(p, shape.circuit(), shape.outputWeights());
    int n = shape.qubits();
    // A few qubits: gate by gate costs less than compiling the circuit into a plan per example.
    double[] amplitudes = new double[2 << n];
    amplitudes[0] = 1;
    for (Operation op : circuit.bind(theta, angles).operations()) {
      Simulator.apply(amplitudes, n, op);
    }
    // <Z_k> = sum_i |a_i|^2 (1 - 2 bit_k(i)), wire 0 the most significant bit, all in one pass
    double[] e = new double[n];
    for (int i = 0; i < amplitudes.length / 2; i++) {
      double probability = amplitudes[2 * i] * amplitudes[2 * i]
          + amplitudes[2 * i + 1] * amplitudes[2 * i + 1];
      for (int k = 0; k < n; k++) {
        e[k] += ((i >> (n - 1 - k)) & 1) == 0 ? probability : -probability;
      }
    }
    return e;
  }

  private int[] checkDataset(String argument, Dataset data) {
    Objects.requireNonNull(data, argument);
    if (data.size() == 0) {
      throw new IllegalArgumentException(argument + ": expected examples, got none");
    }
    if (data.dimension() != shape.inputs()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: examples have %d features, the model takes %d", argument, data.dimension(),
          shape.inputs()));
    }
    return labels.indices(data, argument);
  }

  private void checkFeatures(String argument, double[] x) {
    Objects.requireNonNull(x, argument);
    if (x.length != shape.inputs()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s: expected %d features, got %d", argument, shape.inputs(), x.length));
    }
    Checks.requireFinite(argument, x);
  }

  private static double[] checkParameters(DressedShape shape, double[] parameters) {
    Objects.requireNonNull(parameters, "parameters");
    if (parameters.length != shape.parameterCount()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "parameters: a dressed circuit %s has %d parameters %s, got %d", shape,
          shape.parameterCount(), shape.blocks(), parameters.length));
    }
    Checks.requireFinite("parameters", parameters);
    return parameters.clone();
  }

  @Override
  public String toString() {
    return "DressedQuantumCircuit(" + shape + ", labels " + labels + ")";
  }
}
