package org.demarche.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.demarche.engine.GameState;
import org.demarche.engine.model.Action;
import org.demarche.engine.model.Event;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Team;
import org.demarche.scenario.LoadResult;
import org.demarche.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class GeneratedScenarioTest {
  private static final long SEED = BenchmarkGames.SCENARIO_SEED;

  @Test
  void loadsWithoutProblems() {
    LoadResult result = ScenarioLoader.load(GeneratedScenario.json(SEED), "generated");
    assertTrue(result.valid(), () -> result.errors().toString());
    // Warnings would mean unread variables or immovable goals: a less realistic workload.
    assertEquals(List.of(), result.problems());
  }

  @Test
  void hasTheIntendedSize() {
    Scenario s = GeneratedScenario.scenario(SEED);
    assertEquals(GeneratedScenario.VARIABLES, s.variables().size());
    assertEquals(GeneratedScenario.DERIVED, s.derivedCount());
    assertEquals(GeneratedScenario.DYNAMICS, s.dynamics().size());
    assertEquals(GeneratedScenario.TEAMS, s.teams().size());
    assertEquals(GeneratedScenario.ACTIONS, s.actions().size());
    assertEquals(GeneratedScenario.EVENTS, s.events().size());
    assertEquals(GeneratedScenario.JOINT_ACTIONS, s.actions().stream().filter(Action::joint).count());
    assertEquals(GeneratedScenario.DILEMMAS, s.events().stream().filter(e -> e.dilemma() != null).count());
    for (Event.Type type : Event.Type.values()) {
      assertTrue(s.events().stream().anyMatch(e -> e.trigger().type() == type), type::toString);
    }
    for (Team t : s.teams()) {
      assertEquals(2, t.resources().size());
      assertEquals(GeneratedScenario.SLOTS, t.slots());
      assertTrue(t.objectives().size() >= 6 && t.objectives().size() <= 10);
    }
  }

  @Test
  void sameSeedSameText() {
    assertEquals(GeneratedScenario.json(SEED), GeneratedScenario.json(SEED));
  }

  @Test
  void scriptedGameRunsItsTwelveTurnsDeterministically() {
    Scenario s = GeneratedScenario.scenario(SEED);
    BenchmarkGames games = new BenchmarkGames(s);
    GameState a = games.playScripted(7);
    assertEquals(GeneratedScenario.TURNS, a.turn());
    assertTrue(a.ended());
    assertEquals(a.hash(), games.playScripted(7).hash());
    assertNotEquals(a.hash(), games.playScripted(8).hash());
  }

  @Test
  void mostGamesRunTheirTwelveTurns() {
    Scenario s = GeneratedScenario.scenario(SEED);
    BenchmarkGames games = new BenchmarkGames(s);
    int full = 0;
    for (long seed = 0; seed < 50; seed++) {
      if (games.playScripted(seed).turn() == GeneratedScenario.TURNS) {
        full++;
      }
    }
    assertTrue(full >= 45, full + " of 50 games ran 12 turns");
  }
}
