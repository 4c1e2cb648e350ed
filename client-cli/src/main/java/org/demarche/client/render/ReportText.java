package org.demarche.client.render;

import org.demarche.proto.v1.ActionResult;
import org.demarche.proto.v1.Contribution;
import org.demarche.proto.v1.EventReport;
import org.demarche.proto.v1.History;
import org.demarche.proto.v1.TeamScore;
import org.demarche.proto.v1.TurnReport;
import org.demarche.proto.v1.VariableChange;

/**
 * Renders turn reports: in full (the pushed report and each entry of {@code history --full}) and
 * as a summary (each entry of {@code history}). The after-action review is the server's own
 * document ({@code report}).
 *
 * <p>Stateless; any thread.
 */
public final class ReportText {
  /** What {@code history} says before any turn has been resolved. */
  private static final String NO_TURN = "No turn has been resolved yet.\n";

  private ReportText() {}

  /** The heading and the plain sentences of a report. */
  public static String summary(TurnReport report, Style style) {
    StringBuilder out = new StringBuilder();
    String heading = "Turn " + report.getTurn()
        + (report.getTurnLabel().isEmpty() ? "" : ", " + report.getTurnLabel());
    out.append(style.bold(heading)).append('\n');
    for (String sentence : report.getSentencesList()) {
      out.append("  ").append(sentence).append('\n');
    }
    return out.toString();
  }

  /** Everything in a report: sentences, orders, events, changes with their causes, scores. */
  public static String full(TurnReport report, Style style) {
    StringBuilder out = new StringBuilder(summary(report, style));
    if (report.getActionsCount() > 0) {
      out.append(style.bold("Orders")).append('\n');
      for (ActionResult action : report.getActionsList()) {
        out.append(String.format("  %s  %s  %s%s%n",
            action.getTeamId(), action.getActionId(), action.getStatus(),
            action.getReason().isEmpty() ? "" : ": " + action.getReason()));
      }
    }
    if (report.getEventsCount() > 0) {
      out.append(style.bold("Events")).append('\n');
      for (EventReport event : report.getEventsList()) {
        out.append(String.format("  %s%s: %s%n",
            event.getTitle(), event.getInjected() ? " (injected)" : "", event.getText()));
      }
    }
    if (report.getChangesCount() > 0) {
      out.append(style.bold("Changes")).append('\n');
      for (VariableChange change : report.getChangesList()) {
        out.append("  ").append(explanation(change)).append('\n');
        for (Contribution contribution : change.getContributionsList()) {
          out.append(String.format("    %s %s%s%n",
              Numbers.change(contribution.getAmount()), contribution.getCause(),
              contribution.getDelayed() ? " (set in motion earlier)" : ""));
        }
      }
    }
    if (report.getScoresCount() > 0) {
      out.append(style.bold("Scores")).append('\n');
      for (TeamScore score : report.getScoresList()) {
        out.append(String.format("  %s  %s%n", score.getTeamId(), Numbers.value(score.getScore())));
      }
    }
    if (!report.getOutcome().isEmpty()) {
      out.append(style.bold("Outcome: ")).append(report.getOutcome()).append('\n');
    }
    return out.toString();
  }

  /** The summaries of every past turn, oldest first, for {@code history}. */
  public static String history(History history, Style style) {
    if (history.getReportsCount() == 0) {
      return NO_TURN;
    }
    StringBuilder out = new StringBuilder();
    for (TurnReport report : history.getReportsList()) {
      out.append(summary(report, style));
    }
    return out.toString();
  }

  /** Every past turn in full, oldest first, for {@code history --full}. */
  public static String fullHistory(History history, Style style) {
    if (history.getReportsCount() == 0) {
      return NO_TURN;
    }
    StringBuilder out = new StringBuilder();
    for (TurnReport report : history.getReportsList()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(full(report, style));
    }
    return out.toString();
  }

  private static String explanation(VariableChange change) {
    return change.getExplanation().isEmpty()
        ? change.getVariableId() + ": " + Numbers.value(change.getBefore()) + " -> "
            + Numbers.value(change.getAfter())
        : change.getExplanation();
  }
}
