package org.demarche.engine;

import java.util.List;

/**
 * Everything from outside the engine that shapes one turn: each team's orders and the events
 * the instructor injects. Teams without orders do nothing; orders of unknown teams are reported.
 */
public record TurnInput(List<TeamOrders> orders, List<String> injects) {

  public static final TurnInput NONE = new TurnInput(List.of(), List.of());

  public TurnInput {
    orders = List.copyOf(orders);
    injects = List.copyOf(injects);
  }

  public static TurnInput of(TeamOrders... orders) {
    return new TurnInput(List.of(orders), List.of());
  }

  /** The orders of a team, or null. When a team appears twice, its first orders count. */
  TeamOrders ordersOf(String team) {
    for (TeamOrders o : orders) {
      if (o.team().equals(team)) {
        return o;
      }
    }
    return null;
  }
}
