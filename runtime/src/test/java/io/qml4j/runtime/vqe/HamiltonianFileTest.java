package io.qml4j.runtime.vqe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qml4j.runtime.observable.PauliSum;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HamiltonianFileTest {
  @Test
  void readsTermsAcrossLinesIgnoringComments() {
    PauliSum h = HamiltonianFile.parse(
        "# a comment\n-0.5\n\n+ 0.25 Z0 Z1   # trailing comment\r\n- 0.1 X0 + 0.1 X0\n", "test");
    assertEquals(PauliSum.parse("-0.5 + 0.25 Z0 Z1"), h);
  }

  @Test
  void malformedLineIsReportedWithSourceAndLineNumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HamiltonianFile.parse("# header\n0.5 Z0\n+ 0.3 Q1\n", "h.txt"));
    assertTrue(e.getMessage().startsWith("h.txt, line 3: malformed Hamiltonian term \"+ 0.3 Q1\": "),
        e.getMessage());
  }

  @Test
  void textWithoutTermsIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HamiltonianFile.parse("# only a comment\n\n", "empty.txt"));
    assertEquals("empty.txt: no Hamiltonian terms found (only comments or blank lines)",
        e.getMessage());
  }

  @Test
  void readsAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("h.txt");
    Files.writeString(file, "0.5 X0 X1\n");
    assertEquals(PauliSum.parse("0.5 X0 X1"), HamiltonianFile.read(file));
  }

  @Test
  void missingResourceIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> HamiltonianFile.readResource(HamiltonianFileTest.class, "nope.txt"));
    assertEquals("name: no resource nope.txt next to io.qml4j.runtime.vqe.HamiltonianFileTest",
        e.getMessage());
  }
}
