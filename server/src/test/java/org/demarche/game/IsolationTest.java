package org.demarche.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.demarche.engine.model.Scenario;
import org.demarche.game.api.Channel;
import org.demarche.game.api.ControlOp;
import org.demarche.game.api.EffectDetail;
import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.Outcome;
import org.demarche.game.api.Principal;
import org.demarche.game.api.Push;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.junit.jupiter.api.Test;

/** Many games at once: each its own world, and a failure in one is that one's alone. */
class IsolationTest {

  @Test
  void twoGamesAtOnceDoNotSeeEachOthersPushes() {
    try (Harness harness = new Harness()) {
      Result.GameCreated first = harness.create(List.of("gov", "opposition"), 0);
      Result.GameCreated second = harness.create(List.of("gov", "opposition"), 0);
      Harness.Client one = harness.join(first, "Alice", "gov");
      Harness.Client two = harness.join(second, "Alice", "gov");
      harness.control(first.gameId(), ControlOp.START);
      harness.control(second.gameId(), ControlOp.START);
      int before = two.session.all().size();
      one.ok(new Request.EditDraft(new Request.DraftEdit.Add("rate_hike")), Result.Ack.class);
      one.ok(new Request.SendChat(Channel.PUBLIC, "", "only in the first game"), Result.Ack.class);
      harness.instructor.ok(new Request.Broadcast(first.gameId(), "first game broadcast"),
          Result.Ack.class);
      harness.control(first.gameId(), ControlOp.ADVANCE);
      assertEquals(1, one.session.of(Push.TurnReport.class).size(), "the first game resolved");
      assertEquals(before, two.session.all().size(),
          "the second game's player heard nothing of it: " + two.session.all());
      Result.TeamView view = two.ok(new Request.GetView(""), Result.TeamView.class);
      assertEquals(1, view.view().turn(), "the second game is still on turn 1");
      assertTrue(view.view().draft().actionIds().isEmpty(), "with its own empty draft");
    }
  }

  @Test
  void shuttingDownTellsEveryConnectionAndRefusesNewRequests() {
    try (Harness harness = new Harness()) {
      Result.GameCreated game = harness.create(List.of("gov", "opposition"), 60);
      Harness.Client alice = harness.join(game, "Alice", "gov");
      harness.control(game.gameId(), ControlOp.START);
      Harness.await(harness.server.shutdown("maintenance"));
      assertEquals("maintenance", alice.session.last(Push.ServerClosing.class).message(),
          "when the shutdown completes, every game has said goodbye");
      harness.time.advance(120_000);
      Harness.Client late = harness.client("late");
      late.rejected(new Request.InstructorLogin(Harness.KEY), ErrorKind.FAILED_PRECONDITION);
      Harness.await(harness.server.record(game.gameId()));
      assertEquals("maintenance", alice.session.last(Push.ServerClosing.class).message(),
          "the player is told why");
      assertEquals("maintenance",
          harness.instructor.session.last(Push.ServerClosing.class).message(),
          "so is the instructor");
      assertTrue(alice.session.of(Push.TurnReport.class).isEmpty(),
          "and the stopped timer resolves nothing");
    }
  }

  /** A generator that fails on demand, standing for any bug inside a game's step. */
  private static final class FailingRandom extends Random {
    volatile boolean failing;

    FailingRandom() {
      super(3);
    }

    @Override
    public void nextBytes(byte[] bytes) {
      if (failing) {
        throw new IllegalStateException("entropy source failed (deliberately, in a test)");
      }
      super.nextBytes(bytes);
    }
  }

  @Test
  void aRequestThatThrowsInsideAGameIsInternalAndTheOtherGameGoesOn() {
    FailingRandom random = new FailingRandom();
    try (Harness harness = new Harness(new Codes(random))) {
      Result.GameCreated broken = harness.create(List.of("gov", "opposition"), 0);
      Result.GameCreated healthy = harness.create(List.of("gov", "opposition"), 0);
      Harness.Client bob = harness.join(healthy, "Bob", "gov");
      harness.control(healthy.gameId(), ControlOp.START);
      random.failing = true;
      Harness.Client alice = harness.client("alice");
      Result.Rejected failed = alice.rejected(
          new Request.JoinGame(broken.joinCode(), "Alice", "gov"), ErrorKind.INTERNAL);
      assertFalse(failed.message().contains("entropy"), "the client is not shown internals");
      random.failing = false;
      bob.ok(new Request.EditDraft(new Request.DraftEdit.Add("rate_hike")), Result.Ack.class);
      harness.control(healthy.gameId(), ControlOp.ADVANCE);
      assertEquals(1, bob.session.of(Push.TurnReport.class).size(), "the other game plays on");
      alice.ok(new Request.JoinGame(broken.joinCode(), "Alice", "gov"), Result.GameSession.class);
    }
  }

  /** Threads that do nothing until released, so that a game's inbox can be filled. */
  private static final class GatedThreads implements Executor {
    private final Queue<Runnable> held = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable task) {
      held.add(task);
    }

    /** Runs everything held, and what that queues, on this thread. */
    void release() {
      for (int i = 0; i < 100_000; i++) {
        Runnable next;
        synchronized (this) {
          next = held.poll();
        }
        if (next == null) {
          return;
        }
        next.run();
      }
      throw new AssertionError("the held tasks never ran out");
    }
  }

  @Test
  void aGameWithAFullInboxAnswersBusyAtOnceAndServesTheRestLater() {
    GatedThreads threads = new GatedThreads();
    ManualTime time = new ManualTime();
    Map<String, Scenario> catalog = new LinkedHashMap<>();
    catalog.put(Harness.TUTORIAL, Harness.scenario());
    GameServer server = new GameServer(catalog, Harness.KEY, time, time, new Codes(1), threads);
    RecordingSession session = new RecordingSession("instructor");
    CompletionStage<Outcome> creation = server.handle(session, Principal.INSTRUCTOR,
        new Request.CreateGame(Harness.TUTORIAL, List.of(), List.of(), 1, 4, 0,
            EffectDetail.EXACT));
    threads.release(); // the creator hears of the game in its first step
    Result created = Harness.await(creation).result();
    String gameId = ((Result.GameCreated) created).gameId();
    List<CompletionStage<Outcome>> queued = new ArrayList<>();
    for (int i = 0; i < GameServer.INBOX; i++) {
      queued.add(server.handle(session, Principal.INSTRUCTOR, new Request.GetLobby(gameId)));
    }
    Outcome busy = Harness.await(
        server.handle(session, Principal.INSTRUCTOR, new Request.GetLobby(gameId)));
    assertEquals(new Result.Rejected(ErrorKind.RESOURCE_EXHAUSTED, "the game is busy; try again"),
        busy.result(), "the request past the bound is refused at once");
    threads.release();
    for (CompletionStage<Outcome> stage : queued) {
      assertTrue(Harness.await(stage).result() instanceof Result.Lobby,
          "each queued one is served");
    }
  }
}
