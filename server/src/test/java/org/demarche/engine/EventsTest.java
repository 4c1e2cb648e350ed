package org.demarche.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When events fire (once, cooldown, hysteresis, schedule, chance, inject), dilemmas, the end. */
class EventsTest {
  private static String event(String id, String trigger, String effects) {
    return "{'id': '" + id + "', 'title': 'Title " + id + "', 'text': 'Text.', 'trigger': "
        + trigger + ", 'effects': [" + effects + "]}";
  }

  /** Turns (1-based) on which {@code id} fired over {@code turns} quiet turns. */
  private static List<Integer> firings(Games game, String id, int turns) {
    List<Integer> turnsFired = new ArrayList<>();
    for (int t = 1; t <= turns; t++) {
      game.quietTurn();
      if (game.firedEvents().contains(id)) {
        turnsFired.add(t);
      }
    }
    return turnsFired;
  }

  @Test
  void aConditionEventWithRepeatOnceFiresOnlyTheFirstTime() {
    Games game = new Games(new TinyScenario()
        .event(event("e", "{'type': 'condition', 'when': 'x >= 50'}", "")).load(), 1, 10);
    assertEquals(List.of(1), firings(game, "e", 6), "the condition holds throughout; once is once");
  }

  @Test
  void aCooldownEventWaitsThatManyTurnsBeforeFiringAgain() {
    Games game = new Games(new TinyScenario()
        .event(event("e", "{'type': 'condition', 'when': 'x >= 50', 'repeat': 'cooldown', "
            + "'cooldown': 2}", "")).load(), 1, 10);
    assertEquals(List.of(1, 4, 7, 10), firings(game, "e", 10),
        "fires, sleeps two turns, fires again");
  }

  @Test
  void aHysteresisEventDoesNotFlapAroundItsThreshold() {
    // x oscillates 50, 62, 50, 62 ... around the threshold 55; the event rearms only below 30.
    Games game = new Games(new TinyScenario()
        .dynamic("{'id': 'swing', 'var': 'x', 'delta': 'if(x > 55, -12, 12)'}")
        .action("{'id': 'crash', 'name': 'Crash', 'description': 'd.', 'teams': ['a'], "
            + "'effects': [{'var': 'x', 'amount': -40}]}")
        .event(event("e", "{'type': 'condition', 'when': 'x > 55', 'repeat': 'hysteresis', "
            + "'rearm': 'x < 30'}", "")).load(), 1, 20);
    List<Integer> fired = firings(game, "e", 6);
    assertEquals(List.of(1), fired, "x crosses 55 three times, but the event sleeps until x < 30");
    game.turn(TeamOrders.of("a", "crash"));
    assertEquals(22, game.x(), "the crash pushes x below the rearm threshold");
    assertEquals(List.of(3), firings(game, "e", 4),
        "rearmed, it fires once more when x climbs past 55 (34, 46, 58), and not when it swings back");
  }

  @Test
  void aScheduledEventFiresOnItsTurn() {
    Games game = new Games(new TinyScenario()
        .event(event("e", "{'type': 'schedule', 'turn': 3}", "{'var': 'x', 'amount': 1}")).load());
    assertEquals(List.of(3), firings(game, "e", 5), "fires on turn 3 only");
    assertEquals(51, game.x(), "its effect applied once");
  }

  @Test
  void aChanceEventWithAClosedGateNeverFires() {
    Games game = new Games(new TinyScenario()
        .event(event("e", "{'type': 'chance', 'chance': 1, 'when': 'x > 90'}", "")).load());
    assertEquals(List.of(), firings(game, "e", 5), "the gate x > 90 never opens");
    Games certain = new Games(new TinyScenario()
        .event(event("e", "{'type': 'chance', 'chance': 1}", "")).load());
    assertEquals(List.of(1, 2, 3), firings(certain, "e", 3), "chance 1 repeats by default");
  }

  @Test
  void anInjectFiresOnlyWhenTheInstructorInjectsIt() {
    Games game = new Games(new TinyScenario()
        .event(event("riot", "{'type': 'inject'}", "{'var': 'x', 'amount': -10}")).load());
    assertEquals(List.of(), firings(game, "riot", 2), "never by itself");
    TurnResult result = game.turn(new TurnInput(List.of(), List.of("riot", "nothing")));
    assertEquals(List.of("riot"), game.firedEvents(), "fires when injected");
    assertTrue(result.report().events().get(0).injected(), "and is marked as injected");
    assertEquals(40, game.x(), "its effect applies");
    assertEquals(List.of("there is no event 'nothing' to inject"), result.report().notes(),
        "an unknown inject is reported, not fatal");
  }

  private static final String DILEMMA = "{'id': 'strike', 'title': 'Strike', 'text': 'Unions strike.',"
      + "'trigger': {'type': 'schedule', 'turn': 1},"
      + "'dilemma': {'team': 'a', 'prompt': 'Concede?', 'default': 'hold', 'options': ["
      + "{'id': 'concede', 'label': 'Concede', 'effects': [{'var': 'x', 'amount': -5}]},"
      + "{'id': 'hold', 'label': 'Hold firm', 'effects': [{'var': 'x', 'amount': 3}]}]}}";

  @Test
  void aDilemmaWaitsForItsTeamAndTheChosenOptionApplies() {
    Games game = new Games(new TinyScenario().event(DILEMMA).load());
    TurnResult raised = game.quietTurn();
    assertEquals(1, raised.state().pendingDilemmas().size(), "the dilemma is pending");
    assertEquals(1, raised.views().get(0).dilemmas().size(), "team a sees it in its view");
    assertEquals(0, raised.views().get(1).dilemmas().size(), "team b does not");
    TurnResult answered = game.turn(
        new TurnInput(List.of(new TeamOrders("a", List.of(), Map.of("strike", "concede"))), List.of()));
    assertEquals(45, game.x(), "the chosen option's effect applies");
    assertEquals(false, answered.report().dilemmaAnswers().get(0).defaulted(), "it was answered");
    assertEquals(0, game.state.pendingDilemmas().size(), "nothing pending afterwards");
  }

  @Test
  void anUnansweredDilemmaTakesItsDefault() {
    Games game = new Games(new TinyScenario().event(DILEMMA).load());
    game.quietTurn();
    TurnResult result = game.quietTurn();
    assertEquals(53, game.x(), "the default option (hold, +3) applies");
    assertTrue(result.report().dilemmaAnswers().get(0).defaulted(), "marked as defaulted");
  }

  @Test
  void anEndConditionEndsTheGameWithItsOutcome() {
    Games game = new Games(new TinyScenario()
        .dynamic("{'id': 'fall', 'var': 'x', 'delta': -20}")
        .end("{'lastTurn': 'Done.', 'conditions': [{'id': 'collapse', 'when': 'x < 20', "
            + "'outcome': 'Collapse.'}]}")
        .load());
    TurnResult first = game.quietTurn();
    assertTrue(!first.state().ended(), "x is 30 after turn 1, not below 20");
    TurnResult collapse = game.quietTurn();
    assertTrue(collapse.state().ended(), "x is 10 after turn 2, below 20");
    assertEquals("Collapse.", collapse.report().outcome(), "with the condition's outcome");
    assertEquals(0, collapse.state().endCondition(), "and says which condition");
    assertThrows(IllegalStateException.class, game::quietTurn, "no turn after the end");
  }

  @Test
  void theGameEndsAfterItsLastTurn() {
    Games game = new Games(new TinyScenario().load(), 1, 2);
    game.quietTurn();
    TurnResult last = game.quietTurn();
    assertTrue(last.state().ended(), "two turns were asked for");
    assertEquals("Done.", last.report().outcome(), "the last-turn outcome");
  }
}
