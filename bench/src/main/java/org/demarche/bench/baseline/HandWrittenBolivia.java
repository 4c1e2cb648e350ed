package org.demarche.bench.baseline;

import static org.demarche.bench.baseline.BoliviaVariables.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.demarche.bench.baseline.BoliviaActions.Rule;
import org.demarche.bench.baseline.BoliviaState.Scheduled;
import org.demarche.engine.GameRandom;
import org.demarche.engine.GameRandom.Purpose;

/**
 * The Bolivia 2022 scenario's turn written directly in Java: the engine's yardstick (issue 7), what
 * the engine would be if every formula were hand-coded. It follows the engine's turn step by step
 * (orders, chances, effects, delayed effects, dilemmas, dynamics, events, clamping, incomes,
 * scores, end conditions) and draws the same random numbers from the same {@link GameRandom}
 * streams, so it computes the same values to the bit; {@code HandWrittenBoliviaTest} checks that.
 *
 * <p>What it leaves out, so that the comparison stays honest, since the engine does all of it each
 * turn: the report's records (outcomes with their reasons, fired events, notes), the ledger of
 * causes, the history of past values (Bolivia has no {@code lag}), injects and ad hoc events, and
 * the engine's guard against non-finite results (the variables' ranges keep every Bolivia formula
 * finite). The engine writes the report's sentences and the teams' views only when asked for, so
 * neither side pays for them in the benchmarks.
 *
 * <p>One object resolves one turn, on one thread, like the engine's resolver.
 */
public final class HandWrittenBolivia {
  private static final int ACTIONS = BoliviaActions.RULES.length;
  /** The most orders a turn can accept: every team's slots. */
  private static final int MOST_ORDERS = Arrays.stream(BoliviaTeams.SLOTS).sum();

  private final BoliviaState previous;
  final int turn;
  private final GameRandom random;
  private final double[] start;
  private final double[] delta = new double[COUNT];
  private final double[] resources;
  private final int[] uses;
  private final int[] lastUsed;
  private final int[] timesFired;
  private final int[] lastFired;
  private final boolean[] armed;
  private final List<Scheduled> scheduled = new ArrayList<>();
  private final List<Integer> raised = new ArrayList<>();

  private HandWrittenBolivia(BoliviaState previous) {
    this.previous = previous;
    this.turn = previous.turn + 1;
    this.random = new GameRandom(previous.seed);
    this.start = previous.values;
    this.resources = previous.resources.clone();
    this.uses = previous.uses.clone();
    this.lastUsed = previous.lastUsed.clone();
    this.timesFired = previous.timesFired.clone();
    this.lastFired = previous.lastFired.clone();
    this.armed = previous.armed.clone();
  }

  /** The state before turn 1 of a game of {@code turns} turns. */
  public static BoliviaState start(long seed, int turns) {
    double[] values = INITIAL.clone();
    derive(values);
    double[] scores = new double[BoliviaTeams.COUNT];
    BoliviaTeams.score(values, scores);
    int[] lastUsed = new int[ACTIONS];
    Arrays.fill(lastUsed, BoliviaState.NEVER);
    int[] lastFired = new int[BoliviaEvents.COUNT];
    Arrays.fill(lastFired, BoliviaState.NEVER);
    boolean[] armed = new boolean[BoliviaEvents.COUNT];
    Arrays.fill(armed, true);
    return new BoliviaState(seed, turns, 0, values, BoliviaTeams.INITIAL_RESOURCES.clone(),
        new int[ACTIONS], lastUsed, new int[BoliviaEvents.COUNT], lastFired,
        armed, List.of(), new int[0], scores, -1, false);
  }

  /** Resolves the turn after {@code previous}, which it leaves unchanged. */
  public static BoliviaState resolve(BoliviaState previous, BoliviaOrders orders) {
    if (previous.ended) {
      throw new IllegalStateException("the game ended after turn " + previous.turn);
    }
    return new HandWrittenBolivia(previous).run(orders);
  }

  /** Plays a whole game with the same orders every turn and returns its final state. */
  public static BoliviaState play(long seed, int turns, BoliviaOrders orders) {
    BoliviaState state = start(seed, turns);
    while (!state.ended) {
      state = resolve(state, orders);
    }
    return state;
  }

  private BoliviaState run(BoliviaOrders orders) {
    int[] accepted = acceptOrders(orders.actions());
    resolveActions(accepted);
    for (Scheduled e : previous.scheduled) {
      if (e.from() <= turn && turn <= e.to()) {
        delta[e.variable()] += e.amount();
      }
    }
    for (int event : previous.dilemmas) {
      int chosen = orders.choices()[event];
      int option = chosen >= 0 ? chosen : BoliviaEvents.DILEMMAS[event].defaultOption();
      BoliviaEvents.answer(event, option, this);
    }
    BoliviaDynamics.apply(start, delta, random, turn);

    double[] tentative = clampedSum();
    boolean[] fires = new boolean[BoliviaEvents.COUNT];
    BoliviaEvents.decide(tentative, this, fires);
    for (int e = 0; e < fires.length; e++) {
      if (fires[e]) {
        fire(e, tentative);
      }
    }

    double[] end = clampedSum();
    BoliviaTeams.addIncome(end, resources);
    double[] scores = new double[BoliviaTeams.COUNT];
    BoliviaTeams.score(end, scores);
    int endCondition = endCondition(end);

    List<Scheduled> stillRunning = new ArrayList<>();
    for (Scheduled e : previous.scheduled) {
      if (e.to() > turn) {
        stillRunning.add(e);
      }
    }
    stillRunning.addAll(scheduled);
    return new BoliviaState(previous.seed, previous.lastTurn, turn, end, resources, uses, lastUsed,
        timesFired, lastFired, armed, stillRunning,
        raised.stream().mapToInt(Integer::intValue).toArray(), scores, endCondition,
        endCondition >= 0 || turn >= previous.lastTurn);
  }

  // ---- orders --------------------------------------------------------------------------------

  /** The orders accepted, as {@code team * ACTIONS + action} in order, their costs paid. */
  private int[] acceptOrders(int[][] orders) {
    int[] accepted = new int[MOST_ORDERS];
    int count = 0;
    for (int team = 0; team < orders.length; team++) {
      int slotsUsed = 0;
      for (int a : orders[team]) {
        if (mayOrder(team, a, slotsUsed, accepted, count)) {
          pay(team, BoliviaActions.RULES[a], -1);
          slotsUsed++;
          accepted[count++] = team * ACTIONS + a;
        }
      }
    }
    return Arrays.copyOf(accepted, count);
  }

  private boolean mayOrder(int team, int a, int slotsUsed, int[] accepted, int count) {
    if (a < 0 || slotsUsed >= BoliviaTeams.SLOTS[team]) {
      return false;
    }
    Rule rule = BoliviaActions.RULES[a];
    if (!rule.allows(team) || contains(accepted, count, team * ACTIONS + a)) {
      return false;
    }
    if (rule.maxUses() > 0 && previous.uses[a] >= rule.maxUses()) {
      return false;
    }
    if (rule.cooldown() > 0 && previous.lastUsed[a] + rule.cooldown() >= turn) {
      return false;
    }
    int first = 2 * team;
    return BoliviaActions.requires(a, start)
        && rule.costs()[0] <= resources[first] && rule.costs()[1] <= resources[first + 1];
  }

  /** Pays an action's costs ({@code sign} -1) or refunds them (+1). */
  private void pay(int team, Rule rule, int sign) {
    resources[2 * team] += sign * rule.costs()[0];
    resources[2 * team + 1] += sign * rule.costs()[1];
  }

  // ---- chances and effects -------------------------------------------------------------------

  private void resolveActions(int[] accepted) {
    boolean[] jointDone = new boolean[ACTIONS];
    for (int key : accepted) {
      int team = key / ACTIONS;
      int a = key % ACTIONS;
      Rule rule = BoliviaActions.RULES[a];
      if (!rule.joint()) {
        boolean success = !rule.rolled() || roll(team, a);
        use(a);
        BoliviaActions.apply(a, success, start, this);
      } else if (!bothOrdered(rule, a, accepted)) {
        pay(team, rule, +1);
      } else if (!jointDone[a]) {
        jointDone[a] = true;
        use(a);
        BoliviaActions.apply(a, true, start, this);
      }
    }
  }

  private boolean roll(int team, int a) {
    double p = BoliviaActions.chance(a, start);
    random.use(turn, Purpose.ACTION_CHANCE, team, a);
    return random.nextDouble() < p;
  }

  private void use(int a) {
    uses[a]++;
    lastUsed[a] = turn;
  }

  private static boolean bothOrdered(Rule rule, int a, int[] accepted) {
    for (int partner : rule.teams()) {
      if (!contains(accepted, accepted.length, partner * ACTIONS + a)) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(int[] keys, int count, int key) {
    for (int i = 0; i < count; i++) {
      if (keys[i] == key) {
        return true;
      }
    }
    return false;
  }

  /** Adds {@code amount} to a variable this turn. */
  void add(int variable, double amount) {
    delta[variable] += amount;
  }

  /** Adds {@code amount} to a variable for {@code duration} turns, {@code delay} turns from now. */
  void add(int variable, double amount, int delay, int duration) {
    if (delay == 0) {
      delta[variable] += amount;
    }
    int from = turn + Math.max(delay, 1);
    int to = turn + delay + duration - 1;
    if (to >= from) {
      scheduled.add(new Scheduled(variable, amount, from, to));
    }
  }

  /** Adds {@code amount} to a resource at once; resources never fall below 0. */
  void addResource(int slot, double amount) {
    resources[slot] = Math.max(0, resources[slot] + amount);
  }

  // ---- events --------------------------------------------------------------------------------

  /** Whether event {@code e}, which fires once, has not fired yet. */
  boolean once(int e) {
    return timesFired[e] == 0;
  }

  /** Whether more than {@code turns} turns have passed since event {@code e} last fired. */
  boolean cooledDown(int e, int turns) {
    return lastFired[e] + turns < turn;
  }

  /**
   * Whether a hysteresis event fires: when armed, if {@code condition} holds; when not, it re-arms
   * if {@code rearm} holds, and fires no sooner than the next turn.
   */
  boolean hysteresis(int e, boolean condition, boolean rearm) {
    if (!armed[e]) {
      armed[e] = rearm;
      return false;
    }
    return condition;
  }

  /** Draws event {@code e}'s chance of firing this turn. */
  boolean roll(int e, double p) {
    random.use(turn, Purpose.EVENT_TRIGGER, e, 3);
    return random.nextDouble() < p;
  }

  private void fire(int e, double[] v) {
    timesFired[e]++;
    lastFired[e] = turn;
    armed[e] = false; // only hysteresis events read it
    BoliviaEvents.apply(e, v, this);
    if (BoliviaEvents.DILEMMAS[e] != null) {
      raised.add(e);
    }
  }

  // ---- the end of the turn -------------------------------------------------------------------

  /** The values the turn started with plus its changes so far, clamped, derived ones recomputed. */
  private double[] clampedSum() {
    double[] values = new double[COUNT];
    for (int v = 0; v < COUNT; v++) {
      values[v] = Math.max(MIN[v], Math.min(MAX[v], start[v] + delta[v]));
    }
    derive(values);
    return values;
  }

  /** The first of the scenario's end conditions that holds, or -1. */
  private static int endCondition(double[] v) {
    if (v[RESERVES_USD_BN] < 0.3) { // reserves_exhausted
      return 0;
    }
    if (v[GOV_APPROVAL_PCT] < 15 && v[SOCIAL_CONFLICTS_M] > 170) { // constitutional_crisis
      return 1;
    }
    // security_forces_rupture
    if (v[SECURITY_POLITICISATION_IDX] > 92 && v[SOCIAL_CONFLICTS_M] > 150) {
      return 2;
    }
    return -1;
  }
}
