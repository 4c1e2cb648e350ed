package org.demarche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.demarche.engine.model.Effect;
import org.demarche.engine.model.Scenario;
import org.junit.jupiter.api.Test;

/** Which variables can move a team's score within the look-ahead, found from what formulas read. */
class ScoreConeTest {
  /** A chain w → z → y → x, one turn per link; team a is scored on x; x moves u. */
  private static final Scenario CHAIN = new TinyScenario()
      .variable(variable("y")).variable(variable("z")).variable(variable("w"))
      .variable(variable("u"))
      .dynamic("{'id': 'y_moves_x', 'var': 'x', 'delta': '0.1 * y'}")
      .dynamic("{'id': 'z_moves_y', 'var': 'y', 'delta': '0.1 * z'}")
      .dynamic("{'id': 'w_moves_z', 'var': 'z', 'delta': '0.1 * w'}")
      .dynamic("{'id': 'x_moves_u', 'var': 'u', 'delta': '0.1 * x'}")
      .load();

  static String variable(String id) {
    return "{'id': '" + id + "', 'label': '" + id + "', 'domain': 'economy', 'initial': 10,"
        + " 'min': -1000, 'max': 1000}";
  }

  private static boolean reaches(Scenario scenario, ScoreCone cone, String variable) {
    return cone.reachedBy(List.of(new Effect(
        false, scenario.variableIndex(variable), null, 0, 1, Effect.When.ALWAYS, "")));
  }

  private static List<String> dynamicIds(Scenario scenario, int[] dynamics) {
    List<String> ids = new ArrayList<>();
    for (int d : dynamics) {
      ids.add(scenario.dynamics().get(d).id());
    }
    return ids;
  }

  @Test
  void aChangeReachesTheScoreOnlyThroughDynamicsWithinTheHorizon() {
    ScoreCone cone = ScoreCone.of(CHAIN, 0, 2);
    assertTrue(reaches(CHAIN, cone, "x"), "x is what the indicator reads");
    assertTrue(reaches(CHAIN, cone, "y"), "y moves x in the first turn");
    assertTrue(reaches(CHAIN, cone, "z"), "z moves y in the first turn, y moves x in the second");
    assertFalse(reaches(CHAIN, cone, "w"), "w would need three turns to reach x");
    assertFalse(reaches(CHAIN, cone, "u"), "x moves u, u moves nothing");
    assertTrue(ScoreCone.of(CHAIN, 0, 3).reachedBy(List.of(new Effect(
        false, CHAIN.variableIndex("w"), null, 0, 1, Effect.When.ALWAYS, ""))),
        "with three turns of look-ahead, w reaches x");
  }

  @Test
  void eachProjectedTurnEvaluatesOnlyTheDynamicsThatStillMatter() {
    ScoreCone cone = ScoreCone.of(CHAIN, 0, 2);
    assertEquals(List.of("y_moves_x", "z_moves_y"), dynamicIds(CHAIN, cone.dynamics(1)),
        "in the first turn, what moves x and what moves y (which moves x next)");
    assertEquals(List.of("y_moves_x"), dynamicIds(CHAIN, cone.dynamics(2)),
        "in the last turn, only what moves x");
  }

  @Test
  void derivedVariablesAndConditionsPassOnWhatTheyRead() {
    Scenario scenario = new TinyScenario()
        .variable(variable("v")).variable(variable("c")).variable(variable("u"))
        .variable("{'id': 'half', 'label': 'Half', 'domain': 'economy', 'formula': 'v / 2',"
            + " 'min': -1000, 'max': 1000}")
        .dynamic("{'id': 'half_moves_x', 'var': 'x', 'delta': '0.1 * half'}")
        .dynamic("{'id': 'gated', 'var': 'x', 'delta': 1, 'when': 'c > 0'}")
        .load();
    ScoreCone cone = ScoreCone.of(scenario, 0, 1);
    assertTrue(reaches(scenario, cone, "v"), "v moves x through the derived variable half");
    assertTrue(reaches(scenario, cone, "c"), "c decides whether a dynamic moves x");
    assertFalse(reaches(scenario, cone, "u"), "u is read by nothing");
    assertEquals(List.of(scenario.variableIndex("half")), List.of(cone.derived(0)[0]),
        "half is recomputed at the start, since the first turn reads it");
  }

  @Test
  void aResourceEffectNeverReachesTheScore() {
    ScoreCone cone = ScoreCone.of(CHAIN, 0, 2);
    assertFalse(cone.reachedBy(List.of(new Effect(true, 0, null, 0, 1, Effect.When.ALWAYS, ""))),
        "the look-ahead does not move resources");
  }
}
