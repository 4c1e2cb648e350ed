package org.demarche.review;

import java.util.List;

/**
 * Writes a review as one self-contained HTML page: inline CSS and SVG charts, no script, nothing
 * fetched (a Content-Security-Policy forbids it), each section on a new page in print. Every text
 * from scenarios and players is escaped.
 */
final class HtmlRenderer {
  private static final String STYLE = String.join("\n",
      "body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 60em;"
          + " padding: 0 1em; color: #000; background: #fff; line-height: 1.4; }",
      "h1 { font-size: 1.6em; } h2 { border-bottom: 1px solid #000; margin-top: 2em; }",
      "figure { margin: 1em 0; break-inside: avoid; page-break-inside: avoid; }",
      "figcaption { font-weight: bold; margin-bottom: 0.3em; }",
      "svg { max-width: 100%; height: auto; font-size: 11px; }",
      ".scroll { overflow-x: auto; }",
      "table { border-collapse: collapse; margin: 1em 0; font-size: 0.9em; }",
      "th, td { border: 1px solid #888; padding: 2px 6px; }",
      "td { text-align: right; font-variant-numeric: tabular-nums; }",
      "th[scope=row] { text-align: left; font-weight: normal; }",
      "li { margin: 0.2em 0; }",
      "@media print {",
      "  body { margin: 0; max-width: none; font-size: 10pt; }",
      "  section { break-before: page; page-break-before: always; }",
      "  .scroll { overflow: visible; }",
      "  table { font-size: 8pt; } thead { display: table-header-group; }",
      "  tr, li { break-inside: avoid; page-break-inside: avoid; }",
      "}");

  private HtmlRenderer() {}

  static String render(AfterActionReview review) {
    StringBuilder sb = new StringBuilder();
    Summary summary = review.summary();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .append(" style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<title>").append(Html.escape("After-action review: "
            + summary.scenarioTitle() + ", game " + summary.gameId())).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n<header>\n");
    boolean inSection = false;
    for (Block block : ReviewDocument.of(review)) {
      if (block instanceof Block.Heading h && h.level() == 2) {
        sb.append(inSection ? "</section>\n" : "</header>\n").append("<section>\n");
        inSection = true;
      }
      write(sb, block);
    }
    sb.append(inSection ? "</section>\n" : "</header>\n").append("</body>\n</html>\n");
    return sb.toString();
  }

  private static void write(StringBuilder sb, Block block) {
    if (block instanceof Block.Heading h) {
      sb.append("<h").append(h.level()).append('>').append(Html.escape(h.text()))
          .append("</h").append(h.level()).append(">\n");
    } else if (block instanceof Block.Paragraph p) {
      sb.append("<p>").append(Html.escape(p.text())).append("</p>\n");
    } else if (block instanceof Block.Bullets b) {
      sb.append("<ul>\n");
      for (String item : b.items()) {
        sb.append("<li>").append(Html.escape(item)).append("</li>\n");
      }
      sb.append("</ul>\n");
    } else if (block instanceof Block.Table t) {
      table(sb, t);
    } else if (block instanceof Block.LineChart chart) {
      figure(sb, chart.title(), LineChartSvg.draw(chart));
    } else if (block instanceof Block.Waterfall waterfall) {
      figure(sb, waterfall.title(), WaterfallSvg.draw(waterfall));
    } else {
      throw new AssertionError(block + " without HTML is a bug");
    }
  }

  /** A chart under its title, which says what is drawn (the SVG's label is for screen readers). */
  private static void figure(StringBuilder sb, String title, String svg) {
    sb.append("<figure><figcaption>").append(Html.escape(title)).append("</figcaption>")
        .append(svg).append("</figure>\n");
  }

  private static void table(StringBuilder sb, Block.Table table) {
    sb.append("<div class=\"scroll\"><table>\n<thead><tr>");
    for (String cell : table.header()) {
      sb.append("<th scope=\"col\">").append(Html.escape(cell)).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : table.rows()) {
      sb.append("<tr><th scope=\"row\">").append(Html.escape(row.get(0))).append("</th>");
      for (String cell : row.subList(1, row.size())) {
        sb.append("<td>").append(Html.escape(cell)).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody></table></div>\n");
  }
}
