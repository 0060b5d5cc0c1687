package io.qml4j.processor;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.qml4j.processor.ir.GateOp;
import io.qml4j.processor.ir.ModelIr;
import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.CircuitBuilder;
import io.qml4j.runtime.Operation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A thousand random, well-typed model bodies from {@link FuzzModels}, seeded: the evaluator's
 * circuit of each must be the runtime builder's, gate for gate, with every angle equal bit for bit
 * when evaluated at random theta (the builder runs the same method as plain Java). The models are
 * compiled two hundred per javac run with {@link EvaluatorProbe}, which stops after evaluation;
 * one in twenty also goes through the whole processor, and its generated class must agree with
 * the builder's circuit, state and expectation to 1e-12. A failure names the class and prints its
 * source.
 */
class FuzzModelsTest {
  private static final long SEED = 20261207L;
  private static final int MODELS = 1000;
  private static final int PER_BATCH = 200;
  private static final int FULL_EVERY = 20;

  @Test
  void randomBodiesEvaluateToTheBuildersCircuit() throws Exception {
    FuzzModels generator = new FuzzModels(SEED);
    int checked = 0;
    List<JavaFileObject> fullSources = new ArrayList<>();
    List<String> fullTexts = new ArrayList<>();
    for (int first = 0; first < MODELS; first += PER_BATCH) {
      List<JavaFileObject> sources = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (int m = first; m < first + PER_BATCH; m++) {
        String text = generator.model("Fz" + m);
        texts.add(text);
        sources.add(JavaFileObjects.forSourceString("demo.Fz" + m, text));
        if (m % FULL_EVERY == 0) {
          fullTexts.add(text);
          fullSources.add(sources.get(sources.size() - 1));
        }
      }
      EvaluatorProbe probe = new EvaluatorProbe();
      Compilation c = javac().withProcessors(probe).compile(sources);
      requireSuccess(c, texts, first);
      if (!probe.problems.isEmpty()) {
        String problem = probe.problems.get(0);
        fail("seed " + SEED + ": " + problem + "\n" + texts.get(index(problem) - first));
      }
      ClassLoader loader = Compiler.load(c);
      for (int m = first; m < first + PER_BATCH; m++) {
        try {
          agrees(loader, "demo.Fz" + m, probe.models.get("demo.Fz" + m), SEED + m);
        } catch (AssertionError | RuntimeException e) {
          throw new AssertionError("Fz" + m + " (seed " + SEED + ") disagrees: " + e.getMessage()
              + "\n" + texts.get(m - first), e);
        }
        checked++;
      }
    }
    assertTrue(checked >= 1000, "checked " + checked);

    Compilation full = Compiler.compile(fullSources.toArray(new JavaFileObject[0]));
    requireSuccess(full, fullTexts, -1);
    ClassLoader loader = Compiler.load(full);
    for (int k = 0; k < fullSources.size(); k++) {
      String name = "Fz" + k * FULL_EVERY;
      try {
        new RuntimeAgreement(loader, "demo." + name, null, "a", "z").check(SEED + k);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(name + " (seed " + SEED + ") generated class disagrees: "
            + e.getMessage() + "\n" + fullTexts.get(k), e);
      }
    }
  }

  /** The IR's gates, evaluated, equal the builder's operations exactly. */
  private static void agrees(ClassLoader loader, String name, ModelIr model, long seed)
      throws Exception {
    assertTrue(model != null, "no model");
    SplittableRandom random = new SplittableRandom(seed);
    for (int trial = 0; trial < 3; trial++) {
      double[] theta = RuntimeAgreement.random(random, model.params());
      CircuitBuilder q = new CircuitBuilder(model.qubits());
      RuntimeAgreement.method(loader.loadClass(name), "a").invoke(null, q, theta);
      Circuit expected = q.build();
      List<GateOp> gates = model.ansatz();
      assertEquals(expected.operations().size(), gates.size(), "gate count");
      for (int g = 0; g < gates.size(); g++) {
        Operation op = expected.operations().get(g);
        GateOp ir = gates.get(g);
        assertEquals(op.gate(), ir.gate(), "gate " + g);
        assertTrue(Arrays.equals(op.wires(), ir.wires()), "wires of gate " + g);
        double[] angles = new double[ir.angles().size()];
        for (int k = 0; k < angles.length; k++) {
          angles[k] = ir.angle(k).evaluate(new double[0], theta);
        }
        assertTrue(Arrays.equals(op.angles(), angles), "angles of gate " + g + ": builder "
            + Arrays.toString(op.angles()) + ", evaluator " + Arrays.toString(angles) + " from "
            + ir.angles());
      }
    }
  }

  private static void requireSuccess(Compilation c, List<String> texts, int first) {
    if (c.status() == Compilation.Status.SUCCESS) {
      return;
    }
    StringBuilder why = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d : c.errors()) {
      String file = d.getSource() == null ? "?" : d.getSource().getName();
      why.append(file).append(':').append(d.getLineNumber()).append(' ')
          .append(d.getMessage(null)).append('\n');
      int k = index(file);
      if (first >= 0 && k >= first && k - first < texts.size()) {
        why.append(texts.get(k - first)).append('\n');
      }
    }
    fail("seed " + SEED + ": did not compile:\n" + why);
  }

  private static int index(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("Fz(\\d+)").matcher(text);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }
}
