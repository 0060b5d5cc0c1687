package io.qml4j.runtime.noise.mitigation;

import io.qml4j.runtime.Circuit;
import io.qml4j.runtime.Operation;
import io.qml4j.runtime.gradient.GateInverses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Unitary folding, the noise scaling of zero-noise extrapolation (Giurgica-Tiron et al.,
 * "Digital zero noise extrapolation for quantum error mitigation", IEEE QCE 2020; Mitiq's
 * {@code fold_global} and {@code fold_gates_from_left}): gates are replaced by {@code G G^dagger G}
 * so the circuit's unitary is unchanged while its noise, when every gate is noisy, grows about
 * in proportion to the gate count. A scale factor {@code lambda >= 1} asks for about
 * {@code lambda d} gates from d; odd integers are exact, others are met to the nearest gate and
 * {@link #scaleOf} reports the scale reached.
 */
public final class Folding {
  private Folding() {}

  /** How the gates to fold are chosen. */
  public enum Method {
    /**
     * Whole-circuit folds {@code U (U^dagger U)^n}, then the last gates folded as a block
     * {@code L^dagger L} for the fraction (Mitiq's {@code fold_global}).
     */
    GLOBAL,
    /**
     * Each gate folded n times, then the first gates once more for the fraction (Mitiq's
     * {@code fold_gates_from_left}).
     */
    PER_GATE
  }

  /**
   * The circuit folded to the scale factor.
   *
   * @throws IllegalArgumentException if the scale is not finite or below 1
   */
  public static Circuit fold(Circuit circuit, double scale, Method method) {
    if (!(scale >= 1) || !Double.isFinite(scale)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "scale: expected a finite scale factor >= 1, got %s", scale));
    }
    List<Operation> ops = circuit.operations();
    int d = ops.size();
    int whole = (int) Math.floor((scale - 1) / 2);
    int partial = (int) Math.round(((scale - 1) / 2 - whole) * d);
    if (partial == d) {
      whole++;
      partial = 0;
    }
    List<Operation> out = new ArrayList<>();
    if (method == Method.GLOBAL) {
      out.addAll(ops);
      for (int k = 0; k < whole; k++) {
        out.addAll(inverse(ops));
        out.addAll(ops);
      }
      List<Operation> last = ops.subList(d - partial, d);
      out.addAll(inverse(last));
      out.addAll(last);
    } else {
      for (int g = 0; g < d; g++) {
        Operation op = ops.get(g);
        Operation inverse = GateInverses.of(op);
        out.add(op);
        int folds = whole + (g < partial ? 1 : 0);
        for (int k = 0; k < folds; k++) {
          out.add(inverse);
          out.add(op);
        }
      }
    }
    return new Circuit(circuit.qubits(), out);
  }

  /** The scale a folded circuit reached: its gate count over the original's. */
  public static double scaleOf(Circuit original, Circuit folded) {
    return original.size() == 0 ? 1 : folded.size() / (double) original.size();
  }

  private static List<Operation> inverse(List<Operation> ops) {
    List<Operation> out = new ArrayList<>(ops.size());
    for (int g = ops.size() - 1; g >= 0; g--) {
      out.add(GateInverses.of(ops.get(g)));
    }
    return out;
  }
}
