package io.qml4j.samples.serve;

import io.qml4j.runtime.ml.DifferentiableModel;
import io.qml4j.runtime.ml.persist.ModelParameters;
import io.qml4j.samples.models.Classifier12Model;
import io.qml4j.samples.models.ClassifierModel;
import io.qml4j.samples.models.MoonsClassifierModel;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The compiled classifiers the service can serve, by the name their parameter files carry: the
 * two-moons {@code MoonsClassifierModel} (2 qubits, trained by the {@code classifier} task), the
 * 4-qubit {@code ClassifierModel} and the 12-qubit {@code Classifier12Model}. A service embeds
 * generated code, so the set is fixed when the application is compiled; a file naming another
 * model is refused.
 */
public final class CompiledClassifiers {
  /** Compiled model names and their trainer-facing views, in the order the help lists them. */
  private static final Map<String, Entry> MODELS = new LinkedHashMap<>();

  private record Entry(DifferentiableModel model, int qubits) {}

  static {
    MODELS.put("MoonsClassifierModel",
        new Entry(MoonsClassifierModel.differentiable(), MoonsClassifierModel.QUBITS));
    MODELS.put("ClassifierModel",
        new Entry(ClassifierModel.differentiable(), ClassifierModel.QUBITS));
    MODELS.put("Classifier12Model",
        new Entry(Classifier12Model.differentiable(), Classifier12Model.QUBITS));
  }

  private CompiledClassifiers() {}

  /** The names that can be served. */
  public static java.util.Set<String> names() {
    return java.util.Collections.unmodifiableSet(MODELS.keySet());
  }

  /**
   * The compiled model of that name.
   *
   * @throws IllegalArgumentException naming the model and the ones available
   */
  public static DifferentiableModel model(String name) {
    return entry(name).model();
  }

  /** The qubits of the compiled model of that name. */
  public static int qubits(String name) {
    return entry(name).qubits();
  }

  /**
   * The classifier the parameters describe, for the compiled model they name.
   *
   * @throws IllegalArgumentException for a model that is not compiled in, or parameters of
   *     another kind or shape
   */
  public static ServedModel load(ModelParameters parameters) {
    return ServedModel.of(parameters.model(), model(parameters.model()), parameters);
  }

  /**
   * The named model with seeded parameters (angles uniform in [0, 2 pi), scale 1, bias 0, no
   * feature scaling): a stand-in for a trained model in load runs, whose cost does not depend on
   * the parameter values.
   */
  public static ServedModel seeded(String name, long seed) {
    DifferentiableModel model = model(name);
    double[] theta = new double[model.params()];
    SplittableRandom random = new SplittableRandom(seed);
    for (int k = 0; k < theta.length; k++) {
      theta[k] = random.nextDouble(0, 2 * Math.PI);
    }
    return new ServedModel(name, model, theta, 1, 0, FeatureScaling.identity(model.inputs()));
  }

  private static Entry entry(String name) {
    Entry entry = MODELS.get(name);
    if (entry == null) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "model: '%s' is not compiled into this service; expected one of %s", name,
          MODELS.keySet()));
    }
    return entry;
  }
}
