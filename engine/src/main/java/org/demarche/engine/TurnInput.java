package org.demarche.engine;

import java.util.List;

/**
 * Everything from outside the engine that shapes one turn: each team's orders, the scenario
 * events the instructor injects and the events the instructor writes on the spot. Teams without
 * orders do nothing; orders of unknown teams are reported.
 */
public record TurnInput(List<TeamOrders> orders, List<String> injects, List<AdhocEvent> adhoc) {

  public static final TurnInput NONE = new TurnInput(List.of(), List.of());

  public TurnInput {
    orders = List.copyOf(orders);
    injects = List.copyOf(injects);
    adhoc = List.copyOf(adhoc);
  }

  public TurnInput(List<TeamOrders> orders, List<String> injects) {
    this(orders, injects, List.of());
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
