package io.qml4j.samples.bench.models;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Runs a 5,000-gate generated model often enough for HotSpot to JIT-compile its chunk methods, to
 * be watched with {@code -XX:+PrintCompilation} (docs/processor.md has the command). A method over
 * 8,000 bytes of bytecode would never appear in that log: HotSpot skips huge methods.
 *
 * <p>Arguments: the number of calls (default 3,000). Uses {@code DeepHea10Model} (10 qubits, 100
 * layers, 5,000 gates), whose calls are short enough to reach the compile thresholds in seconds;
 * {@code DeepHeaModel} (20 qubits) has the same method structure.
 */
public final class JitDemo {
  private JitDemo() {}

  /** Entry point. */
  public static void main(String[] args) {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
    SplittableRandom random = new SplittableRandom(1);
    double[] theta = new double[DeepHea10Model.PARAMS];
    for (int k = 0; k < theta.length; k++) {
      theta[k] = random.nextDouble(0, 2 * Math.PI);
    }
    double sum = 0;
    long start = System.nanoTime();
    for (int i = 0; i < calls; i++) {
      sum += DeepHea10Model.expectation(theta);
      if (i == 99 || i == calls - 1) {
        System.out.printf(Locale.ROOT, "%d calls, %.3f ms per call so far%n", i + 1,
            (System.nanoTime() - start) / 1e6 / (i + 1));
      }
    }
    System.out.printf(Locale.ROOT, "%d gates, <Z0> = %.15f%n", DeepHea10Model.GATES,
        sum / calls);
  }
}
