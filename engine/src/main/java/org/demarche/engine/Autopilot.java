package org.demarche.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.demarche.engine.model.Action;
import org.demarche.engine.model.Effect;
import org.demarche.engine.model.Event;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Team;

/**
 * A greedy autopilot with a short look-ahead. It values each available action by its expected
 * effects (chance of success times the effects on success, the rest times the effects on
 * failure, over their whole duration) applied at once, then plays {@value #HORIZON} quiet turns
 * of the dynamics from there ({@link ConeProjection}), so that what the action sets off through
 * the dynamics counts too. The gain is the team's score at the end of that projection minus the
 * score of the same projection without the action; both use the same random draws, so the
 * difference is the action's. Only the part of the scenario that can reach the team's score is
 * played ({@link ScoreCone}), and an action that moves nothing in it gains nothing without being
 * played. It orders the best ones it can afford, up to its slots; ties go to the seeded generator.
 * Dilemmas get the option with the best projected score (the default on a tie).
 *
 * <p>Stateless apart from a cache of each scenario's cones; any thread may call it.
 */
final class Autopilot implements Policy {
  static final int HORIZON = 2;
  private static final double MIN_GAIN = 1e-9;

  /** Each scenario's cones, one per team; weak keys, so a scenario nobody plays is let go. */
  private final Map<Scenario, List<ScoreCone>> cones =
      Collections.synchronizedMap(new WeakHashMap<>());

  @Override
  public TeamOrders decide(Scenario scenario, GameState state, int team, GameRandom random) {
    TurnResolver inspector = TurnResolver.inspecting(scenario, state);
    ScoreCone cone = conesOf(scenario).get(team);
    ConeProjection projection = new ConeProjection(scenario, state, team, cone);
    double[] values = state.values();
    double base = projection.baseScore();
    Team t = scenario.teams().get(team);

    List<Candidate> candidates = new ArrayList<>();
    for (Availability availability : Availability.of(inspector, team)) {
      Action action = scenario.actions().get(availability.action());
      if (!availability.available() || !cone.reachedBy(action.effects())) {
        continue;
      }
      double p = action.chance() == null
          ? 1 : Math.max(0, Math.min(1, inspector.evaluate(action.chance(), team)));
      double[] expected = values.clone();
      addExpected(inspector, action.effects(), team, p, expected);
      double gain = projection.scoreFrom(expected) - base;
      if (gain > MIN_GAIN) {
        candidates.add(
            new Candidate(availability.action(), gain + random.nextDouble() * MIN_GAIN));
      }
    }
    candidates.sort((a, b) -> Double.compare(b.gain(), a.gain()));

    double[] budget = new double[scenario.resourceCount()];
    for (int r = 0; r < budget.length; r++) {
      budget[r] = state.resource(r);
    }
    List<String> chosen = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (chosen.size() >= t.slots()) {
        break;
      }
      Action action = scenario.actions().get(candidate.action());
      if (payIfAffordable(inspector, action, t, team, budget)) {
        chosen.add(action.id());
      }
    }
    return new TeamOrders(
        t.id(), chosen, chooseDilemmas(scenario, state, team, inspector, projection));
  }

  /** An action worth ordering, and what it is expected to gain. */
  private record Candidate(int action, double gain) {}

  private List<ScoreCone> conesOf(Scenario scenario) {
    return cones.computeIfAbsent(scenario, s -> {
      List<ScoreCone> byTeam = new ArrayList<>();
      for (int team = 0; team < s.teams().size(); team++) {
        byTeam.add(ScoreCone.of(s, team, HORIZON));
      }
      return List.copyOf(byTeam);
    });
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
    for (Effect e : effects) {
      if (!e.targetsResource()) {
        values[e.target()] = scenario.variables().get(e.target()).clamp(values[e.target()]);
      }
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

  private static Map<String, String> chooseDilemmas(Scenario scenario, GameState state, int team,
      TurnResolver inspector, ConeProjection projection) {
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
        double score = projection.scoreFrom(expected);
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
