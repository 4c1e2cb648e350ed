package org.demarche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the engine checks orders: costs, slots, prerequisites, cooldowns and uses. */
class OrdersTest {
  private static final String PUSH = "{'id': 'push', 'name': 'Push', 'description': 'd.', "
      + "'teams': ['a'], 'cost': {'money': 4}, 'effects': [{'var': 'x', 'amount': 5}]}";

  @Test
  void anAcceptedActionPaysItsCostAndAppliesItsEffect() {
    Games game = new Games(new TinyScenario().action(PUSH).load());
    game.turn(TeamOrders.of("a", "push"));
    assertEquals(ActionOutcome.Status.SUCCEEDED, game.outcome("a", "push").status(),
        "push should succeed");
    assertEquals(55, game.x(), "x should rise by the effect's 5");
    assertEquals(10 - 4 + 1, game.money("a"), 1e-12, "money: 10, minus the cost 4, plus income 1");
  }

  @Test
  void anActionTheTeamCannotAffordIsRefusedWithTheReason() {
    Games game = new Games(new TinyScenario().action(PUSH.replace("'money': 4", "'money': 11")).load());
    game.turn(TeamOrders.of("a", "push"));
    ActionOutcome outcome = game.outcome("a", "push");
    assertEquals(ActionOutcome.Status.REFUSED, outcome.status(), "push should be refused");
    assertEquals("not enough Money: it costs 11, Team A has 10", outcome.reason(),
        "the reason should name the resource, the cost and what the team has");
    assertEquals(50, game.x(), "a refused action changes nothing");
    assertEquals(11, game.money("a"), "nothing is paid for a refused action; income still comes");
  }

  @Test
  void ordersBeyondTheSlotsAreRefusedInOrder() {
    Games game = new Games(new TinyScenario()
        .action(PUSH.replace("'money': 4", "'money': 1"))
        .action(PUSH.replace("push", "push2").replace("'money': 4", "'money': 1"))
        .action(PUSH.replace("push", "push3").replace("'money': 4", "'money': 1"))
        .load());
    game.turn(TeamOrders.of("a", "push3", "push", "push2"));
    assertEquals(ActionOutcome.Status.SUCCEEDED, game.outcome("a", "push3").status(),
        "the first order takes the first slot");
    assertEquals(ActionOutcome.Status.SUCCEEDED, game.outcome("a", "push").status(),
        "the second order takes the second slot");
    assertEquals("no action slot left (2 per turn)", game.outcome("a", "push2").reason(),
        "the third order finds no slot");
  }

  @Test
  void unknownActionsAndActionsOfOtherTeamsAreRefused() {
    Games game = new Games(new TinyScenario().action(PUSH).load());
    game.turn(TeamOrders.of("b", "push", "pull"));
    assertEquals("'push' is not open to Team B", game.outcome("b", "push").reason(),
        "push belongs to team a");
    assertEquals("there is no action 'pull'", game.outcome("b", "pull").reason(),
        "pull does not exist");
  }

  @Test
  void theSameActionTwiceInOneTurnIsRefusedTheSecondTime() {
    Games game = new Games(new TinyScenario().action(PUSH).load());
    TurnResult result = game.turn(TeamOrders.of("a", "push", "push"));
    assertEquals(2, result.report().outcomes().size(), "both orders get an outcome");
    assertTrue(result.report().outcomes().stream()
            .anyMatch(o -> o.reason().equals("'push' is already ordered this turn")),
        "the duplicate is refused: " + result.report().outcomes());
    assertEquals(55, game.x(), "the effect applies once");
  }

  @Test
  void aFalsePrerequisiteRefusesTheActionAndQuotesIt() {
    Games game = new Games(new TinyScenario()
        .action(PUSH.replace("'cost'", "'requires': 'x > 60', 'cost'")).load());
    game.turn(TeamOrders.of("a", "push"));
    assertEquals("its prerequisite does not hold: x > 60", game.outcome("a", "push").reason(),
        "the refusal should quote the prerequisite");
  }

  @Test
  void aCooldownBlocksTheActionForThatManyTurnsAfterAUse() {
    Games game = new Games(new TinyScenario()
        .action(PUSH.replace("'cost': {'money': 4}", "'cooldown': 2")).load());
    game.turn(TeamOrders.of("a", "push"));
    game.turn(TeamOrders.of("a", "push"));
    assertEquals("'push' is cooling down until turn 4", game.outcome("a", "push").reason(),
        "turn 2 is within the cooldown");
    game.turn(TeamOrders.of("a", "push"));
    assertEquals(ActionOutcome.Status.REFUSED, game.outcome("a", "push").status(),
        "turn 3 is still within the cooldown");
    game.turn(TeamOrders.of("a", "push"));
    assertEquals(ActionOutcome.Status.SUCCEEDED, game.outcome("a", "push").status(),
        "turn 4 is after the cooldown");
  }

  @Test
  void maxUsesLimitsUsesPerTeamPerGame() {
    Games game = new Games(new TinyScenario()
        .action(PUSH.replace("'cost': {'money': 4}", "'maxUses': 1")).load());
    game.turn(TeamOrders.of("a", "push"));
    game.turn(TeamOrders.of("a", "push"));
    assertEquals("'push' has been used 1 of 1 times", game.outcome("a", "push").reason(),
        "the second use is over the limit");
  }

  @Test
  void availabilityAgreesWithTheOrderCheck() {
    Games game = new Games(new TinyScenario()
        .action(PUSH)
        .action(PUSH.replace("push", "rich").replace("'money': 4", "'money': 99"))
        .load());
    List<Availability> list = Availability.of(game.scenario, game.state, 0);
    assertEquals(2, list.size(), "both actions are open to team a");
    assertTrue(list.get(0).available(), "push is affordable");
    assertEquals("not enough Money: it costs 99, Team A has 10", list.get(1).reason(),
        "rich is not, with the same reason the engine gives");
  }

  @Test
  void resourcesNeverFallBelowZeroOrAboveTheirMax() {
    Games game = new Games(new TinyScenario()
        .teams("""
            {'id': 'a', 'name': 'Team A', 'briefing': 'A.', 'slots': 1,
             'resources': [{'id': 'money', 'label': 'Money', 'initial': 10, 'income': 8, 'max': 12}],
             'goals': [{'id': 'g', 'name': 'G', 'indicators': [{'expr': 'x', 'baseline': 0, 'target': 100}]}]}
            """)
        .action("{'id': 'drain', 'name': 'Drain', 'description': 'd.', 'teams': ['a'],"
            + "'effects': [{'var': 'a.money', 'amount': -50}]}")
        .load());
    game.quietTurn();
    assertEquals(12, game.money("a"), "income stops at max");
    game.turn(TeamOrders.of("a", "drain"));
    assertEquals(8, game.money("a"), 1e-12, "12 - 50 is floored at 0, then income 8");
  }
}
