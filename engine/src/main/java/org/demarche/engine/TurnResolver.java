package org.demarche.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.demarche.engine.GameRandom.Purpose;
import org.demarche.engine.model.Action;
import org.demarche.engine.model.Dynamic;
import org.demarche.engine.model.Effect;
import org.demarche.engine.model.EndRules;
import org.demarche.engine.model.Event;
import org.demarche.engine.model.FormulaList;
import org.demarche.engine.model.Resource;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Scoring;
import org.demarche.engine.model.Team;
import org.demarche.engine.model.Variable;
import org.demarche.expr.CompiledExpression;
import org.demarche.expr.EvalContext;

/**
 * Resolves one turn of one game. A throw-away working object: created for a turn, used once, by
 * one thread. It is also the {@link EvalContext} its expressions read, which is how expressions
 * see the right values, the acting team and the right random stream without allocating, and
 * likewise the indicator values its scoring reads.
 */
final class TurnResolver implements EvalContext, Scoring.IndicatorValues {
  private final Scenario scenario;
  private final GameState previous;
  private final int turn;
  private final GameRandom random;
  private final double[] start;
  private final double[] delta;
  private final double[] resources;
  private final ActionUses.Recorder uses;
  /** The events' counters, laid out as {@link GameState#eventCounters}. */
  private final int[] eventCounters;
  /** Null unless the turn is resolved again for its ledger: see {@link ReplayedLedger}. */
  private final Ledger ledger;
  private final List<ScheduledEffect> scheduled = new ArrayList<>();
  private final List<PendingDilemma> raised = new ArrayList<>();
  private final ArrayList<ActionOutcome> outcomes = new ArrayList<>();
  private final List<FiredEvent> fired = new ArrayList<>();
  private final List<DilemmaAnswer> answers = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private List<AdhocEvent> adhoc = List.of();
  /** Where formula lists evaluated together put their values: one array for the whole turn. */
  private double[] batchScratch;

  /**
   * Where {@link #refusal(int, int)} puts the costs it evaluates and nobody reads: a policy checks
   * every candidate of every decision, and one array each was most of what it allocated.
   */
  private double[] costsScratch = new double[0];

  /** What expressions currently read: the start of the turn, or the state after actions. */
  private double[] values;

  private int selfTeam = -1;

  /** What a resolver is made for, which decides what it copies of the state and records. */
  private enum Role {
    /** Resolves a turn into a new state. */
    RESOLVE,
    /** Resolves a turn again to record its causal ledger. */
    RECORD_LEDGER,
    /**
     * Only reads the state (evaluates expressions, checks orders, scores values): it shares the
     * state's arrays instead of copying them, which a policy's look at every state would pay for.
     */
    INSPECT
  }

  private TurnResolver(Scenario scenario, GameState previous, Role role) {
    this.scenario = scenario;
    this.previous = previous;
    this.turn = previous.turn + 1;
    this.random = new GameRandom(previous.seed);
    this.start = previous.history[previous.turn];
    boolean copies = role != Role.INSPECT;
    this.delta = copies ? new double[start.length] : null;
    this.ledger = role == Role.RECORD_LEDGER ? new Ledger(scenario.ledgerCapacity()) : null;
    this.resources = copies ? previous.resources.clone() : previous.resources;
    this.uses = new ActionUses.Recorder(previous.uses);
    this.eventCounters = copies ? previous.eventCounters.clone() : previous.eventCounters;
    this.values = start;
  }

  /** Resolves the turn after {@code previous}. */
  static TurnResult resolve(Scenario scenario, GameState previous, TurnInput input) {
    if (previous.ended) {
      throw new IllegalStateException("the game ended after turn " + previous.turn);
    }
    TurnResolver resolver = new TurnResolver(scenario, previous, Role.RESOLVE);
    GameState next = resolver.run(input);
    return new TurnResult(
        scenario, next, resolver.report(next, new ReplayedLedger(scenario, previous, input)));
  }

  /** The causal ledger of the turn after {@code previous}, resolved again to record it. */
  static Ledger ledgerOf(Scenario scenario, GameState previous, TurnInput input) {
    TurnResolver resolver = new TurnResolver(scenario, previous, Role.RECORD_LEDGER);
    resolver.run(input);
    return resolver.ledger;
  }

  /** Completes a fresh state: derived variables and the opening scores. */
  static GameState opening(Scenario scenario, GameState fresh) {
    TurnResolver r = new TurnResolver(scenario, fresh, Role.INSPECT);
    double[] values = fresh.history[0].clone();
    r.values = values;
    r.recomputeDerived(values);
    double[] scores = new double[scenario.teams().size()];
    double[][] objectiveScores = new double[scores.length][];
    r.score(values, scores, objectiveScores);
    return new GameState(
        fresh.seed, fresh.lastTurn, 0, new double[][] {values}, fresh.resources, fresh.uses,
        fresh.eventCounters, List.of(), List.of(),
        scores, objectiveScores, false, null, -1);
  }

  /** A resolver that only looks at {@code state}, for policies and availability lists. */
  static TurnResolver inspecting(Scenario scenario, GameState state) {
    return new TurnResolver(scenario, state, Role.INSPECT);
  }

  Scenario scenario() {
    return scenario;
  }

  /** Why {@code team} may not order {@code action} in the coming turn, or null when it may. */
  ActionOutcome.Reason refusal(int team, int action) {
    Action a = scenario.actions().get(action);
    if (costsScratch.length < a.costs().length) {
      costsScratch = new double[a.costs().length];
    }
    return refusal(team, action, a.id(), 0, false, costsScratch);
  }

  /** Evaluates an expression on the state as the coming turn starts, as {@code team}. */
  double evaluate(CompiledExpression expression, int team) {
    selfTeam = team;
    return eval(expression, Purpose.POLICY, team, 0);
  }

  /**
   * The state with one stored variable set (clamped to its range), derived variables and scores
   * recomputed; everything else, the history before this turn included, unchanged.
   */
  static GameState withValue(Scenario scenario, GameState state, int variable, double value) {
    if (scenario.variables().get(variable).isDerived()) {
      throw new IllegalArgumentException(
          scenario.variables().get(variable).id() + " is derived and cannot be set");
    }
    TurnResolver r = new TurnResolver(scenario, state, Role.INSPECT);
    double[] values = state.values();
    values[variable] = scenario.variables().get(variable).clamp(value);
    r.recomputeDerived(values);
    double[] scores = new double[scenario.teams().size()];
    double[][] objectiveScores = new double[scores.length][];
    r.score(values, scores, objectiveScores);
    return state.withCurrent(values, scores, objectiveScores);
  }

  /** The score {@code team} would have if the stored variables had {@code values}. */
  double scoreWith(int team, double[] values) {
    double[] copy = values.clone();
    recomputeDerived(copy);
    double[] scores = new double[scenario.teams().size()];
    score(copy, scores, new double[scores.length][]);
    return scores[team];
  }

  private GameState run(TurnInput input) {
    adhoc = input.adhoc();
    resolveActions(checkOrders(input));
    applyScheduled();
    answerDilemmas(input);
    applyDynamics();

    // The loops over every variable and effect are methods of their own, so the JIT compiles
    // them as small units rather than compiling all of run a second time to replace one (OSR).
    double[] tentative = tentative();
    values = tentative;
    fireEvents(input);

    double[] end = clampAndRecord(tentative);
    values = end;
    addIncome();
    double[] scores = new double[scenario.teams().size()];
    double[][] objectiveScores = new double[scores.length][];
    score(end, scores, objectiveScores);
    int endCondition = firstEndCondition();
    String outcome = endCondition >= 0
        ? scenario.end().conditions().get(endCondition).outcome()
        : turn >= previous.lastTurn ? scenario.end().lastTurnOutcome() : null;

    double[][] history = new double[turn + 1][];
    System.arraycopy(previous.history, 0, history, 0, turn);
    history[turn] = end;
    return new GameState(
        previous.seed, previous.lastTurn, turn, history, resources, uses.uses(), eventCounters,
        TurnReport.readOnly(stillRunning()), TurnReport.readOnly(raised), scores, objectiveScores,
        outcome != null, outcome, endCondition);
  }

  /** The values after actions, dynamics and scheduled effects, clamped, derived ones computed. */
  private double[] tentative() {
    double[] tentative = new double[start.length];
    for (int v = 0; v < tentative.length; v++) {
      tentative[v] = scenario.variables().get(v).clamp(start[v] + delta[v]);
    }
    recomputeDerived(tentative);
    return tentative;
  }

  /** The earlier scheduled effects that run past this turn, then the ones this turn set off. */
  private List<ScheduledEffect> stillRunning() {
    List<ScheduledEffect> stillRunning =
        new ArrayList<>(previous.scheduled.size() + scheduled.size());
    for (int i = 0; i < previous.scheduled.size(); i++) {
      ScheduledEffect e = previous.scheduled.get(i);
      if (e.toTurn() > turn) {
        stillRunning.add(e);
      }
    }
    stillRunning.addAll(scheduled);
    return stillRunning;
  }

  private TurnReport report(GameState next, ReplayedLedger replayed) {
    return new TurnReport(scenario, turn, outcomes, fired, adhoc, answers, raised, replayed, start,
        next.history[turn], next.scores, next.outcome, notes);
  }

  // ---- 1. orders ----------------------------------------------------------------------------

  /** The orders that pass their checks, their costs paid, in the order they were given. */
  private Accepted checkOrders(TurnInput input) {
    // Each team's orders, by team index; when a team appears twice, its first orders count.
    TeamOrders[] byTeam = new TeamOrders[scenario.teams().size()];
    int ordersGiven = 0;
    List<TeamOrders> given = input.orders();
    for (int i = 0; i < given.size(); i++) {
      TeamOrders orders = given.get(i);
      int t = scenario.teamIndex(orders.team());
      if (t < 0) {
        notes.add("orders for unknown team '" + orders.team() + "' were ignored");
      } else if (byTeam[t] == null) {
        byTeam[t] = orders;
        ordersGiven += orders.actions().size();
      }
    }
    Accepted accepted = new Accepted(ordersGiven);
    outcomes.ensureCapacity(ordersGiven);
    for (int t = 0; t < byTeam.length; t++) {
      if (byTeam[t] == null) {
        continue;
      }
      int slotsUsed = 0;
      List<String> actions = byTeam[t].actions();
      for (int i = 0; i < actions.size(); i++) {
        String actionId = actions.get(i);
        int a = scenario.actionIndex(actionId);
        double[] costs = new double[a < 0 ? 0 : scenario.actions().get(a).costs().length];
        ActionOutcome.Reason refusal =
            refusal(t, a, actionId, slotsUsed, accepted.has(t, a), costs);
        if (refusal != null) {
          outcomes.add(new ActionOutcome(t, a, actionId, ActionOutcome.Status.REFUSED, refusal));
          continue;
        }
        payCost(t, a, costs, -1);
        slotsUsed++;
        accepted.add(t, a, costs);
      }
    }
    return accepted;
  }

  /**
   * Why a team may not order an action now, or null when it may; then {@code costs} holds what
   * it costs, evaluated once so that the check and the payment can never disagree.
   */
  private ActionOutcome.Reason refusal(int team, int action, String actionId, int slotsUsed,
      boolean alreadyOrdered, double[] costs) {
    if (action < 0) {
      return () -> "there is no action '" + actionId + "'";
    }
    Action a = scenario.actions().get(action);
    Team t = scenario.teams().get(team);
    if (!a.allows(team)) {
      return () -> "'" + a.id() + "' is not open to " + t.name();
    }
    if (alreadyOrdered) {
      return () -> "'" + a.id() + "' is already ordered this turn";
    }
    if (slotsUsed >= t.slots()) {
      return () -> "no action slot left (" + t.slots() + " per turn)";
    }
    ActionUses used = previous.uses;
    int count = a.maxUses() > 0 ? used.count(team, action) : 0;
    if (a.maxUses() > 0 && count >= a.maxUses()) {
      return () -> "'" + a.id() + "' has been used " + count + " of " + a.maxUses() + " times";
    }
    // Without a cooldown it cannot hold: the last use was on an earlier turn.
    int readyAfter = a.cooldown() > 0 ? used.lastUsed(team, action) + a.cooldown() : 0;
    if (a.cooldown() > 0 && readyAfter >= turn) {
      return () -> "'" + a.id() + "' is cooling down until turn " + (readyAfter + 1);
    }
    selfTeam = team;
    if (a.requires() != null
        && !truthy(eval(a.requires(), Purpose.ACTION_EXPRESSION, team, action))) {
      return () -> "its prerequisite does not hold: " + a.requires().source();
    }
    for (int c = 0; c < a.costs().length; c++) {
      int r = t.resourceSlotByName()[a.costResources()[c]];
      double cost = eval(a.costs()[c], Purpose.ACTION_EXPRESSION, team, action);
      costs[c] = cost;
      if (cost > resources[r]) {
        Resource res = t.resources().get(r - t.resourceOffset());
        double has = resources[r];
        return () -> "not enough " + res.label() + ": it costs " + Numbers.format(cost) + ", "
            + t.name() + " has " + Numbers.format(has);
      }
    }
    return null;
  }

  /** Pays the costs of an action ({@code sign} -1) or refunds them (+1). */
  private void payCost(int team, int action, double[] costs, int sign) {
    Action a = scenario.actions().get(action);
    Team t = scenario.teams().get(team);
    for (int c = 0; c < costs.length; c++) {
      resources[t.resourceSlotByName()[a.costResources()[c]]] += sign * costs[c];
    }
  }

  // ---- 2-4. joint matching, chances, effects -------------------------------------------------

  private void resolveActions(Accepted accepted) {
    boolean[] jointDone = new boolean[scenario.actions().size()];
    for (int i = 0; i < accepted.size; i++) {
      int t = accepted.teams[i];
      int a = accepted.actions[i];
      Action action = scenario.actions().get(a);
      if (!action.joint()) {
        selfTeam = t;
        boolean success = roll(action.chance(), Purpose.ACTION_CHANCE, t, a);
        uses.record(t, a, turn);
        outcomes.add(outcome(t, a, success));
        applyEffects(action.effects(), success, Cause.action(t, a), Purpose.ACTION_EXPRESSION, t, a);
        continue;
      }
      String missing = missingPartner(action, a, accepted);
      if (missing != null) {
        payCost(t, a, accepted.costs[i], +1);
        outcomes.add(
            new ActionOutcome(
                t, a, action.id(), ActionOutcome.Status.UNMATCHED,
                () -> "joint action: " + missing
                    + " did not order it this turn; your cost was refunded"));
        continue;
      }
      if (!jointDone[a]) {
        jointDone[a] = true;
        selfTeam = action.teams()[0];
        boolean success = roll(action.chance(), Purpose.JOINT_CHANCE, a, 0);
        for (int partner : action.teams()) {
          uses.record(partner, a, turn);
          outcomes.add(outcome(partner, a, success));
        }
        applyEffects(
            action.effects(), success, Cause.jointAction(a), Purpose.ACTION_EXPRESSION, -1, a);
      }
    }
  }

  private String missingPartner(Action action, int a, Accepted accepted) {
    for (int partner : action.teams()) {
      if (!accepted.has(partner, a)) {
        return scenario.teams().get(partner).name();
      }
    }
    return null;
  }

  /** The orders that passed their checks, in order, with what each paid. */
  private static final class Accepted {
    final int[] teams;
    final int[] actions;
    final double[][] costs;
    int size;

    Accepted(int capacity) {
      teams = new int[capacity];
      actions = new int[capacity];
      costs = new double[capacity][];
    }

    void add(int team, int action, double[] paid) {
      teams[size] = team;
      actions[size] = action;
      costs[size] = paid;
      size++;
    }

    /** Whether {@code team}'s order of {@code action} was accepted. */
    boolean has(int team, int action) {
      for (int i = 0; i < size; i++) {
        if (teams[i] == team && actions[i] == action) {
          return true;
        }
      }
      return false;
    }
  }

  private ActionOutcome outcome(int team, int action, boolean success) {
    return new ActionOutcome(
        team, action, scenario.actions().get(action).id(),
        success ? ActionOutcome.Status.SUCCEEDED : ActionOutcome.Status.FAILED,
        ActionOutcome.Reason.NONE);
  }

  private boolean roll(CompiledExpression chance, Purpose purpose, int a, int b) {
    if (chance == null) {
      return true;
    }
    double p = eval(chance, Purpose.ACTION_EXPRESSION, a, b);
    random.use(turn, purpose, a, b);
    return random.nextDouble() < p;
  }

  private void applyEffects(
      List<Effect> effects, boolean success, Cause cause, Purpose purpose, int a, int b) {
    for (int i = 0; i < effects.size(); i++) {
      Effect e = effects.get(i);
      if (!e.when().matches(success)) {
        continue;
      }
      double amount = eval(e.amount(), purpose, a, b);
      if (e.delay() == 0) {
        add(e.targetsResource(), e.target(), amount, cause, false);
      }
      int from = turn + Math.max(e.delay(), 1);
      int to = turn + e.delay() + e.duration() - 1;
      if (to >= from) {
        scheduled.add(new ScheduledEffect(e.targetsResource(), e.target(), amount, from, to, cause));
      }
    }
  }

  private void applyScheduled() {
    List<ScheduledEffect> running = previous.scheduled;
    for (int i = 0; i < running.size(); i++) {
      ScheduledEffect e = running.get(i);
      if (e.fromTurn() <= turn && turn <= e.toTurn()) {
        add(e.targetsResource(), e.target(), e.amount(), e.cause(), true);
      }
    }
  }

  private void add(boolean toResource, int target, double amount, Cause cause, boolean delayed) {
    if (toResource) {
      resources[target] = Math.max(0, resources[target] + amount);
    } else {
      delta[target] += amount;
      if (ledger != null) {
        ledger.add(target, cause, amount, delayed);
      }
    }
  }

  // ---- dilemmas and dynamics ----------------------------------------------------------------

  private void answerDilemmas(TurnInput input) {
    for (int i = 0; i < previous.dilemmas.size(); i++) {
      PendingDilemma pending = previous.dilemmas.get(i);
      Event event = scenario.events().get(pending.event());
      Event.Dilemma dilemma = event.dilemma();
      Team team = scenario.teams().get(pending.team());
      TeamOrders orders = input.ordersOf(team.id());
      String choice = orders == null ? null : orders.choices().get(event.id());
      int option = choice == null ? -1 : dilemma.optionIndex(choice);
      if (choice != null && option < 0) {
        notes.add(team.name() + " chose an unknown option '" + choice + "' for '" + event.id()
            + "'; the default applies");
      }
      boolean defaulted = option < 0;
      if (defaulted) {
        option = dilemma.defaultOption();
      }
      answers.add(new DilemmaAnswer(pending.event(), pending.team(), option, defaulted));
      selfTeam = pending.team();
      applyEffects(
          dilemma.options().get(option).effects(), true,
          Cause.dilemma(pending.team(), pending.event(), option), Purpose.EVENT_EFFECT,
          pending.event(), option + 1);
    }
    for (int i = 0; i < input.orders().size(); i++) {
      TeamOrders orders = input.orders().get(i);
      if (orders.choices().isEmpty()) {
        continue; // most orders: spares the empty map's iterator
      }
      for (Map.Entry<String, String> choice : orders.choices().entrySet()) {
        if (!isPendingFor(choice.getKey(), orders.team())) {
          notes.add(orders.team() + " answered '" + choice.getKey()
              + "', which is not a dilemma waiting for it; the answer was ignored");
        }
      }
    }
  }

  private boolean isPendingFor(String eventId, String teamId) {
    for (PendingDilemma p : previous.dilemmas) {
      if (scenario.events().get(p.event()).id().equals(eventId)
          && scenario.teams().get(p.team()).id().equals(teamId)) {
        return true;
      }
    }
    return false;
  }

  private void applyDynamics() {
    selfTeam = -1;
    List<Dynamic> dynamics = scenario.dynamics();
    Evaluated formulas = new Evaluated(scenario.dynamicFormulas());
    int deltas = dynamics.size();
    for (int d = 0; d < dynamics.size(); d++) {
      Dynamic dynamic = dynamics.get(d);
      if (dynamic.when() != null && !truthy(formulas.value(d, Purpose.DYNAMIC, d, 1))) {
        continue;
      }
      double amount = formulas.value(deltas + d, Purpose.DYNAMIC, d, 0);
      delta[dynamic.variable()] += amount;
      if (ledger != null) {
        ledger.add(dynamic.variable(), Cause.Kind.DYNAMIC, -1, d, -1, amount, false);
      }
    }
  }

  // ---- 5. events ----------------------------------------------------------------------------

  private void fireEvents(TurnInput input) {
    selfTeam = -1;
    List<Event> events = scenario.events();
    boolean[] injected = new boolean[events.size()];
    for (int i = 0; i < input.injects().size(); i++) {
      String id = input.injects().get(i);
      int e = scenario.eventIndex(id);
      if (e < 0) {
        notes.add("there is no event '" + id + "' to inject");
      } else {
        injected[e] = true;
      }
    }
    // Decide every event on the same state first, so one event's effects never trigger another
    // within the turn and the scenario's order does not change what fires.
    boolean[] fires = new boolean[events.size()];
    Triggers triggers = new Triggers();
    for (int e = 0; e < events.size(); e++) {
      fires[e] = injected[e] || triggers.fire(e);
    }
    for (int e = 0; e < events.size(); e++) {
      if (fires[e]) {
        fire(e, injected[e]);
      }
    }
    for (int i = 0; i < input.adhoc().size(); i++) {
      for (AdhocEvent.Change change : input.adhoc().get(i).changes()) {
        add(false, change.variable(), change.amount(), Cause.instructor(i), false);
      }
    }
  }

  /** The events' trigger formulas on the state after dynamics, those that draw nothing at once. */
  private final class Triggers {
    private final Evaluated formulas = new Evaluated(scenario.triggerFormulas());
    private final int rearms = scenario.events().size();
    private final int chances = 2 * rearms;

    /** Whether event {@code e} triggers this turn; may re-arm it, and draws for a chance. */
    boolean fire(int e) {
      Event.Trigger trigger = scenario.events().get(e).trigger();
      if (trigger.type() == Event.Type.INJECT) {
        return false;
      }
      int armed = GameState.PER_EVENT * e + GameState.ARMED;
      if (trigger.repeat() == Event.Repeat.HYSTERESIS && eventCounters[armed] == 0) {
        eventCounters[armed] =
            truthy(formulas.value(rearms + e, Purpose.EVENT_TRIGGER, e, 1)) ? 1 : 0;
        return false;
      }
      if (!repeatAllows(trigger, e)) {
        return false;
      }
      switch (trigger.type()) {
        case SCHEDULE:
          return trigger.turn() == turn;
        case CONDITION:
          return truthy(formulas.value(e, Purpose.EVENT_TRIGGER, e, 0));
        case CHANCE:
          if (trigger.when() != null
              && !truthy(formulas.value(e, Purpose.EVENT_TRIGGER, e, 0))) {
            return false;
          }
          double p = formulas.value(chances + e, Purpose.EVENT_TRIGGER, e, 2);
          random.use(turn, Purpose.EVENT_TRIGGER, e, 3);
          return random.nextDouble() < p;
        default:
          throw new AssertionError(trigger.type() + " unhandled is a bug");
      }
    }
  }

  private boolean repeatAllows(Event.Trigger trigger, int e) {
    switch (trigger.repeat()) {
      case ONCE:
        return eventCounters[GameState.PER_EVENT * e + GameState.TIMES_FIRED] == 0;
      case ALWAYS:
      case HYSTERESIS:
        return true;
      case COOLDOWN:
        return eventCounters[GameState.PER_EVENT * e + GameState.LAST_FIRED] + trigger.cooldown()
            < turn;
      default:
        throw new AssertionError(trigger.repeat() + " unhandled is a bug");
    }
  }

  private void fire(int e, boolean injected) {
    Event event = scenario.events().get(e);
    int counters = GameState.PER_EVENT * e;
    eventCounters[counters + GameState.TIMES_FIRED]++;
    eventCounters[counters + GameState.LAST_FIRED] = turn;
    if (event.trigger().repeat() == Event.Repeat.HYSTERESIS) {
      eventCounters[counters + GameState.ARMED] = 0;
    }
    fired.add(new FiredEvent(e, injected));
    applyEffects(event.effects(), true, Cause.event(e), Purpose.EVENT_EFFECT, e, 0);
    if (event.dilemma() != null) {
      raised.add(new PendingDilemma(e, event.dilemma().team(), turn));
    }
  }

  // ---- 6-7. clamp, derived, income, scores, end ---------------------------------------------

  /** The turn's final values, written over {@code end}: the tentative ones, read no more. */
  private double[] clampAndRecord(double[] end) {
    List<Variable> variables = scenario.variables();
    for (int v = 0; v < end.length; v++) {
      double unclamped = start[v] + delta[v];
      end[v] = variables.get(v).clamp(unclamped);
      if (ledger != null && end[v] != unclamped && !variables.get(v).isDerived()) {
        ledger.add(v, Cause.Kind.CLAMP, -1, -1, -1, end[v] - unclamped, false);
      }
    }
    recomputeDerived(end);
    return end;
  }

  private void recomputeDerived(double[] target) {
    double[] saved = values;
    values = target;
    selfTeam = -1;
    for (int i = 0; i < scenario.derivedCount(); i++) {
      int v = scenario.derivedAt(i);
      Variable variable = scenario.variables().get(v);
      target[v] = variable.clamp(eval(variable.formula(), Purpose.DERIVED, v, 0));
    }
    values = saved;
  }

  private void addIncome() {
    List<Team> teams = scenario.teams();
    for (int t = 0; t < teams.size(); t++) {
      Team team = teams.get(t);
      selfTeam = t;
      for (int r = 0; r < team.resources().size(); r++) {
        Resource resource = team.resources().get(r);
        int slot = team.resourceOffset() + r;
        if (resource.income() != null) {
          resources[slot] += eval(resource.income(), Purpose.INCOME, t, r);
        }
        resources[slot] = Math.max(0, Math.min(resource.max(), resources[slot]));
      }
    }
  }

  private void score(double[] at, double[] scores, double[][] objectiveScores) {
    double[] saved = values;
    values = at;
    selfTeam = -1;
    Scoring scoring = scenario.scoring();
    batchScratch = scoring.formulas().evalBatch(this, batchScratch);
    scoring.score(at, this, scores, objectiveScores);
    values = saved;
  }

  /** Indicator {@code i}'s value on the values {@link #score} scores; see {@link Evaluated}. */
  @Override
  public double value(int i, int team, int objective) {
    return batched(scenario.scoring().formulas(), batchScratch, i, Purpose.SCORE, team, objective);
  }

  /** The first end condition that holds, or -1. */
  private int firstEndCondition() {
    EndRules end = scenario.end();
    for (int c = 0; c < end.conditions().size(); c++) {
      if (truthy(eval(end.conditions().get(c).when(), Purpose.END, c, 0))) {
        return c;
      }
    }
    return -1;
  }

  // ---- evaluation ---------------------------------------------------------------------------

  /** Evaluates on the current values; non-finite results count as 0 so one bad formula cannot poison the state. */
  private double eval(CompiledExpression expression, Purpose purpose, int a, int b) {
    if (expression.drawsRandom()) {
      random.use(turn, purpose, a, b);
    }
    return CompiledExpression.finiteOrZero(expression.eval(this));
  }

  /**
   * A list of formulas on the current state: those that draw nothing evaluated at once, as the
   * list is made; the others when asked for, as {@link #eval} must point the random stream first.
   * Its values live in the resolver's {@link #batchScratch}, so only one is in use at a time.
   */
  private final class Evaluated {
    private final FormulaList formulas;
    private final double[] batch;

    Evaluated(FormulaList formulas) {
      this.formulas = formulas;
      this.batch = formulas.evalBatch(TurnResolver.this, batchScratch);
      batchScratch = batch;
    }

    /** Formula {@code i}'s value, as {@link #eval} would give it with these arguments. */
    double value(int i, Purpose purpose, int a, int b) {
      return batched(formulas, batch, i, purpose, a, b);
    }
  }

  /** Formula {@code i} of {@code formulas}, from {@code batch} when it was evaluated there. */
  private double batched(
      FormulaList formulas, double[] batch, int i, Purpose purpose, int a, int b) {
    int at = formulas.batchIndex(i);
    if (at < 0) {
      return eval(formulas.get(i), purpose, a, b);
    }
    return CompiledExpression.finiteOrZero(batch[at]);
  }

  private static boolean truthy(double value) {
    return value != 0;
  }

  @Override
  public double variable(int index) {
    return values[index];
  }

  @Override
  public double lagged(int index, int turnsAgo) {
    return previous.history[Math.max(0, previous.turn - turnsAgo)][index];
  }

  @Override
  public double resource(int index) {
    return resources[index];
  }

  @Override
  public double selfResource(int index) {
    return resources[scenario.teams().get(selfTeam).resourceSlotByName()[index]];
  }

  @Override
  public int turn() {
    return turn;
  }

  @Override
  public double nextRandom() {
    return random.nextDouble();
  }
}
