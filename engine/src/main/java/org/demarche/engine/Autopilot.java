package org.demarche.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.stream.IntStream;
import org.demarche.engine.model.Action;
import org.demarche.engine.model.Effect;
import org.demarche.engine.model.Event;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Team;
import org.demarche.engine.model.Variable;

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
 * <p>Stateless apart from caches: each scenario's cones, and each thread's look-ahead from the
 * last state it decided on, which the other teams deciding on the same state reuse. Any thread
 * may call it.
 */
final class Autopilot implements Policy {
  static final int HORIZON = 2;
  private static final double MIN_GAIN = 1e-9;

  /** Each scenario's cones; weak keys, so a scenario nobody plays is let go. */
  private final Map<Scenario, Cones> cones = Collections.synchronizedMap(new WeakHashMap<>());

  /** Each thread's look-ahead, kept for the next team that decides on the same state. */
  private final ThreadLocal<Lookahead> lookaheads = new ThreadLocal<>();

  @Override
  public TeamOrders decide(Scenario scenario, GameState state, int team, GameRandom random) {
    Lookahead lookahead = lookaheadFrom(scenario, state);
    TurnResolver inspector = lookahead.inspector;
    Team t = scenario.teams().get(team);

    // The actions worth ordering, in scenario order, and what each is expected to gain. The two
    // loops are methods of their own: the JIT compiles each (and replaces a running loop, OSR)
    // as a small unit, where it compiled all of decide three times over.
    int[] candidates = lookahead.cones.candidates().get(team);
    int[] worth = new int[candidates.length];
    double[] gains = new double[candidates.length];
    int count = worthOrdering(scenario, lookahead, team, random, candidates, worth, gains);
    List<String> chosen = bestAffordable(scenario, state, inspector, team, worth, gains, count);
    return new TeamOrders(t.id(), chosen, chooseDilemmas(scenario, state, team, lookahead));
  }

  /**
   * Fills {@code worth} and {@code gains} with the candidates the engine would accept that gain
   * something, in scenario order, ties broken by the seeded generator; returns how many.
   */
  private static int worthOrdering(Scenario scenario, Lookahead lookahead, int team,
      GameRandom random, int[] candidates, int[] worth, double[] gains) {
    TurnResolver inspector = lookahead.inspector;
    double base = lookahead.projection.baseScore(team);
    int count = 0;
    for (int a : candidates) {
      // The engine's own check of an order, as in Availability.
      if (inspector.refusal(team, a) != null) {
        continue;
      }
      Action action = scenario.actions().get(a);
      double p = action.chance() == null
          ? 1 : Math.max(0, Math.min(1, inspector.evaluate(action.chance(), team)));
      double gain = lookahead.scoreWith(team, action.effects(), p) - base;
      if (gain > MIN_GAIN) {
        worth[count] = a;
        gains[count] = gain + random.nextDouble() * MIN_GAIN;
        count++;
      }
    }
    return count;
  }

  /**
   * The ids of the best of the first {@code count} actions in {@code worth} that the team can
   * afford together, up to its slots; {@code worth} is used up.
   */
  private static List<String> bestAffordable(Scenario scenario, GameState state,
      TurnResolver inspector, int team, int[] worth, double[] gains, int count) {
    Team t = scenario.teams().get(team);
    double[] budget = new double[scenario.resourceCount()];
    for (int r = 0; r < budget.length; r++) {
      budget[r] = state.resource(r);
    }
    List<String> chosen = new ArrayList<>();
    // The best first, the earlier of equal gains first, until the slots are full: a few passes
    // over a few dozen candidates, cheaper than sorting them all.
    while (chosen.size() < t.slots()) {
      int best = -1;
      for (int i = 0; i < count; i++) {
        if (worth[i] >= 0 && (best < 0 || gains[i] > gains[best])) {
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      Action action = scenario.actions().get(worth[best]);
      worth[best] = -1;
      if (payIfAffordable(inspector, action, t, team, budget)) {
        chosen.add(action.id());
      }
    }
    return chosen;
  }

  /**
   * One scenario's cones, each team's and their union, and each team's candidates: the actions
   * open to it whose effects reach its cone (the others gain nothing), in scenario order.
   */
  private record Cones(List<ScoreCone> teams, ScoreCone all, List<int[]> candidates) {}

  private Lookahead lookaheadFrom(Scenario scenario, GameState state) {
    Lookahead lookahead = lookaheads.get();
    if (lookahead == null || lookahead.projection.scenario() != scenario) {
      lookahead = new Lookahead(scenario, conesOf(scenario));
      lookaheads.set(lookahead);
    }
    lookahead.lookFrom(state);
    return lookahead;
  }

  private Cones conesOf(Scenario scenario) {
    return cones.computeIfAbsent(scenario, s -> {
      List<ScoreCone> byTeam = new ArrayList<>();
      List<int[]> candidates = new ArrayList<>();
      for (int team = 0; team < s.teams().size(); team++) {
        ScoreCone cone = ScoreCone.of(s, team, HORIZON);
        int t = team;
        byTeam.add(cone);
        List<Action> actions = s.actions();
        candidates.add(IntStream.range(0, actions.size())
            .filter(a -> actions.get(a).allows(t) && cone.reachedBy(actions.get(a).effects()))
            .toArray());
      }
      return new Cones(List.copyOf(byTeam), ScoreCone.ofAll(s, HORIZON), List.copyOf(candidates));
    });
  }

  /**
   * One thread's look-ahead from the state it last looked at, with what every team deciding on
   * that state shares: the inspecting resolver and the base projection.
   */
  private static final class Lookahead {
    final Cones cones;
    final ConeProjection projection;
    private GameState state;
    TurnResolver inspector;
    /** The state's values plus the expected effects being scored, put back after each. */
    private final double[] start;
    /** The variables the effects being scored move, repeats included. */
    private int[] moved = new int[8];

    Lookahead(Scenario scenario, Cones cones) {
      this.cones = cones;
      this.projection = new ConeProjection(scenario, cones.teams(), cones.all());
      this.start = new double[scenario.variables().size()];
    }

    void lookFrom(GameState state) {
      if (state != this.state) {
        this.state = state;
        inspector = TurnResolver.inspecting(projection.scenario(), state);
        projection.lookFrom(state);
        System.arraycopy(projection.opening(), 0, start, 0, start.length);
      }
    }

    /**
     * {@code team}'s score after the look-ahead from the state with {@code effects} applied at
     * once, each weighted by its chance ({@code p} on success, the rest on failure) and its
     * duration.
     */
    double scoreWith(int team, List<Effect> effects, double p) {
      if (moved.length < effects.size()) {
        moved = new int[effects.size()];
      }
      int count = 0;
      for (Effect e : effects) {
        if (e.targetsResource()) {
          continue;
        }
        double weight = (e.when().matches(true) ? p : 0) + (e.when().matches(false) ? 1 - p : 0);
        start[e.target()] += weight * e.duration() * inspector.evaluate(e.amount(), team);
        moved[count++] = e.target();
      }
      List<Variable> variables = projection.scenario().variables();
      for (int i = 0; i < count; i++) {
        start[moved[i]] = variables.get(moved[i]).clamp(start[moved[i]]);
      }
      double score = projection.scoreFrom(team, start, moved, count);
      double[] opening = projection.opening();
      for (int i = 0; i < count; i++) {
        start[moved[i]] = opening[moved[i]];
      }
      return score;
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
      Scenario scenario, GameState state, int team, Lookahead lookahead) {
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
        double score = lookahead.scoreWith(team, dilemma.options().get(o).effects(), 1);
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
