package org.demarche.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.demarche.game.api.ControlOp;
import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.Phase;
import org.demarche.game.api.Push;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.demarche.game.api.View;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The turn's time limit, driven by a manual clock. */
class TimerTest {
  private final Harness harness = new Harness();
  private Result.GameCreated game;
  private Harness.Client alice;

  @AfterEach
  void close() {
    harness.close();
  }

  private void start(int turnSeconds) {
    game = harness.create(List.of("gov", "opposition"), turnSeconds);
    alice = harness.join(game, "Alice", "gov");
    harness.join(game, "Carol", "opposition");
    harness.control(game.gameId(), ControlOp.START);
  }

  /** Moves the clock and waits until the game has handled whatever fell due. */
  private void advance(long millis) {
    harness.time.advance(millis);
    harness.sync(game.gameId());
  }

  private int reports() {
    return alice.session.of(Push.TurnReport.class).size();
  }

  private List<Long> warnings() {
    return alice.session.of(Push.TimerWarning.class).stream()
        .map(Push.TimerWarning::millisLeft).toList();
  }

  @Test
  void whenTheTimeRunsOutTheTurnResolvesWithTheDraftsAsTheyStandAfterTwoWarnings() {
    start(120);
    assertEquals(120_000, alice.session.last(Push.GameStatus.class).millisLeft(),
        "the turn opens with two minutes");
    alice.ok(new Request.EditDraft(new Request.DraftEdit.Add("raise_fuel_price")),
        Result.Ack.class);
    advance(60_000);
    assertEquals(List.of(60_000L), warnings(), "a warning a minute before the end");
    advance(50_000);
    assertEquals(List.of(60_000L, 10_000L), warnings(), "and ten seconds before");
    assertEquals(0, reports(), "not resolved yet");
    advance(10_000);
    assertEquals(1, reports(), "resolved when the time ran out");
    View.Report report = alice.session.last(Push.TurnReport.class).report();
    assertTrue(report.actions().stream().anyMatch(a -> a.actionId().equals("raise_fuel_price")),
        "with the unlocked draft as it stood");
    Push.GameStatus next = alice.session.last(Push.GameStatus.class);
    assertEquals(2, next.turn(), "turn 2 opens");
    assertEquals(120_000, next.millisLeft(), "with a fresh two minutes");
  }

  @Test
  void aShortTurnOnlyGetsTheWarningsThatLieAheadOfIt() {
    start(30);
    advance(30_000);
    assertEquals(List.of(10_000L), warnings(), "no one-minute warning in a 30-second turn");
    assertEquals(1, reports(), "and the turn resolved");
  }

  @Test
  void pausingKeepsTheTimeLeftAndResumingRestartsIt() {
    start(120);
    advance(30_000);
    harness.control(game.gameId(), ControlOp.PAUSE);
    Push.GameStatus paused = alice.session.last(Push.GameStatus.class);
    assertEquals(Phase.PAUSED, paused.phase(), "paused");
    assertEquals(90_000, paused.millisLeft(), "with 90 seconds kept");
    alice.rejected(new Request.LockIn(), ErrorKind.FAILED_PRECONDITION);
    advance(1_000_000);
    assertEquals(0, reports(), "no time passes for the turn while paused");
    harness.control(game.gameId(), ControlOp.RESUME);
    assertEquals(90_000, alice.session.last(Push.GameStatus.class).millisLeft(),
        "resumed with the 90 seconds");
    advance(89_999);
    assertEquals(0, reports(), "not a millisecond early");
    advance(1);
    assertEquals(1, reports(), "and resolved on time");
  }

  @Test
  void extendingTheTimerMovesTheDeadlineAndItsWarnings() {
    start(120);
    advance(100_000);
    harness.instructor.ok(new Request.ExtendTimer(game.gameId(), 60), Result.Ack.class);
    assertEquals(80_000, alice.session.last(Push.GameStatus.class).millisLeft(),
        "20 seconds left plus 60");
    advance(20_000);
    assertEquals(0, reports(), "the old deadline passes without resolving");
    assertEquals(List.of(60_000L, 60_000L), warnings(),
        "the minute warning comes again for the new deadline");
    advance(60_000);
    assertEquals(1, reports(), "the new deadline resolves the turn");
    assertEquals(List.of(60_000L, 60_000L, 10_000L), warnings(), "after the ten-second warning");
  }

  @Test
  void aTimerOfATurnThatIsAlreadyOverDoesNothing() {
    start(120);
    advance(30_000);
    harness.control(game.gameId(), ControlOp.ADVANCE);
    assertEquals(1, reports(), "turn 1 resolved early");
    advance(90_000);
    assertEquals(1, reports(), "turn 1's deadline passes without resolving turn 2");
    advance(30_000);
    assertEquals(2, reports(), "turn 2 keeps its own full two minutes");
  }

  @Test
  void aGameWithoutTimeLimitCannotBeExtended() {
    start(0);
    harness.instructor.rejected(new Request.ExtendTimer(game.gameId(), 60),
        ErrorKind.FAILED_PRECONDITION);
    advance(10_000_000);
    assertEquals(0, reports(), "without a limit, only the players or the instructor end a turn");
  }
}
