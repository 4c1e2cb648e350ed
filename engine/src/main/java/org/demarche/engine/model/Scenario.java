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
  private final FormulaList dynamicGates;
  private final FormulaList dynamicDeltas;
  private final FormulaList indicators;
  private final FormulaList triggerConditions;
  private final FormulaList triggerRearms;
  private final FormulaList triggerChances;

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
    this.dynamicGates = new FormulaList(this.dynamics.stream().map(Dynamic::when).toList());
    this.dynamicDeltas = new FormulaList(this.dynamics.stream().map(Dynamic::delta).toList());
    this.indicators = new FormulaList(this.teams.stream()
        .flatMap(team -> team.objectives().stream())
        .flatMap(objective -> objective.indicators().stream())
        .map(Objective.Indicator::expr)
        .toList());
    this.triggerConditions = eventFormulas(Event.Trigger::when);
    this.triggerRearms = eventFormulas(Event.Trigger::rearm);
    this.triggerChances = eventFormulas(Event.Trigger::chance);
  }

  private static <T> Map<String, Integer> indexOf(List<T> items, Function<T, String> id) {
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      map.put(id.apply(items.get(i)), i);
    }
    return Map.copyOf(map);
  }

  /** One formula of each event's trigger, null where it has none, in the order of {@link #events}. */
  private FormulaList eventFormulas(Function<Event.Trigger, CompiledExpression> formula) {
    List<CompiledExpression> formulas = new ArrayList<>(events.size());
    for (Event event : events) {
      formulas.add(formula.apply(event.trigger()));
    }
    return new FormulaList(formulas);
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

  /** Every dynamic's {@code when}, null for none, in the order of {@link #dynamics}. */
  public FormulaList dynamicGates() {
    return dynamicGates;
  }

  /** Every dynamic's {@code delta}, in the order of {@link #dynamics}. */
  public FormulaList dynamicDeltas() {
    return dynamicDeltas;
  }

  /** Every indicator's formula: team by team, objective by objective, in scenario order. */
  public FormulaList indicators() {
    return indicators;
  }

  /** Every event's trigger condition ({@code when}), null for none, in the order of {@link #events}. */
  public FormulaList triggerConditions() {
    return triggerConditions;
  }

  /** Every event's trigger re-arming condition, null for none, in the order of {@link #events}. */
  public FormulaList triggerRearms() {
    return triggerRearms;
  }

  /** Every event's trigger chance, null for none, in the order of {@link #events}. */
  public FormulaList triggerChances() {
    return triggerChances;
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
