package io.qml4j.samples.showcase;

import io.qml4j.runtime.ml.data.Dataset;
import io.qml4j.runtime.ml.transfer.DressedQuantumCircuit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Saves a trained dressed circuit through the versioned parameter file, loads it back with its
 * expected shape and compares every class probability on a dataset bit for bit.
 *
 * @param file the file written
 * @param identical whether the loaded model's probabilities equal the original's bit for bit
 */
record SavedModelCheck(Path file, boolean identical) {
  static SavedModelCheck run(DressedQuantumCircuit model, Dataset data, Path file,
      Map<String, Object> metadata) throws IOException {
    model.save(file, metadata);
    DressedQuantumCircuit loaded = DressedQuantumCircuit.load(file, model.shape());
    double[][] x = data.features();
    double[][] before = model.probabilities(x);
    double[][] after = loaded.probabilities(x);
    boolean identical = true;
    for (int i = 0; i < x.length; i++) {
      for (int k = 0; k < before[i].length; k++) {
        identical &= Double.doubleToRawLongBits(before[i][k])
            == Double.doubleToRawLongBits(after[i][k]);
      }
    }
    return new SavedModelCheck(file, identical);
  }
}
