package io.qml4j.runtime.ml.transfer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.ml.optim.Adam;
import io.qml4j.runtime.ml.optim.OptimizerOptions;
import io.qml4j.runtime.ml.persist.ParameterFile;
import io.qml4j.runtime.ml.persist.ParameterFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving and loading the dressed circuit (classical layers included) and the extractor. */
class TransferPersistenceTest {
  private static final DressedShape SHAPE = new DressedShape(5, 3, 2, 2);

  @TempDir
  Path dir;

  private static DressedQuantumCircuit trained() {
    SplittableRandom random = new SplittableRandom(4);
    double[][] x = new double[12][5];
    int[] y = new int[12];
    for (int i = 0; i < x.length; i++) {
      y[i] = i % 2 == 0 ? 4 : 9;
      for (int j = 0; j < 5; j++) {
        x[i][j] = (y[i] == 4 ? -0.5 : 0.5) + random.nextDouble() - 0.5;
      }
    }
    return DressedQuantumCircuit.initial(SHAPE, new int[] {4, 9}, 2).train(
        new io.qml4j.runtime.ml.data.Dataset(x, y),
        new Adam(0.05, OptimizerOptions.defaults().withMaxSteps(10)), 4, FrozenLayers.NONE);
  }

  private static double[][] probes() {
    SplittableRandom random = new SplittableRandom(8);
    double[][] x = new double[20][5];
    for (double[] row : x) {
      for (int j = 0; j < row.length; j++) {
        row[j] = 3 * random.nextDouble() - 1.5;
      }
    }
    return x;
  }

  @Test
  void savedModelPredictsBitForBitAfterLoading() throws IOException {
    DressedQuantumCircuit model = trained();
    Path file = dir.resolve("dressed.json");
    model.save(file, Map.of("seed", 2L));
    DressedQuantumCircuit loaded = DressedQuantumCircuit.load(file, SHAPE);
    assertArrayEquals(model.parameters(), loaded.parameters());
    assertArrayEquals(model.labels(), loaded.labels());
    double[][] x = probes();
    double[][] before = model.probabilities(x);
    double[][] after = loaded.probabilities(x);
    for (int i = 0; i < x.length; i++) {
      for (int k = 0; k < before[i].length; k++) {
        assertEquals(Double.doubleToRawLongBits(before[i][k]),
            Double.doubleToRawLongBits(after[i][k]), "example " + i + ", class " + k);
      }
    }
    assertArrayEquals(model.predict(x), loaded.predict(x));
    assertEquals(2L, ParameterFile.read(file).metadata().get("seed"));
    assertEquals("4,9", ParameterFile.read(file).metadata().get("labels"));
  }

  @Test
  void extractorRoundTrips() throws IOException {
    ClassicalNetwork network = ClassicalNetwork.initial(5, 3, new int[] {0, 1, 2}, 6);
    Path file = dir.resolve("extractor.json");
    network.save(file, Map.of());
    ClassicalNetwork loaded = ClassicalNetwork.load(file);
    assertEquals(network.blocks(), loaded.blocks());
    for (double[] x : probes()) {
      assertArrayEquals(network.features(x), loaded.features(x));
    }
    assertArrayEquals(network.predict(probes()), loaded.predict(probes()));
  }

  @Test
  void anotherVersionIsRefused() throws IOException {
    Path file = dir.resolve("v2.json");
    trained().save(file, Map.of());
    String json = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, json.replace("\"version\" : 1", "\"version\" : 2"),
        StandardCharsets.UTF_8);
    String message = assertThrows(ParameterFileException.class,
        () -> DressedQuantumCircuit.load(file)).getMessage();
    assertTrue(message.contains("v2.json") && message.contains("version"), message);
  }

  @Test
  void anotherShapeIsRefusedNamingBoth() throws IOException {
    Path file = dir.resolve("shape.json");
    trained().save(file, Map.of());
    String message = assertThrows(ParameterFileException.class,
        () -> DressedQuantumCircuit.load(file, new DressedShape(5, 4, 2, 2))).getMessage();
    assertTrue(message.contains("shape.json") && message.contains("input.bias[3]")
        && message.contains("input.bias[4]"), message);
  }

  @Test
  void anotherModelsFileIsRefused() throws IOException {
    Path file = dir.resolve("extractor.json");
    ClassicalNetwork.initial(5, 3, new int[] {0, 1}, 1).save(file, Map.of());
    String message = assertThrows(ParameterFileException.class,
        () -> DressedQuantumCircuit.load(file)).getMessage();
    assertTrue(message.contains("'ClassicalNetwork' (feature-extractor), expected "
        + "'DressedQuantumCircuit'"), message);
    Path dressed = dir.resolve("dressed.json");
    trained().save(dressed, Map.of());
    assertThrows(ParameterFileException.class, () -> ClassicalNetwork.load(dressed));
  }

  @Test
  void missingOrWrongLabelsAreRefused() throws IOException {
    DressedQuantumCircuit model = trained();
    String json = ParameterFile.toJson(model.toParameters(Map.of()));
    Path file = dir.resolve("labels.json");
    Files.writeString(file, json.replace("\"labels\" : \"4,9\"", "\"labels\" : \"4,nine\""),
        StandardCharsets.UTF_8);
    String message = assertThrows(ParameterFileException.class,
        () -> DressedQuantumCircuit.load(file)).getMessage();
    assertTrue(message.contains("metadata.labels") && message.contains("4,nine"), message);
    Files.writeString(file, json.replace("\"labels\" : \"4,9\"", "\"labels\" : \"4,9,1\""),
        StandardCharsets.UTF_8);
    message = assertThrows(ParameterFileException.class,
        () -> DressedQuantumCircuit.load(file)).getMessage();
    assertTrue(message.contains("the model has 2 classes, got 3 labels"), message);
  }
}
