package io.qml4j.processor.emit;

import static io.qml4j.processor.emit.RuntimeNames.PAULI_STRING;
import static io.qml4j.processor.emit.RuntimeNames.PAULI_SUM;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.NameAllocator;
import com.squareup.javapoet.TypeSpec;
import io.qml4j.dsl.Gate;
import io.qml4j.processor.ir.ObservableIr;
import io.qml4j.processor.ir.PauliTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * The public {@code PauliSum} constant of each observable of a model, named after its method
 * ({@code readoutZ} to {@code READOUT_Z}) by a {@link NameAllocator} that already holds every
 * other field name of the generated class, so no two constants clash.
 */
final class ObservableConstants {
  private ObservableConstants() {}

  /** Adds a constant per observable to type and returns their names in declaration order. */
  static List<String> add(TypeSpec.Builder type, List<ObservableIr> observables,
      ClassName model) {
    List<String> observableNames = new ArrayList<>();
    NameAllocator names = reservedFieldNames();
    for (ObservableIr o : observables) {
      // "zz" and "ZZ", or an observable named "gates" or "tile", must not clash with another
      // constant: the allocator hands out each name once, appending "_" to a taken one.
      String name = names.newName(constantName(o.name()));
      observableNames.add(name);
      type.addField(FieldSpec.builder(PAULI_SUM, name, Modifier.PUBLIC, Modifier.STATIC,
          Modifier.FINAL).addJavadoc("The observable {@link $T#$L}: {@code $L}.\n", model,
          o.name(), describe(o.terms())).initializer(pauliSum(o.terms())).build());
    }
    return observableNames;
  }

  /**
   * An allocator holding every field name the generated class may declare besides the
   * observables, so that an observable's constant never takes one of them.
   */
  private static NameAllocator reservedFieldNames() {
    NameAllocator names = new NameAllocator();
    for (String reserved : List.of("QUBITS", "PARAMS", "INPUTS", "GATES", "TILE", "ANGLES",
        "CHANNELS", "OBSERVABLE_SUMS", "SHIFT_RULES", "TWO_TERM_SHIFTS", "TWO_TERM_COEFFICIENTS",
        "FOUR_TERM_SHIFTS", "FOUR_TERM_COEFFICIENTS")) {
      names.newName(reserved);
    }
    for (Gate g : Gate.values()) {
      names.newName(BackwardStatements.generatorField(g));
    }
    return names;
  }

  /** {@code readoutZ} to {@code READOUT_Z}. */
  static String constantName(String method) {
    return method.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  private static CodeBlock pauliSum(PauliTerms terms) {
    List<PauliTerms.Term> list = terms.realTerms();
    CodeBlock.Builder b = CodeBlock.builder().add("$T.of($T.of(", PAULI_SUM, List.class);
    for (int i = 0; i < list.size(); i++) {
      PauliTerms.Term t = list.get(i);
      b.add(i == 0 ? "\n" : ",\n");
      String c = AngleCode.literal(t.coefficient());
      if (t.word().isEmpty()) {
        b.add("$>$>new $T.Term($L, $T.identity())$<$<", PAULI_SUM, c, PAULI_STRING);
      } else {
        b.add("$>$>new $T.Term($L, $T.parse($S))$<$<", PAULI_SUM, c, PAULI_STRING, t.word());
      }
    }
    return b.add("))").build();
  }

  private static String describe(PauliTerms terms) {
    StringBuilder b = new StringBuilder();
    for (PauliTerms.Term t : terms.realTerms()) {
      b.append(b.length() == 0 ? "" : " + ").append(t.coefficient());
      if (!t.word().isEmpty()) {
        b.append(' ').append(t.word());
      }
    }
    return b.length() == 0 ? "0" : b.toString();
  }
}
