package io.qml4j.runtime.ml.persist;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes {@link ModelParameters} as versioned JSON:
 *
 * <pre>{@code
 * {
 *   "format" : "qml4j-parameters",
 *   "version" : 1,
 *   "model" : "MoonsClassifierModel",
 *   "kind" : "variational-classifier",
 *   "shape" : { "count" : 26, "blocks" : [ { "name" : "theta", "size" : 24 }, ... ] },
 *   "values" : [ 0.4137926400337912, ... ],
 *   "metadata" : { "seed" : 12, "testAccuracy" : 0.99 }
 * }
 * }</pre>
 *
 * <p>Values are written with {@link Double#toString}, which gives enough digits that parsing
 * the text returns the same double (JLS / {@code Double.toString} javadoc), and Jackson parses
 * them correctly rounded, so every value reads back bit for bit ({@code -0.0} and subnormals
 * included). JSON has no NaN or infinity; {@link ModelParameters} refuses them anyway.
 *
 * <p>Reading checks everything before returning: the format tag, the version ({@value
 * #VERSION} is the only one so far), every field's presence and type, that the shape's blocks
 * add up to its count and to the number of values, and, through {@link #read(Path, String,
 * List)}, the model's name and shape. Every failure is a {@link ParameterFileException} whose
 * message names the file and the field.
 */
public final class ParameterFile {
  /** The value of the {@code format} field, telling these files from other JSON. */
  public static final String FORMAT = "qml4j-parameters";

  /** The format version this class writes and the only one it reads. */
  public static final int VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private ParameterFile() {}

  /**
   * Writes the parameters to {@code file}, replacing it: the JSON goes to a temporary file beside
   * it that is then moved into place, so that a crash never leaves half a file under the name.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, ModelParameters parameters) throws IOException {
    Objects.requireNonNull(file, "file");
    String json = toJson(parameters);
    Path absolute = file.toAbsolutePath();
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    Path temporary = Files.createTempFile(parent, absolute.getFileName().toString(), ".tmp");
    try {
      Files.writeString(temporary, json, StandardCharsets.UTF_8);
      try {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Reads parameters of any model from {@code file}.
   *
   * @throws ParameterFileException if the file is not a parameter file of version {@value
   *     #VERSION}, or a field is missing, mistyped or inconsistent
   * @throws IOException if the file cannot be read
   */
  public static ModelParameters read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    return fromJson(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * Reads parameters from {@code file} and checks that they belong to {@code model} and have
   * exactly the blocks {@code blocks}, in order.
   *
   * @throws ParameterFileException as {@link #read(Path)}, or naming the model or block found
   *     where another was expected
   * @throws IOException if the file cannot be read
   */
  public static ModelParameters read(Path file, String model, List<ParameterBlock> blocks)
      throws IOException {
    ModelParameters parameters = read(file);
    try {
      parameters.requireShape(model, blocks);
    } catch (IllegalArgumentException e) {
      throw new ParameterFileException(file + ": " + e.getMessage(), e);
    }
    return parameters;
  }

  /** The JSON text {@link #write} writes. */
  public static String toJson(ModelParameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", VERSION);
    root.put("model", parameters.model());
    root.put("kind", parameters.kind());
    ObjectNode shape = root.putObject("shape");
    shape.put("count", parameters.count());
    ArrayNode blocks = shape.putArray("blocks");
    for (ParameterBlock block : parameters.blocks()) {
      blocks.addObject().put("name", block.name()).put("size", block.size());
    }
    ArrayNode values = root.putArray("values");
    for (double value : parameters.values()) {
      values.add(value);
    }
    ObjectNode metadata = root.putObject("metadata");
    for (Map.Entry<String, Object> entry : parameters.metadata().entrySet()) {
      String key = entry.getKey();
      Object value = entry.getValue();
      if (value instanceof String text) {
        metadata.put(key, text);
      } else if (value instanceof Boolean flag) {
        metadata.put(key, flag);
      } else if (value instanceof Long integer) {
        metadata.put(key, integer);
      } else {
        metadata.put(key, (Double) value);
      }
    }
    try {
      return JSON.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("writing a JSON tree of scalars cannot fail", e);
    }
  }

  /**
   * Parses the JSON text {@link #toJson} writes.
   *
   * @param source names the text in error messages, such as its file name
   * @throws ParameterFileException as {@link #read(Path)}
   */
  public static ModelParameters fromJson(String json, String source)
      throws ParameterFileException {
    Objects.requireNonNull(json, "json");
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ParameterFileException(source + ": not valid JSON: "
          + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new ParameterFileException(source + ": expected a JSON object of "
          + "qml4j parameters");
    }
    String format = text(root, "format", source);
    if (!FORMAT.equals(format)) {
      throw new ParameterFileException(String.format(Locale.ROOT,
          "%s: format is '%s', expected '%s'", source, format, FORMAT));
    }
    JsonNode version = root.get("version");
    if (version == null || !version.isIntegralNumber()) {
      throw new ParameterFileException(source + ": version: expected an integer");
    }
    if (version.asLong() != VERSION) {
      throw new ParameterFileException(String.format(Locale.ROOT,
          "%s: format version %s is not supported; this qml4j reads version %d",
          source, version.asText(), VERSION));
    }
    String model = text(root, "model", source);
    String kind = text(root, "kind", source);
    JsonNode shape = field(root, "shape", source);
    List<ParameterBlock> blocks = blocks(shape, source);
    long count = integer(shape, "count", "shape.count", source);
    double[] values = values(field(root, "values", source), source);
    long blockTotal = blocks.stream().mapToLong(ParameterBlock::size).sum();
    if (count != blockTotal || count != values.length) {
      throw new ParameterFileException(String.format(Locale.ROOT,
          "%s: shape.count is %d, the blocks %s hold %d values and 'values' has %d; expected "
              + "all three equal", source, count, blocks, blockTotal, values.length));
    }
    Map<String, Object> metadata = metadata(root.get("metadata"), source);
    try {
      return new ModelParameters(model, kind, blocks, values, metadata);
    } catch (IllegalArgumentException e) {
      throw new ParameterFileException(source + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode field(JsonNode parent, String name, String source)
      throws ParameterFileException {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      throw new ParameterFileException(source + ": missing field '" + name + "'");
    }
    return node;
  }

  private static String text(JsonNode parent, String name, String source)
      throws ParameterFileException {
    JsonNode node = field(parent, name, source);
    if (!node.isTextual()) {
      throw new ParameterFileException(source + ": " + name + ": expected a string, got "
          + node.getNodeType());
    }
    return node.asText();
  }

  private static long integer(JsonNode parent, String name, String path, String source)
      throws ParameterFileException {
    JsonNode node = parent.get(name);
    if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
      throw new ParameterFileException(source + ": " + path + ": expected an integer");
    }
    return node.asLong();
  }

  private static List<ParameterBlock> blocks(JsonNode shape, String source)
      throws ParameterFileException {
    JsonNode array = field(shape, "blocks", source);
    if (!array.isArray() || array.isEmpty()) {
      throw new ParameterFileException(source + ": shape.blocks: expected a non-empty array");
    }
    List<ParameterBlock> blocks = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String path = "shape.blocks[" + i + "]";
      JsonNode block = array.get(i);
      JsonNode name = block.get("name");
      if (name == null || !name.isTextual()) {
        throw new ParameterFileException(source + ": " + path + ".name: expected a string");
      }
      long size = integer(block, "size", path + ".size", source);
      if (size < 1 || size > Integer.MAX_VALUE) {
        throw new ParameterFileException(String.format(Locale.ROOT,
            "%s: %s.size: expected 1 or more, got %d", source, path, size));
      }
      try {
        blocks.add(new ParameterBlock(name.asText(), (int) size));
      } catch (IllegalArgumentException e) {
        throw new ParameterFileException(source + ": " + path + ": " + e.getMessage(), e);
      }
    }
    return blocks;
  }

  private static double[] values(JsonNode array, String source) throws ParameterFileException {
    if (!array.isArray()) {
      throw new ParameterFileException(source + ": values: expected an array of numbers");
    }
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) {
      JsonNode value = array.get(i);
      if (!value.isNumber()) {
        throw new ParameterFileException(String.format(Locale.ROOT,
            "%s: values[%d]: expected a number, got %s", source, i, value));
      }
      values[i] = value.doubleValue();
    }
    return values;
  }

  private static Map<String, Object> metadata(JsonNode node, String source)
      throws ParameterFileException {
    Map<String, Object> metadata = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return metadata;
    }
    if (!node.isObject()) {
      throw new ParameterFileException(source + ": metadata: expected an object");
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode value = entry.getValue();
      Object scalar;
      if (value.isTextual()) {
        scalar = value.asText();
      } else if (value.isBoolean()) {
        scalar = value.asBoolean();
      } else if (value.isIntegralNumber() && value.canConvertToLong()) {
        scalar = value.asLong();
      } else if (value.isFloatingPointNumber()) {
        scalar = value.doubleValue();
      } else {
        throw new ParameterFileException(source + ": metadata." + entry.getKey()
            + ": expected a string, boolean or number, got " + value.getNodeType());
      }
      metadata.put(entry.getKey(), scalar);
    }
    return metadata;
  }
}
