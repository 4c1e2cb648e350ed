package org.demarche.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.demarche.game.api.ControlOp;
import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.demarche.review.GameRecord;
import org.demarche.store.FileGameStore;
import org.demarche.store.JournalException;
import org.demarche.store.StoredRecords;
import org.demarche.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The after-action review through the game server: who gets it, when, and in which format. */
class ReportRequestTest {
  @TempDir Path data;

  @Test
  void theInstructorGetsItAnyTimeAndPlayersTheirOwnOnceTheGameHasEnded() {
    try (Harness harness = new Harness()) {
      Result.GameCreated game = harness.create(List.of("gov", "opposition"), 0);
      Harness.Client ana = harness.join(game, "Ana", "gov");
      Harness.Client ben = harness.join(game, "Ben", "opposition");
      harness.control(game.gameId(), ControlOp.START);
      ana.ok(new Request.EditDraft(new Request.DraftEdit.Add("border_crackdown")),
          Result.Ack.class);
      harness.control(game.gameId(), ControlOp.ADVANCE);

      Result.Document live = harness.instructor.ok(new Request.GameReport(game.gameId(), ""),
          Result.Document.class);
      assertEquals("html", live.format(), "html unless asked otherwise");
      assertEquals(game.gameId() + "-review.html", live.fileName());
      assertTrue(live.content().contains("<svg"), "with its charts");
      ben.rejected(new Request.GetReport("md"), ErrorKind.FAILED_PRECONDITION);
      harness.instructor.rejected(new Request.GameReport(game.gameId(), "pdf"),
          ErrorKind.INVALID_ARGUMENT);

      harness.control(game.gameId(), ControlOp.END);
      Result.Document everything = harness.instructor.ok(
          new Request.GameReport(game.gameId(), "csv"), Result.Document.class);
      Result.Document bens = ben.ok(new Request.GetReport("csv"), Result.Document.class);
      assertEquals(game.gameId() + "-review-opposition.csv", bens.fileName());
      assertTrue(everything.content().contains("smuggling_index"),
          "the instructor sees the variable the opposition cannot");
      assertFalse(bens.content().contains("smuggling_index"),
          "the opposition's review leaves out what it may not see");
      assertFalse(bens.content().contains("capital"), "or another team's resources");
    }
  }

  @Test
  void aStoredGameIsReadBackForItsReviewWithoutAServer() throws IOException, JournalException {
    String gameId;
    GameRecord live;
    try (FileGameStore store = FileGameStore.open(data, Harness.sources());
        Harness harness = new Harness(new Codes(5), store)) {
      gameId = harness.create(List.of("gov"), 0).gameId();
      harness.join(new Result.GameCreated(gameId, harness.instructor.ok(new Request.GetLobby(
          gameId), Result.Lobby.class).lobby().game().joinCode(), "", ""), "Ana", "gov");
      harness.control(gameId, ControlOp.START);
      harness.control(gameId, ControlOp.ADVANCE);
      harness.control(gameId, ControlOp.END);
      live = Harness.await(harness.server.record(gameId)).orElseThrow();
    }
    GameRecord stored = StoredRecords.read(data, gameId);
    assertEquals(live.states().get(1).hash(), stored.states().get(1).hash());
    assertEquals(live.acts(), stored.acts());
    assertTrue(stored.ended());

    Path out = data.resolve("review.md");
    CommandRun written = CommandRun.of("report", gameId, "--data", data.toString(),
        "--format", "md", "--out", out.toString());
    assertEquals(0, written.exitCode(), written.all());
    assertTrue(Files.readString(out).contains("2024-Q2"), "the review, with calendar labels");
    CommandRun team = CommandRun.of("report", gameId, "--data", data.toString(),
        "--format", "csv", "--team", "opposition");
    assertEquals(0, team.exitCode(), team.all());
    assertTrue(team.out().startsWith("game,turn,label,"), team.out());
    assertFalse(team.out().contains("smuggling_index"), "a team's review, from the journal");
    CommandRun missing = CommandRun.of("report", "g99", "--data", data.toString());
    assertEquals(1, missing.exitCode());
    assertTrue(missing.err().contains("no game 'g99'"), missing.err());
    assertEquals(2, CommandRun.of("report", gameId, "--data", data.toString(),
        "--format", "pdf").exitCode(), "a wrong format is a usage error");
  }
}
