package org.demarche.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.demarche.engine.GameState;
import org.demarche.game.api.Channel;
import org.demarche.game.api.ControlOp;
import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.Phase;
import org.demarche.game.api.Push;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.demarche.game.api.View;
import org.demarche.review.GameRecord;
import org.demarche.store.FileGameStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server journals its games to a data folder; a new server over the same folder, as after a
 * crash, replays them and serves them as they were: state, views, lobby, tokens, drafts, timer.
 */
class RecoveryTest {
  @TempDir Path data;

  /** What a game looks like from outside, everything that must survive a restart. */
  private record Snapshot(List<Long> stateHashes, List<String> views, String lobby,
      List<GameRecord.Act> acts, List<GameRecord.Message> messages,
      List<GameRecord.Agreement> agreements) {}

  private static Snapshot snapshot(Harness harness, String gameId) {
    GameRecord record = Harness.await(harness.server.record(gameId)).orElseThrow();
    List<Long> hashes = new ArrayList<>();
    for (GameState state : record.states()) {
      hashes.add(state.hash());
    }
    List<String> views = new ArrayList<>();
    for (String team : List.of("gov", "opposition", "partner")) {
      View.Team view = harness.instructor.ok(new Request.ViewTeam(gameId, team),
          Result.TeamView.class).view();
      // The time left is compared on its own: it is the one thing that moves with the clock.
      // Nobody is connected to a server that has just started.
      views.add(view.toString().replaceAll("millisLeft=\\d+", "millisLeft=?")
          .replaceAll("connected=(true|false)", "connected=?"));
    }
    String lobby = harness.instructor.ok(new Request.GetLobby(gameId), Result.Lobby.class)
        .lobby().toString().replaceAll("connected=(true|false)", "connected=?");
    return new Snapshot(hashes, views, lobby, record.acts(), record.messages(),
        record.agreements());
  }

  private FileGameStore store() throws IOException {
    return FileGameStore.open(data, Harness.sources());
  }

  @Test
  void aRestartedServerServesEveryGameAsItWas() throws IOException {
    Snapshot before;
    String gameId;
    String aliceToken;
    Result.GameCreated game;
    try (FileGameStore store = store(); Harness first = new Harness(new Codes(1), store)) {
      first.server.markClocks();
      game = first.create(List.of("gov", "opposition", "partner"), 60);
      gameId = game.gameId();
      Harness.Client alice = first.join(game, "Alice", "gov");
      Harness.Client bob = first.join(game, "Bob", "opposition");
      Harness.Client pat = first.join(game, "Pat", "partner");
      first.client("olga").ok(new Request.ObserveGame(game.observerCode(), "Olga"),
          Result.GameSession.class);
      first.control(gameId, ControlOp.START);
      alice.ok(new Request.EditDraft(new Request.DraftEdit.Add("rate_hike")), Result.Ack.class);
      alice.ok(new Request.SendChat(Channel.PUBLIC, "", "hello all"), Result.Ack.class);
      alice.ok(new Request.LockIn(), Result.Ack.class);
      bob.ok(new Request.LockIn(), Result.Ack.class);
      pat.ok(new Request.LockIn(), Result.Ack.class);
      first.instructor.ok(new Request.InjectEvent(gameId, "leaked_audio"), Result.Ack.class);
      first.instructor.ok(new Request.SetVariable(gameId, "unrest", 40, "a riot"),
          Result.Ack.class);
      alice.ok(new Request.Propose("stabilisation_programme", "partner"), Result.Ack.class);
      alice.ok(new Request.EditDraft(new Request.DraftEdit.Add("rate_hike")), Result.Ack.class);
      first.time.advance(20_000);
      first.sync(gameId);
      aliceToken = alice.identity.resumeToken();
      before = snapshot(first, gameId);
      assertEquals(2, before.stateHashes().size(), "one turn was played before the crash");
    }
    // The first server is dropped without a shutdown, as in a crash; the clock moves on.
    try (FileGameStore store = store(); Harness second = new Harness(new Codes(2), store)) {
      second.time.advance(3_600_000);
      assertEquals(1, second.server.recover(), "the game comes back");
      assertEquals(before, snapshot(second, gameId), "the same game, every view and record");

      View.Team gov = second.instructor.ok(new Request.ViewTeam(gameId, "gov"),
          Result.TeamView.class).view();
      assertEquals(40_000, gov.millisLeft(),
          "the timer resumes with the time that was left, not less for the time the server was"
              + " down");
      Harness.Client alice = second.client("alice-again");
      alice.ok(new Request.ResumeSession(aliceToken), Result.GameSession.class);
      assertEquals(List.of("rate_hike"), alice.session.last(Push.TeamView.class).view().draft()
          .actionIds(), "her draft is there");
      second.join(game, "Carol", "gov"); // the join code still works
      second.time.advance(40_000);
      second.sync(gameId);
      assertEquals(Phase.RUNNING, second.instructor.ok(new Request.GetLobby(gameId),
          Result.Lobby.class).lobby().game().phase());
      assertEquals(1, second.instructor.ok(new Request.GetLobby(gameId), Result.Lobby.class)
          .lobby().game().turn() - 1, "the resumed timer resolved turn 2 when it ran out");
    }
  }

  @Test
  void aGameThatDoesNotReplayIsSetAsideAndTheOthersLoad() throws IOException {
    String broken;
    String sound;
    try (FileGameStore store = store(); Harness first = new Harness(new Codes(1), store)) {
      Result.GameCreated damaged = first.create(List.of("gov"), 0);
      broken = damaged.gameId();
      first.join(damaged, "Bea", "gov"); // an entry after the opening, so the damage is inside
      sound = first.create(List.of("gov"), 0).gameId();
      first.join(first.instructor.ok(new Request.ListGames(), Result.GameList.class).games()
          .stream().filter(g -> g.gameId().equals(sound)).findFirst()
          .map(g -> new Result.GameCreated(g.gameId(), g.joinCode(), g.observerCode(), ""))
          .orElseThrow(), "Alice", "gov");
    }
    Path file = data.resolve("games").resolve(broken + ".journal");
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x5a; // damage inside the scenario's copy
    Files.write(file, bytes);
    try (FileGameStore store = store(); Harness second = new Harness(new Codes(2), store)) {
      assertEquals(1, second.server.recover(), "the sound game loads");
      List<String> ids = new ArrayList<>();
      second.instructor.ok(new Request.ListGames(), Result.GameList.class).games()
          .forEach(g -> ids.add(g.gameId()));
      assertEquals(List.of(sound), ids);
      assertTrue(Files.exists(data.resolve("set-aside").resolve(broken + ".journal")),
          "the damaged journal is kept aside");
      assertTrue(Files.readString(data.resolve("set-aside").resolve(broken + ".reason.txt"))
          .contains("checksum"), "with the reason beside it");
      assertFalse(Files.exists(file));
      Result.GameCreated next = second.create(List.of("gov"), 0);
      assertFalse(List.of(broken, sound).contains(next.gameId()), "new ids do not collide");
    }
  }

  @Test
  void anArchivedGameLeavesTheListAndADeletedOneTheDisk() throws IOException {
    try (FileGameStore store = store(); Harness harness = new Harness(new Codes(1), store)) {
      String ended = harness.create(List.of("gov"), 0).gameId();
      String running = harness.create(List.of("gov"), 0).gameId();
      harness.instructor.rejected(new Request.ArchiveGame(running),
          ErrorKind.FAILED_PRECONDITION);
      harness.control(ended, ControlOp.END);
      harness.instructor.ok(new Request.ArchiveGame(ended), Result.Ack.class);
      harness.instructor.ok(new Request.DeleteGame(running), Result.Ack.class);
      assertTrue(harness.instructor.ok(new Request.ListGames(), Result.GameList.class).games()
          .isEmpty());
      assertTrue(Files.exists(data.resolve("archive").resolve(ended + ".journal")));
      assertFalse(Files.exists(data.resolve("games").resolve(running + ".journal")));
    }
  }
}
