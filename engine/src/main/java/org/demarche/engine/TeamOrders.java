package org.demarche.engine;

import java.util.List;
import java.util.Map;

/**
 * What one team orders for a turn: action ids in priority order (when slots or resources run
 * short, earlier ones win) and its answers to pending dilemmas (event id to option id).
 */
public record TeamOrders(String team, List<String> actions, Map<String, String> choices) {

  public TeamOrders {
    actions = List.copyOf(actions);
    choices = Map.copyOf(choices);
  }

  public static TeamOrders of(String team, String... actions) {
    return new TeamOrders(team, List.of(actions), Map.of());
  }
}
