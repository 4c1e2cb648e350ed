package org.demarche.review;

import org.demarche.engine.Numbers;

/**
 * Draws a turning point's waterfall as inline SVG, one row per driver: the value before the span
 * and after it as marks, each cause a bar from the running total before it to the one after,
 * solid when it raised the variable and hollow when it lowered it, with its signed amount, so it
 * reads in black and white.
 */
final class WaterfallSvg {
  private static final double ROW = 22;
  private static final double TOP = 28;
  private static final double LABELS = 250;
  private static final double LEFT = LABELS + 10;
  private static final double RIGHT = Svg.WIDTH - 56;
  /** Longer causes are cut in the chart; the table beside it has them whole. */
  private static final int MAX_LABEL = 40;

  private final TurningPoint point;
  private final Ticks ticks;
  private final Svg svg;
  private final double bottom;

  private WaterfallSvg(Block.Waterfall block) {
    this.point = block.point();
    double low = Math.min(point.start(), point.end());
    double high = Math.max(point.start(), point.end());
    double running = point.start();
    for (TurningPoint.Driver d : point.drivers()) {
      running += d.amount();
      low = Math.min(low, running);
      high = Math.max(high, running);
    }
    this.ticks = Ticks.covering(low, high);
    this.bottom = TOP + ROW * (point.drivers().size() + 2);
    this.svg = new Svg((int) bottom + 30, block.title());
  }

  static String draw(Block.Waterfall block) {
    return new WaterfallSvg(block).drawn();
  }

  private String drawn() {
    svg.text(LEFT, 16, "start", "solid bar: raised it; hollow bar: lowered it");
    for (int i = 0; i < ticks.count(); i++) {
      double value = ticks.at(i);
      svg.line(x(value), TOP, x(value), bottom, Svg.GRID, "")
          .text(x(value), bottom + 16, "middle", Numbers.format(value));
    }
    total(0, "Before turn " + point.fromTurn(), point.start());
    double running = point.start();
    int row = 1;
    for (TurningPoint.Driver d : point.drivers()) {
      double next = running + d.amount();
      double top = TOP + ROW * row + 4;
      svg.group(d.cause() + ": " + Numbers.signed(d.amount()))
          .text(LABELS, top + 11, "end", shortened(d.cause()))
          .rect(Math.min(x(running), x(next)), top, Math.max(1, Math.abs(x(next) - x(running))),
              ROW - 8, d.amount() > 0 ? Svg.INK : "#ffffff", Svg.INK)
          .text(Math.max(x(running), x(next)) + 4, top + 11, "start", Numbers.signed(d.amount()))
          .end()
          .line(x(next), top + ROW - 8, x(next), top + ROW, "#000000", "2 2");
      running = next;
      row++;
    }
    total(row, "After turn " + point.toTurn(), point.end());
    return svg.close();
  }

  /** A value before or after the span: a thick mark at the value, with the value beside it. */
  private void total(int row, String label, double value) {
    double top = TOP + ROW * row + 2;
    svg.group(label + ": " + Numbers.format(value))
        .text(LABELS, top + 13, "end", label)
        .rect(x(value) - 2, top, 4, ROW - 4, "#000000", "#000000")
        .text(x(value) + 6, top + 13, "start", Numbers.format(value))
        .end();
  }

  private static String shortened(String cause) {
    return cause.length() <= MAX_LABEL ? cause : cause.substring(0, MAX_LABEL - 1) + "…";
  }

  private double x(double value) {
    return LEFT + (RIGHT - LEFT) * (value - ticks.low()) / (ticks.high() - ticks.low());
  }
}
