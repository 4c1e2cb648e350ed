package org.demarche.client.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.demarche.client.render.Style;
import org.demarche.client.testing.Fixtures;
import org.demarche.proto.v1.GameInfo;
import org.demarche.proto.v1.GameList;
import org.demarche.proto.v1.Role;
import org.demarche.proto.v1.ServerMessage;
import org.junit.jupiter.api.Test;

/** Tab completion from the catalog and the latest view. */
class CompletionsTest {
  private static final Output SILENT = new Output() {
    @Override
    public void print(String text) {
      // Completion prints nothing.
    }

    @Override
    public void printAbove(String text) {
      // As above.
    }

    @Override
    public void warn(String text) {
      // As above.
    }
  };

  private final Client client = client(Role.PLAYER);

  private static Client client(Role role) {
    return new Client(role, SILENT,
        new Client.Options(false, Style.PLAIN, Duration.ofSeconds(1), Path.of(""), ""));
  }

  @Test
  void theFirstWordCompletesToThePlayersCommands() {
    List<String> names = client.complete(List.of("lo"), 0);
    assertTrue(names.contains("lock") && names.contains("add") && !names.contains("start"),
        "player commands, no instructor ones: " + names);
  }

  @Test
  void argumentsCompleteFromTheLatestView() {
    client.state().absorb(ServerMessage.newBuilder().setTeamView(Fixtures.teamView()).build());
    assertEquals(List.of("reform_subsidy", "imf_programme", "cash_transfers"),
        client.complete(List.of("add", ""), 1), "add offers the view's actions");
    assertEquals(List.of("reform_subsidy"), client.complete(List.of("remove", ""), 1),
        "remove offers the draft's actions");
    assertTrue(client.complete(List.of("msg", ""), 1).contains("donors"),
        "msg offers the teams seen in the view");
    assertEquals(List.of("chat", "draft_changed", "turn_report", "team_view", "timer_warning",
            "game_status", "lobby_change", "proposal", "server_closing"),
        client.complete(List.of("wait", "push", ""), 2), "wait push offers the push types");
  }

  @Test
  void reportCompletesItsFlagsAndTheFormats() {
    assertEquals(List.of("--format", "--out"), client.complete(List.of("report", ""), 1),
        "the flags first");
    assertEquals(List.of("html", "md", "csv", "json"),
        client.complete(List.of("report", "--format", ""), 2), "the formats after --format");
    assertEquals(List.of(), client.complete(List.of("report", "--out", ""), 2),
        "nothing after --out: a file name is the user's");
    assertEquals(List.of("--format", "--out"),
        client.complete(List.of("report", "--format", "md", ""), 3), "the flags again");
    assertEquals(List.of("--full"), client.complete(List.of("history", ""), 1), "history's flag");
  }

  @Test
  void theInstructorsGameCommandsCompleteTheGamesSeen() {
    Client instructor = client(Role.INSTRUCTOR);
    instructor.state().absorb(ServerMessage.newBuilder().setGameList(GameList.newBuilder()
        .addGames(GameInfo.newBuilder().setGameId("g1"))
        .addGames(GameInfo.newBuilder().setGameId("g2"))).build());
    assertEquals(List.of("g1", "g2"), instructor.complete(List.of("fork", "3", ""), 2),
        "fork's second word is a game");
    assertEquals(List.of("g1", "g2"), instructor.complete(List.of("archive", ""), 1), "archive");
    assertEquals(List.of("g1", "g2"), instructor.complete(List.of("delete", ""), 1), "delete");
    assertTrue(instructor.complete(List.of(""), 0).containsAll(
        List.of("fork", "archive", "delete", "report")), "the new commands are offered");
  }
}
