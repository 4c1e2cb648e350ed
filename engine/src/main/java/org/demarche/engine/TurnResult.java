package org.demarche.engine;

import java.util.List;

/** The result of resolving one turn: the new state, the full report, and each team's view. */
public record TurnResult(GameState state, TurnReport report, List<TeamView> views) {
  public TurnResult {
    views = List.copyOf(views);
  }
}
