package io.qml4j.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.qml4j.runtime.Parallelism;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Seeded random models on 16 and 17 qubits, larger than a tile of 2^15 amplitudes, so that the
 * generated simulation applies runs of tile-local gates tile by tile (with targets, controls and
 * diagonals above and below the tile), diagonal layers inside tile loops and CNOTs onto a wire
 * above the tile merged with the run after them. Each must agree with the runtime simulator to
 * 1e-12, as in {@link RandomModelsTest}. On one thread: from 14 qubits a model on several threads
 * hands its state to the runtime ({@link ParallelModelsTest}), and here its own tiles are checked.
 */
class TiledModelsTest {
  private static final int MODELS = 3;

  @Test
  void tiledModelsAgreeWithTheRuntime() throws Exception {
    SplittableRandom random = new SplittableRandom(1611);
    List<JavaFileObject> sources = new ArrayList<>();
    for (int m = 0; m < MODELS; m++) {
      sources.add(JavaFileObjects.forSourceString("demo.T" + m,
          RandomModelsTest.source(random, "T" + m, m != 1, m != 2, m == 0, 16 + m % 2)));
    }
    // a 16-qubit HEA ring: its closing CNOT(15, 0) merges with the RY, then the RX, on wire 0
    sources.add(JavaFileObjects.forSourceString("demo.Ring", String.join("\n",
        "package demo;",
        "import io.qml4j.dsl.*;",
        "abstract class Ring {",
        "  @Ansatz(qubits = 16)",
        "  static void a(Q q, double[] theta) {",
        "    for (int l = 0; l < 2; l++) {",
        "      for (int i = 0; i < 16; i++) q.ry(i, theta[16 * l + i]);",
        "      for (int i = 0; i < 16; i++) q.rz(i, 0.5 * theta[i]);",
        "      for (int i = 0; i < 16; i++) q.cnot(i, (i + 1) % 16);",
        "    }",
        "    q.rx(0, theta[3]);",
        "  }",
        "  @Observable",
        "  static Pauli h(Paulis p) { return p.z(0).plus(p.x(15).times(p.y(1)).scale(0.5)); }",
        "}")));
    Compilation c = Compiler.compile(sources.toArray(new JavaFileObject[0]));
    assertThat(c).succeeded();
    // the check below is only worth something if the generated code does use tiles and layers
    boolean tiledLayer = false;
    for (int m = 0; m < MODELS; m++) {
      String source = Compiler.source(c, "demo.T" + m + "Model");
      assertTrue(source.contains("from += TILE") && source.contains("TileKernels."),
          "T" + m + " is not tiled");
      tiledLayer |= source.contains("LayerKernels.apply(psi, layer0, " + (16 + m % 2)
          + ", from, to)");
    }
    assertTrue(tiledLayer, "no diagonal layer inside a tile loop");
    String ring = Compiler.source(c, "demo.RingModel");
    assertTrue(ring.contains("Kernels.selectReal1(psi, 1, 32768")
        && ring.contains("Kernels.selectGeneral1(psi, 1, 32768"), "ring CNOTs not merged");
    ClassLoader loader = Compiler.load(c);
    int threads = Parallelism.threads();
    try {
      Parallelism.setThreads(1);
      for (int m = 0; m < MODELS; m++) {
        new RuntimeAgreement(loader, "demo.T" + m, m != 2 ? "f" : null, "a", "h").check(m);
      }
      new RuntimeAgreement(loader, "demo.Ring", null, "a", "h").check(MODELS);
    } finally {
      Parallelism.setThreads(threads);
    }
  }
}
