package io.qml4j.samples.showcase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders task results as a plain-text table with aligned columns (Markdown-compatible). */
public final class ResultsTable {
  private static final String[] HEADER = {"task", "figure", "reference", "met", "time"};

  private ResultsTable() {}

  /** The table of the given results, one row each, in order, ending with a newline. */
  public static String render(List<TaskResult> results) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (TaskResult r : results) {
      rows.add(new String[] {r.task(), r.figure(), r.reference(), r.meetsReference() ? "yes" : "NO",
          String.format(Locale.ROOT, "%.1f s", r.seconds())});
    }
    int[] widths = new int[HEADER.length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    StringBuilder out = new StringBuilder();
    appendRow(out, rows.get(0), widths);
    String[] rule = new String[HEADER.length];
    for (int c = 0; c < rule.length; c++) {
      rule[c] = "-".repeat(widths[c]);
    }
    appendRow(out, rule, widths);
    for (String[] row : rows.subList(1, rows.size())) {
      appendRow(out, row, widths);
    }
    return out.toString();
  }

  private static void appendRow(StringBuilder out, String[] cells, int[] widths) {
    out.append('|');
    for (int c = 0; c < cells.length; c++) {
      out.append(' ').append(cells[c]).append(" ".repeat(widths[c] - cells[c].length()))
          .append(" |");
    }
    out.append('\n');
  }
}
