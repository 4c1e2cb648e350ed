package org.demarche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Scores from indicators, and what each team may see in its view and its report. */
class ScoringAndVisibilityTest {
  @Test
  void indicatorsScoreLinearlyBetweenBaselineAndTargetInEitherDirection() {
    Games game = new Games(new TinyScenario().load());
    assertEquals(50, game.state.score(0), 1e-12, "x=50 on 0→100 scores 50");
    assertEquals(50, game.state.score(1), 1e-12, "x=50 on 100→0 scores 50 too");
    Games moved = new Games(new TinyScenario()
        .dynamic("{'id': 'up', 'var': 'x', 'delta': 30}").load());
    moved.quietTurn();
    assertEquals(80, moved.state.score(0), 1e-12, "higher is better for a");
    assertEquals(20, moved.state.score(1), 1e-12, "lower is better for b");
    moved.quietTurn();
    assertEquals(100, moved.state.score(0), 1e-12, "scores are capped at 100");
  }

  @Test
  void objectivesAreWeighted() {
    Games game = new Games(new TinyScenario()
        .variable("{'id': 'y', 'label': 'Y', 'domain': 'economy', 'initial': 0}")
        .teams("""
            {'id': 'a', 'name': 'Team A', 'briefing': 'A.', 'slots': 1, 'goals': [
              {'id': 'g1', 'name': 'x', 'weight': 3, 'indicators': [{'expr': 'x', 'baseline': 0, 'target': 100}]},
              {'id': 'g2', 'name': 'y', 'weight': 1, 'indicators': [{'expr': 'y', 'baseline': 0, 'target': 10}]}]}
            """)
        .dynamic("{'id': 'y_up', 'var': 'y', 'delta': 1}")
        .load());
    assertEquals(3 * 50 / 4.0, game.state.score(0), 1e-12, "(3*50 + 1*0) / 4");
    game.quietTurn();
    assertEquals((3 * 50 + 10) / 4.0, game.state.score(0), 1e-12, "(3*50 + 1*10) / 4");
    assertEquals(10, game.state.objectiveScore(0, 1), 1e-12, "y=1 on 0→10 scores 10");
  }

  private static final String SECRET = "{'id': 'secret', 'label': 'Secret', 'domain': 'security', "
      + "'initial': 40, 'visibility': {'default': 'public', 'teams': {'b': 'hidden'}}}";
  private static final String FUZZY = "{'id': 'fuzzy', 'label': 'Fuzzy', 'domain': 'economy', "
      + "'initial': 40, 'visibility': {'default': 'estimate', 'teams': {'a': 'public'}, 'noise': 0.2}}";

  @Test
  void hiddenVariablesAreLeftOutOfAViewAndEstimatesAreNoisedAndMarked() {
    Games game = new Games(new TinyScenario().variable(SECRET).variable(FUZZY)
        .dynamic("{'id': 'd', 'var': 'secret', 'delta': 1}").load());
    TurnResult result = game.quietTurn();
    int secret = game.scenario.variableIndex("secret");
    int fuzzy = game.scenario.variableIndex("fuzzy");
    TeamView a = result.views().get(0);
    TeamView b = result.views().get(1);
    assertEquals(41, a.variable(secret).value(), "a sees the secret exactly");
    assertNull(b.variable(secret), "b does not see the secret at all");
    assertEquals(40, a.variable(fuzzy).value(), "a sees fuzzy exactly");
    assertTrue(b.variable(fuzzy).estimate(), "b's fuzzy is marked as an estimate");
    assertNotEquals(40, b.variable(fuzzy).value(), "b's estimate carries noise");
    assertEquals(b.variable(fuzzy).value(), Views.of(game.scenario, game.state, 1)
        .variable(fuzzy).value(), "the same state gives the same estimate every time");
  }

  @Test
  void aTeamsReportHidesOtherTeamsOrdersUnwitnessedEventsAndHiddenValues() {
    Games game = new Games(new TinyScenario().variable(SECRET)
        .action("{'id': 'a_move', 'name': 'A move', 'description': 'd.', 'teams': ['a'], "
            + "'effects': [{'var': 'x', 'amount': 4}, {'var': 'secret', 'amount': 2}]}")
        .event("{'id': 'intel', 'title': 'Intel', 'text': 't', 'visibleTo': ['a'], "
            + "'trigger': {'type': 'schedule', 'turn': 1}, 'effects': [{'var': 'x', 'amount': 1}]}")
        .load());
    TurnResult result = game.turn(TeamOrders.of("a", "a_move"));
    TurnReport forB = result.report().forTeam(1);
    assertTrue(forB.outcomes().isEmpty(), "b does not learn of a's orders");
    assertTrue(forB.events().isEmpty(), "b did not witness the intel event");
    int secret = game.scenario.variableIndex("secret");
    assertTrue(Double.isNaN(forB.after(secret)), "b's report has no value for the secret");
    assertTrue(forB.ledger(secret).isEmpty(), "nor its ledger");
    assertEquals(5, forB.change(0), 1e-12, "b sees that x moved by 5");
    for (Contribution c : forB.ledger(0)) {
      assertTrue(c.cause().ref() < 0, "every cause of x is anonymous to b: " + forB.describe(c.cause()));
    }
    assertTrue(Double.isNaN(forB.score(0)), "b does not see a's score");
    TurnReport forA = result.report().forTeam(0);
    assertEquals(1, forA.outcomes().size(), "a sees its own order");
    assertEquals(1, forA.events().size(), "a witnessed the intel event");
  }
}
