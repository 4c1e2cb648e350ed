package org.demarche.review;

import java.util.List;

/**
 * Writes a review as Markdown (CommonMark with GitHub tables). Charts are left out: the tables
 * beside them hold the same numbers. Text from scenarios and players is escaped so it cannot
 * become markup, raw HTML included.
 */
final class MarkdownRenderer {
  private static final String SPECIAL = "\\`*_[]<>|#~&";

  private MarkdownRenderer() {}

  static String render(AfterActionReview review) {
    StringBuilder sb = new StringBuilder();
    for (Block block : ReviewDocument.of(review)) {
      if (block instanceof Block.Heading h) {
        sb.append("#".repeat(h.level())).append(' ').append(escape(h.text())).append("\n\n");
      } else if (block instanceof Block.Paragraph p) {
        sb.append(escape(p.text())).append("\n\n");
      } else if (block instanceof Block.Bullets b) {
        for (String item : b.items()) {
          sb.append("- ").append(escape(item)).append('\n');
        }
        sb.append('\n');
      } else if (block instanceof Block.Table t) {
        table(sb, t);
      }
    }
    return sb.toString();
  }

  private static void table(StringBuilder sb, Block.Table table) {
    row(sb, table.header());
    sb.append("| ---");
    for (int i = 1; i < table.header().size(); i++) {
      sb.append(" | ---:");
    }
    sb.append(" |\n");
    for (List<String> row : table.rows()) {
      row(sb, row);
    }
    sb.append('\n');
  }

  private static void row(StringBuilder sb, List<String> cells) {
    sb.append('|');
    for (String cell : cells) {
      sb.append(' ').append(escape(cell)).append(" |");
    }
    sb.append('\n');
  }

  /** Backslash before every character Markdown could read as markup; line breaks as spaces. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        sb.append(' ');
      } else {
        if (SPECIAL.indexOf(c) >= 0) {
          sb.append('\\');
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
