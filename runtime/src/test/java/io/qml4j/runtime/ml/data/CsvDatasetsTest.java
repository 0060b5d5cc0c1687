package io.qml4j.runtime.ml.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CsvDatasetsTest {
  private static Dataset read(String text) throws IOException {
    return CsvDatasets.read(new StringReader(text), "digits.csv");
  }

  @Test
  void readsLabelsAndFeaturesSkippingHeaderAndBlankLines() throws IOException {
    Dataset data = read("label,a,b\n3,0.5,16\n\n8, 1e-3 ,-2\n");
    assertEquals(2, data.size());
    assertArrayEquals(new int[] {3, 8}, data.labels());
    assertArrayEquals(new double[] {0.5, 16}, data.features(0));
    assertArrayEquals(new double[] {1e-3, -2}, data.features(1));
  }

  @Test
  void malformedLinesNameTheSourceLineAndField() {
    assertEquals("digits.csv:3: 1 features, the lines before have 2",
        assertThrows(IllegalArgumentException.class, () -> read("h,a,b\n1,2,3\n4,5\n"))
            .getMessage());
    assertEquals("digits.csv:2: feature 2 is 'x', not a number",
        assertThrows(IllegalArgumentException.class, () -> read("1,2,3\n4,5,x\n"))
            .getMessage());
    assertEquals("digits.csv:2: label 'seven' is not an integer",
        assertThrows(IllegalArgumentException.class, () -> read("1,2,3\nseven,5,6\n"))
            .getMessage());
    assertEquals("digits.csv:1: feature 1 is NaN; expected a finite number",
        assertThrows(IllegalArgumentException.class, () -> read("1,NaN\n")).getMessage());
    assertEquals("digits.csv:1: a label and no features; expected label,feature,...",
        assertThrows(IllegalArgumentException.class, () -> read("1\n")).getMessage());
  }
}
