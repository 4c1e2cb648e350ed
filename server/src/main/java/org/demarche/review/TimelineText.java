package org.demarche.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.demarche.engine.ActionOutcome;

/** One turn of the timeline in sentences: orders, events, dilemmas, changes, then the people. */
final class TimelineText {
  private TimelineText() {}

  static List<String> items(Summary summary, TimelineTurn turn) {
    List<String> items = new ArrayList<>();
    for (TimelineTurn.Order o : turn.orders()) {
      items.add("Order: " + summary.teamName(o.teamId()) + ", " + o.action() + ": "
          + fate(o) + ".");
    }
    for (TimelineTurn.Happening h : turn.events()) {
      items.add(happening(h.kind()) + ": " + h.title() + ". " + h.text());
    }
    for (TimelineTurn.DilemmaAnswered a : turn.dilemmasAnswered()) {
      items.add("Dilemma: " + summary.teamName(a.teamId())
          + (a.defaulted() ? " did not answer; by default: " : " chose: ") + a.choice() + " ("
          + a.title() + ").");
    }
    for (TimelineTurn.DilemmaRaised d : turn.dilemmasRaised()) {
      items.add("Dilemma: " + summary.teamName(d.teamId()) + " must decide next turn: "
          + d.prompt() + " (" + d.title() + ")");
    }
    for (String change : turn.changes()) {
      items.add("Change: " + change);
    }
    for (GameRecord.Act act : turn.acts()) {
      items.add("Instructor: " + act.what()
          + (act.details().isEmpty() ? "" : ": " + act.details()));
    }
    for (TimelineTurn.Agreement a : turn.agreements()) {
      items.add("Agreement: " + summary.teamName(a.fromTeamId()) + " proposed " + a.action()
          + " to " + summary.teamName(a.toTeamId()) + ": "
          + a.state().name().toLowerCase(Locale.ROOT) + ".");
    }
    for (GameRecord.Message m : turn.messages()) {
      items.add("Message (" + channel(summary, m) + ") " + m.fromName() + ": " + m.text());
    }
    if (!turn.outcome().isEmpty()) {
      items.add("The exercise ends: " + turn.outcome());
    }
    return items;
  }

  private static String fate(TimelineTurn.Order order) {
    if (order.status() == ActionOutcome.Status.SUCCEEDED) {
      return "succeeded";
    }
    return order.status() == ActionOutcome.Status.FAILED
        ? "failed" : "not carried out, " + order.reason();
  }

  private static String happening(TimelineTurn.Happening.Kind kind) {
    switch (kind) {
      case EVENT:
        return "Event";
      case INJECT:
        return "Inject";
      case AD_HOC:
        return "Instructor's event";
      default:
        throw new AssertionError(kind + " without a word is a bug");
    }
  }

  private static String channel(Summary summary, GameRecord.Message m) {
    switch (m.channel()) {
      case TEAM:
        return "team " + summary.teamName(m.fromTeamId());
      case TEAM_PAIR:
        return summary.teamName(m.fromTeamId()) + " to " + summary.teamName(m.toTeamId());
      case PUBLIC:
      case BROADCAST:
        return m.channel().name().toLowerCase(Locale.ROOT);
      default:
        throw new AssertionError(m.channel() + " without a word is a bug");
    }
  }
}
