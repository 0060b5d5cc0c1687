package io.qml4j.samples.showcase;

import static io.qml4j.samples.showcase.ShowcaseTesting.assertPng;
import static io.qml4j.samples.showcase.ShowcaseTesting.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.samples.models.MoonsClassifier;
import io.qml4j.samples.models.MoonsClassifierModel;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifierTaskTest {
  @TempDir
  Path out;

  @Test
  void reuploadingClassifierLearnsTwoMoons() throws IOException {
    TaskResult r = run(out, "classifier", "--grid", "8");
    assertTrue(r.value("test accuracy") >= ClassifierTask.REQUIRED_ACCURACY, r.figure());
    assertTrue(r.meetsReference());
    assertEquals(2, r.plots().size());
    for (Path p : r.plots()) {
      assertPng(p);
    }
  }

  @Test
  void compiledModelLearnsTwoMoonsOnItsGeneratedGradient() throws IOException {
    TaskResult r = run(out, "classifier", "--model", "compiled", "--steps", "200", "--seed", "5",
        "--grid", "8");
    assertTrue(r.value("test accuracy") >= ClassifierTask.REQUIRED_ACCURACY, r.figure());
    assertTrue(r.meetsReference());
    assertEquals("Variational classifier, compiled model (generated adjoint gradient)", r.task());
    assertTrue(r.figure().contains("MoonsClassifierModel, 2 qubits, 3 layers"), r.figure());
    assertEquals(2, r.plots().size());
    for (Path p : r.plots()) {
      assertPng(p);
    }
  }

  @Test
  void runtimeAndCompiledRowsSayWhichIsWhich() throws IOException {
    String[] small = {"--samples", "30", "--steps", "2", "--grid", "2"};
    assertTrue(run(out, "classifier", small).task().contains("runtime circuit"));
    String[] compiled = {"--model", "compiled", "--samples", "30", "--steps", "2", "--grid", "2"};
    assertTrue(run(out, "classifier", compiled).task().contains("compiled model"));
  }

  @Test
  void compiledModelsShapeIsFixedAtCompileTime() {
    // MoonsClassifier: 3 rotation angles per qubit and layer, then 2 upload weights per layer
    assertEquals(3, ClassifierTask.COMPILED_LAYERS);
    assertEquals(ClassifierTask.COMPILED_LAYERS * 4 * MoonsClassifierModel.QUBITS,
        MoonsClassifierModel.PARAMS);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run(out, "classifier", "--model", "compiled", "--layers", "4"));
    assertEquals("--layers: the compiled model's value is fixed at compile time; expected 3, "
        + "got 4 (or --model runtime)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> run(out, "classifier", "--model", "compiled", "--qubits", "3"));
    assertTrue(e.getMessage().startsWith("--qubits:"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> run(out, "classifier", "--model", "compiled", "--no-input-scaling"));
    assertTrue(e.getMessage().startsWith("--no-input-scaling:"), e.getMessage());
  }

  @Test
  void compiledStartHasSmallRotationsUnitWeightsAndANeutralHead() {
    double[] start = ClassifierTask.compiledStart(MoonsClassifierModel.differentiable(), 7);
    assertEquals(MoonsClassifierModel.PARAMS + 2, start.length);
    for (int k = 0; k < MoonsClassifier.ROTATIONS; k++) {
      assertTrue(Math.abs(start[k]) <= 0.5 && start[k] != 0, "rotation " + k + ": " + start[k]);
    }
    for (int k = MoonsClassifier.ROTATIONS; k <= MoonsClassifierModel.PARAMS; k++) {
      assertEquals(1.0, start[k], "upload weight or head scale " + k);
    }
    assertEquals(0.0, start[MoonsClassifierModel.PARAMS + 1], "bias");
  }

  @Test
  void sameSeedSameAccuracy() throws IOException {
    String[] args = {"--samples", "60", "--steps", "20", "--grid", "2"};
    assertEquals(run(out, "classifier", args).value("test accuracy"),
        run(out, "classifier", args).value("test accuracy"));
  }

  @Test
  void derivativeFreeOptimiserIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run(out, "classifier", "--optimizer", "nelder-mead"));
    assertEquals("--optimizer: the classifier trains on mini-batch gradients; expected adam or "
        + "gd, got nelder-mead", e.getMessage());
  }
}
