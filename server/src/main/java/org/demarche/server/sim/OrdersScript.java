package org.demarche.server.sim;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demarche.engine.GameRandom;
import org.demarche.engine.GameState;
import org.demarche.engine.Policies;
import org.demarche.engine.Policy;
import org.demarche.engine.TeamOrders;
import org.demarche.engine.model.Scenario;

/**
 * A course of action read from a file: given orders per team and turn, dilemma answers and
 * injects, and a fallback policy for every team and turn the file does not mention.
 *
 * <pre>{@code
 * { "fallback": "passive",
 *   "turns": [
 *     { "turn": 1, "orders": { "gov": ["imf_talks"] },
 *       "choices": { "gov": { "fuel_crisis": "phase_out" } }, "injects": ["border_clash"] } ] }
 * }</pre>
 */
public final class OrdersScript implements Policy, Policies.Script {
  private final Policy fallback;
  private final Map<Integer, Map<String, TeamOrders>> orders;
  private final Map<Integer, List<String>> injects;

  private OrdersScript(Policy fallback, Map<Integer, Map<String, TeamOrders>> orders,
      Map<Integer, List<String>> injects) {
    this.fallback = fallback;
    this.orders = orders;
    this.injects = injects;
  }

  /**
   * Reads and checks a script against the scenario.
   *
   * @throws IllegalArgumentException naming the place in the file and what is wrong
   */
  public static OrdersScript read(Path file, Scenario scenario) throws IOException {
    JsonElement root;
    try {
      root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonParseException e) {
      throw new IllegalArgumentException(file + ": malformed JSON: " + e.getMessage());
    }
    if (!root.isJsonObject()) {
      throw problem(file, "$", "expected an object with \"turns\"");
    }
    JsonObject top = root.getAsJsonObject();
    Policy fallback = Policies.PASSIVE;
    if (top.has("fallback")) {
      fallback = PolicyNames.builtIn(top.get("fallback").getAsString());
      if (fallback == null) {
        throw problem(file, "$.fallback", "unknown policy; use autopilot, passive or random");
      }
    }
    Map<Integer, Map<String, TeamOrders>> orders = new HashMap<>();
    Map<Integer, List<String>> injects = new HashMap<>();
    JsonArray turns = top.has("turns") && top.get("turns").isJsonArray()
        ? top.getAsJsonArray("turns") : new JsonArray();
    for (int i = 0; i < turns.size(); i++) {
      String path = "$.turns[" + i + "]";
      JsonObject entry = object(file, path, turns.get(i));
      if (!entry.has("turn") || !entry.get("turn").isJsonPrimitive()) {
        throw problem(file, path, "missing \"turn\": the turn number these orders are for");
      }
      int turn = entry.get("turn").getAsInt();
      Map<String, List<String>> actions = new LinkedHashMap<>();
      Map<String, Map<String, String>> choices = new LinkedHashMap<>();
      if (entry.has("orders")) {
        for (var team : object(file, path + ".orders", entry.get("orders")).entrySet()) {
          String where = path + ".orders." + team.getKey();
          checkTeam(file, where, scenario, team.getKey());
          List<String> ids = strings(file, where, team.getValue());
          for (int a = 0; a < ids.size(); a++) {
            if (scenario.actionIndex(ids.get(a)) < 0) {
              throw problem(file, where + "[" + a + "]", "unknown action '" + ids.get(a) + "'");
            }
          }
          actions.put(team.getKey(), ids);
        }
      }
      if (entry.has("choices")) {
        for (var team : object(file, path + ".choices", entry.get("choices")).entrySet()) {
          checkTeam(file, path + ".choices." + team.getKey(), scenario, team.getKey());
          Map<String, String> answers = new LinkedHashMap<>();
          for (var answer : object(file, path + ".choices." + team.getKey(), team.getValue())
              .entrySet()) {
            answers.put(answer.getKey(), answer.getValue().getAsString());
          }
          choices.put(team.getKey(), answers);
        }
      }
      Map<String, TeamOrders> byTeam = orders.computeIfAbsent(turn, t -> new HashMap<>());
      for (var team : scenario.teams()) {
        if (actions.containsKey(team.id()) || choices.containsKey(team.id())) {
          byTeam.put(team.id(), new TeamOrders(team.id(),
              actions.getOrDefault(team.id(), List.of()), choices.getOrDefault(team.id(), Map.of())));
        }
      }
      if (entry.has("injects")) {
        List<String> ids = strings(file, path + ".injects", entry.get("injects"));
        for (String id : ids) {
          if (scenario.eventIndex(id) < 0) {
            throw problem(file, path + ".injects", "unknown event '" + id + "'");
          }
        }
        injects.computeIfAbsent(turn, t -> new ArrayList<>()).addAll(ids);
      }
    }
    return new OrdersScript(fallback, orders, injects);
  }

  @Override
  public TeamOrders decide(Scenario scenario, GameState state, int team, GameRandom random) {
    TeamOrders given =
        orders.getOrDefault(state.turn() + 1, Map.of()).get(scenario.teams().get(team).id());
    return given != null ? given : fallback.decide(scenario, state, team, random);
  }

  @Override
  public List<String> injects(int turn) {
    return injects.getOrDefault(turn, List.of());
  }

  private static void checkTeam(Path file, String path, Scenario scenario, String team) {
    if (scenario.teamIndex(team) < 0) {
      throw problem(file, path, "unknown team '" + team + "'");
    }
  }

  private static JsonObject object(Path file, String path, JsonElement e) {
    if (!e.isJsonObject()) {
      throw problem(file, path, "expected an object { … }");
    }
    return e.getAsJsonObject();
  }

  private static List<String> strings(Path file, String path, JsonElement e) {
    if (!e.isJsonArray()) {
      throw problem(file, path, "expected a list of ids [ … ]");
    }
    List<String> result = new ArrayList<>();
    for (JsonElement item : e.getAsJsonArray()) {
      if (!item.isJsonPrimitive()) {
        throw problem(file, path, "expected ids in quotes");
      }
      result.add(item.getAsString());
    }
    return result;
  }

  private static IllegalArgumentException problem(Path file, String path, String message) {
    return new IllegalArgumentException(file + ": " + path + ": " + message);
  }
}
