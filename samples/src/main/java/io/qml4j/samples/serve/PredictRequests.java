package io.qml4j.samples.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the body of {@code POST /predict}, {@code {"instances": [[x0, x1, ...], ...]}}, into rows
 * of features, checking everything before any row reaches a model: JSON syntax, the one field,
 * the number of rows (1 to the limit), each row's width, and that each value is a finite number.
 * The parse streams, so an oversized batch is refused at the first row past the limit without
 * building the rest.
 *
 * <p>{@code NaN} and {@code Infinity} are not JSON, but clients (Python's {@code json.dumps},
 * for one) write them; the parser accepts the tokens so that the answer names the row and
 * column, as it does for a number too large for a double ({@code 1e999}).
 */
public final class PredictRequests {
  /** The one field of a request. */
  public static final String FIELD = "instances";

  /** How much of a client's text an error message quotes at most. */
  private static final int EXCERPT = 40;

  private static final JsonFactory JSON = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private PredictRequests() {}

  /**
   * The rows of a request body.
   *
   * @param body the request body, UTF-8 JSON
   * @param width the features every row must have
   * @param maxRows the most rows a request may carry
   * @throws BadRequestException naming the field and row that is wrong
   */
  public static double[][] parse(byte[] body, int width, int maxRows)
      throws BadRequestException {
    try (JsonParser parser = JSON.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new BadRequestException("body: expected a JSON object {\"" + FIELD
            + "\": [[...], ...]}");
      }
      double[][] rows = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        if (!FIELD.equals(name)) {
          throw new BadRequestException("body: unknown field '" + excerpt(name)
              + "'; expected only '" + FIELD + "'");
        }
        parser.nextToken();
        rows = rows(parser, width, maxRows);
      }
      if (parser.nextToken() != null) {
        throw new BadRequestException("body: unexpected content after the JSON object");
      }
      if (rows == null) {
        throw new BadRequestException(FIELD + ": missing; expected {\"" + FIELD
            + "\": [[...], ...]}");
      }
      return rows;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new BadRequestException(String.format(Locale.ROOT,
          "body: malformed JSON at line %d, column %d: %s",
          at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
          excerpt(e.getOriginalMessage())));
    } catch (IOException e) {
      throw new BadRequestException("body: unreadable: " + excerpt(e.getMessage()));
    }
  }

  private static double[][] rows(JsonParser parser, int width, int maxRows)
      throws IOException, BadRequestException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw new BadRequestException(String.format(Locale.ROOT,
          "%s: expected an array of 1 to %d rows, got %s", FIELD, maxRows,
          describe(parser)));
    }
    List<double[]> rows = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (rows.size() == maxRows) {
        throw new BadRequestException(String.format(Locale.ROOT,
            "%s: more than %d rows; expected 1 to %d per request", FIELD, maxRows, maxRows));
      }
      rows.add(row(parser, rows.size(), width));
    }
    if (rows.isEmpty()) {
      throw new BadRequestException(String.format(Locale.ROOT,
          "%s: empty batch; expected 1 to %d rows", FIELD, maxRows));
    }
    return rows.toArray(new double[0][]);
  }

  private static double[] row(JsonParser parser, int index, int width)
      throws IOException, BadRequestException {
    String where = FIELD + "[" + index + "]";
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw new BadRequestException(String.format(Locale.ROOT,
          "%s: expected an array of %d numbers, got %s", where, width, describe(parser)));
    }
    double[] row = new double[width];
    int count = 0;
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
        throw new BadRequestException(String.format(Locale.ROOT,
            "%s[%d]: expected a number, got %s", where, count, describe(parser)));
      }
      double value = parser.getDoubleValue();
      if (!Double.isFinite(value)) {
        throw new BadRequestException(String.format(Locale.ROOT,
            "%s[%d]: %s is not a finite number", where, count, excerpt(parser.getText())));
      }
      if (count < width) {
        row[count] = value;
      }
      count++;
    }
    if (count != width) {
      throw new BadRequestException(String.format(Locale.ROOT,
          "%s: expected %d features, got %d", where, width, count));
    }
    return row;
  }

  private static String describe(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return "an object";
    }
    if (token == JsonToken.START_ARRAY) {
      return "an array";
    }
    if (token == JsonToken.VALUE_STRING) {
      return "the string \"" + excerpt(parser.getText()) + "\"";
    }
    return token == null ? "nothing" : excerpt(parser.getText());
  }

  private static String excerpt(String text) {
    if (text == null) {
      return "";
    }
    String oneLine = text.replaceAll("[\\r\\n\\t]", " ");
    return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT) + "...";
  }
}
