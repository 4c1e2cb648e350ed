package org.demarche.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Writes a review's numbers as CSV for grading spreadsheets: one row per series and turn, every
 * row with its turn and calendar label (the columns are a contract, documented in
 * docs/after-action-review.md). RFC 4180 quoting, rows ended by a line feed.
 */
final class CsvRenderer {
  static final List<String> COLUMNS =
      List.of("game", "turn", "label", "kind", "team", "id", "name", "unit", "value", "estimate");
  /** Enough for any score or indicator, and the same digits on every machine. */
  private static final int DECIMALS = 6;

  private CsvRenderer() {}

  static String render(AfterActionReview review) {
    StringBuilder sb = new StringBuilder();
    row(sb, COLUMNS);
    Summary summary = review.summary();
    Summary.Fork fork = summary.fork();
    if (fork != null) {
      row(sb, List.of(summary.gameId(), Integer.toString(fork.turn()), fork.label(), "branch", "",
          fork.parentGameId(), "fork of game " + fork.parentGameId(), "", "", ""));
    }
    series(sb, review);
    if (review.parent() != null) {
      series(sb, review.parent());
    }
    return sb.toString();
  }

  private static void series(StringBuilder sb, AfterActionReview review) {
    String game = review.summary().gameId();
    for (Series s : review.series()) {
      String kind = s.kind().name().toLowerCase(Locale.ROOT);
      for (Series.Point p : s.points()) {
        row(sb, List.of(game, Integer.toString(p.turn()), p.label(), kind, s.teamId(), s.id(),
            s.name(), s.unit(), number(p.value()), Boolean.toString(p.estimate())));
      }
    }
  }

  /** A plain decimal, never an exponent: spreadsheets in every locale read it as a number. */
  static String number(double value) {
    String text = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN)
        .stripTrailingZeros().toPlainString();
    return text.equals("-0") ? "0" : text;
  }

  private static void row(StringBuilder sb, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(field(fields.get(i)));
    }
    sb.append('\n');
  }

  /** Quoted when it holds a comma, a quote or a line break; quotes inside are doubled. */
  private static String field(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
