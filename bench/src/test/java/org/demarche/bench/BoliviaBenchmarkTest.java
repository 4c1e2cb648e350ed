package org.demarche.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.demarche.engine.GameState;
import org.demarche.engine.TeamOrders;
import org.demarche.engine.TurnInput;
import org.demarche.engine.model.Scenario;
import org.junit.jupiter.api.Test;

/** The Bolivia benchmark measures what it says: a real mid-game turn with orders, whole games. */
class BoliviaBenchmarkTest {
  private final Scenario bolivia = BoliviaBenchmark.bolivia();
  private final BenchmarkGames games = new BenchmarkGames(bolivia, BoliviaBenchmark.TURNS);

  @Test
  void theScenarioIsTheShippedOneAtItsFullSize() {
    assertEquals(69, bolivia.variables().size());
    assertEquals(4, bolivia.teams().size());
    assertTrue(bolivia.actions().size() >= 80 && bolivia.events().size() >= 40);
  }

  @Test
  void theTimedTurnIsMidGameWithEveryTeamOrdering() {
    GameState state = games.playScripted(3, 4);
    assertEquals(4, state.turn());
    TurnInput input = games.firstAvailable(state);
    assertEquals(4, input.orders().size());
    for (TeamOrders orders : input.orders()) {
      assertFalse(orders.actions().isEmpty(), orders.team() + " orders something");
    }
  }

  @Test
  void aScriptedGameRunsTheTwelveTurnsTheSameWayEachTime() {
    GameState once = games.playScripted(7);
    assertEquals(BoliviaBenchmark.TURNS, once.turn());
    assertEquals(once.hash(), games.playScripted(7).hash());
  }
}
