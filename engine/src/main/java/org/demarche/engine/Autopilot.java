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
 * A greedy autopilot: values each available action by how much its expected effects (chance of
 * success times the effects on success, plus the rest times the effects on failure, over their
 * whole duration) would raise the team's score if they applied at once, then orders the best
 * ones it can afford, up to its slots. Ties are broken by the seeded generator. Dilemmas get the
 * option that raises the score most (the default on a tie).
 */
final class Autopilot implements Policy {
  private static final double MIN_GAIN = 1e-9;

  @Override
  public TeamOrders decide(Scenario scenario, GameState state, int team, GameRandom random) {
    TurnResolver inspector = TurnResolver.inspecting(scenario, state);
    double[] values = state.values();
    double base = inspector.scoreWith(team, values);
    Team t = scenario.teams().get(team);

    List<int[]> ranked = new ArrayList<>();
    List<Double> gains = new ArrayList<>();
    for (Availability availability : Availability.of(scenario, state, team)) {
      if (!availability.available()) {
        continue;
      }
      Action action = scenario.actions().get(availability.action());
      double p = action.chance() == null
          ? 1 : Math.max(0, Math.min(1, inspector.evaluate(action.chance(), team)));
      double[] expected = values.clone();
      addExpected(inspector, action.effects(), team, p, expected);
      double gain = inspector.scoreWith(team, clamp(scenario, expected)) - base;
      if (gain > MIN_GAIN) {
        ranked.add(new int[] {availability.action()});
        gains.add(gain + random.nextDouble() * MIN_GAIN);
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Double.compare(gains.get(b), gains.get(a)));

    double[] budget = new double[scenario.resourceCount()];
    for (int r = 0; r < budget.length; r++) {
      budget[r] = state.resource(r);
    }
    List<String> chosen = new ArrayList<>();
    for (int i : order) {
      if (chosen.size() >= t.slots()) {
        break;
      }
      Action action = scenario.actions().get(ranked.get(i)[0]);
      if (payIfAffordable(inspector, action, t, team, budget)) {
        chosen.add(action.id());
      }
    }
    return new TeamOrders(t.id(), chosen, chooseDilemmas(scenario, state, team, inspector, base));
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
  }

  private static double[] clamp(Scenario scenario, double[] values) {
    for (int v = 0; v < values.length; v++) {
      values[v] = scenario.variables().get(v).clamp(values[v]);
    }
    return values;
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
      Scenario scenario, GameState state, int team, TurnResolver inspector, double base) {
    Map<String, String> choices = new HashMap<>();
    for (PendingDilemma pending : state.pendingDilemmas()) {
      if (pending.team() != team) {
        continue;
      }
      Event event = scenario.events().get(pending.event());
      Event.Dilemma dilemma = event.dilemma();
      int best = dilemma.defaultOption();
      double bestGain = Double.NEGATIVE_INFINITY;
      for (int o = 0; o < dilemma.options().size(); o++) {
        double[] expected = state.values();
        addExpected(inspector, dilemma.options().get(o).effects(), team, 1, expected);
        double gain = inspector.scoreWith(team, clamp(scenario, expected)) - base;
        if (gain > bestGain + MIN_GAIN || (gain >= bestGain - MIN_GAIN && o == dilemma.defaultOption())) {
          best = o;
          bestGain = gain;
        }
      }
      choices.put(event.id(), dilemma.options().get(best).id());
    }
    return choices;
  }
}
