package io.qml4j.runtime.ml.persist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParameterFileTest {
  private static final List<ParameterBlock> SHAPE = List.of(new ParameterBlock("theta", 4),
      new ParameterBlock("scale", 1), new ParameterBlock("bias", 1));

  @TempDir
  Path dir;

  private static ModelParameters sample(double[] values) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("seed", 12L);
    metadata.put("testAccuracy", 0.98);
    metadata.put("optimizer", "adam");
    metadata.put("converged", true);
    return new ModelParameters("MoonsClassifierModel", "variational-classifier", SHAPE, values,
        metadata);
  }

  @Test
  void valuesReadBackBitForBit() throws IOException {
    double[] awkward = {-0.0, Double.MIN_VALUE, Double.MAX_VALUE, 0.1 + 0.2, Math.PI,
        Double.MIN_NORMAL / 3};
    Path file = dir.resolve("awkward.json");
    ParameterFile.write(file, sample(awkward));
    double[] back = ParameterFile.read(file, "MoonsClassifierModel", SHAPE).values();
    for (int i = 0; i < awkward.length; i++) {
      assertEquals(Double.doubleToRawLongBits(awkward[i]), Double.doubleToRawLongBits(back[i]),
          "value " + i);
    }
    // Random bit patterns cover every exponent, not only the friendly ones.
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 2000; trial++) {
      double[] values = new double[6];
      for (int i = 0; i < values.length; i++) {
        double v;
        do {
          v = Double.longBitsToDouble(random.nextLong());
        } while (!Double.isFinite(v));
        values[i] = v;
      }
      ModelParameters read = ParameterFile.fromJson(ParameterFile.toJson(sample(values)), "t");
      double[] got = read.values();
      for (int i = 0; i < values.length; i++) {
        assertEquals(Double.doubleToRawLongBits(values[i]), Double.doubleToRawLongBits(got[i]));
      }
    }
  }

  @Test
  void everythingElseReadsBackToo() throws IOException {
    ModelParameters saved = sample(new double[] {1, 2, 3, 4, 5, 6});
    Path file = dir.resolve("sub/params.json");
    ParameterFile.write(file, saved);
    ModelParameters read = ParameterFile.read(file);
    assertEquals(saved, read);
    assertEquals(12L, read.metadata().get("seed"));
    assertEquals(0.98, read.metadata().get("testAccuracy"));
    assertArrayEquals(new double[] {1, 2, 3, 4}, read.block("theta"));
    assertArrayEquals(new double[] {6}, read.block("bias"));
    String json = Files.readString(file);
    assertTrue(json.contains("\"version\" : 1"), json);
    assertTrue(json.contains("\"format\" : \"qml4j-parameters\""), json);
    try (var listing = Files.list(file.getParent())) {
      assertEquals(1, listing.count(), "no temporary file left behind");
    }
  }

  @Test
  void anotherVersionIsRefusedByNumber() {
    String json = ParameterFile.toJson(sample(new double[6])).replace("\"version\" : 1",
        "\"version\" : 2");
    ParameterFileException e = assertThrows(ParameterFileException.class,
        () -> ParameterFile.fromJson(json, "future.json"));
    assertEquals("future.json: format version 2 is not supported; this qml4j reads version 1",
        e.getMessage());
  }

  @Test
  void anotherModelsFileIsRefusedNamingBoth() throws IOException {
    Path file = dir.resolve("other.json");
    ParameterFile.write(file, sample(new double[6]));
    ParameterFileException e = assertThrows(ParameterFileException.class,
        () -> ParameterFile.read(file, "ClassifierModel", SHAPE));
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("'MoonsClassifierModel', expected 'ClassifierModel'"),
        e.getMessage());
  }

  @Test
  void aWrongShapeIsRefusedNamingTheBlocks() throws IOException {
    Path file = dir.resolve("shape.json");
    ParameterFile.write(file, sample(new double[6]));
    List<ParameterBlock> wider = List.of(new ParameterBlock("theta", 5),
        new ParameterBlock("scale", 1), new ParameterBlock("bias", 1));
    ParameterFileException e = assertThrows(ParameterFileException.class,
        () -> ParameterFile.read(file, "MoonsClassifierModel", wider));
    assertTrue(e.getMessage().contains("theta[4], scale[1], bias[1]] (6 values), expected "
        + "[theta[5]"), e.getMessage());
  }

  @Test
  void inconsistentOrDamagedFilesNameTheField() {
    String good = ParameterFile.toJson(sample(new double[6]));
    assertMessage("f: shape.count is 7, the blocks [theta[4], scale[1], bias[1]] hold 6 values "
        + "and 'values' has 6; expected all three equal",
        good.replace("\"count\" : 6", "\"count\" : 7"));
    assertMessage("f: format is 'other', expected 'qml4j-parameters'",
        good.replace("\"qml4j-parameters\"", "\"other\""));
    assertMessage("f: values[0]: expected a number, got \"x\"",
        good.replaceFirst("\"values\" : \\[ 0.0", "\"values\" : [ \"x\""));
    assertMessage("f: missing field 'model'", good.replace("\"model\"", "\"modle\""));
    ParameterFileException notJson = assertThrows(ParameterFileException.class,
        () -> ParameterFile.fromJson(good.substring(0, good.length() / 2), "f"));
    assertTrue(notJson.getMessage().startsWith("f: not valid JSON"), notJson.getMessage());
  }

  private static void assertMessage(String expected, String json) {
    ParameterFileException e = assertThrows(ParameterFileException.class,
        () -> ParameterFile.fromJson(json, "f"));
    assertEquals(expected, e.getMessage());
  }

  @Test
  void parametersRefuseBadPartsNamingThem() {
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> sample(new double[] {0, 0, Double.NaN, 0, 0, 0}));
    assertEquals("values: value 2 is NaN; expected a finite number", nan.getMessage());
    IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
        () -> sample(new double[5]));
    assertTrue(count.getMessage().contains("hold 6 values, got 5"), count.getMessage());
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> new ModelParameters("m", "k",
            List.of(new ParameterBlock("a", 1), new ParameterBlock("a", 1)), new double[2]));
    assertTrue(twice.getMessage().contains("'a' appears twice"), twice.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> sample(new double[6]).withMetadata("loss", Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class,
        () -> sample(new double[6]).withMetadata("list", List.of()));
  }

  @Test
  void valuesAreCopiedInAndOut() {
    double[] values = {1, 2, 3, 4, 5, 6};
    ModelParameters parameters = sample(values);
    values[0] = 99;
    parameters.values()[1] = 99;
    assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, parameters.values());
  }
}
