package org.demarche.review;

import java.util.Locale;

/**
 * Writes the elements of an inline SVG chart: coordinates with one decimal in {@link Locale#ROOT}
 * (the same bytes on every machine), text escaped, a title for screen readers and tooltips.
 */
final class Svg {
  static final int WIDTH = 640;
  static final String INK = "#1b4f72";
  static final String SECOND_INK = "#a04000";
  static final String GRID = "#d0d0d0";

  private final StringBuilder sb = new StringBuilder();

  Svg(int height, String title) {
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\">")
        .append("<title>").append(Html.escape(title)).append("</title>\n");
  }

  static String n(double coordinate) {
    return String.format(Locale.ROOT, "%.1f", coordinate);
  }

  /** Raw markup the chart composed itself (defs, groups); never text from a scenario. */
  Svg raw(String markup) {
    sb.append(markup);
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke, String dash) {
    sb.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"")
        .append(n(x2)).append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke)
        .append('"');
    if (!dash.isEmpty()) {
      sb.append(" stroke-dasharray=\"").append(dash).append('"');
    }
    sb.append("/>\n");
    return this;
  }

  Svg rect(double x, double y, double width, double height, String fill, String stroke) {
    sb.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
        .append(n(width)).append("\" height=\"").append(n(height)).append("\" fill=\"")
        .append(fill).append("\" stroke=\"").append(stroke).append("\"/>\n");
    return this;
  }

  /** Text at a point; {@code anchor} is start, middle or end. */
  Svg text(double x, double y, String anchor, String text) {
    sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y))
        .append("\" text-anchor=\"").append(anchor).append("\">").append(Html.escape(text))
        .append("</text>\n");
    return this;
  }

  /** A group whose tooltip is {@code title}; close it with {@link #end()}. */
  Svg group(String title) {
    sb.append("<g><title>").append(Html.escape(title)).append("</title>\n");
    return this;
  }

  Svg end() {
    sb.append("</g>\n");
    return this;
  }

  String close() {
    return sb.append("</svg>").toString();
  }
}
