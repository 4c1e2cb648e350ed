package org.demarche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Effects over time, joint actions, chances, clamping, dynamics and the causal ledger. */
class EffectsTest {
  private static String action(String id, String team, String extra, String effects) {
    return "{'id': '" + id + "', 'name': '" + id + "', 'description': 'd.', 'teams': [" + team
        + "]" + extra + ", 'effects': [" + effects + "]}";
  }

  @Test
  void aDelayedEffectWithADurationAppliesOnExactlyThoseTurns() {
    Games game = new Games(new TinyScenario()
        .action(action("slow", "'a'", "", "{'var': 'x', 'amount': 1, 'delay': 1, 'duration': 3}"))
        .load());
    List<Double> values = new ArrayList<>();
    game.turn(TeamOrders.of("a", "slow"));
    values.add(game.x());
    for (int i = 0; i < 4; i++) {
      game.quietTurn();
      values.add(game.x());
    }
    assertEquals(List.of(50.0, 51.0, 52.0, 53.0, 53.0), values,
        "nothing on the turn of the order, then +1 on each of the three following turns");
    Contribution c = game.results.get(1).report().ledger(0).get(0);
    assertTrue(c.delayed(), "a delayed effect is marked as set in motion earlier");
    assertEquals(Cause.Kind.ACTION, c.cause().kind(), "and still names the action");
  }

  @Test
  void anEffectWithoutDelayButWithDurationStartsAtOnce() {
    Games game = new Games(new TinyScenario()
        .action(action("now", "'a'", "", "{'var': 'x', 'amount': 2, 'duration': 2}")).load());
    game.turn(TeamOrders.of("a", "now"));
    assertEquals(52, game.x(), "first application on the turn of the order");
    game.quietTurn();
    assertEquals(54, game.x(), "second and last application on the next turn");
    game.quietTurn();
    assertEquals(54, game.x(), "nothing after the duration");
  }

  @Test
  void theAmountIsEvaluatedOnceWhenTheEffectResolves() {
    Games game = new Games(new TinyScenario()
        .action(action("half", "'a'", "", "{'var': 'x', 'amount': 'x / 10', 'duration': 3}")).load());
    game.turn(TeamOrders.of("a", "half"));
    game.quietTurn();
    game.quietTurn();
    assertEquals(65, game.x(), "three times 5 (a tenth of x when ordered), not compounding");
  }

  @Test
  void aJointActionHappensOnlyWhenBothTeamsOrderIt() {
    String joint = action("deal", "'a', 'b'", ", 'joint': true, 'cost': {'money': 3}",
        "{'var': 'x', 'amount': 10}");
    Games game = new Games(new TinyScenario().action(joint).load());
    game.turn(TeamOrders.of("a", "deal"));
    ActionOutcome alone = game.outcome("a", "deal");
    assertEquals(ActionOutcome.Status.UNMATCHED, alone.status(), "one team alone is not enough");
    assertEquals("joint action: Team B did not order it this turn; your cost was refunded",
        alone.reason(), "the reason names the missing partner");
    assertEquals(11, game.money("a"), "the cost was refunded (10 + income 1)");
    assertEquals(50, game.x(), "no effect without the partner");

    game.turn(TeamOrders.of("a", "deal"), TeamOrders.of("b", "deal"));
    assertEquals(ActionOutcome.Status.SUCCEEDED, game.outcome("a", "deal").status(), "a's side");
    assertEquals(ActionOutcome.Status.SUCCEEDED, game.outcome("b", "deal").status(), "b's side");
    assertEquals(60, game.x(), "the effect applies once, not once per team");
    assertEquals(7, game.money("b"), "each team pays its own cost");
  }

  @Test
  void failureEffectsApplyWhenTheChanceFails() {
    Games game = new Games(new TinyScenario()
        .action(action("gamble", "'a'", ", 'chance': 0",
            "{'var': 'x', 'amount': 10}, {'var': 'x', 'amount': -3, 'on': 'failure'},"
                + "{'var': 'x', 'amount': 1, 'on': 'always'}"))
        .load());
    game.turn(TeamOrders.of("a", "gamble"));
    assertEquals(ActionOutcome.Status.FAILED, game.outcome("a", "gamble").status(),
        "chance 0 always fails");
    assertEquals(48, game.x(), "the failure effect (-3) and the always effect (+1) apply");
  }

  @Test
  void chancesFollowTheSeededGenerator() {
    String coin = action("coin", "'a'", ", 'chance': 0.5", "{'var': 'x', 'amount': 1}");
    int successes = 0;
    for (long seed = 0; seed < 200; seed++) {
      Games game = new Games(new TinyScenario().action(coin).load(), seed, 6);
      game.turn(TeamOrders.of("a", "coin"));
      successes += game.outcome("a", "coin").status() == ActionOutcome.Status.SUCCEEDED ? 1 : 0;
    }
    assertTrue(successes > 70 && successes < 130,
        "about half of 200 seeded coin flips should succeed, got " + successes);
  }

  @Test
  void valuesAreClampedAndTheClampIsALedgerEntry() {
    Games game = new Games(new TinyScenario()
        .action(action("boom", "'a'", "", "{'var': 'x', 'amount': 80}")).load());
    TurnResult result = game.turn(TeamOrders.of("a", "boom"));
    assertEquals(100, game.x(), "x is clamped at its max");
    List<Contribution> ledger = result.report().ledger(0);
    assertEquals(2, ledger.size(), "the action and the clamp: " + ledger);
    assertEquals(Cause.Kind.CLAMP, ledger.get(1).cause().kind(), "the second entry is the clamp");
    assertEquals(-30, ledger.get(1).amount(), 1e-12, "the clamp took back 30");
  }

  @Test
  void dynamicsReadTheStartOfTheTurnAndLagReadsEarlierTurns() {
    Games game = new Games(new TinyScenario()
        .variable("{'id': 'y', 'label': 'Y', 'domain': 'economy', 'initial': 0}")
        .dynamic("{'id': 'grow', 'var': 'x', 'delta': 1}")
        .dynamic("{'id': 'echo', 'var': 'y', 'delta': 'lag(x, 1) - y'}")
        .load());
    game.quietTurn();
    assertEquals(51, game.x(), "x grows by 1");
    assertEquals(50, game.value("y"), "lag(x, 1) before any history is the initial 50");
    game.quietTurn();
    game.quietTurn();
    assertEquals(53, game.x(), "x after three turns");
    assertEquals(51, game.value("y"),
        "on turn 3, lag(x, 1) is x one turn before the turn's start: x after turn 1");
  }

  @Test
  void aDynamicWithAFalseGateDoesNothing() {
    Games game = new Games(new TinyScenario()
        .dynamic("{'id': 'grow', 'var': 'x', 'delta': 5, 'when': 'x < 55'}").load());
    game.quietTurn();
    game.quietTurn();
    game.quietTurn();
    assertEquals(55, game.x(), "x grows until it reaches 55, then the gate closes");
  }

  @Test
  void derivedVariablesFollowTheirInputs() {
    Games game = new Games(new TinyScenario()
        .variable("{'id': 'half', 'label': 'Half', 'domain': 'economy', 'formula': 'x / 2'}")
        .dynamic("{'id': 'grow', 'var': 'x', 'delta': 10}")
        .load());
    assertEquals(25, game.value("half"), "derived at the opening");
    game.quietTurn();
    assertEquals(30, game.value("half"), "recomputed after the turn");
  }

  @Test
  void theLedgerOfEveryVariableAddsUpToItsChange() {
    Games game = new Games(new TinyScenario()
        .dynamic("{'id': 'drift', 'var': 'x', 'delta': '-0.1 * x + 3.3'}")
        .action(action("up", "'a'", ", 'chance': 0.7", "{'var': 'x', 'amount': 7.7, 'duration': 2}"))
        .action(action("down", "'b'", "", "{'var': 'x', 'amount': -12.1, 'delay': 1}"))
        .event("{'id': 'shock', 'title': 'Shock', 'text': 't', 'trigger': {'type': 'chance', "
            + "'chance': 0.5}, 'effects': [{'var': 'x', 'amount': 'uniform(-20, 20)'}]}")
        .load(), 3, 20);
    for (int turn = 0; turn < 20; turn++) {
      TurnResult result = game.turn(TeamOrders.of("a", "up"), TeamOrders.of("b", "down"));
      double sum = 0;
      for (Contribution c : result.report().ledger(0)) {
        sum += c.amount();
      }
      assertEquals(result.report().change(0), sum, 1e-9,
          "turn " + (turn + 1) + ": contributions should add up to the change");
    }
  }

  @Test
  void theReportExplainsWhyAVariableMoved() {
    Games game = new Games(new TinyScenario()
        .dynamic("{'id': 'drift', 'var': 'x', 'delta': -2, 'label': 'slow decay'}")
        .action(action("up", "'a'", "", "{'var': 'x', 'amount': 5}")).load());
    TurnResult result = game.turn(TeamOrders.of("a", "up"));
    assertEquals("X rose from 50 to 53: +5 up (Team A); -2 slow decay (trend).",
        result.report().explain(0), "the sentence lists each contribution");
    assertFalse(result.report().sentences().isEmpty(), "the report has sentences");
    assertTrue(result.report().sentences().contains("Team A: up succeeded."),
        "the report says what became of the order: " + result.report().sentences());
  }
}
