package org.demarche.engine;

import java.util.ArrayList;
import java.util.List;
import org.demarche.engine.model.Scenario;

/** Drives a game turn by turn in tests and keeps every result. */
final class Games {
  final Scenario scenario;
  GameState state;
  final List<TurnResult> results = new ArrayList<>();

  Games(Scenario scenario, long seed, int turns) {
    this.scenario = scenario;
    this.state = Engine.start(scenario, seed, turns);
  }

  Games(Scenario scenario) {
    this(scenario, 1, scenario.calendar().defaultTurns());
  }

  TurnResult turn(TurnInput input) {
    TurnResult result = Engine.resolve(scenario, state, input);
    results.add(result);
    state = result.state();
    return result;
  }

  TurnResult turn(TeamOrders... orders) {
    return turn(TurnInput.of(orders));
  }

  TurnResult quietTurn() {
    return turn(TurnInput.NONE);
  }

  double x() {
    return state.value(scenario.variableIndex("x"));
  }

  double value(String variable) {
    return state.value(scenario.variableIndex(variable));
  }

  double money(String team) {
    var t = scenario.teams().get(scenario.teamIndex(team));
    return state.resource(t.resourceOffset());
  }

  /** What became of {@code team}'s order of {@code action} in the last turn. */
  ActionOutcome outcome(String team, String action) {
    TurnResult last = results.get(results.size() - 1);
    int t = scenario.teamIndex(team);
    for (ActionOutcome o : last.report().outcomes()) {
      if (o.team() == t && o.actionId().equals(action)) {
        return o;
      }
    }
    throw new AssertionError("no outcome for " + team + "/" + action + " in "
        + last.report().outcomes());
  }

  /** The ids of the events that fired in the last turn. */
  List<String> firedEvents() {
    List<String> ids = new ArrayList<>();
    for (FiredEvent f : results.get(results.size() - 1).report().events()) {
      ids.add(scenario.events().get(f.event()).id());
    }
    return ids;
  }
}
