package org.demarche.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.demarche.engine.model.Action;
import org.demarche.engine.model.Calendar;
import org.demarche.engine.model.Dynamic;
import org.demarche.engine.model.Effect;
import org.demarche.engine.model.EndRules;
import org.demarche.engine.model.Event;
import org.demarche.engine.model.Metadata;
import org.demarche.engine.model.Objective;
import org.demarche.engine.model.Resource;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Team;
import org.demarche.engine.model.Variable;
import org.demarche.engine.model.Visibility;
import org.demarche.expr.CompiledExpression;
import org.demarche.expr.ExpressionCompiler;
import org.demarche.expr.ExpressionException;
import org.demarche.expr.NameSuggester;

/**
 * Turns a parsed scenario document into the engine's model, recording every problem. Two passes:
 * the first collects the ids of variables, teams and resources so that any formula may name any
 * of them; the second reads and compiles everything.
 */
final class ScenarioReader {
  private static final Set<String> TOP = Set.of("$schema", "format", "id", "title", "version",
      "description", "sources", "calendar", "variables", "dynamics", "teams", "actions", "events",
      "end");
  private static final Set<String> SOURCE = Set.of("id", "title", "date", "url");
  private static final Set<String> CALENDAR = Set.of("unit", "start", "defaultTurns", "maxTurns");
  private static final Set<String> VARIABLE = Set.of("id", "label", "unit", "domain", "initial",
      "min", "max", "formula", "description", "source", "visibility");
  private static final Set<String> VISIBILITY = Set.of("default", "teams", "noise");
  private static final Set<String> DYNAMIC = Set.of("id", "var", "delta", "label", "when", "source");
  private static final Set<String> TEAM = Set.of("id", "name", "briefing", "autopilot", "slots",
      "resources", "goals");
  private static final Set<String> RESOURCE = Set.of("id", "label", "unit", "initial", "income",
      "max");
  private static final Set<String> OBJECTIVE = Set.of("id", "name", "weight", "indicators", "source");
  private static final Set<String> INDICATOR = Set.of("expr", "baseline", "target", "weight");
  private static final Set<String> ACTION = Set.of("id", "name", "description", "teams", "joint",
      "cost", "requires", "cooldown", "maxUses", "chance", "effects", "tags", "source");
  private static final Set<String> ACTION_EFFECT = Set.of("var", "amount", "delay", "duration", "on",
      "label");
  private static final Set<String> EVENT_EFFECT = Set.of("var", "amount", "delay", "duration",
      "label");
  private static final Set<String> EVENT = Set.of("id", "title", "text", "trigger", "effects",
      "visibleTo", "dilemma", "source");
  private static final Set<String> TRIGGER = Set.of("type", "when", "turn", "chance", "repeat",
      "cooldown", "rearm");
  private static final Set<String> DILEMMA = Set.of("team", "prompt", "options", "default");
  private static final Set<String> OPTION = Set.of("id", "label", "effects");
  private static final Set<String> END = Set.of("lastTurn", "conditions");
  private static final Set<String> END_CONDITION = Set.of("id", "when", "outcome");

  private final Node root;
  private final Problems problems;
  private final Map<String, Integer> variableIds = new LinkedHashMap<>();
  private final Map<String, Integer> teamIds = new LinkedHashMap<>();
  private final Map<String, Map<String, Integer>> resourcesByTeam = new LinkedHashMap<>();
  private final List<String> resourceNames = new ArrayList<>();
  private final Set<String> derivedIds = new java.util.HashSet<>();
  /** How many entries $.teams has, valid or not: per-team arrays are indexed by position. */
  private int teamCount;
  private final List<CompiledExpression> expressions = new ArrayList<>();
  private ScenarioSymbols global;

  ScenarioReader(Node root) {
    this.root = root;
    this.problems = root.problems();
  }

  /** Every expression compiled, so that the lint can see what is read. */
  List<CompiledExpression> expressionsRead() {
    return List.copyOf(expressions);
  }

  /** The scenario, or null when there were errors (recorded in the problems). */
  Scenario read() {
    if (!root.expectObject(TOP)) {
      return null;
    }
    Double format = root.number("format", true);
    if (format != null && format != 1) {
      problems.error("$.format", "unsupported format " + root.field("format").asExpression(),
          "this server reads format 1");
    }
    Metadata metadata = metadata();
    Calendar calendar = calendar(root.field("calendar"));
    collectIds();
    global = new ScenarioSymbols(variableIds, resourcesByTeam, resourceNames, null);
    List<Variable> variables = new ArrayList<>();
    for (Node v : root.array("variables", true)) {
      variables.add(variable(v));
    }
    List<Dynamic> dynamics = new ArrayList<>();
    List<Node> dynamicNodes = root.array("dynamics", false);
    uniqueIds(dynamicNodes, "dynamic");
    for (Node d : dynamicNodes) {
      dynamics.add(dynamic(d));
    }
    List<Team> teams = teams();
    List<Action> actions = actions(teams);
    List<Event> events = events();
    EndRules end = end();
    int[] derivedOrder = DerivedOrder.of(variables, problems);
    if (problems.hasErrors() || calendar == null) {
      return null;
    }
    return new Scenario(metadata, calendar, variables, derivedOrder, dynamics, teams, resourceNames,
        actions, events, end);
  }

  // ---- metadata and calendar ----------------------------------------------------------------

  private Metadata metadata() {
    String id = root.id("id", Node.ID);
    List<Metadata.Source> sources = new ArrayList<>();
    for (Node s : root.array("sources", false)) {
      if (s.expectObject(SOURCE)) {
        sources.add(new Metadata.Source(s.id("id", Node.ID), s.text("title", true),
            s.string("date", false), s.string("url", false)));
      }
    }
    return new Metadata(id, root.text("title", true), root.text("version", true),
        root.text("description", true), sources);
  }

  private Calendar calendar(Node c) {
    if (!root.has("calendar")) {
      problems.error("$", "missing field 'calendar'",
          "add \"calendar\": {\"unit\": \"quarter\", \"start\": \"2022-Q2\", \"defaultTurns\": 12, "
              + "\"maxTurns\": 20}");
      return null;
    }
    if (!c.expectObject(CALENDAR)) {
      return null;
    }
    String unitName = c.string("unit", true);
    Calendar.Unit unit = null;
    if (unitName != null) {
      unit = enumValue(Calendar.Unit.class, unitName, c.pathOf("unit"));
    }
    String start = c.string("start", true);
    int defaultTurns = c.integer("defaultTurns", 1, 1, true);
    int maxTurns = c.integer("maxTurns", 1, defaultTurns, true);
    if (maxTurns < defaultTurns) {
      problems.error(c.pathOf("maxTurns"), "maxTurns (" + maxTurns + ") is below defaultTurns ("
          + defaultTurns + ")", "raise maxTurns to at least " + defaultTurns);
    }
    if (unit == null || start == null) {
      return null;
    }
    long startIndex = unit.parse(start);
    if (startIndex < 0) {
      problems.error(c.pathOf("start"), "'" + start + "' is not a " + unitName + " label",
          "write it like '" + unit.example() + "'");
      return null;
    }
    return new Calendar(unit, start, startIndex, defaultTurns, maxTurns);
  }

  // ---- pass 1: ids --------------------------------------------------------------------------

  private void collectIds() {
    List<Node> variables = root.items("variables");
    uniqueIds(variables, "variable");
    for (int i = 0; i < variables.size(); i++) {
      String id = variables.get(i).field("id").asString();
      if (id != null && Node.NAME.matcher(id).matches()) {
        variableIds.putIfAbsent(id, i);
        if (variables.get(i).has("formula")) {
          derivedIds.add(id);
        }
      }
    }
    List<Node> teams = root.items("teams");
    teamCount = teams.size();
    uniqueIds(teams, "team");
    int offset = 0;
    for (int t = 0; t < teams.size(); t++) {
      String id = teams.get(t).field("id").asString();
      if (id == null || teamIds.containsKey(id)) {
        continue;
      }
      teamIds.put(id, t);
      Map<String, Integer> resources = new LinkedHashMap<>();
      List<Node> resourceNodes = teams.get(t).items("resources");
      uniqueIds(resourceNodes, "resource");
      for (Node r : resourceNodes) {
        String rid = r.field("id").asString();
        if (rid != null && !resources.containsKey(rid)) {
          resources.put(rid, offset + resources.size());
          if (!resourceNames.contains(rid)) {
            resourceNames.add(rid);
          }
        }
      }
      offset += resources.size();
      resourcesByTeam.put(id, resources);
    }
  }

  private void uniqueIds(List<Node> items, String kind) {
    Map<String, String> seen = new HashMap<>();
    for (Node item : items) {
      String id = item.field("id").asString();
      if (id == null) {
        continue;
      }
      String first = seen.putIfAbsent(id, item.path());
      if (first != null) {
        problems.error(item.pathOf("id"), "duplicate " + kind + " id '" + id + "'",
            "it is already used at " + first + "; ids must be unique");
      }
    }
  }

  // ---- variables and dynamics ---------------------------------------------------------------

  private Variable variable(Node v) {
    v.expectObject(VARIABLE);
    String id = v.id("id", Node.NAME);
    boolean derived = v.has("formula");
    CompiledExpression formula = derived ? compile(v, "formula", true, global) : null;
    Double initial = v.number("initial", !derived);
    double min = v.number("min", Double.NEGATIVE_INFINITY);
    double max = v.number("max", Double.POSITIVE_INFINITY);
    if (min > max) {
      problems.error(v.pathOf("min"), "min (" + min + ") is above max (" + max + ")",
          "swap them");
    } else if (initial != null && (initial < min || initial > max)) {
      problems.error(v.pathOf("initial"), "initial value " + initial + " is outside [" + min + ", "
          + max + "]", "change the initial value or widen min/max");
    }
    if (derived && v.has("initial")) {
      problems.error(v.pathOf("initial"), "a derived variable has no initial value",
          "remove 'initial'; the formula computes it");
    }
    Visibility[] visibility = new Visibility[teamCount];
    double noise = visibility(v, visibility);
    return new Variable(id, v.text("label", true), v.text("unit", false), v.text("domain", true),
        initial == null ? 0 : initial, min, max, formula, v.text("description", false),
        v.text("source", false), visibility, noise);
  }

  /** Fills the per-team visibility and returns the estimate noise. */
  private double visibility(Node v, Visibility[] perTeam) {
    Arrays.fill(perTeam, Visibility.PUBLIC);
    if (!v.has("visibility")) {
      return 0.1;
    }
    Node vis = v.field("visibility");
    String word = vis.asString();
    if (word != null) {
      Visibility all = enumValue(Visibility.class, word, vis.path());
      Arrays.fill(perTeam, all == null ? Visibility.PUBLIC : all);
      return 0.1;
    }
    if (!vis.expectObject(VISIBILITY)) {
      return 0.1;
    }
    String def = vis.string("default", false);
    if (def != null) {
      Visibility all = enumValue(Visibility.class, def, vis.pathOf("default"));
      Arrays.fill(perTeam, all == null ? Visibility.PUBLIC : all);
    }
    for (Map.Entry<String, Node> entry : vis.entries("teams")) {
      Integer team = team(entry.getKey(), entry.getValue().path());
      String kind = entry.getValue().asString();
      if (kind == null) {
        problems.error(entry.getValue().path(), "expected public, hidden or estimate");
        continue;
      }
      Visibility visibility = enumValue(Visibility.class, kind, entry.getValue().path());
      if (team != null && visibility != null) {
        perTeam[team] = visibility;
      }
    }
    double noise = vis.number("noise", 0.1);
    if (noise < 0) {
      problems.error(vis.pathOf("noise"), "noise cannot be negative", "use e.g. 0.1 for ±10%");
    }
    return noise;
  }

  private Dynamic dynamic(Node d) {
    d.expectObject(DYNAMIC);
    return new Dynamic(d.id("id", Node.ID), storedVariable(d, "var"),
        compile(d, "delta", true, global), compile(d, "when", false, global),
        d.string("label", false), d.text("source", false));
  }

  /** A variable that effects and dynamics may move: stored, not derived. -1 when invalid. */
  private int storedVariable(Node n, String field) {
    String id = n.string(field, true);
    if (id == null) {
      return -1;
    }
    if (derivedIds.contains(id)) {
      problems.error(n.pathOf(field), "'" + id + "' is derived (it has a formula) and cannot be "
          + "moved directly", "move one of the variables its formula reads instead");
      return -1;
    }
    Integer index = variableIds.get(id);
    if (index == null) {
      problems.error(n.pathOf(field), "unknown variable '" + id + "'", didYouMean(id,
          variableIds.keySet()));
      return -1;
    }
    return index;
  }

  // ---- teams --------------------------------------------------------------------------------

  private List<Team> teams() {
    List<Node> nodes = root.array("teams", true);
    if (nodes.isEmpty() && root.has("teams")) {
      problems.error("$.teams", "a scenario needs at least one team", "add a team");
    }
    List<Team> teams = new ArrayList<>();
    int offset = 0;
    for (Node t : nodes) {
      t.expectObject(TEAM);
      String id = t.id("id", Node.NAME);
      List<Resource> resources = new ArrayList<>();
      ScenarioSymbols self = global.withSelf(id == null ? List.of() : List.of(id));
      for (Node r : t.array("resources", false)) {
        r.expectObject(RESOURCE);
        r.id("id", Node.NAME);
        Double given = r.number("initial", true);
        double initial = given == null ? 0 : given;
        double max = r.number("max", Double.POSITIVE_INFINITY);
        if (initial < 0 || initial > max) {
          problems.error(r.pathOf("initial"), "initial amount " + initial + " is outside [0, " + max
              + "]", "resources never fall below 0 or exceed max");
        }
        resources.add(new Resource(r.field("id").asString(), r.text("label", true),
            r.text("unit", false), initial, compile(r, "income", false, self), max));
      }
      int[] slotByName = new int[resourceNames.size()];
      Arrays.fill(slotByName, -1);
      for (int r = 0; r < resources.size(); r++) {
        int name = resourceNames.indexOf(resources.get(r).id());
        if (name >= 0 && slotByName[name] < 0) {
          slotByName[name] = offset + r;
        }
      }
      List<Objective> objectives = objectives(t);
      teams.add(new Team(id, t.text("name", true), t.text("briefing", true),
          t.bool("autopilot", false), t.integer("slots", 0, 0, true), resources, objectives, offset,
          slotByName));
      offset += resources.size();
    }
    return teams;
  }

  private List<Objective> objectives(Node team) {
    List<Node> goals = team.array("goals", true);
    uniqueIds(goals, "objective");
    List<Objective> objectives = new ArrayList<>();
    for (Node o : goals) {
      o.expectObject(OBJECTIVE);
      List<Objective.Indicator> indicators = new ArrayList<>();
      List<Node> indicatorNodes = o.array("indicators", true);
      if (indicatorNodes.isEmpty() && o.has("indicators")) {
        problems.error(o.pathOf("indicators"), "an objective needs at least one indicator",
            "add {\"expr\": \"…\", \"baseline\": …, \"target\": …}");
      }
      for (Node i : indicatorNodes) {
        i.expectObject(INDICATOR);
        Double baseline = i.number("baseline", true);
        Double target = i.number("target", true);
        if (baseline != null && baseline.equals(target)) {
          problems.error(i.pathOf("target"), "target equals baseline (" + target + ")",
              "the indicator scores 0 at the baseline and 100 at the target; make them differ");
        }
        indicators.add(new Objective.Indicator(compile(i, "expr", true, global),
            baseline == null ? 0 : baseline, target == null ? 1 : target, weight(i)));
      }
      objectives.add(new Objective(o.id("id", Node.ID), o.text("name", true), weight(o),
          indicators, o.text("source", false)));
    }
    return objectives;
  }

  private double weight(Node n) {
    double w = n.number("weight", 1.0);
    if (!(w > 0)) {
      problems.error(n.pathOf("weight"), "weight must be above 0, found " + w, "use e.g. 1");
      return 1;
    }
    return w;
  }

  // ---- actions ------------------------------------------------------------------------------

  private List<Action> actions(List<Team> teams) {
    List<Node> nodes = root.array("actions", false);
    uniqueIds(nodes, "action");
    List<Action> actions = new ArrayList<>();
    for (Node a : nodes) {
      a.expectObject(ACTION);
      List<String> teamNames = new ArrayList<>();
      List<Integer> teamIndexes = new ArrayList<>();
      List<Node> teamNodes = a.array("teams", true);
      for (Node t : teamNodes) {
        String name = t.asString();
        Integer index = name == null ? null : team(name, t.path());
        if (name == null) {
          problems.error(t.path(), "expected a team id in quotes");
        } else if (index != null) {
          teamNames.add(name);
          teamIndexes.add(index);
        }
      }
      boolean joint = a.bool("joint", false);
      if (joint && teamNodes.size() != 2) {
        problems.error(a.pathOf("teams"), "a joint action names exactly two teams, found "
            + teamNodes.size(), "list the two teams that must both order it");
      }
      ScenarioSymbols self = global.withSelf(teamNames);
      List<Map.Entry<String, Node>> costEntries = a.entries("cost");
      int[] costResources = new int[costEntries.size()];
      CompiledExpression[] costs = new CompiledExpression[costEntries.size()];
      for (int c = 0; c < costEntries.size(); c++) {
        String resource = costEntries.get(c).getKey();
        costResources[c] = selfResourceFor(resource, teamNames, a.pathOf("cost") + "." + resource);
        costs[c] = compileValue(costEntries.get(c).getValue(), self);
      }
      List<String> tags = a.strings("tags");
      checkTags(tags, a.pathOf("tags"), teams);
      actions.add(new Action(a.id("id", Node.ID), a.text("name", true), a.text("description", true),
          teamIndexes.stream().mapToInt(Integer::intValue).toArray(), joint, costResources, costs,
          compile(a, "requires", false, self), a.integer("cooldown", 0, 0, false),
          a.integer("maxUses", 1, 0, false), compile(a, "chance", false, self),
          effects(a, self, true), tags, a.text("source", false)));
    }
    return actions;
  }

  private int selfResourceFor(String resource, List<String> teams, String path) {
    for (String team : teams) {
      if (!resourcesByTeam.getOrDefault(team, Map.of()).containsKey(resource)) {
        problems.error(path, "team '" + team + "' has no resource '" + resource + "'",
            didYouMean(resource, resourcesByTeam.getOrDefault(team, Map.of()).keySet()));
        return -1;
      }
    }
    return resourceNames.indexOf(resource);
  }

  private void checkTags(List<String> tags, String path, List<Team> teams) {
    List<String> known = new ArrayList<>();
    for (Team t : teams) {
      for (Objective o : t.objectives()) {
        // a missing id is reported where it is missing; it names no tag to suggest
        if (t.id() != null && o.id() != null) {
          known.add(t.id() + "." + o.id());
        }
      }
    }
    for (int i = 0; i < tags.size(); i++) {
      if (!known.contains(tags.get(i))) {
        problems.error(path + "[" + i + "]", "no objective '" + tags.get(i) + "'",
            didYouMean(tags.get(i), known) + (known.isEmpty() ? "" : " (tags are team.objective)"));
      }
    }
  }

  private List<Effect> effects(Node owner, ScenarioSymbols symbols, boolean forAction) {
    List<Effect> effects = new ArrayList<>();
    for (Node e : owner.array("effects", false)) {
      e.expectObject(forAction ? ACTION_EFFECT : EVENT_EFFECT);
      String target = e.string("var", true);
      boolean toResource = target != null && target.contains(".");
      int index = -1;
      if (target != null && toResource) {
        String[] parts = target.split("\\.", 2);
        index = resourcesByTeam.getOrDefault(parts[0], Map.of()).getOrDefault(parts[1], -1);
        if (index < 0) {
          List<String> all = new ArrayList<>();
          resourcesByTeam.forEach((t, rs) -> rs.keySet().forEach(r -> all.add(t + "." + r)));
          problems.error(e.pathOf("var"), "unknown team resource '" + target + "'",
              didYouMean(target, all));
        }
      } else if (target != null) {
        index = storedVariable(e, "var");
      }
      int duration = e.integer("duration", 1, 1, false);
      Effect.When when = Effect.When.SUCCESS;
      String on = e.string("on", false);
      if (on != null) {
        Effect.When parsed = enumValue(Effect.When.class, on, e.pathOf("on"));
        when = parsed == null ? when : parsed;
      } else if (!forAction) {
        when = Effect.When.ALWAYS;
      }
      effects.add(new Effect(toResource, index, compile(e, "amount", true, symbols),
          e.integer("delay", 0, 0, false), duration, when, e.string("label", false)));
    }
    return effects;
  }

  // ---- events -------------------------------------------------------------------------------

  private List<Event> events() {
    List<Node> nodes = root.array("events", false);
    uniqueIds(nodes, "event");
    List<Event> events = new ArrayList<>();
    for (Node e : nodes) {
      e.expectObject(EVENT);
      boolean[] visibleTo = new boolean[teamCount];
      if (e.has("visibleTo")) {
        for (Node t : e.array("visibleTo", false)) {
          String name = t.asString();
          Integer index = name == null ? null : team(name, t.path());
          if (index != null) {
            visibleTo[index] = true;
          }
        }
      } else {
        Arrays.fill(visibleTo, true);
      }
      Event.Dilemma dilemma = e.has("dilemma") ? dilemma(e.field("dilemma")) : null;
      events.add(new Event(e.id("id", Node.ID), e.text("title", true), e.text("text", true),
          trigger(e), effects(e, global, false), visibleTo, dilemma, e.text("source", false)));
    }
    return events;
  }

  private Event.Trigger trigger(Node event) {
    Node t = event.field("trigger");
    if (!event.has("trigger")) {
      problems.error(event.path(), "missing field 'trigger'",
          "add \"trigger\": {\"type\": \"condition\", \"when\": \"…\"} (or schedule, chance, inject)");
      return new Event.Trigger(Event.Type.INJECT, null, 0, null, Event.Repeat.ONCE, 0, null);
    }
    t.expectObject(TRIGGER);
    String typeName = t.string("type", true);
    Event.Type type = typeName == null ? null : enumValue(Event.Type.class, typeName, t.pathOf("type"));
    if (type == null) {
      return new Event.Trigger(Event.Type.INJECT, null, 0, null, Event.Repeat.ONCE, 0, null);
    }
    CompiledExpression when = compile(t, "when", type == Event.Type.CONDITION, global);
    int turn = t.integer("turn", 1, 1, type == Event.Type.SCHEDULE);
    CompiledExpression chance = compile(t, "chance", type == Event.Type.CHANCE, global);
    String repeatName = t.string("repeat", false);
    Event.Repeat repeat = type == Event.Type.CHANCE ? Event.Repeat.ALWAYS : Event.Repeat.ONCE;
    if (repeatName != null) {
      Event.Repeat parsed = enumValue(Event.Repeat.class, repeatName, t.pathOf("repeat"));
      repeat = parsed == null ? repeat : parsed;
    }
    int cooldown = t.integer("cooldown", 1, 1, repeat == Event.Repeat.COOLDOWN);
    CompiledExpression rearm = compile(t, "rearm", repeat == Event.Repeat.HYSTERESIS, global);
    if (type != Event.Type.SCHEDULE && t.has("turn")) {
      problems.error(t.pathOf("turn"), "'turn' applies to schedule triggers only",
          "remove it, or use \"type\": \"schedule\"");
    }
    if (type == Event.Type.INJECT && (t.has("when") || t.has("chance") || t.has("repeat"))) {
      problems.error(t.path(), "an inject fires only when the instructor fires it",
          "remove when/chance/repeat, or choose another trigger type");
    }
    return new Event.Trigger(type, when, turn, chance, repeat, cooldown, rearm);
  }

  private Event.Dilemma dilemma(Node d) {
    d.expectObject(DILEMMA);
    String teamName = d.string("team", true);
    Integer team = teamName == null ? null : team(teamName, d.pathOf("team"));
    ScenarioSymbols self = team == null ? global : global.withSelf(List.of(teamName));
    List<Node> optionNodes = d.array("options", true);
    uniqueIds(optionNodes, "option");
    if (optionNodes.size() < 2 && d.has("options")) {
      problems.error(d.pathOf("options"), "a dilemma needs at least two options",
          "add another option");
    }
    List<Event.Option> options = new ArrayList<>();
    for (Node o : optionNodes) {
      o.expectObject(OPTION);
      options.add(new Event.Option(o.id("id", Node.ID), o.text("label", true),
          effects(o, self, false)));
    }
    String def = d.string("default", true);
    int defaultIndex = -1;
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).id() != null && options.get(i).id().equals(def)) {
        defaultIndex = i;
      }
    }
    if (def != null && defaultIndex < 0) {
      problems.error(d.pathOf("default"), "no option '" + def + "'",
          didYouMean(def, options.stream().map(Event.Option::id).filter(s -> s != null).toList()));
    }
    return new Event.Dilemma(team == null ? -1 : team, d.text("prompt", true), options,
        Math.max(defaultIndex, 0));
  }

  private EndRules end() {
    if (!root.has("end")) {
      return new EndRules("The exercise has reached its last turn.", List.of());
    }
    Node end = root.field("end");
    end.expectObject(END);
    List<EndRules.Condition> conditions = new ArrayList<>();
    List<Node> nodes = end.array("conditions", false);
    uniqueIds(nodes, "end condition");
    for (Node c : nodes) {
      c.expectObject(END_CONDITION);
      conditions.add(new EndRules.Condition(c.id("id", Node.ID), compile(c, "when", true, global),
          c.text("outcome", true)));
    }
    String last = end.string("lastTurn", false);
    return new EndRules(last == null ? "The exercise has reached its last turn." : last, conditions);
  }

  // ---- helpers ------------------------------------------------------------------------------

  private Integer team(String id, String path) {
    Integer index = teamIds.get(id);
    if (index == null) {
      problems.error(path, "unknown team '" + id + "'", didYouMean(id, teamIds.keySet()));
    }
    return index;
  }

  private CompiledExpression compile(Node owner, String field, boolean required,
      ScenarioSymbols symbols) {
    String source = owner.expression(field, required);
    return source == null ? null : compileSource(source, owner.pathOf(field), symbols);
  }

  private CompiledExpression compileValue(Node value, ScenarioSymbols symbols) {
    String source = value.asExpression();
    if (source == null) {
      problems.error(value.path(), "expected a formula (a text such as \"2 * x\" or a number)");
      return null;
    }
    return compileSource(source, value.path(), symbols);
  }

  private CompiledExpression compileSource(String source, String path, ScenarioSymbols symbols) {
    try {
      CompiledExpression compiled = ExpressionCompiler.compile(source, symbols);
      expressions.add(compiled);
      return compiled;
    } catch (ExpressionException e) {
      problems.error(path, e.message() + " at column " + (e.position() + 1) + " of \"" + source
          + "\"", e.hint());
      return null;
    }
  }

  private <E extends Enum<E>> E enumValue(Class<E> type, String text, String path) {
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      String name = constant.name().toLowerCase(java.util.Locale.ROOT);
      if (name.equals(text)) {
        return constant;
      }
      names.add(name);
    }
    problems.error(path, "'" + text + "' is not one of " + String.join(", ", names),
        didYouMean(text, names));
    return null;
  }

  static String didYouMean(String name, java.util.Collection<String> candidates) {
    return NameSuggester.closest(name, candidates).map(s -> "did you mean '" + s + "'?")
        .orElse(candidates.isEmpty() ? "" : "known: " + String.join(", ",
            candidates.stream().limit(12).toList()) + (candidates.size() > 12 ? ", …" : ""));
  }
}
