package org.demarche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Variable;
import org.demarche.scenario.ScenarioLoader;
import org.demarche.testing.Repository;
import org.junit.jupiter.api.Test;

/** The autopilot's look-ahead: the engine's quiet turns within the cone, replayed incrementally. */
class ConeProjectionTest {
  @Test
  void withoutEventsTheLookAheadScoresWhatTheEngineWouldAfterTwoQuietTurns() {
    Scenario scenario = new TinyScenario()
        .variable(ScoreConeTest.variable("y"))
        .variable("{'id': 'half', 'label': 'Half', 'domain': 'economy', 'formula': 'y / 2',"
            + " 'min': -1000, 'max': 1000}")
        .dynamic("{'id': 'pull', 'var': 'x', 'delta': '0.1 * (half - x) + normal(0, 1)'}")
        .dynamic("{'id': 'echo', 'var': 'y', 'delta': 'lag(x, 1) - y', 'when': 'x > 20'}")
        .action("{'id': 'slow', 'name': 'slow', 'description': 'd.', 'teams': ['a'],"
            + " 'effects': [{'var': 'y', 'amount': 7, 'delay': 1, 'duration': 3}]}")
        .load();
    Games game = new Games(scenario, 11, 8);
    game.turn(TeamOrders.of("a", "slow"));
    GameState now = game.state;
    for (int team = 0; team < 2; team++) {
      ConeProjection projection =
          new ConeProjection(scenario, now, team, ScoreCone.of(scenario, team, 2));
      GameState engine = Engine.resolve(scenario, now, TurnInput.NONE).state();
      engine = Engine.resolve(scenario, engine, TurnInput.NONE).state();
      assertEquals(engine.score(team), projection.baseScore(), 1e-12,
          "team " + team + ": dynamics with a lag, a condition and a draw, a derived variable and"
              + " a delayed effect still running, as the engine plays them");
    }
  }

  @Test
  void aChangedStartScoresExactlyAsPlayingItInFull() {
    Scenario scenario =
        ScenarioLoader.load(Repository.file("scenarios/bolivia-2022.json")).scenario();
    Games game = new Games(scenario, 5, 12);
    for (int i = 0; i < 3; i++) {
      game.quietTurn();
    }
    GameState now = game.state;
    for (int team = 0; team < scenario.teams().size(); team++) {
      ScoreCone cone = ScoreCone.of(scenario, team, Autopilot.HORIZON);
      ConeProjection projection = new ConeProjection(scenario, now, team, cone);
      for (int v = 0; v < scenario.variables().size(); v++) {
        Variable variable = scenario.variables().get(v);
        if (variable.isDerived()) {
          continue;
        }
        double nudged = variable.clamp(now.value(v) + 0.05 * (variable.max() - variable.min()));
        double[] start = now.values();
        start[v] = nudged;
        GameState changed = TurnResolver.withValue(scenario, now, v, nudged);
        assertEquals(new ConeProjection(scenario, changed, team, cone).baseScore(),
            projection.scoreFrom(start),
            "team " + team + ", " + variable.id() + " nudged: the incremental replay must give"
                + " the score of the full one, bit for bit");
      }
    }
  }
}
