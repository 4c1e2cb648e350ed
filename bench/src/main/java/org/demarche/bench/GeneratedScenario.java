package org.demarche.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.demarche.engine.model.Scenario;
import org.demarche.scenario.LoadResult;
import org.demarche.scenario.ScenarioLoader;

/** Builds, deterministically from a seed, the JSON of a scenario as large as the Bolivia one. */
// Generated rather than read from scenarios/ so the benchmarks do not move when others edit a
// file. Every dynamic pulls its variable back toward a target, so values stay inside their ranges
// and games usually run their twelve turns; the end conditions need two indices near their floor
// at once and rarely fire.
public final class GeneratedScenario {
  public static final int VARIABLES = 60;
  public static final int DERIVED = 5;
  public static final int DYNAMICS = 60;
  public static final int TEAMS = 4;
  public static final int SLOTS = 3;
  public static final int ACTIONS = 80;
  public static final int JOINT_ACTIONS = 4;
  public static final int EVENTS = 40;
  public static final int DILEMMAS = 3;
  public static final int TURNS = 12;

  private static final String[] DOMAINS =
      {"economy", "security", "stability", "environment", "health", "diplomacy"};
  private static final String[] PREFIXES = {"eco", "sec", "stab", "env", "hea", "dip"};
  private static final String[] TEAM_IDS = {"gov", "opposition", "donor", "civil"};
  private static final int[][] JOINT_PAIRS = {{0, 2}, {0, 1}, {2, 3}, {1, 3}};

  private final Random random;
  private final List<String> ids = new ArrayList<>();
  private final List<String> stored = new ArrayList<>();
  /** Per variable: its initial value (50 for derived ones), the centre dynamics pull toward. */
  private final List<Double> centres = new ArrayList<>();

  private GeneratedScenario(long seed) {
    this.random = new Random(seed);
  }

  /** The scenario's JSON text for {@code seed}; equal seeds give equal text. */
  public static String json(long seed) {
    return new GeneratedScenario(seed).build().toString();
  }

  /**
   * The loaded scenario for {@code seed}.
   *
   * @throws IllegalStateException when the generated text does not load, which is a bug here
   */
  public static Scenario scenario(long seed) {
    LoadResult result = ScenarioLoader.load(json(seed), "generated");
    if (!result.valid()) {
      throw new IllegalStateException("generated scenario does not load: " + result.errors());
    }
    return result.scenario();
  }

  private JsonObject build() {
    JsonObject root = new JsonObject();
    root.addProperty("format", 1);
    root.addProperty("id", "generated");
    root.addProperty("title", "Generated benchmark scenario");
    root.addProperty("version", "1.0.0");
    root.addProperty("description", "Machine-generated, the size of the Bolivia scenario.");
    JsonObject calendar = new JsonObject();
    calendar.addProperty("unit", "quarter");
    calendar.addProperty("start", "2022-Q1");
    calendar.addProperty("defaultTurns", TURNS);
    calendar.addProperty("maxTurns", 16);
    root.add("calendar", calendar);
    root.add("variables", variables());
    root.add("dynamics", dynamics());
    root.add("teams", teams());
    root.add("actions", actions());
    root.add("events", events());
    root.add("end", end());
    return root;
  }

  // ---- variables and dynamics ---------------------------------------------------------------

  private JsonArray variables() {
    JsonArray out = new JsonArray();
    int perDomain = VARIABLES / DOMAINS.length;
    for (int d = 0; d < DOMAINS.length; d++) {
      List<String> domainStored = new ArrayList<>();
      for (int k = 0; k < perDomain; k++) {
        String id = PREFIXES[d] + "_" + k;
        JsonObject v = new JsonObject();
        v.addProperty("id", id);
        v.addProperty("label", DOMAINS[d] + " index " + k);
        v.addProperty("unit", "index 0-100");
        v.addProperty("domain", DOMAINS[d]);
        // The last variable of the first five domains is a composite of its domain's others.
        boolean derived = k == perDomain - 1 && d < DERIVED;
        if (derived) {
          v.addProperty("formula", composite(domainStored));
          centres.add(50.0);
        } else {
          double initial = round(30 + 40 * random.nextDouble());
          v.addProperty("initial", initial);
          centres.add(initial);
          domainStored.add(id);
          stored.add(id);
        }
        v.addProperty("min", 0);
        v.addProperty("max", 100);
        if (random.nextInt(5) == 0) {
          v.add("visibility", visibility());
        }
        ids.add(id);
        out.add(v);
      }
    }
    return out;
  }

  private String composite(List<String> parts) {
    String a = parts.get(0);
    String b = parts.get(1);
    String c = parts.get(2);
    switch (random.nextInt(3)) {
      case 0:
        return "(" + a + " + " + b + " + " + c + ") / 3";
      case 1:
        return "0.6 * " + a + " + 0.4 * " + b;
      default:
        return "max(" + a + ", " + b + ") - 0.2 * abs(" + a + " - " + c + ")";
    }
  }

  private JsonObject visibility() {
    JsonObject vis = new JsonObject();
    vis.addProperty("default", "public");
    JsonObject teams = new JsonObject();
    teams.addProperty(TEAM_IDS[1 + random.nextInt(3)], "estimate");
    teams.addProperty(TEAM_IDS[0], random.nextBoolean() ? "estimate" : "hidden");
    vis.add("teams", teams);
    vis.addProperty("noise", 0.1);
    return vis;
  }

  private JsonArray dynamics() {
    JsonArray out = new JsonArray();
    for (int i = 0; i < DYNAMICS; i++) {
      String x = stored.get(i % stored.size());
      double target = centres.get(ids.indexOf(x));
      String y = otherThan(x);
      String z = otherThan(x);
      String pull = number(0.08 + 0.1 * random.nextDouble()) + " * (" + number(target) + " - " + x + ")";
      JsonObject d = new JsonObject();
      d.addProperty("id", "dyn_" + i);
      d.addProperty("var", x);
      d.addProperty("label", "force " + i + " on " + x);
      if (i >= stored.size()) {
        // The few second forces on a variable apply only some turns, as policy regimes do.
        d.addProperty("when", random.nextBoolean() ? "turn >= 4" : y + " < 45");
        d.addProperty("delta", number(0.03 + 0.04 * random.nextDouble()) + " * (" + z + " - 50)");
      } else {
        d.addProperty("delta", pull + " + " + crossTerm(i % 7, x, y, z));
      }
      out.add(d);
    }
    return out;
  }

  /** One of seven shapes of interaction, each bounded so the pull toward the target wins. */
  private String crossTerm(int shape, String x, String y, String z) {
    switch (shape) {
      case 0:
        return "0.04 * (" + y + " - 50)";
      case 1:
        return "0.2 * (" + x + " - lag(" + x + ", 1))";
      case 2:
        return "0.05 * (50 - lag(" + y + ", 2))";
      case 3:
        return "if(" + y + " > 60, -1.5, 0.8)";
      case 4:
        return "clamp(0.05 * (" + y + " - " + z + "), -2, 2)";
      case 5:
        return "max(-2, min(2, 0.1 * (" + y + " - " + x + ")))";
      default:
        return "normal(0, 0.5)";
    }
  }

  private String otherThan(String x) {
    String y;
    do {
      y = ids.get(random.nextInt(ids.size()));
    } while (y.equals(x));
    return y;
  }

  // ---- teams --------------------------------------------------------------------------------

  private JsonArray teams() {
    JsonArray out = new JsonArray();
    for (String id : TEAM_IDS) {
      JsonObject t = new JsonObject();
      t.addProperty("id", id);
      t.addProperty("name", "Team " + id);
      t.addProperty("briefing", "Generated team " + id + ".");
      t.addProperty("slots", SLOTS);
      JsonArray resources = new JsonArray();
      resources.add(resource("capital", 5, 12,
          "1.5 + 0.02 * (" + anyVariable() + " - 50) - 0.05 * self.capital"));
      resources.add(resource("budget", 150, 400,
          "45 + 0.3 * (" + anyVariable() + " - 50) - 0.05 * self.budget"));
      t.add("resources", resources);
      JsonArray goals = new JsonArray();
      int objectives = 6 + random.nextInt(5);
      for (int o = 0; o < objectives; o++) {
        goals.add(objective(o));
      }
      t.add("goals", goals);
      out.add(t);
    }
    return out;
  }

  private static JsonObject resource(String id, double initial, double max, String income) {
    JsonObject r = new JsonObject();
    r.addProperty("id", id);
    r.addProperty("label", id);
    r.addProperty("initial", initial);
    r.addProperty("max", max);
    r.addProperty("income", income);
    return r;
  }

  private JsonObject objective(int o) {
    JsonObject g = new JsonObject();
    g.addProperty("id", "obj_" + o);
    g.addProperty("name", "Objective " + o);
    g.addProperty("weight", 0.5 * (1 + random.nextInt(6)));
    JsonArray indicators = new JsonArray();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      int v = random.nextInt(ids.size());
      String expr = random.nextInt(3) == 0
          ? "(" + ids.get(v) + " + " + anyVariable() + ") / 2"
          : ids.get(v);
      double start = random.nextInt(3) == 0 ? 50 : centres.get(v);
      // Half the goals want the indicator up, half down; a goal is met 20 points away.
      double direction = random.nextBoolean() ? 1 : -1;
      JsonObject indicator = new JsonObject();
      indicator.addProperty("expr", expr);
      indicator.addProperty("baseline", round(start - direction * 10));
      indicator.addProperty("target", round(start + direction * 20));
      indicators.add(indicator);
    }
    g.add("indicators", indicators);
    return g;
  }

  // ---- actions ------------------------------------------------------------------------------

  private JsonArray actions() {
    JsonArray out = new JsonArray();
    int single = (ACTIONS - JOINT_ACTIONS) / TEAMS;
    for (int a = 0; a < ACTIONS - JOINT_ACTIONS; a++) {
      out.add(action(a, new int[] {a / single}, false));
    }
    for (int j = 0; j < JOINT_ACTIONS; j++) {
      out.add(action(ACTIONS - JOINT_ACTIONS + j, JOINT_PAIRS[j], true));
    }
    return out;
  }

  private JsonObject action(int index, int[] teams, boolean joint) {
    JsonObject a = new JsonObject();
    a.addProperty("id", "act_" + index);
    a.addProperty("name", "Action " + index);
    a.addProperty("description", "Generated action " + index + ".");
    JsonArray teamIds = new JsonArray();
    for (int t : teams) {
      teamIds.add(TEAM_IDS[t]);
    }
    a.add("teams", teamIds);
    if (joint) {
      a.addProperty("joint", true);
    }
    JsonObject cost = new JsonObject();
    int costKind = random.nextInt(7);
    if (joint || costKind < 2) {
      cost.addProperty("capital", 1);
    }
    if (costKind == 5) {
      cost.addProperty("budget", "10 + 0.05 * self.budget");
    } else if (costKind >= 1) {
      cost.addProperty("budget", 10 + 5 * random.nextInt(4));
    }
    if (cost.size() > 0) {
      a.add("cost", cost);
    }
    switch (random.nextInt(6)) {
      case 0:
        a.addProperty("requires", anyVariable() + " > 20");
        break;
      case 1:
        a.addProperty("requires", "self.capital >= 2");
        break;
      case 2:
        a.addProperty("requires", "turn >= 2");
        break;
      default:
        break;
    }
    int cooldown = random.nextInt(3);
    if (cooldown > 0) {
      a.addProperty("cooldown", cooldown);
    }
    if (random.nextInt(5) == 0) {
      a.addProperty("maxUses", 2 + random.nextInt(3));
    }
    boolean chancy = index % 2 == 0;
    if (chancy) {
      if (random.nextBoolean()) {
        a.addProperty("chance", round(0.5 + 0.4 * random.nextDouble()));
      } else {
        a.addProperty("chance", "clamp(0.6 + 0.01 * (" + anyVariable() + " - 50), 0.2, 0.9)");
      }
    }
    JsonArray effects = new JsonArray();
    int count = 1 + random.nextInt(3);
    for (int e = 0; e < count; e++) {
      effects.add(effect(true));
    }
    if (chancy && random.nextBoolean()) {
      JsonObject failure = new JsonObject();
      failure.addProperty("var", TEAM_IDS[teams[0]] + ".capital");
      failure.addProperty("amount", -1);
      failure.addProperty("on", "failure");
      failure.addProperty("label", "a failure costs face");
      effects.add(failure);
    }
    a.add("effects", effects);
    return a;
  }

  private JsonObject effect(boolean forAction) {
    JsonObject e = new JsonObject();
    if (random.nextInt(8) == 0) {
      e.addProperty("var", TEAM_IDS[random.nextInt(TEAMS)] + "." + (random.nextBoolean() ? "capital" : "budget"));
      e.addProperty("amount", random.nextBoolean() ? -1 : 1);
      return e;
    }
    e.addProperty("var", stored.get(random.nextInt(stored.size())));
    double size = round((random.nextBoolean() ? 1 : -1) * (1 + 4 * random.nextDouble()));
    if (random.nextInt(4) == 0) {
      e.addProperty("amount", number(size) + " + 0.02 * (" + anyVariable() + " - 50)");
    } else if (forAction && random.nextInt(6) == 0) {
      e.addProperty("amount", number(size) + " * min(1, self.capital / 4)");
    } else {
      e.addProperty("amount", size);
    }
    if (random.nextInt(4) == 0) {
      e.addProperty("delay", 1 + random.nextInt(2));
    }
    if (random.nextInt(4) == 0) {
      e.addProperty("duration", 2 + random.nextInt(2));
    }
    return e;
  }

  // ---- events and end -----------------------------------------------------------------------

  private JsonArray events() {
    JsonArray out = new JsonArray();
    for (int i = 0; i < EVENTS; i++) {
      JsonObject e = new JsonObject();
      e.addProperty("id", "evt_" + i);
      e.addProperty("title", "Event " + i);
      e.addProperty("text", "Generated event " + i + ".");
      e.add("trigger", trigger(i));
      JsonArray effects = new JsonArray();
      int count = 1 + random.nextInt(3);
      for (int k = 0; k < count; k++) {
        effects.add(effect(false));
      }
      e.add("effects", effects);
      if (i % 5 == 4) {
        JsonArray visibleTo = new JsonArray();
        visibleTo.add(TEAM_IDS[random.nextInt(TEAMS)]);
        e.add("visibleTo", visibleTo);
      }
      if (i == 0 || i == 12 || i == 20) {
        e.add("dilemma", dilemma(i));
      }
      out.add(e);
    }
    return out;
  }

  /**
   * Events 0-11 are conditions (once, cooldown, hysteresis), 12-19 scheduled, 20-33 chance
   * (every other one gated by {@code when}) and 34-39 injects.
   */
  private JsonObject trigger(int i) {
    JsonObject t = new JsonObject();
    String x = anyVariable();
    if (i < 12) {
      t.addProperty("type", "condition");
      if (i < 4) {
        t.addProperty("when", x + (i % 2 == 0 ? " < 35" : " > 65"));
        t.addProperty("repeat", "once");
      } else if (i < 8) {
        t.addProperty("when", x + " > 55 and " + anyVariable() + " < 50");
        t.addProperty("repeat", "cooldown");
        t.addProperty("cooldown", 2 + random.nextInt(2));
      } else {
        t.addProperty("when", x + " >= 60");
        t.addProperty("repeat", "hysteresis");
        t.addProperty("rearm", x + " < 52");
      }
    } else if (i < 20) {
      t.addProperty("type", "schedule");
      t.addProperty("turn", i - 10);
    } else if (i < 34) {
      t.addProperty("type", "chance");
      if (i % 2 == 0) {
        t.addProperty("when", random.nextBoolean() ? "turn >= 3" : x + " > 45");
      }
      if (i % 3 == 0) {
        t.addProperty("chance", "clamp(0.1 + 0.004 * (" + anyVariable() + " - 50), 0.02, 0.3)");
      } else {
        t.addProperty("chance", round(0.05 + 0.2 * random.nextDouble()));
      }
      if (i % 4 == 1) {
        t.addProperty("repeat", "once");
      }
    } else {
      t.addProperty("type", "inject");
    }
    return t;
  }

  private JsonObject dilemma(int i) {
    JsonObject d = new JsonObject();
    d.addProperty("team", TEAM_IDS[i % TEAMS]);
    d.addProperty("prompt", "What do you do about event " + i + "?");
    JsonArray options = new JsonArray();
    int count = 2 + random.nextInt(2);
    for (int o = 0; o < count; o++) {
      JsonObject option = new JsonObject();
      option.addProperty("id", "opt_" + o);
      option.addProperty("label", "Option " + o);
      JsonArray effects = new JsonArray();
      effects.add(effect(false));
      option.add("effects", effects);
      options.add(option);
    }
    d.add("options", options);
    d.addProperty("default", "opt_0");
    return d;
  }

  private JsonObject end() {
    JsonObject end = new JsonObject();
    end.addProperty("lastTurn", "The exercise ends.");
    JsonArray conditions = new JsonArray();
    for (int c = 0; c < 2; c++) {
      JsonObject condition = new JsonObject();
      condition.addProperty("id", "collapse_" + c);
      condition.addProperty("when", stored.get(2 * c) + " < 3 and " + stored.get(2 * c + 1) + " < 3");
      condition.addProperty("outcome", "Collapse " + c + ": the exercise ends in crisis.");
      conditions.add(condition);
    }
    end.add("conditions", conditions);
    return end;
  }

  // ---- helpers ------------------------------------------------------------------------------

  private String anyVariable() {
    return ids.get(random.nextInt(ids.size()));
  }

  /** Two decimals keep the JSON readable and the formulas exact in decimal. */
  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  private static String number(double value) {
    return Double.toString(round(value));
  }
}
