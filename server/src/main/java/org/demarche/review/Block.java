package org.demarche.review;

import java.util.List;

/**
 * One piece of a review laid out for reading: the Markdown and HTML renderers share the layout
 * ({@link ReviewDocument}) and differ only in how they write each piece. Text is plain; each
 * renderer escapes it for its syntax.
 */
sealed interface Block {

  /** A heading; level 1 is the title, level 2 starts a section (a new page in print). */
  record Heading(int level, String text) implements Block {}

  record Paragraph(String text) implements Block {}

  record Bullets(List<String> items) implements Block {
    public Bullets {
      items = List.copyOf(items);
    }
  }

  /** A table whose first column names the rows and whose other columns hold numbers. */
  record Table(List<String> header, List<List<String>> rows) implements Block {
    public Table {
      header = List.copyOf(header);
      rows = List.copyOf(rows);
    }
  }

  /**
   * A line chart over turns 0 to {@code labels.size() - 1}.
   *
   * @param branchTurn the turn a fork played anew first, marked on the chart; 0 for none
   */
  record LineChart(String title, List<String> labels, List<Line> lines, int branchTurn)
      implements Block {
    public LineChart {
      labels = List.copyOf(labels);
      lines = List.copyOf(lines);
    }
  }

  /** One line of a chart; {@code secondary} for the parent's line beside a fork's. */
  record Line(String name, List<Series.Point> points, boolean secondary) {
    public Line {
      points = List.copyOf(points);
    }
  }

  /** The waterfall of a turning point's drivers. */
  record Waterfall(String title, TurningPoint point) implements Block {}
}
