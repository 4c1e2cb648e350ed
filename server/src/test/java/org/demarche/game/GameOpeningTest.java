package org.demarche.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.demarche.engine.model.Scenario;
import org.demarche.game.api.EffectDetail;
import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.JournalEntry;
import org.demarche.game.api.Outcome;
import org.demarche.game.api.Principal;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.junit.jupiter.api.Test;

/**
 * A new game is announced to its creator only once its journal's opening is on disk, since one
 * announced before could vanish in a crash; creating it never waits for the disk. The games run
 * on the calling thread here, so each step has run when {@code handle} returns.
 */
class GameOpeningTest {
  /** Journals whose entries become durable only when the test says so. */
  private static final class HeldStore extends NoStoredGames {
    final List<HeldLog> logs = new ArrayList<>();

    @Override
    public GameLog create(JournalEntry.Opened opened, Scenario scenario) {
      HeldLog log = new HeldLog();
      logs.add(log);
      return log;
    }

  }

  /** A journal created with its opening, sequence 1, not yet on disk. */
  private static final class HeldLog implements GameLog {
    private long sequence = 1;
    private Listener listener;

    @Override
    public long append(List<JournalEntry> entries) {
      sequence += entries.size();
      return sequence;
    }

    @Override
    public long lastSequence() {
      return sequence;
    }

    @Override
    public void listen(Listener listener) {
      this.listener = listener;
    }

    @Override
    public void close() {}

    /** Everything appended so far reaches the disk. */
    void forced() {
      listener.durable(sequence);
    }
  }

  private final HeldStore store = new HeldStore();
  private final RecordingSession instructor = new RecordingSession("instructor");
  private final GameServer server;

  GameOpeningTest() {
    Map<String, Scenario> catalog = new LinkedHashMap<>();
    catalog.put(Harness.TUTORIAL, Harness.scenario());
    ManualTime time = new ManualTime();
    server = new GameServer(catalog, Harness.KEY, time, time, new Codes(5), Runnable::run, store);
  }

  private CompletableFuture<Outcome> send(Request request) {
    return server.handle(instructor, Principal.INSTRUCTOR, request).toCompletableFuture();
  }

  private CompletableFuture<Outcome> create() {
    return send(new Request.CreateGame(Harness.TUTORIAL, List.of("gov"), List.of(), 1, 4, 0,
        EffectDetail.EXACT));
  }

  @Test
  void aNewGameIsAnnouncedOnceItsOpeningIsOnDisk() {
    CompletableFuture<Outcome> creation = create();
    assertFalse(creation.isDone(), "not announced while its opening may still be lost");

    store.logs.get(0).forced();
    Result.GameCreated created =
        assertInstanceOf(Result.GameCreated.class, creation.getNow(null).result());
    assertEquals("g1", created.gameId());
  }

  @Test
  void aForkIsAnnouncedOnceItsOwnOpeningIsOnDiskNotOnlyItsParentsStep() {
    CompletableFuture<Outcome> creation = create();
    store.logs.get(0).forced();
    assertTrue(creation.isDone());

    CompletableFuture<Outcome> fork = send(new Request.ForkGame("g1", 1));
    store.logs.get(0).forced();
    assertFalse(fork.isDone(), "the parent's step is durable, the fork's opening is not");

    store.logs.get(1).forced();
    Result.GameCreated forked =
        assertInstanceOf(Result.GameCreated.class, fork.getNow(null).result());
    assertEquals("g2", forked.gameId());
  }

  @Test
  void aGameWhoseOpeningCannotBeSavedSaysSoAndRefusesChanges() {
    CompletableFuture<Outcome> creation = create();
    store.logs.get(0).listener.failed(new IOException("No space left on device"));

    Result.Rejected lost = assertInstanceOf(Result.Rejected.class, creation.getNow(null).result());
    assertEquals(ErrorKind.INTERNAL, lost.kind());
    assertTrue(lost.message().contains("cannot save the new game g1"), lost.message());
    Result.Rejected broadcast = assertInstanceOf(Result.Rejected.class,
        send(new Request.Broadcast("g1", "hello")).getNow(null).result());
    assertEquals(ErrorKind.INTERNAL, broadcast.kind(), broadcast.message());
  }
}
