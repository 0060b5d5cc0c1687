package io.qml4j.samples.showcase;

import static io.qml4j.samples.showcase.ShowcaseTesting.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.ml.data.Dataset;
import io.qml4j.runtime.ml.data.TrainTestSplit;
import io.qml4j.runtime.ml.data.TwoMoons;
import io.qml4j.runtime.ml.persist.ModelParameters;
import io.qml4j.runtime.ml.persist.ParameterFile;
import io.qml4j.samples.serve.CompiledClassifiers;
import io.qml4j.samples.serve.ServedModel;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifierSaveTest {
  @TempDir
  Path out;

  @Test
  void theSavedClassifierScoresTheTestSetAsTheTrainedOneDid() throws IOException {
    Path file = out.resolve("moons.json");
    int samples = 60;
    long seed = 4;
    TaskResult r = run(out, "classifier", "--model", "compiled", "--samples",
        Integer.toString(samples), "--steps", "40", "--seed", Long.toString(seed), "--grid", "2",
        "--save", file.toString());
    ModelParameters saved = ParameterFile.read(file);
    assertEquals("MoonsClassifierModel", saved.model());
    assertEquals(seed, saved.metadata().get("seed"));
    assertEquals(r.value("test accuracy"), saved.metadata().get("testAccuracy"));
    ServedModel served = CompiledClassifiers.load(saved);
    // Raw, unscaled test points: the file carries the training scaling.
    Dataset test = TrainTestSplit.stratified(TwoMoons.generate(samples, 0.1, seed), 1 / 3.0, seed)
        .test();
    int correct = 0;
    for (int i = 0; i < test.size(); i++) {
      correct += served.predict(test.features()[i]).label() == test.label(i) ? 1 : 0;
    }
    assertEquals(r.value("test accuracy"), correct / (double) test.size());
  }

  @Test
  void onlyACompiledModelIsSaved() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run(out, "classifier", "--save", out.resolve("x.json").toString()));
    assertTrue(e.getMessage().startsWith("--save: only a compiled model"), e.getMessage());
  }
}
