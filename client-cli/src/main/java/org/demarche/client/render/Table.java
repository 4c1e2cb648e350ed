package org.demarche.client.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain text table: a header, a rule of dashes, rows; columns two spaces apart, numbers aligned
 * right. Widths count code points without colour escapes, so styled cells still line up.
 *
 * <p>Build and render on one thread.
 */
public final class Table {
  /** Which side of its column a cell sticks to. */
  public enum Align {
    LEFT,
    RIGHT
  }

  private final List<String> headers = new ArrayList<>();
  private final List<Align> aligns = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();

  /** Adds a column; returns this table for chaining. */
  public Table column(String header, Align align) {
    headers.add(header);
    aligns.add(align);
    return this;
  }

  /** Adds a row with one cell per column. */
  public Table row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "a row of " + cells.length + " cells in a table of " + headers.size() + " columns");
    }
    rows.add(List.of(cells));
    return this;
  }

  /** Whether no row was added. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The table as lines joined with '\n', ending with a newline; headers in bold if styled. */
  public String render(Style style) {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = Style.width(headers.get(c));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], Style.width(row.get(c)));
      }
    }
    StringBuilder out = new StringBuilder();
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    appendLine(out, headers, widths, style, true);
    appendLine(out, rule, widths, style, false);
    for (List<String> row : rows) {
      appendLine(out, row, widths, style, false);
    }
    return out.toString();
  }

  private void appendLine(
      StringBuilder out, List<String> cells, int[] widths, Style style, boolean header) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String padding = " ".repeat(widths[c] - Style.width(cell));
      String shown = header ? style.bold(cell) : cell;
      if (c > 0) {
        line.append("  ");
      }
      line.append(aligns.get(c) == Align.RIGHT ? padding + shown : shown + padding);
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
