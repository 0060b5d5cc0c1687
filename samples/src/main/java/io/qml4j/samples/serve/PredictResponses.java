package io.qml4j.samples.serve;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes the service's JSON answers. Probabilities are written with {@link Double#toString},
 * which a JSON parser reads back to the same double, so a client sees bit for bit what the model
 * computed:
 *
 * <pre>{@code
 * {"model":"MoonsClassifierModel","classes":[0,1],
 *  "predictions":[{"label":1,"probabilities":[0.0312...,0.9687...]}, ...]}
 * }</pre>
 */
public final class PredictResponses {
  private static final JsonFactory JSON = new JsonFactory();

  private PredictResponses() {}

  /** The answer to a batch: one prediction per row, in order. */
  public static byte[] predictions(String model, int[] classes, Prediction[] predictions) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 + 64 * predictions.length);
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeStringField("model", model);
      json.writeFieldName("classes");
      json.writeArray(classes, 0, classes.length);
      json.writeArrayFieldStart("predictions");
      for (Prediction p : predictions) {
        json.writeStartObject();
        json.writeNumberField("label", p.label());
        json.writeFieldName("probabilities");
        json.writeArray(p.probabilities(), 0, p.probabilities().length);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return out.toByteArray();
  }

  /** {@code {"error": message}}. */
  public static byte[] error(String message) {
    return object("error", message);
  }

  /** A JSON object of one string field. */
  public static byte[] object(String field, String value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeStringField(field, value);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return out.toByteArray();
  }
}
