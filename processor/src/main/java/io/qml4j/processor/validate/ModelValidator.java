package io.qml4j.processor.validate;

import io.qml4j.processor.ir.Code;
import io.qml4j.processor.ir.Diagnostic;
import io.qml4j.processor.ir.Expr;
import io.qml4j.processor.ir.GateOp;
import io.qml4j.processor.ir.ModelIr;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks on a whole evaluated model, beyond what each gate's evaluation checks: today, trainable
 * parameters that no gate reads (a warning: they would get a zero gradient forever).
 */
public final class ModelValidator {
  private ModelValidator() {}

  /** The problems of a model; an empty list when there are none. */
  public static List<Diagnostic> validate(ModelIr model) {
    List<Diagnostic> out = new ArrayList<>();
    Set<Expr.Symbol> used = new HashSet<>();
    for (GateOp g : model.ansatz()) {
      g.angles().forEach(a -> a.collectSymbols(used));
    }
    BitSet read = new BitSet();
    used.stream().filter(s -> s.source() == Expr.Source.THETA).forEach(s -> read.set(s.index()));
    List<String> unused = new ArrayList<>();
    int k = read.nextClearBit(0);
    while (k < model.params()) {
      int end = Math.min(read.nextSetBit(k) < 0 ? model.params() : read.nextSetBit(k),
          model.params());
      unused.add(end - k == 1 ? "theta[" + k + "]" : "theta[" + k + ".." + (end - 1) + "]");
      k = read.nextClearBit(end);
    }
    if (!unused.isEmpty()) {
      boolean one = unused.size() == 1 && !unused.get(0).contains("..");
      out.add(Diagnostic.warning(Code.UNUSED_PARAMETER, model.site(), String.format(Locale.ROOT,
          "%s of the %d trainable parameters %s never used by a gate, so training cannot change "
              + "%s; use %s, or declare fewer params", String.join(", ", unused),
          model.params(), one ? "is" : "are", one ? "it" : "them", one ? "it" : "them")));
    }
    return out;
  }
}
