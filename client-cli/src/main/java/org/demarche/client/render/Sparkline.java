package org.demarche.client.render;

import java.util.List;

/**
 * Draws a series of numbers as a line of block characters ▁▂▃▄▅▆▇█, scaled from the series' own
 * minimum to its maximum, so a variable's history fits one table cell.
 *
 * <p>Stateless; any thread.
 */
public final class Sparkline {
  private static final char[] BLOCKS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};
  /** A flat series is drawn at mid height so it reads as "no change", not as "at the floor". */
  private static final char FLAT = BLOCKS[3];

  private Sparkline() {}

  /** The last {@code maxWidth} values of a series as blocks; empty for an empty series. */
  public static String of(List<Double> values, int maxWidth) {
    List<Double> shown = values.subList(Math.max(0, values.size() - maxWidth), values.size());
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double value : shown) {
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    StringBuilder line = new StringBuilder(shown.size());
    for (double value : shown) {
      if (max - min < 1e-12) {
        line.append(FLAT);
      } else {
        int level = (int) Math.round((value - min) / (max - min) * (BLOCKS.length - 1));
        line.append(BLOCKS[level]);
      }
    }
    return line.toString();
  }
}
