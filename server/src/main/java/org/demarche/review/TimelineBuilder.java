package org.demarche.review;

import java.util.ArrayList;
import java.util.List;
import org.demarche.engine.ActionOutcome;
import org.demarche.engine.AdhocEvent;
import org.demarche.engine.DilemmaAnswer;
import org.demarche.engine.FiredEvent;
import org.demarche.engine.PendingDilemma;
import org.demarche.engine.TurnReport;
import org.demarche.engine.model.Event;
import org.demarche.engine.model.Scenario;

/** Builds a review's timeline, turn by turn, from what the audience may see. */
final class TimelineBuilder {
  private final Disclosure disclosure;
  private final Scenario scenario;

  private TimelineBuilder(Disclosure disclosure) {
    this.disclosure = disclosure;
    this.scenario = disclosure.scenario();
  }

  /** Turns 1 to {@code lastTurn}; those after the last turn played only have the people's side. */
  static List<TimelineTurn> build(Disclosure disclosure, Summary summary, int lastTurn) {
    TimelineBuilder builder = new TimelineBuilder(disclosure);
    List<TimelineTurn> turns = new ArrayList<>();
    for (int turn = 1; turn <= lastTurn; turn++) {
      turns.add(builder.turn(turn, summary.label(turn)));
    }
    return turns;
  }

  /** The last turn anything in the record happened on: a running game's open turn may have acts. */
  static int lastTurn(Disclosure disclosure) {
    int last = disclosure.turnsPlayed();
    for (GameRecord.Act act : disclosure.acts()) {
      last = Math.max(last, act.turn());
    }
    for (GameRecord.Message message : disclosure.messages()) {
      last = Math.max(last, message.turn());
    }
    for (GameRecord.Agreement agreement : disclosure.agreements()) {
      last = Math.max(last, agreement.turn());
    }
    return last;
  }

  private TimelineTurn turn(int turn, String label) {
    List<GameRecord.Act> acts = new ArrayList<>();
    for (GameRecord.Act act : disclosure.acts()) {
      if (act.turn() == turn) {
        acts.add(act);
      }
    }
    List<TimelineTurn.Agreement> agreements = new ArrayList<>();
    for (GameRecord.Agreement a : disclosure.agreements()) {
      if (a.turn() == turn) {
        agreements.add(new TimelineTurn.Agreement(a.proposalId(), a.actionId(),
            actionName(scenario.actionIndex(a.actionId()), a.actionId()), a.fromTeamId(),
            a.toTeamId(), a.state()));
      }
    }
    List<GameRecord.Message> messages = new ArrayList<>();
    for (GameRecord.Message m : disclosure.messages()) {
      if (m.turn() == turn) {
        messages.add(m);
      }
    }
    if (turn > disclosure.turnsPlayed()) {
      return new TimelineTurn(turn, label, false, List.of(), List.of(), List.of(), List.of(),
          List.of(), acts, agreements, messages, "");
    }
    TurnReport report = disclosure.report(turn);
    return new TimelineTurn(turn, label, true, orders(report), happenings(report),
        raised(report), answered(report), changes(report), acts, agreements, messages,
        report.outcome() == null ? "" : report.outcome());
  }

  private List<TimelineTurn.Order> orders(TurnReport report) {
    List<TimelineTurn.Order> orders = new ArrayList<>();
    for (ActionOutcome o : report.outcomes()) {
      orders.add(new TimelineTurn.Order(scenario.teams().get(o.team()).id(), o.actionId(),
          actionName(o.action(), o.actionId()), o.status(),
          o.reason() == null ? "" : o.reason()));
    }
    return orders;
  }

  private String actionName(int action, String id) {
    return action < 0 ? id : scenario.actions().get(action).name();
  }

  private List<TimelineTurn.Happening> happenings(TurnReport report) {
    List<TimelineTurn.Happening> happenings = new ArrayList<>();
    for (FiredEvent f : report.events()) {
      Event e = scenario.events().get(f.event());
      happenings.add(new TimelineTurn.Happening(f.injected()
          ? TimelineTurn.Happening.Kind.INJECT : TimelineTurn.Happening.Kind.EVENT,
          e.title(), e.text()));
    }
    for (AdhocEvent a : report.adhocEvents()) {
      happenings.add(
          new TimelineTurn.Happening(TimelineTurn.Happening.Kind.AD_HOC, a.title(), a.text()));
    }
    return happenings;
  }

  private List<TimelineTurn.DilemmaRaised> raised(TurnReport report) {
    List<TimelineTurn.DilemmaRaised> raised = new ArrayList<>();
    for (PendingDilemma d : report.dilemmasRaised()) {
      Event e = scenario.events().get(d.event());
      raised.add(new TimelineTurn.DilemmaRaised(
          scenario.teams().get(d.team()).id(), e.title(), e.dilemma().prompt()));
    }
    return raised;
  }

  private List<TimelineTurn.DilemmaAnswered> answered(TurnReport report) {
    List<TimelineTurn.DilemmaAnswered> answered = new ArrayList<>();
    for (DilemmaAnswer a : report.dilemmaAnswers()) {
      Event e = scenario.events().get(a.event());
      answered.add(new TimelineTurn.DilemmaAnswered(scenario.teams().get(a.team()).id(),
          e.title(), e.dilemma().options().get(a.option()).label(), a.defaulted()));
    }
    return answered;
  }

  /** A team's report has NaN for the variables it may not see exactly; they are left out. */
  private List<String> changes(TurnReport report) {
    List<String> changes = new ArrayList<>();
    for (int v = 0; v < scenario.variables().size(); v++) {
      if (!Double.isNaN(report.after(v)) && report.change(v) != 0) {
        changes.add(report.explain(v));
      }
    }
    return changes;
  }
}
