package org.demarche.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.demarche.engine.GameState;
import org.demarche.engine.TurnReport;
import org.demarche.game.api.ControlOp;
import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.Phase;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.demarche.review.GameRecord;
import org.demarche.store.FileGameStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What-if forks: a new game that shares its parent's past up to the turn it branches at. */
class ForkTest {
  @TempDir Path data;

  private static List<Long> hashes(GameRecord record) {
    List<Long> hashes = new ArrayList<>();
    for (GameState state : record.states()) {
      hashes.add(state.hash());
    }
    return hashes;
  }

  private static List<List<String>> sentences(GameRecord record) {
    List<List<String>> result = new ArrayList<>();
    for (TurnReport report : record.reports()) {
      result.add(report.sentences());
    }
    return result;
  }

  /** Three turns of the tutorial: Alice plays gov, the autopilot the others; a correction. */
  private static Result.GameCreated played(Harness harness) {
    Result.GameCreated game = harness.create(List.of("gov"), 0);
    Harness.Client alice = harness.join(game, "Alice", "gov");
    harness.control(game.gameId(), ControlOp.START);
    alice.ok(new Request.EditDraft(new Request.DraftEdit.Add("raise_fuel_price")),
        Result.Ack.class);
    alice.ok(new Request.LockIn(), Result.Ack.class);
    harness.instructor.ok(new Request.SetVariable(game.gameId(), "unrest", 50, "riots"),
        Result.Ack.class);
    alice.ok(new Request.EditDraft(new Request.DraftEdit.Add("targeted_transfers")),
        Result.Ack.class);
    alice.ok(new Request.LockIn(), Result.Ack.class);
    alice.ok(new Request.LockIn(), Result.Ack.class);
    return game;
  }

  @Test
  void aForkSharesThePastUpToItsTurnAndPlaysOnByItself() throws IOException {
    try (FileGameStore store = FileGameStore.open(data, Harness.sources());
        Harness harness = new Harness(new Codes(3), store)) {
      Result.GameCreated parent = played(harness);
      GameRecord original = Harness.await(harness.server.record(parent.gameId())).orElseThrow();
      assertEquals(4, original.states().size(), "three turns played");
      assertEquals(50, original.states().get(1).value(
          Harness.scenario().variableIndex("unrest")),
          "the state after turn 1 carries the correction made after it, as the teams saw it");

      Result.GameCreated fork = harness.instructor.ok(
          new Request.ForkGame(parent.gameId(), 3), Result.GameCreated.class);
      assertNotEquals(parent.joinCode(), fork.joinCode(), "new codes");
      GameRecord forked = Harness.await(harness.server.record(fork.gameId())).orElseThrow();
      assertEquals(new GameRecord.Branch(parent.gameId(), 3), forked.branch());
      assertEquals(hashes(original).subList(0, 3), hashes(forked),
          "turns 1 and 2 and the correction between them, exactly as the parent played them");
      assertEquals(sentences(original).subList(0, 2), sentences(forked));
      assertEquals(original.seed(), forked.seed());

      Result.Lobby lobby = harness.instructor.ok(new Request.GetLobby(fork.gameId()),
          Result.Lobby.class);
      assertEquals(Phase.LOBBY, lobby.lobby().game().phase(), "it waits for its players");
      Harness.Client bea = harness.join(fork, "Bea", "gov");
      harness.control(fork.gameId(), ControlOp.START);
      bea.ok(new Request.EditDraft(new Request.DraftEdit.Add("fuel_price_cut")), Result.Ack.class);
      bea.ok(new Request.LockIn(), Result.Ack.class);
      GameRecord replayed = Harness.await(harness.server.record(fork.gameId())).orElseThrow();
      assertEquals(4, replayed.states().size());
      assertNotEquals(hashes(original).get(3), hashes(replayed).get(3),
          "turn 3 is played anew, with another decision");
      assertEquals(hashes(original), hashes(Harness.await(harness.server.record(parent.gameId()))
          .orElseThrow()), "the parent is untouched");

      harness.instructor.rejected(new Request.ForkGame(parent.gameId(), 9),
          ErrorKind.INVALID_ARGUMENT);

      String csv = harness.instructor.ok(new Request.GameReport(fork.gameId(), "csv"),
          Result.Document.class).content();
      assertTrue(csv.contains("\n" + fork.gameId() + ",") && csv.contains("\n" + parent.gameId()
          + ","), "the fork's review has its parent's series beside its own:\n" + csv);
    }
    try (FileGameStore store = FileGameStore.open(data, Harness.sources());
        Harness restarted = new Harness(new Codes(4), store)) {
      assertEquals(2, restarted.server.recover(), "the parent and its fork come back");
      GameRecord fork = Harness.await(restarted.server.record("g2")).orElseThrow();
      assertEquals(new GameRecord.Branch("g1", 3), fork.branch());
      assertEquals(4, fork.states().size(), "with the fork's own turn");
      assertTrue(fork.acts().stream().anyMatch(a -> a.what().equals("fork")),
          "its record says where it branched");
    }
  }
}
