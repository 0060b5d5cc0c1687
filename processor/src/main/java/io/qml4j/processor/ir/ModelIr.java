package io.qml4j.processor.ir;

import java.util.List;

/**
 * A model class evaluated into circuit IR: what every phase after evaluation works on.
 *
 * @param packageName the package of the model class ("" for the unnamed package)
 * @param modelName the model class's simple name
 * @param generatedName the simple name of the class to generate
 * @param qubits the number of wires
 * @param params the number of trainable parameters (the length of {@code theta})
 * @param inputs the number of inputs (the length of {@code x})
 * @param takesInputs whether the generated methods take {@code x} (the model has a feature map or
 *     an ansatz that reads {@code x})
 * @param takesParams whether the generated methods take {@code theta} (the model has an ansatz)
 * @param featureMap the gates of the feature map, or empty
 * @param ansatz the gates of the ansatz, or empty
 * @param observables the observables in declaration order
 * @param optimize whether optimisation passes run
 * @param site the model class
 * @param featureMapNormalized features the feature map normalises whose values depend on x
 * @param ansatzNormalized features the ansatz normalises whose values depend on its arguments
 * @param channels the noise channels placed in the circuit as written, in order
 */
public record ModelIr(String packageName, String modelName, String generatedName, int qubits,
    int params, int inputs, boolean takesInputs, boolean takesParams, boolean hasFeatureMap,
    List<GateOp> featureMap, List<GateOp> ansatz, List<ObservableIr> observables,
    boolean optimize, Site site, List<NormalizedFeatures> featureMapNormalized,
    List<NormalizedFeatures> ansatzNormalized, List<ChannelOp> channels) {

  /** Copies the lists. */
  public ModelIr {
    channels = List.copyOf(channels);
    featureMapNormalized = List.copyOf(featureMapNormalized);
    ansatzNormalized = List.copyOf(ansatzNormalized);
    featureMap = List.copyOf(featureMap);
    ansatz = List.copyOf(ansatz);
    observables = List.copyOf(observables);
  }

  /** The same model with other gate lists (after optimisation). */
  public ModelIr withGates(List<GateOp> newFeatureMap, List<GateOp> newAnsatz) {
    return new ModelIr(packageName, modelName, generatedName, qubits, params, inputs,
        takesInputs, takesParams, hasFeatureMap, newFeatureMap, newAnsatz, observables, optimize,
        site, featureMapNormalized, ansatzNormalized, channels);
  }

  /** Total number of gates. */
  public int gateCount() {
    return featureMap.size() + ansatz.size();
  }
}
