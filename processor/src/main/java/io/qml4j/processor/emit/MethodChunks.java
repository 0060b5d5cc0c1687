package io.qml4j.processor.emit;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Long straight-line code cut into private methods {@code prefix0, prefix1, ...} of bounded
 * estimated bytecode ({@link BytecodeEstimates}), so that each stays small enough for HotSpot to
 * JIT-compile, and a method {@code prefix} that calls them in order.
 */
final class MethodChunks {
  /**
   * Budget of estimated bytecode per generated chunk method. HotSpot does not JIT-compile a method
   * over 8,000 bytes of bytecode ({@code -XX:-DontCompileHugeMethods}); the estimate is
   * conservative, so chunks stay well under that limit.
   */
  static final int CHUNK_BYTES = 5_000;

  private MethodChunks() {}

  /**
   * Splits items into private methods {@code prefix0, prefix1, ...} of bounded estimated bytecode
   * and adds a method {@code prefix} that calls them in order (when items is non-empty). Each
   * method takes params and each call passes them on by name. Returns the calls, for callers that
   * inline them.
   */
  static <T> List<CodeBlock> chunks(List<MethodSpec> type, String prefix, List<T> items,
      List<ParameterSpec> params, ToIntFunction<T> estimate,
      BiFunction<T, Integer, CodeBlock> statement) {
    return chunks(type, prefix, items, params, estimate, statement,
        chunk -> CodeBlock.builder().build());
  }

  /** {@link #chunks} with a header per chunk, written before its statements. */
  static <T> List<CodeBlock> chunks(List<MethodSpec> type, String prefix, List<T> items,
      List<ParameterSpec> params, ToIntFunction<T> estimate,
      BiFunction<T, Integer, CodeBlock> statement, Function<List<T>, CodeBlock> header) {
    CodeBlock args = CodeBlock.join(params.stream().map(p -> CodeBlock.of("$N", p))
        .collect(Collectors.toList()), ", ");
    List<CodeBlock> calls = new ArrayList<>();
    List<T> chunk = new ArrayList<>();
    int bytes = 0;
    for (T item : items) {
      int cost = estimate.applyAsInt(item);
      if (!chunk.isEmpty() && bytes + cost > CHUNK_BYTES) {
        type.add(chunk(prefix + calls.size(), params, chunk, statement, header));
        calls.add(CodeBlock.of("$L$L($L)", prefix, calls.size(), args));
        chunk.clear();
        bytes = 0;
      }
      chunk.add(item);
      bytes += cost;
    }
    if (!chunk.isEmpty()) {
      type.add(chunk(prefix + calls.size(), params, chunk, statement, header));
      calls.add(CodeBlock.of("$L$L($L)", prefix, calls.size(), args));
    }
    if (!prefix.equals("written") && !prefix.equals("simulated")) {
      MethodSpec.Builder all = privateMethod(prefix, params);
      calls.forEach(c -> all.addStatement(c));
      type.add(all.build());
    }
    return calls;
  }

  private static <T> MethodSpec chunk(String name, List<ParameterSpec> params, List<T> items,
      BiFunction<T, Integer, CodeBlock> statement, Function<List<T>, CodeBlock> header) {
    MethodSpec.Builder chunk = privateMethod(name, params);
    chunk.addCode(header.apply(items));
    for (int id = 0; id < items.size(); id++) {
      chunk.addCode(statement.apply(items.get(id), id));
    }
    return chunk.build();
  }

  private static MethodSpec.Builder privateMethod(String name, List<ParameterSpec> params) {
    return MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameters(params);
  }
}
