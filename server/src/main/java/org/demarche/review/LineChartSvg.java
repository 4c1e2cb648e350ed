package org.demarche.review;

import org.demarche.engine.Numbers;

/**
 * Draws a {@link Block.LineChart} as inline SVG, readable in black and white: the main line is
 * solid with round markers, the parent's dashed with square ones, estimates hollow, and a legend
 * says which is which. A fork's branch is a dotted vertical line.
 */
final class LineChartSvg {
  private static final int HEIGHT = 250;
  private static final double LEFT = 56;
  private static final double RIGHT = Svg.WIDTH - 32;
  private static final double TOP = 34;
  private static final double BOTTOM = HEIGHT - 30;
  /** About this many calendar labels fit under the axis. */
  private static final int MAX_LABELS = 8;

  private final Block.LineChart chart;
  private final Ticks ticks;
  private final Svg svg;

  private LineChartSvg(Block.LineChart chart) {
    this.chart = chart;
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (Block.Line line : chart.lines()) {
      for (Series.Point p : line.points()) {
        low = Math.min(low, p.value());
        high = Math.max(high, p.value());
      }
    }
    this.ticks = Ticks.covering(low, high);
    this.svg = new Svg(HEIGHT, chart.title());
  }

  static String draw(Block.LineChart chart) {
    return new LineChartSvg(chart).drawn();
  }

  private String drawn() {
    for (int i = 0; i < ticks.count(); i++) {
      double value = ticks.at(i);
      svg.line(LEFT, y(value), RIGHT, y(value), Svg.GRID, "")
          .text(LEFT - 4, y(value) + 4, "end", Numbers.format(value));
    }
    int last = chart.labels().size() - 1;
    int every = (last + MAX_LABELS) / MAX_LABELS;
    for (int turn = 0; turn <= last; turn += every) {
      svg.line(x(turn), BOTTOM, x(turn), BOTTOM + 4, "#000000", "")
          .text(x(turn), BOTTOM + 17, "middle", chart.labels().get(turn));
    }
    svg.line(LEFT, BOTTOM, RIGHT, BOTTOM, "#000000", "");
    if (chart.branchTurn() > 0) {
      double at = x(chart.branchTurn() - 1);
      svg.line(at, TOP, at, BOTTOM, "#000000", "2 3")
          .text(at + 4, TOP - 4, "start", "fork: turn " + chart.branchTurn() + " played anew");
    }
    boolean estimates = false;
    for (Block.Line line : chart.lines()) {
      estimates |= drawLine(line);
    }
    legend(estimates);
    return svg.close();
  }

  /** Draws one line and its markers; true when some of its points are estimates. */
  private boolean drawLine(Block.Line line) {
    StringBuilder points = new StringBuilder();
    for (Series.Point p : line.points()) {
      points.append(points.length() == 0 ? "" : " ").append(Svg.n(x(p.turn()))).append(',')
          .append(Svg.n(y(p.value())));
    }
    svg.raw("<polyline fill=\"none\" " + stroke(line) + " points=\"" + points + "\"/>\n");
    boolean estimates = false;
    for (Series.Point p : line.points()) {
      svg.group(line.name() + ", " + p.label() + ": " + ReviewDocument.number(p));
      marker(x(p.turn()), y(p.value()), line, p.estimate() ? "#ffffff" : ink(line));
      svg.end();
      estimates |= p.estimate();
    }
    return estimates;
  }

  private void marker(double x, double y, Block.Line line, String fill) {
    if (line.secondary()) {
      svg.rect(x - 3, y - 3, 6, 6, fill, ink(line));
    } else {
      svg.raw("<circle cx=\"" + Svg.n(x) + "\" cy=\"" + Svg.n(y) + "\" r=\"3.5\" fill=\"" + fill
          + "\" stroke=\"" + ink(line) + "\"/>\n");
    }
  }

  private void legend(boolean estimates) {
    double x = LEFT;
    for (Block.Line line : chart.lines()) {
      svg.raw("<line x1=\"" + Svg.n(x) + "\" y1=\"14\" x2=\"" + Svg.n(x + 24)
          + "\" y2=\"14\" " + stroke(line) + "/>\n");
      marker(x + 12, 14, line, ink(line));
      svg.text(x + 30, 18, "start", line.name());
      x += 40 + 7 * line.name().length();
    }
    if (estimates) {
      svg.text(x, 18, "start", "hollow marker: an estimate");
    }
  }

  /** The stroke attributes that tell the lines apart without colour. */
  private static String stroke(Block.Line line) {
    return "stroke=\"" + ink(line) + "\" stroke-width=\"2\""
        + (line.secondary() ? " stroke-dasharray=\"6 4\"" : "");
  }

  private static String ink(Block.Line line) {
    return line.secondary() ? Svg.SECOND_INK : Svg.INK;
  }

  private double x(int turn) {
    int last = chart.labels().size() - 1;
    return last == 0 ? (LEFT + RIGHT) / 2 : LEFT + (RIGHT - LEFT) * turn / last;
  }

  private double y(double value) {
    return BOTTOM - (BOTTOM - TOP) * (value - ticks.low()) / (ticks.high() - ticks.low());
  }
}
