package org.demarche.review;

import java.util.ArrayList;
import java.util.List;
import org.demarche.engine.Numbers;

/**
 * Lays a review out for people: a heading, then the scores, the variables, the turning points and
 * the timeline, each a section. Decides the words and the order once for Markdown and HTML.
 */
final class ReviewDocument {
  private final AfterActionReview review;
  private final Summary summary;
  private final List<Block> blocks = new ArrayList<>();

  private ReviewDocument(AfterActionReview review) {
    this.review = review;
    this.summary = review.summary();
  }

  static List<Block> of(AfterActionReview review) {
    ReviewDocument document = new ReviewDocument(review);
    document.heading();
    document.scores();
    document.variables();
    document.turningPoints();
    document.timeline();
    return List.copyOf(document.blocks);
  }

  /** A number as people read it, "~" before an estimate. */
  static String number(Series.Point point) {
    return (point.estimate() ? "~" : "") + Numbers.format(point.value());
  }

  /** "turn 3 (2024-Q3)". */
  private String turn(int turn) {
    return "turn " + turn + " (" + summary.label(turn) + ")";
  }

  private void heading() {
    blocks.add(new Block.Heading(1, "After-action review: " + summary.scenarioTitle()));
    int played = summary.turnsPlayed();
    String span = played == 0 ? "No turn played yet"
        : played + (played == 1 ? " turn" : " turns") + " played, " + summary.label(1)
            + (played == 1 ? "" : " to " + summary.label(played));
    blocks.add(new Block.Paragraph("Game " + summary.gameId() + " of scenario "
        + summary.scenarioId() + ", for " + summary.audienceName() + ". " + span + "; "
        + (summary.ended() ? "the game has ended." : "the game is still running.")
        + (summary.seed() == null ? "" : " Seed " + summary.seed() + ".")));
    if (!summary.outcome().isEmpty()) {
      blocks.add(new Block.Paragraph("Outcome: " + summary.outcome()));
    }
    Summary.Fork fork = summary.fork();
    if (fork != null) {
      // The fork's label, not the turn's: a fork that has not played its branch turn yet has none.
      blocks.add(new Block.Paragraph("Fork of game " + fork.parentGameId() + ": it shares the"
          + " parent's turns before turn " + fork.turn() + " and played turn " + fork.turn() + " ("
          + fork.label() + ") and after anew."));
    }
    if (review.parent() != null) {
      blocks.add(new Block.Paragraph("Compared with its parent: in the charts the solid line is"
          + " this game and the dashed line game " + fork.parentGameId()
          + "; in the tables the parent's rows are marked (game " + fork.parentGameId() + ")."));
    }
  }

  private void scores() {
    blocks.add(new Block.Heading(2, "Scores"));
    for (Summary.TeamName team : summary.teams()) {
      List<Series> own = new ArrayList<>();
      for (Series s : review.series()) {
        if (s.teamId().equals(team.id())) {
          own.add(s);
        }
      }
      if (own.isEmpty()) {
        continue;
      }
      blocks.add(new Block.Heading(3, team.name()));
      // The score comes first among a team's series.
      blocks.add(chart(own.get(0), team.name() + ": score (0-100)"));
      blocks.add(table(own));
    }
  }

  private void variables() {
    blocks.add(new Block.Heading(2, "Variables"));
    List<Series> variables = new ArrayList<>();
    boolean estimates = false;
    for (Series s : review.series()) {
      if (s.kind() == Series.Kind.VARIABLE) {
        variables.add(s);
        estimates |= s.points().stream().anyMatch(Series.Point::estimate);
      }
    }
    if (estimates) {
      blocks.add(new Block.Paragraph("~ marks an estimate: the value your team was shown, with"
          + " its noise; hollow markers in the charts."));
    }
    for (Series s : variables) {
      blocks.add(chart(s, s.name() + unit(s.unit())));
    }
    blocks.add(table(variables));
  }

  private static String unit(String unit) {
    return unit.isEmpty() ? "" : " (" + unit + ")";
  }

  private Block chart(Series series, String title) {
    List<Block.Line> lines = new ArrayList<>();
    lines.add(new Block.Line("game " + summary.gameId(), series.points(), false));
    Series parent = review.parentSeries(series);
    if (parent != null) {
      lines.add(new Block.Line("game " + parent(), parent.points(), true));
    }
    return new Block.LineChart(title, longestLabels(), lines,
        summary.fork() == null ? 0 : summary.fork().turn());
  }

  private String parent() {
    return review.parent().summary().gameId();
  }

  /** The labels of the longer of the two games, so both fit on the charts and tables. */
  private List<String> longestLabels() {
    List<String> labels = summary.labels().subList(0, summary.turnsPlayed() + 1);
    if (review.parent() != null) {
      Summary other = review.parent().summary();
      if (other.turnsPlayed() + 1 > labels.size()) {
        labels = other.labels().subList(0, other.turnsPlayed() + 1);
      }
    }
    return labels;
  }

  /** Rows are series (each followed by the parent's), columns are turns. */
  private Block table(List<Series> series) {
    List<String> labels = longestLabels();
    List<String> header = new ArrayList<>();
    header.add("");
    for (int turn = 0; turn < labels.size(); turn++) {
      header.add(turn + " · " + labels.get(turn));
    }
    List<List<String>> rows = new ArrayList<>();
    for (Series s : series) {
      rows.add(row(s.name() + unit(s.unit()), s, labels.size()));
      Series parent = review.parentSeries(s);
      if (parent != null) {
        rows.add(row(s.name() + " (game " + parent() + ")", parent, labels.size()));
      }
    }
    return new Block.Table(header, rows);
  }

  private static List<String> row(String name, Series series, int columns) {
    List<String> row = new ArrayList<>();
    row.add(name);
    for (int turn = 0; turn < columns; turn++) {
      row.add(turn < series.points().size() ? number(series.points().get(turn)) : "");
    }
    return row;
  }

  private void turningPoints() {
    blocks.add(new Block.Heading(2, "Turning points"));
    if (review.turningPoints().isEmpty()) {
      blocks.add(new Block.Paragraph("No variable whose causes you may know has moved yet."));
    }
    for (TurningPoint point : review.turningPoints()) {
      String title = point.name() + (point.change() > 0 ? " rose" : " fell") + " from "
          + Numbers.format(point.start()) + " to " + Numbers.format(point.end())
          + unit(point.unit())
          + ", " + turn(point.fromTurn())
          + (point.toTurn() == point.fromTurn() ? "" : " to " + turn(point.toTurn()));
      blocks.add(new Block.Heading(3, title));
      blocks.add(new Block.Waterfall(title, point));
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of("Before " + turn(point.fromTurn()),
          Numbers.format(point.start())));
      for (TurningPoint.Driver driver : point.drivers()) {
        rows.add(List.of(driver.cause(), Numbers.signed(driver.amount())));
      }
      rows.add(List.of("After " + turn(point.toTurn()), Numbers.format(point.end())));
      blocks.add(new Block.Table(List.of("Driver", "Amount"), rows));
    }
  }

  private void timeline() {
    blocks.add(new Block.Heading(2, "Timeline"));
    for (TimelineTurn turn : review.timeline()) {
      blocks.add(new Block.Heading(3, "Turn " + turn.turn() + " · " + turn.label()
          + (turn.resolved() ? "" : " (open, not resolved yet)")));
      List<String> items = TimelineText.items(summary, turn);
      blocks.add(items.isEmpty() ? new Block.Paragraph("Nothing to report.")
          : new Block.Bullets(items));
    }
  }
}
