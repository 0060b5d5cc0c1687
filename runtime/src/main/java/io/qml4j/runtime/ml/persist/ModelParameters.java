package io.qml4j.runtime.ml.persist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A model's trained parameters as they are saved: which model they belong to, what kind of
 * model it is, the named blocks the values fall into, the values, and optional metadata (the
 * seed, training figures). Immutable: the values are copied in and out.
 *
 * <pre>{@code
 * ModelParameters saved = new ModelParameters("MoonsClassifierModel", "variational-classifier",
 *     List.of(new ParameterBlock("theta", 24), new ParameterBlock("scale", 1),
 *         new ParameterBlock("bias", 1)),
 *     classifier.parameters(), Map.of("seed", 12L, "testAccuracy", 0.99));
 * ParameterFile.write(path, saved);
 * }</pre>
 *
 * @param model the model's name, such as its generated class's simple name: non-blank
 * @param kind what the values parameterise, such as {@code variational-classifier}: non-blank
 * @param blocks the shape: named blocks whose sizes add up to the number of values, names unique
 * @param values the values in block order: finite
 * @param metadata optional facts about the values: keys non-blank, values {@link String},
 *     {@link Boolean}, {@link Long}, {@link Integer} or finite {@link Double}; insertion order kept
 */
public record ModelParameters(String model, String kind, List<ParameterBlock> blocks,
    double[] values, Map<String, Object> metadata) {

  /**
   * Checks and copies the parts.
   *
   * @throws IllegalArgumentException naming the part that is wrong: a blank name, no blocks,
   *     repeated block names, block sizes that do not add up to the values, a NaN or infinite
   *     value, or metadata of another type
   */
  public ModelParameters {
    model = requireName("model", model);
    kind = requireName("kind", kind);
    Objects.requireNonNull(blocks, "blocks");
    Objects.requireNonNull(values, "values");
    if (blocks.isEmpty()) {
      throw new IllegalArgumentException("blocks: expected at least one block, got none");
    }
    blocks = List.copyOf(blocks);
    Set<String> names = new HashSet<>();
    long total = 0;
    for (ParameterBlock block : blocks) {
      if (!names.add(block.name())) {
        throw new IllegalArgumentException("blocks: block name '" + block.name()
            + "' appears twice; expected unique names");
      }
      total += block.size();
    }
    if (total != values.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "values: the blocks %s hold %d values, got %d", blocks, total, values.length));
    }
    values = values.clone();
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "values: value %d is %s; expected a finite number", i, values[i]));
      }
    }
    metadata = copyMetadata(metadata == null ? Map.of() : metadata);
  }

  /** Parameters without metadata. */
  public ModelParameters(String model, String kind, List<ParameterBlock> blocks, double[] values) {
    this(model, kind, blocks, values, Map.of());
  }

  /** A copy of the values, in block order. */
  @Override
  public double[] values() {
    return values.clone();
  }

  /** How many values there are: the sum of the block sizes. */
  public int count() {
    return values.length;
  }

  /**
   * A copy of one block's values.
   *
   * @throws IllegalArgumentException if there is no block of that name
   */
  public double[] block(String name) {
    int offset = 0;
    for (ParameterBlock block : blocks) {
      if (block.name().equals(name)) {
        return Arrays.copyOfRange(values, offset, offset + block.size());
      }
      offset += block.size();
    }
    throw new IllegalArgumentException("name: no block '" + name + "'; the blocks are " + blocks);
  }

  /**
   * Checks that these are parameters of {@code expectedModel} with exactly the blocks
   * {@code expectedBlocks}, in order.
   *
   * @throws IllegalArgumentException naming the model found and expected, or the first block
   *     that differs
   */
  public void requireShape(String expectedModel, List<ParameterBlock> expectedBlocks) {
    if (!model.equals(expectedModel)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "model: these are parameters of '%s', expected '%s'", model, expectedModel));
    }
    if (!blocks.equals(expectedBlocks)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "shape: '%s' has blocks %s (%d values), expected %s", model, blocks, values.length,
          expectedBlocks));
    }
  }

  /** The same parameters with one more metadata entry (replacing one of the same key). */
  public ModelParameters withMetadata(String key, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(metadata);
    more.put(key, value);
    return new ModelParameters(model, kind, blocks, values, more);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ModelParameters that
        && model.equals(that.model) && kind.equals(that.kind) && blocks.equals(that.blocks)
        && Arrays.equals(values, that.values) && metadata.equals(that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, kind, blocks, Arrays.hashCode(values), metadata);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ModelParameters[model=%s, kind=%s, blocks=%s, metadata=%s]",
        model, kind, blocks, metadata);
  }

  private static String requireName(String what, String name) {
    Objects.requireNonNull(name, what);
    if (name.isBlank()) {
      throw new IllegalArgumentException(what + ": expected a name, got a blank one");
    }
    return name;
  }

  private static Map<String, Object> copyMetadata(Map<String, Object> metadata) {
    Map<String, Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : new ArrayList<>(metadata.entrySet())) {
      String key = entry.getKey();
      Object value = entry.getValue();
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException("metadata: expected non-blank keys, got '" + key + "'");
      }
      boolean allowed = value instanceof String || value instanceof Boolean
          || value instanceof Long || value instanceof Integer
          || (value instanceof Double d && Double.isFinite(d));
      if (!allowed) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "metadata: '%s' is %s; expected a String, Boolean, Long, Integer or finite Double",
            key, value == null ? "null" : value + " (" + value.getClass().getSimpleName() + ")"));
      }
      // Integers come back from a file as Long: store them so, and what was saved equals what
      // is read.
      copy.put(key, value instanceof Integer i ? Long.valueOf(i) : value);
    }
    return Collections.unmodifiableMap(copy);
  }
}
