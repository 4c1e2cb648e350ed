package org.demarche.engine.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.demarche.expr.CompiledExpression;

/**
 * A validated, compiled scenario: everything the engine needs, immutable, addressed by index.
 *
 * <p>Lists keep the scenario file's order, which is the order the engine iterates in.
 * {@code resourceNames} is the union of every team's resource ids; {@code self.x} in an
 * expression is compiled to the position of {@code x} in it.
 */
public final class Scenario {
  private final Metadata metadata;
  private final Calendar calendar;
  private final List<Variable> variables;
  private final int[] derivedOrder;
  private final List<Dynamic> dynamics;
  private final List<Team> teams;
  private final List<String> resourceNames;
  private final List<Action> actions;
  private final List<Event> events;
  private final EndRules end;
  private final int resourceCount;
  private final Map<String, Integer> teamIndex;
  private final Map<String, Integer> actionIndex;
  private final Map<String, Integer> eventIndex;
  private final Map<String, Integer> variableIndex;
  private final FormulaList dynamicFormulas;
  private final Scoring scoring;
  private final FormulaList triggerFormulas;
  private final int ledgerCapacity;

  /**
   * @param derivedOrder indexes of the derived variables, each after the ones its formula reads
   */
  public Scenario(
      Metadata metadata,
      Calendar calendar,
      List<Variable> variables,
      int[] derivedOrder,
      List<Dynamic> dynamics,
      List<Team> teams,
      List<String> resourceNames,
      List<Action> actions,
      List<Event> events,
      EndRules end) {
    this.metadata = metadata;
    this.calendar = calendar;
    this.variables = List.copyOf(variables);
    this.derivedOrder = derivedOrder.clone();
    this.dynamics = List.copyOf(dynamics);
    this.teams = List.copyOf(teams);
    this.resourceNames = List.copyOf(resourceNames);
    this.actions = List.copyOf(actions);
    this.events = List.copyOf(events);
    this.end = end;
    this.resourceCount = teams.stream().mapToInt(t -> t.resources().size()).sum();
    this.teamIndex = indexOf(teams, Team::id);
    this.actionIndex = indexOf(actions, Action::id);
    this.eventIndex = indexOf(events, Event::id);
    this.variableIndex = indexOf(variables, Variable::id);
    List<CompiledExpression> gatesThenDeltas = new ArrayList<>();
    this.dynamics.forEach(dynamic -> gatesThenDeltas.add(dynamic.when()));
    this.dynamics.forEach(dynamic -> gatesThenDeltas.add(dynamic.delta()));
    this.dynamicFormulas = new FormulaList(gatesThenDeltas);
    this.scoring = new Scoring(this.teams);
    List<CompiledExpression> triggers = new ArrayList<>();
    for (Function<Event.Trigger, CompiledExpression> formula :
        List.<Function<Event.Trigger, CompiledExpression>>of(
            Event.Trigger::when, Event.Trigger::rearm, Event.Trigger::chance)) {
      this.events.forEach(event -> triggers.add(formula.apply(event.trigger())));
    }
    this.triggerFormulas = new FormulaList(triggers);
    double effectsPerAction = this.actions.stream().mapToInt(a -> a.effects().size()).average()
        .orElse(0);
    int slots = this.teams.stream().mapToInt(Team::slots).sum();
    this.ledgerCapacity = this.dynamics.size() + (int) Math.ceil(slots * effectsPerAction) + 8;
  }

  /**
   * About how many entries a turn's causal ledger records: one per dynamic, the effects of every
   * slot filled with an action of average effects, and a few for events and clamps. The engine
   * sizes the ledger with it: growing it during a turn costs more than a few spare rows.
   */
  public int ledgerCapacity() {
    return ledgerCapacity;
  }

  private static <T> Map<String, Integer> indexOf(List<T> items, Function<T, String> id) {
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      map.put(id.apply(items.get(i)), i);
    }
    return Map.copyOf(map);
  }

  public Metadata metadata() {
    return metadata;
  }

  public Calendar calendar() {
    return calendar;
  }

  public List<Variable> variables() {
    return variables;
  }

  /** How many variables are derived. */
  public int derivedCount() {
    return derivedOrder.length;
  }

  /** The derived variable at a position of the evaluation order. */
  public int derivedAt(int position) {
    return derivedOrder[position];
  }

  public List<Dynamic> dynamics() {
    return dynamics;
  }

  public List<Team> teams() {
    return teams;
  }

  public List<String> resourceNames() {
    return resourceNames;
  }

  public List<Action> actions() {
    return actions;
  }

  public List<Event> events() {
    return events;
  }

  public EndRules end() {
    return end;
  }

  /** Number of resource slots over all teams; a team's resources are a contiguous range. */
  public int resourceCount() {
    return resourceCount;
  }

  /**
   * Every dynamic's {@code when} (null for none), then every dynamic's {@code delta}: dynamic
   * {@code d}'s are formulas {@code d} and {@code dynamics().size() + d}.
   */
  public FormulaList dynamicFormulas() {
    return dynamicFormulas;
  }

  /** Every team's objectives and indicators, flat, as a turn scores with them. */
  public Scoring scoring() {
    return scoring;
  }

  /**
   * The events' trigger formulas, null where an event has none: every event's {@code when}, then
   * every {@code rearm}, then every {@code chance}; event {@code e}'s are formulas {@code e},
   * {@code n + e} and {@code 2n + e} for {@code n} events.
   */
  public FormulaList triggerFormulas() {
    return triggerFormulas;
  }

  /** The team's index, or -1. */
  public int teamIndex(String id) {
    return teamIndex.getOrDefault(id, -1);
  }

  /** The action's index, or -1. */
  public int actionIndex(String id) {
    return actionIndex.getOrDefault(id, -1);
  }

  /** The event's index, or -1. */
  public int eventIndex(String id) {
    return eventIndex.getOrDefault(id, -1);
  }

  /** The variable's index, or -1. */
  public int variableIndex(String id) {
    return variableIndex.getOrDefault(id, -1);
  }
}
