package org.demarche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.demarche.engine.model.Scenario;
import org.junit.jupiter.api.Test;

/** The autopilot orders what serves its team best, looking two quiet turns ahead. */
class AutopilotTest {
  private static final String ONE_SLOT_TEAMS = """
      {'id': 'a', 'name': 'Team A', 'briefing': 'A.', 'slots': 1,
       'resources': [{'id': 'money', 'label': 'Money', 'initial': 10}],
       'goals': [{'id': 'grow', 'name': 'Grow x', 'indicators': [{'expr': 'x', 'baseline': 0, 'target': 100}]}]},
      {'id': 'b', 'name': 'Team B', 'briefing': 'B.', 'slots': 1,
       'resources': [{'id': 'money', 'label': 'Money', 'initial': 10}],
       'goals': [{'id': 'shrink', 'name': 'Shrink x', 'indicators': [{'expr': 'x', 'baseline': 100, 'target': 0}]}]}
      """;

  private static String action(String id, String teams, String effects) {
    return "{'id': '" + id + "', 'name': '" + id + "', 'description': 'd.', 'teams': [" + teams
        + "], 'effects': [" + effects + "]}";
  }

  private static TeamOrders decide(Scenario scenario, GameState state, String team) {
    int t = scenario.teamIndex(team);
    GameRandom random = new GameRandom(state.seed());
    random.use(state.turn() + 1, GameRandom.Purpose.POLICY, t, 0);
    return Policies.AUTOPILOT.decide(scenario, state, t, random);
  }

  @Test
  void eachTeamOrdersWhatMovesItsScoreMostAndNothingUselessOrHarmful() {
    Scenario scenario = new TinyScenario()
        .variable(ScoreConeTest.variable("u"))
        .action(action("small", "'a', 'b'", "{'var': 'x', 'amount': 1}"))
        .action(action("big", "'a', 'b'", "{'var': 'x', 'amount': 10}"))
        .action(action("cut", "'a', 'b'", "{'var': 'x', 'amount': -5}"))
        .action(action("elsewhere", "'a', 'b'", "{'var': 'u', 'amount': 10}"))
        .load();
    GameState start = Engine.start(scenario, 3, 6);
    assertEquals(List.of("big", "small"), decide(scenario, start, "a").actions(),
        "team a wants x up: the biggest rise first, then the smaller one; not the cut, not u");
    assertEquals(List.of("cut"), decide(scenario, start, "b").actions(),
        "team b wants x down: only the cut helps it");
  }

  @Test
  void itSeesWhatAnActionSetsOffThroughTheDynamics() {
    Scenario scenario = new TinyScenario()
        .teams(ONE_SLOT_TEAMS)
        .variable(ScoreConeTest.variable("y"))
        .dynamic("{'id': 'y_feeds_x', 'var': 'x', 'delta': '0.5 * (y - 10)'}")
        .action(action("direct", "'a'", "{'var': 'x', 'amount': 5}"))
        .action(action("invest", "'a'", "{'var': 'y', 'amount': 20}"))
        .load();
    GameState start = Engine.start(scenario, 3, 6);
    assertEquals(List.of("invest"), decide(scenario, start, "a").actions(),
        "investing moves nothing now but adds 10 to x on each of the next two turns, more than 5");
  }

  @Test
  void aDilemmaGetsTheOptionWithTheBestProjectedScore() {
    Scenario scenario = new TinyScenario()
        .event("{'id': 'strike', 'title': 'Strike', 'text': 'Unions strike.',"
            + "'trigger': {'type': 'schedule', 'turn': 1},"
            + "'dilemma': {'team': 'a', 'prompt': 'Concede?', 'default': 'hold', 'options': ["
            + "{'id': 'concede', 'label': 'Concede', 'effects': [{'var': 'x', 'amount': 5}]},"
            + "{'id': 'hold', 'label': 'Hold firm', 'effects': [{'var': 'x', 'amount': -3}]}]}}")
        .load();
    Games game = new Games(scenario, 3, 6);
    game.quietTurn();
    assertEquals(Map.of("strike", "concede"), decide(scenario, game.state, "a").choices(),
        "conceding raises x, which team a wants, so it beats the default");
  }
}
