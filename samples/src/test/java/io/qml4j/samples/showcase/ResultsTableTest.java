package io.qml4j.samples.showcase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsTableTest {
  @Test
  void columnsAreAlignedAndMissedReferencesStandOut() {
    String table = ResultsTable.render(List.of(
        new TaskResult("a", "accuracy 1.000", ">= 0.95", true, 1.24, List.of(), Map.of()),
        new TaskResult("longer task", "x", "y", false, 12, List.of(), Map.of())));
    assertEquals(String.join("\n",
        "| task        | figure         | reference | met | time   |",
        "| ----------- | -------------- | --------- | --- | ------ |",
        "| a           | accuracy 1.000 | >= 0.95   | yes | 1.2 s  |",
        "| longer task | x              | y         | NO  | 12.0 s |",
        ""), table);
  }
}
