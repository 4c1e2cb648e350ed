package org.demarche.server.sim;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  OrdersScript(Policy fallback, Map<Integer, Map<String, TeamOrders>> orders,
      Map<Integer, List<String>> injects) {
    this.fallback = fallback;
    this.orders = orders;
    this.injects = injects;
  }

  /**
   * Reads and checks a script against the scenario.
   *
   * @throws IllegalArgumentException naming every problem: the file, its place in the file and
   *     what is wrong, one a line
   */
  public static OrdersScript read(Path file, Scenario scenario) throws IOException {
    JsonElement root;
    try {
      root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonParseException e) {
      throw new IllegalArgumentException(file + ": malformed JSON: " + e.getMessage());
    }
    return new OrdersScriptReader(file, scenario).read(root);
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
}
