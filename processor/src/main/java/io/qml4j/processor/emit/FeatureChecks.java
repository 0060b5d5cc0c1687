package io.qml4j.processor.emit;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import io.qml4j.processor.ir.Expr;
import io.qml4j.processor.ir.NormalizedFeatures;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The run-time checks for {@link NormalizedFeatures}: generated methods reject arguments for
 * which a template would normalise an all-zero vector, with the message the runtime builder gives
 * for the same call, instead of simulating the arbitrary angles that {@code atan2(0, 0)} yields.
 */
final class FeatureChecks {
  static final String FEATURE_MAP = "checkFeatureMapFeatures";
  static final String ANSATZ = "checkAnsatzFeatures";

  private FeatureChecks() {}

  /**
   * A private method {@code name(double[] x, String argument)} that checks the feature map's
   * features, where {@code argument} names x in the message (the kernel's x1 and x2).
   */
  static MethodSpec featureMap(List<NormalizedFeatures> features, AngleCode code) {
    MethodSpec.Builder b = MethodSpec.methodBuilder(FEATURE_MAP)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(double[].class, "x").addParameter(String.class, "argument");
    for (NormalizedFeatures f : features) {
      b.addCode(check(f, CodeBlock.of("argument + $S", message(f)), code));
    }
    return b.build();
  }

  /** A private method {@code name(<the chunk parameters>)} that checks the ansatz's features. */
  static MethodSpec ansatz(List<NormalizedFeatures> features, ModelParameters p,
      AngleCode code) {
    MethodSpec.Builder b = MethodSpec.methodBuilder(ANSATZ)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC).addParameters(p.parameters());
    for (NormalizedFeatures f : features) {
      b.addCode(check(f, CodeBlock.of("$S", arguments(f) + message(f)), code));
    }
    return b.build();
  }

  private static CodeBlock check(NormalizedFeatures f, CodeBlock message, AngleCode code) {
    CodeBlock.Builder temps = CodeBlock.builder();
    CodeBlock.Builder allZero = CodeBlock.builder();
    for (int i = 0; i < f.values().size(); i++) {
      Expr e = f.values().get(i);
      CodeBlock value = code.write(temps, e, "f" + i);
      boolean atom = e instanceof Expr.Symbol || e instanceof Expr.Constant;
      allZero.add(i == 0 ? "" : " && ").add(atom ? "$L == 0" : "($L) == 0", value);
    }
    CodeBlock check = CodeBlock.builder().beginControlFlow("if ($L)", allZero.build())
        .addStatement("throw new $T($L)", RuntimeNames.ILLEGAL_ARGUMENT, message).endControlFlow().build();
    // temporaries go in a block of their own, so that two checks in one method never clash
    return temps.isEmpty() ? check
        : CodeBlock.builder().add("{\n$>").add(temps.build()).add(check).add("$<}\n").build();
  }

  private static String message(NormalizedFeatures f) {
    String where = f.site().line() == 0 ? "" : " (line " + f.site().line() + ")";
    return ": the features of " + f.site().text() + where + " are all zero and cannot be "
        + "normalised; expected at least one non-zero feature";
  }

  /** Which arrays the features read, for the message. */
  private static String arguments(NormalizedFeatures f) {
    Set<Expr.Symbol> symbols = new HashSet<>();
    f.values().forEach(v -> v.collectSymbols(symbols));
    boolean x = symbols.stream().anyMatch(s -> s.source() == Expr.Source.INPUT);
    boolean theta = symbols.stream().anyMatch(s -> s.source() == Expr.Source.THETA);
    return x && theta ? "x and theta" : x ? "x" : "theta";
  }
}
