package org.demarche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.demarche.engine.model.Scenario;
import org.demarche.engine.model.Variable;
import org.demarche.scenario.ScenarioLoader;
import org.demarche.testing.Repository;
import org.junit.jupiter.api.Test;

/** The autopilot's look-ahead: the engine's quiet turns within the cone, replayed incrementally. */
class ConeProjectionTest {
  /** A projection over every team's cone, as the autopilot makes one. */
  private static ConeProjection projection(Scenario scenario, int horizon) {
    List<ScoreCone> cones = IntStream.range(0, scenario.teams().size())
        .mapToObj(team -> ScoreCone.of(scenario, team, horizon)).toList();
    return new ConeProjection(scenario, cones, ScoreCone.ofAll(scenario, horizon));
  }

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
    ConeProjection projection = projection(scenario, 2);
    projection.lookFrom(now);
    for (int team = 0; team < 2; team++) {
      GameState engine = Engine.resolve(scenario, now, TurnInput.NONE).state();
      engine = Engine.resolve(scenario, engine, TurnInput.NONE).state();
      assertEquals(engine.score(team), projection.baseScore(team), 1e-12,
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
    ConeProjection projection = projection(scenario, Autopilot.HORIZON);
    ConeProjection full = projection(scenario, Autopilot.HORIZON);
    int[] all = IntStream.range(0, scenario.variables().size()).toArray();
    for (int team = 0; team < scenario.teams().size(); team++) {
      for (int v = 0; v < scenario.variables().size(); v++) {
        Variable variable = scenario.variables().get(v);
        if (variable.isDerived()) {
          continue;
        }
        double nudged = variable.clamp(now.value(v) + 0.05 * (variable.max() - variable.min()));
        double[] start = now.values();
        start[v] = nudged;
        full.lookFrom(TurnResolver.withValue(scenario, now, v, nudged));
        projection.lookFrom(now);
        assertEquals(full.baseScore(team), projection.scoreFrom(team, start, all, all.length),
            "team " + team + ", " + variable.id() + " nudged: the incremental replay must give"
                + " the score of the full one, bit for bit");
      }
    }
  }

  @Test
  void theBaseSharedByAllTeamsScoresEachAsItsOwnConeAlone() {
    Scenario scenario =
        ScenarioLoader.load(Repository.file("scenarios/bolivia-2022.json")).scenario();
    Games game = new Games(scenario, 9, 12);
    for (int i = 0; i < 4; i++) {
      game.quietTurn();
    }
    ConeProjection shared = projection(scenario, Autopilot.HORIZON);
    shared.lookFrom(game.state);
    for (int team = 0; team < scenario.teams().size(); team++) {
      List<ScoreCone> cones = IntStream.range(0, scenario.teams().size())
          .mapToObj(t -> ScoreCone.of(scenario, t, Autopilot.HORIZON)).toList();
      ConeProjection alone = new ConeProjection(scenario, cones, cones.get(team));
      alone.lookFrom(game.state);
      assertEquals(alone.baseScore(team), shared.baseScore(team),
          "team " + team + ": the other teams' dynamics must not touch its score, bit for bit");
    }
  }
}
