package org.demarche.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.demarche.engine.model.Scenario;
import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.JournalEntry;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.junit.jupiter.api.Test;

/** A game whose journal cannot be written says so, changes nothing more, and others go on. */
class JournalFailureTest {
  /** Journals that fail for game g1, as on a full disk, and keep up for the others. */
  private static final class FailingForG1 extends NoStoredGames {
    @Override
    public GameLog create(JournalEntry.Opened opened, Scenario scenario) {
      boolean failing = opened.gameId().equals("g1");
      return new GameLog() {
        private final AtomicLong sequence = new AtomicLong(1);
        private Listener listener;

        @Override
        public long append(List<JournalEntry> entries) {
          long last = sequence.addAndGet(entries.size());
          if (failing) {
            listener.failed(new IOException("No space left on device"));
          } else {
            listener.durable(last);
          }
          return last;
        }

        @Override
        public void listen(Listener listener) {
          this.listener = listener;
        }

        @Override
        public void close() {}
      };
    }

  }

  @Test
  void aGameThatCannotBeSavedRefusesChangesAndTheOthersPlayOn() {
    try (Harness harness = new Harness(new Codes(9), new FailingForG1())) {
      Result.GameCreated broken = harness.create(List.of("gov"), 0);
      Result.GameCreated sound = harness.create(List.of("gov"), 0);
      assertEquals("g1", broken.gameId());

      Result.Rejected lost = assertInstanceOf(Result.Rejected.class, harness.client("ana")
          .call(new Request.JoinGame(broken.joinCode(), "Ana", "gov")));
      assertEquals(ErrorKind.INTERNAL, lost.kind());
      assertTrue(lost.message().contains("cannot save this game"), lost.message());
      harness.instructor.rejected(new Request.Broadcast(broken.gameId(), "hello"),
          ErrorKind.INTERNAL);
      harness.instructor.ok(new Request.GetLobby(broken.gameId()), Result.Lobby.class);

      harness.join(sound, "Bea", "gov");
      harness.instructor.ok(new Request.Broadcast(sound.gameId(), "hello"), Result.Ack.class);
    }
  }
}
