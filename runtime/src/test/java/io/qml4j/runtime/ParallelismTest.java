package io.qml4j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The thread count of generated models: the system property when set, the processors otherwise;
 * a bad value or a count below 1 is refused with the name of what was wrong.
 */
class ParallelismTest {
  @Test
  void thePropertyWinsOverTheProcessorCount() {
    assertEquals(6, Parallelism.parse(null, 6));
    assertEquals(3, Parallelism.parse("3", 6));
    assertEquals(1, Parallelism.parse(" 1 ", 6));
  }

  @Test
  void badPropertyValuesAreNamed() {
    for (String bad : new String[] {"0", "-2", "two", ""}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Parallelism.parse(bad, 2));
      assertEquals("system property qml4j.threads: expected a whole number of threads of at "
          + "least 1, got '" + bad + "'", e.getMessage());
    }
  }

  @Test
  void setThreadsSetsAndRefusesCountsBelowOne() {
    int before = Parallelism.threads();
    try {
      Parallelism.setThreads(5);
      assertEquals(5, Parallelism.threads());
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Parallelism.setThreads(0));
      assertEquals("threads: expected at least 1, got 0", e.getMessage());
      assertEquals(5, Parallelism.threads());
    } finally {
      Parallelism.setThreads(before);
    }
  }
}
