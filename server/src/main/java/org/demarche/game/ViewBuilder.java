package org.demarche.game;

import java.util.ArrayList;
import java.util.List;
import org.demarche.engine.ActionOutcome;
import org.demarche.engine.AdhocEvent;
import org.demarche.engine.Availability;
import org.demarche.engine.Contribution;
import org.demarche.engine.FiredEvent;
import org.demarche.engine.GameState;
import org.demarche.engine.PendingDilemma;
import org.demarche.engine.TeamView;
import org.demarche.engine.TurnReport;
import org.demarche.engine.model.Action;
import org.demarche.engine.model.Event;
import org.demarche.engine.model.Objective;
import org.demarche.engine.model.Resource;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Team;
import org.demarche.engine.model.Variable;
import org.demarche.game.api.EffectDetail;
import org.demarche.game.api.Info;
import org.demarche.game.api.Phase;
import org.demarche.game.api.View;

/**
 * Turns the engine's per-team views and reports into the game API's {@link View} records. It only
 * ever reads what the engine already redacted ({@link TeamView}, {@link TurnReport#forTeam}), so
 * it cannot leak; the effect texts of a game are computed once. Any thread, on its own inputs.
 */
final class ViewBuilder {
  private final Scenario scenario;
  private final List<String> costs = new ArrayList<>();
  private final List<String> effects = new ArrayList<>();

  ViewBuilder(Scenario scenario, EffectDetail detail) {
    this.scenario = scenario;
    for (Action action : scenario.actions()) {
      costs.add(EffectText.cost(scenario, action));
      effects.add(EffectText.effects(scenario, action, detail));
    }
  }

  /** The open turn as a team sees it; where the team stands and what it may do. */
  record Moment(
      Phase phase,
      int turn,
      long millisLeft,
      View.Draft draft,
      List<Info.Participant> teammates,
      String outcome) {}

  /**
   * A team's view.
   *
   * @param seen what the team was shown after each turn so far, turn 0 first; the last is now
   */
  View.Team team(int team, List<TeamView> seen, GameState state, Moment moment) {
    Team t = scenario.teams().get(team);
    TeamView now = seen.get(seen.size() - 1);
    List<View.Variable> variables = new ArrayList<>();
    for (TeamView.VariableView v : now.variables()) {
      Variable variable = scenario.variables().get(v.variable());
      List<Double> history = new ArrayList<>(seen.size());
      for (TeamView earlier : seen) {
        history.add(earlier.variable(v.variable()).value());
      }
      variables.add(new View.Variable(variable.id(), variable.label(), text(variable.unit()),
          text(variable.domain()), v.value(), v.estimate(), history));
    }
    List<View.Resource> resources = new ArrayList<>();
    for (TeamView.ResourceView r : now.resources()) {
      Resource resource = t.resources().get(r.resource() - t.resourceOffset());
      resources.add(
          new View.Resource(resource.id(), resource.label(), text(resource.unit()), r.value()));
    }
    List<View.Objective> objectives = new ArrayList<>();
    for (int o = 0; o < t.objectives().size(); o++) {
      Objective objective = t.objectives().get(o);
      objectives.add(new View.Objective(objective.id(), objective.name(), objective.weight(),
          now.objectiveScores().get(o)));
    }
    List<View.Dilemma> dilemmas = new ArrayList<>();
    for (PendingDilemma d : now.dilemmas()) {
      dilemmas.add(dilemma(scenario.events().get(d.event())));
    }
    return new View.Team(t.id(), t.name(), moment.phase(), moment.turn(),
        scenario.calendar().label(moment.turn()), state.lastTurn(), moment.millisLeft(), variables,
        resources, now.score(), objectives, actions(team, state, moment.phase()), dilemmas,
        moment.draft(), moment.teammates(), text(t.briefing()), moment.outcome());
  }

  private List<View.Action> actions(int team, GameState state, Phase phase) {
    List<View.Action> result = new ArrayList<>();
    if (phase == Phase.ENDED) {
      return result;
    }
    for (Availability a : Availability.of(scenario, state, team)) {
      Action action = scenario.actions().get(a.action());
      String partner = "";
      if (action.joint()) {
        for (int other : action.teams()) {
          if (other != team) {
            partner = scenario.teams().get(other).id();
          }
        }
      }
      result.add(new View.Action(action.id(), action.name(), text(action.description()),
          a.available(), a.reason(), costs.get(a.action()), effects.get(a.action()), partner,
          action.tags()));
    }
    return result;
  }

  private static View.Dilemma dilemma(Event event) {
    List<View.Option> options = new ArrayList<>();
    for (Event.Option option : event.dilemma().options()) {
      options.add(new View.Option(option.id(), option.label()));
    }
    return new View.Dilemma(event.id(), event.title(), event.dilemma().prompt(), options,
        event.dilemma().options().get(event.dilemma().defaultOption()).id());
  }

  /**
   * A report as its receiver may know it: give it the full report for observers and the
   * instructor, {@code report.forTeam(t)} for team t. Variables the receiver may not see are NaN
   * in a team's report, and are left out.
   */
  View.Report report(TurnReport report) {
    List<View.ActionResult> actions = new ArrayList<>();
    for (ActionOutcome o : report.outcomes()) {
      actions.add(new View.ActionResult(scenario.teams().get(o.team()).id(), o.actionId(),
          o.status().name(), text(o.reason())));
    }
    List<View.EventReport> events = new ArrayList<>();
    for (FiredEvent f : report.events()) {
      Event e = scenario.events().get(f.event());
      events.add(new View.EventReport(e.id(), e.title(), e.text(), f.injected()));
    }
    for (AdhocEvent a : report.adhocEvents()) {
      // Written on the spot, so there is no scenario id; it is always the instructor's doing.
      events.add(new View.EventReport("", a.title(), a.text(), true));
    }
    List<View.VariableChange> changes = new ArrayList<>();
    for (int v = 0; v < scenario.variables().size(); v++) {
      if (Double.isNaN(report.after(v)) || report.change(v) == 0) {
        continue;
      }
      List<View.Contribution> parts = new ArrayList<>();
      for (Contribution c : report.ledger(v)) {
        parts.add(new View.Contribution(report.describe(c.cause()), c.amount(), c.delayed()));
      }
      changes.add(new View.VariableChange(scenario.variables().get(v).id(), report.before(v),
          report.after(v), parts, report.explain(v)));
    }
    return new View.Report(report.turn(), report.label(), report.sentences(), actions, events,
        changes, scores(report), text(report.outcome()));
  }

  private List<View.Score> scores(TurnReport report) {
    List<View.Score> scores = new ArrayList<>();
    for (int t = 0; t < scenario.teams().size(); t++) {
      if (!Double.isNaN(report.score(t))) {
        scores.add(new View.Score(scenario.teams().get(t).id(), report.score(t)));
      }
    }
    return scores;
  }

  /** The API never carries null strings: the net layer maps them to protobuf, which has none. */
  private static String text(String value) {
    return value == null ? "" : value;
  }
}
