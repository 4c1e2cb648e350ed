package org.demarche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The instructor's ad-hoc events and corrections. */
class InstructorActsTest {
  @Test
  void anAdhocEventChangesVariablesAndOnlyItsWitnessesLearnOfIt() {
    Games game = new Games(new TinyScenario().load());
    AdhocEvent riot = new AdhocEvent("Riot", "Crowds gather.",
        List.of(new AdhocEvent.Change(0, -7)), new boolean[] {true, false});
    TurnResult result = game.turn(new TurnInput(List.of(), List.of(), List.of(riot)));
    assertEquals(43, game.x(), "the change applied");
    assertEquals("X fell from 50 to 43: -7 Riot (event).", result.report().explain(0),
        "the full report names the ad-hoc event");
    assertTrue(result.report().sentences().contains("Event: Riot. Crowds gather."),
        "and tells what happened");
    TurnReport forA = result.report().forTeam(0);
    assertEquals(List.of(riot), forA.adhocEvents(), "team a witnessed it");
    assertEquals("X fell from 50 to 43: -7 Riot (event).", forA.explain(0), "and knows its cause");
    TurnReport forB = result.report().forTeam(1);
    assertTrue(forB.adhocEvents().isEmpty(), "team b did not witness it");
    assertEquals("X fell from 50 to 43: -7 events you did not witness.", forB.explain(0),
        "team b sees the change but not its cause");
  }

  @Test
  void settingAVariableClampsItAndRecomputesDerivedVariablesAndScores() {
    Games game = new Games(new TinyScenario()
        .variable("{'id': 'half', 'label': 'Half', 'domain': 'economy', 'formula': 'x / 2'}").load());
    game.quietTurn();
    GameState set = Engine.setVariable(game.scenario, game.state, 0, 80);
    assertEquals(80, set.value(0), "x is set");
    assertEquals(40, set.value(game.scenario.variableIndex("half")), "the derived value follows");
    assertEquals(80, set.score(0), 1e-12, "scores follow");
    assertEquals(50, set.valueAt(0, 0), "earlier turns are untouched");
    assertEquals(100, Engine.setVariable(game.scenario, game.state, 0, 500).value(0),
        "a value past the range is clamped");
    assertThrows(IllegalArgumentException.class,
        () -> Engine.setVariable(game.scenario, game.state, game.scenario.variableIndex("half"), 1),
        "a derived variable cannot be set");
  }
}
