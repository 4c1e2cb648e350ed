package org.demarche.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.demarche.engine.model.Action;
import org.demarche.engine.model.Effect;
import org.demarche.engine.model.Event;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Team;

/**
 * A greedy autopilot with a short look-ahead. It values each available action by its expected
 * effects (chance of success times the effects on success, the rest times the effects on
 * failure, over their whole duration) applied at once, then lets the engine play
 * {@value #HORIZON} quiet turns from there, so that what the action sets off through the
 * dynamics counts too. The gain is the team's score at the end of that projection minus the
 * score of the same projection without the action; both use the same random draws, so the
 * difference is the action's. It orders the best ones it can afford, up to its slots; ties go to
 * the seeded generator. Dilemmas get the option with the best projected score (the default on a
 * tie).
 */
final class Autopilot implements Policy {
  static final int HORIZON = 2;
  private static final double MIN_GAIN = 1e-9;

  @Override
  public TeamOrders decide(Scenario scenario, GameState state, int team, GameRandom random) {
    TurnResolver inspector = TurnResolver.inspecting(scenario, state);
    double[] values = state.values();
    double base = projectedScore(scenario, state, values, team);
    Team t = scenario.teams().get(team);

    List<Integer> candidates = new ArrayList<>();
    Map<Integer, Double> gains = new HashMap<>();
    for (Availability availability : Availability.of(scenario, state, team)) {
      if (!availability.available()) {
        continue;
      }
      Action action = scenario.actions().get(availability.action());
      double p = action.chance() == null
          ? 1 : Math.max(0, Math.min(1, inspector.evaluate(action.chance(), team)));
      double[] expected = values.clone();
      addExpected(inspector, action.effects(), team, p, expected);
      double gain = projectedScore(scenario, state, expected, team) - base;
      if (gain > MIN_GAIN) {
        candidates.add(availability.action());
        gains.put(availability.action(), gain + random.nextDouble() * MIN_GAIN);
      }
    }
    candidates.sort((a, b) -> Double.compare(gains.get(b), gains.get(a)));

    double[] budget = new double[scenario.resourceCount()];
    for (int r = 0; r < budget.length; r++) {
      budget[r] = state.resource(r);
    }
    List<String> chosen = new ArrayList<>();
    for (int a : candidates) {
      if (chosen.size() >= t.slots()) {
        break;
      }
      Action action = scenario.actions().get(a);
      if (payIfAffordable(inspector, action, t, team, budget)) {
        chosen.add(action.id());
      }
    }
    return new TeamOrders(t.id(), chosen, chooseDilemmas(scenario, state, team, inspector));
  }

  /** The team's score after {@link #HORIZON} turns without orders, starting from {@code values}. */
  private static double projectedScore(
      Scenario scenario, GameState state, double[] values, int team) {
    GameState projected = state.hypothetical(values);
    for (int i = 0; i < HORIZON && !projected.ended(); i++) {
      projected = TurnResolver.project(scenario, projected, TurnInput.NONE);
    }
    return projected.score(team);
  }

  private static void addExpected(
      TurnResolver inspector, List<Effect> effects, int team, double p, double[] values) {
    for (Effect e : effects) {
      if (e.targetsResource()) {
        continue;
      }
      double weight = (e.when().matches(true) ? p : 0) + (e.when().matches(false) ? 1 - p : 0);
      values[e.target()] += weight * e.duration() * inspector.evaluate(e.amount(), team);
    }
    Scenario scenario = inspector.scenario();
    for (int v = 0; v < values.length; v++) {
      values[v] = scenario.variables().get(v).clamp(values[v]);
    }
  }

  private static boolean payIfAffordable(
      TurnResolver inspector, Action action, Team t, int team, double[] budget) {
    double[] cost = new double[action.costs().length];
    for (int c = 0; c < cost.length; c++) {
      cost[c] = inspector.evaluate(action.costs()[c], team);
      if (cost[c] > budget[t.resourceSlotByName()[action.costResources()[c]]]) {
        return false;
      }
    }
    for (int c = 0; c < cost.length; c++) {
      budget[t.resourceSlotByName()[action.costResources()[c]]] -= cost[c];
    }
    return true;
  }

  private static Map<String, String> chooseDilemmas(
      Scenario scenario, GameState state, int team, TurnResolver inspector) {
    Map<String, String> choices = new HashMap<>();
    for (PendingDilemma pending : state.pendingDilemmas()) {
      if (pending.team() != team) {
        continue;
      }
      Event event = scenario.events().get(pending.event());
      Event.Dilemma dilemma = event.dilemma();
      int best = dilemma.defaultOption();
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int o = 0; o < dilemma.options().size(); o++) {
        double[] expected = state.values();
        addExpected(inspector, dilemma.options().get(o).effects(), team, 1, expected);
        double score = projectedScore(scenario, state, expected, team);
        boolean better = score > bestScore + MIN_GAIN;
        boolean tieWithDefault = score >= bestScore - MIN_GAIN && o == dilemma.defaultOption();
        if (better || tieWithDefault) {
          best = o;
          bestScore = score;
        }
      }
      choices.put(event.id(), dilemma.options().get(best).id());
    }
    return choices;
  }
}
