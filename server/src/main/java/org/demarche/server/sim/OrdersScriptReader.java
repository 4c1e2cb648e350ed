package org.demarche.server.sim;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.demarche.engine.Policies;
import org.demarche.engine.Policy;
import org.demarche.engine.TeamOrders;
import org.demarche.engine.model.Event;
import org.demarche.engine.model.Scenario;

/**
 * Reads the JSON of an {@link OrdersScript} and checks it against the scenario, noting every
 * problem with its place in the file rather than stopping at the first, as {@code validate} does
 * for scenarios. One reader per file.
 */
final class OrdersScriptReader {
  private final Path file;
  private final Scenario scenario;
  private final List<String> problems = new ArrayList<>();
  private final Map<Integer, Map<String, TeamOrders>> orders = new HashMap<>();
  private final Map<Integer, List<String>> injects = new HashMap<>();

  OrdersScriptReader(Path file, Scenario scenario) {
    this.file = file;
    this.scenario = scenario;
  }

  /**
   * The script the JSON describes.
   *
   * @throws IllegalArgumentException with every problem, one a line: the file, the JSON path and
   *     what is wrong
   */
  OrdersScript read(JsonElement root) {
    Policy fallback = Policies.PASSIVE;
    if (!root.isJsonObject()) {
      problem("$", "expected an object with \"turns\"");
    } else {
      JsonObject top = root.getAsJsonObject();
      fallback = fallback(top.get("fallback")).orElse(Policies.PASSIVE);
      JsonElement turns = top.get("turns");
      if (turns != null && !turns.isJsonArray()) {
        problem("$.turns", "expected a list of turns [ … ]");
      } else if (turns != null) {
        for (int i = 0; i < turns.getAsJsonArray().size(); i++) {
          turn("$.turns[" + i + "]", turns.getAsJsonArray().get(i));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return new OrdersScript(fallback, orders, injects);
  }

  private Optional<Policy> fallback(JsonElement name) {
    if (name == null) {
      return Optional.empty();
    }
    Policy policy = isText(name) ? PolicyNames.builtIn(name.getAsString()) : null;
    if (policy == null) {
      problem("$.fallback", "unknown policy; use autopilot, passive or random");
    }
    return Optional.ofNullable(policy);
  }

  private void turn(String path, JsonElement element) {
    JsonObject entry = object(path, element);
    if (entry == null) {
      return;
    }
    JsonElement number = entry.get("turn");
    int turn = -1;
    if (number == null) {
      problem(path, "missing \"turn\": the turn number these orders are for");
    } else if (!isWholeNumberFromOne(number)) {
      problem(path + ".turn", "expected a turn number from 1, not " + number);
    } else {
      turn = number.getAsInt();
    }
    Map<String, List<String>> actions = teamOrders(path + ".orders", entry.get("orders"));
    Map<String, Map<String, String>> choices = teamChoices(path + ".choices", entry.get("choices"));
    List<String> fired = entry.has("injects") ? events(path + ".injects", entry.get("injects"))
        : List.of();
    if (turn < 0) {
      return;
    }
    Map<String, TeamOrders> byTeam = orders.computeIfAbsent(turn, t -> new HashMap<>());
    for (var team : scenario.teams()) {
      if (actions.containsKey(team.id()) || choices.containsKey(team.id())) {
        byTeam.put(team.id(), new TeamOrders(team.id(),
            actions.getOrDefault(team.id(), List.of()), choices.getOrDefault(team.id(), Map.of())));
      }
    }
    if (!fired.isEmpty()) {
      injects.computeIfAbsent(turn, t -> new ArrayList<>()).addAll(fired);
    }
  }

  /** Team id → action ids; unknown teams and actions are problems and left out. */
  private Map<String, List<String>> teamOrders(String path, JsonElement element) {
    Map<String, List<String>> actions = new LinkedHashMap<>();
    JsonObject byTeam = element == null ? null : object(path, element);
    if (byTeam == null) {
      return actions;
    }
    for (var team : byTeam.entrySet()) {
      String where = path + "." + team.getKey();
      List<String> ids = ids(where, team.getValue());
      List<String> known = new ArrayList<>();
      for (int a = 0; a < ids.size(); a++) {
        if (scenario.actionIndex(ids.get(a)) < 0) {
          problem(where + "[" + a + "]", "unknown action '" + ids.get(a) + "'");
        } else {
          known.add(ids.get(a));
        }
      }
      if (knownTeam(where, team.getKey())) {
        actions.put(team.getKey(), known);
      }
    }
    return actions;
  }

  /** Team id → (event id → option id); unknown teams, events and options are problems. */
  private Map<String, Map<String, String>> teamChoices(String path, JsonElement element) {
    Map<String, Map<String, String>> choices = new LinkedHashMap<>();
    JsonObject byTeam = element == null ? null : object(path, element);
    if (byTeam == null) {
      return choices;
    }
    for (var team : byTeam.entrySet()) {
      String where = path + "." + team.getKey();
      boolean known = knownTeam(where, team.getKey());
      JsonObject answers = object(where, team.getValue());
      if (answers == null) {
        continue;
      }
      Map<String, String> kept = new LinkedHashMap<>();
      for (var answer : answers.entrySet()) {
        String at = where + "." + answer.getKey();
        if (!isText(answer.getValue())) {
          problem(at, "expected an option id in quotes");
        } else if (knownOption(at, answer.getKey(), answer.getValue().getAsString())) {
          kept.put(answer.getKey(), answer.getValue().getAsString());
        }
      }
      if (known) {
        choices.put(team.getKey(), kept);
      }
    }
    return choices;
  }

  private boolean knownOption(String path, String eventId, String optionId) {
    int index = scenario.eventIndex(eventId);
    if (index < 0) {
      problem(path, "unknown event '" + eventId + "'");
      return false;
    }
    Event.Dilemma dilemma = scenario.events().get(index).dilemma();
    if (dilemma == null) {
      problem(path, "event '" + eventId + "' puts no choice to a team");
      return false;
    }
    if (dilemma.optionIndex(optionId) < 0) {
      List<String> options = dilemma.options().stream().map(Event.Option::id).toList();
      problem(path, "unknown option '" + optionId + "'; '" + eventId + "' has "
          + String.join(", ", options));
      return false;
    }
    return true;
  }

  /** Event ids to inject; unknown ones are problems and left out. */
  private List<String> events(String path, JsonElement element) {
    List<String> known = new ArrayList<>();
    List<String> ids = ids(path, element);
    for (int e = 0; e < ids.size(); e++) {
      if (scenario.eventIndex(ids.get(e)) < 0) {
        problem(path + "[" + e + "]", "unknown event '" + ids.get(e) + "'");
      } else {
        known.add(ids.get(e));
      }
    }
    return known;
  }

  private boolean knownTeam(String path, String team) {
    if (scenario.teamIndex(team) < 0) {
      problem(path, "unknown team '" + team + "'");
      return false;
    }
    return true;
  }

  private JsonObject object(String path, JsonElement element) {
    if (!element.isJsonObject()) {
      problem(path, "expected an object { … }");
      return null;
    }
    return element.getAsJsonObject();
  }

  private List<String> ids(String path, JsonElement element) {
    if (!element.isJsonArray()) {
      problem(path, "expected a list of ids [ … ]");
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < element.getAsJsonArray().size(); i++) {
      JsonElement item = element.getAsJsonArray().get(i);
      if (isText(item)) {
        ids.add(item.getAsString());
      } else {
        problem(path + "[" + i + "]", "expected an id in quotes");
      }
    }
    return ids;
  }

  private static boolean isText(JsonElement element) {
    return element.isJsonPrimitive() && element.getAsJsonPrimitive().isString();
  }

  private static boolean isWholeNumberFromOne(JsonElement element) {
    if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isNumber()) {
      return false;
    }
    double value = element.getAsDouble();
    return value >= 1 && value <= Integer.MAX_VALUE && value == Math.rint(value);
  }

  private void problem(String path, String message) {
    problems.add(file + ": " + path + ": " + message);
  }
}
