package org.demarche.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.demarche.e2e.CliClient.Run;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.ControlGame;
import org.demarche.proto.v1.ControlOp;
import org.demarche.proto.v1.CreateGame;
import org.demarche.proto.v1.GameCreated;
import org.demarche.proto.v1.GetHistory;
import org.demarche.proto.v1.GetLobby;
import org.demarche.proto.v1.InstructorLogin;
import org.demarche.proto.v1.ObserveGame;
import org.demarche.proto.v1.ResumeSession;
import org.demarche.proto.v1.ServerMessage;
import org.demarche.proto.v1.ViewTeam;
import org.demarche.testing.WireClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server jar is killed with SIGKILL at several points of a game played by the real client,
 * and started again on the same data folder: every acknowledged command is there and the game is
 * exactly as it was.
 */
class CrashRecoveryIT {
  @TempDir Path data;
  @TempDir Path home;
  private ServerProcess server;
  private final ExecutorService background = Executors.newSingleThreadExecutor();
  private String gameId;
  private String joinCode;
  private String observerToken;
  private int starts;

  @AfterEach
  void stop() {
    background.shutdownNow();
    if (server != null) {
      server.close();
    }
  }

  private void startServer() throws IOException {
    server = ServerProcess.start(data, "stderr-" + (++starts) + ".txt");
  }

  private String address() {
    return "127.0.0.1:" + server.port;
  }

  private WireClient instructor() throws IOException {
    WireClient client = WireClient.connect(server.address());
    client.request(ClientMessage.newBuilder()
        .setInstructorLogin(InstructorLogin.newBuilder().setKey(server.key)));
    return client;
  }

  /** A player's script run by the real client; its session file lets it come back. */
  private Run player(String name, String team, String script) {
    return CliClient.run(home, server.key, script, "join", joinCode, "--name", name,
        "--team", team, "--session", home.resolve(name + ".session").toString(),
        "--server", address());
  }

  private void played(String name, String team, String script) {
    Run run = player(name, team, script);
    assertEquals(0, run.exitCode(), name + " plays: " + run.all());
  }

  /**
   * Everything that must survive a crash, as the instructor and an observer see it: each team's
   * view and draft, the lobby, and every turn report. Who is connected and the time left on a
   * clock are left out: they are not the game's to keep.
   */
  private String snapshot() throws IOException {
    List<String> parts = new ArrayList<>();
    try (WireClient instructor = instructor(); WireClient observer =
        WireClient.connect(server.address())) {
      for (String team : List.of("gov", "opposition")) {
        parts.add(instructor.request(ClientMessage.newBuilder().setViewTeam(
            ViewTeam.newBuilder().setGameId(gameId).setTeamId(team))).toString());
      }
      parts.add(instructor.request(ClientMessage.newBuilder()
          .setGetLobby(GetLobby.newBuilder().setGameId(gameId))).toString());
      observer.request(ClientMessage.newBuilder()
          .setResumeSession(ResumeSession.newBuilder().setResumeToken(observerToken)));
      parts.add(observer.request(ClientMessage.newBuilder()
          .setGetHistory(GetHistory.getDefaultInstance())).toString());
    }
    return String.join("\n", parts).replaceAll("connected: true\\n", "")
        .replaceAll("millis_left: \\d+\\n", "");
  }

  private void crashAndRestart() throws Exception {
    server.kill();
    startServer();
    assertTrue(server.lines.contains("recovered 1 game from " + data.resolve("games")),
        "the game comes back: " + server.lines);
  }

  private int turnsResolved() throws IOException {
    try (WireClient instructor = instructor()) {
      return instructor.request(ClientMessage.newBuilder()
          .setGetLobby(GetLobby.newBuilder().setGameId(gameId))).getLobby().getGame().getTurn();
    }
  }

  @Test
  void everyAcknowledgedCommandSurvivesASigkillAtAnyPoint() throws Exception {
    startServer();
    try (WireClient instructor = instructor(); WireClient observer =
        WireClient.connect(server.address())) {
      GameCreated game = instructor.request(ClientMessage.newBuilder().setCreateGame(
          CreateGame.newBuilder().setScenarioId("tutorial-quenara").addHumanTeamIds("gov")
              .addHumanTeamIds("opposition").setTurns(3).setSeed(11))).getGameCreated();
      gameId = game.getGameId();
      joinCode = game.getJoinCode();
      observerToken = observer.request(ClientMessage.newBuilder().setObserveGame(
          ObserveGame.newBuilder().setObserverCode(game.getObserverCode())
              .setDisplayName("Olga"))).getGameSession().getResumeToken();
    }
    played("Ana", "gov", "");
    played("Ben", "opposition", "");
    try (WireClient instructor = instructor()) {
      instructor.request(ClientMessage.newBuilder().setControlGame(
          ControlGame.newBuilder().setGameId(gameId).setOp(ControlOp.START)));
    }

    // 1. Mid-turn: drafts edited and a message sent, all acknowledged.
    played("Ana", "gov", "add raise_fuel_price\nadd border_crackdown\nsay prices go up\n");
    played("Ben", "opposition", "add national_strike\n");
    String midTurn = snapshot();
    crashAndRestart();
    assertEquals(midTurn, snapshot(), "mid-turn: the drafts and the message are all there");

    // 2. Right after the lock-in that resolves the turn.
    played("Ana", "gov", "lock\n");
    played("Ben", "opposition", "lock\n");
    String resolved = snapshot();
    assertEquals(1, turnsResolved());
    crashAndRestart();
    assertEquals(resolved, snapshot(), "after a lock-in: the resolved turn is there, the same");

    // 3. During resolution: the last lock-in races the kill.
    played("Ana", "gov", "add targeted_transfers\nlock\n");
    String beforeLastLock = snapshot();
    Future<Run> lastLock = background.submit(() -> player("Ben", "opposition", "lock\n"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(ServerProcess.LIMIT_SECONDS);
    while (!lastLock.isDone() && turnsResolved() < 2 && System.nanoTime() < deadline) {
      Thread.onSpinWait(); // kill as soon as the turn resolves, or the client is done
    }
    server.kill();
    Run ben = lastLock.get(ServerProcess.LIMIT_SECONDS, TimeUnit.SECONDS);
    startServer();
    if (ben.exitCode() == 0) {
      assertEquals(2, turnsResolved(), "an acknowledged lock-in resolved the turn for good");
    } else if (turnsResolved() == 1) {
      assertEquals(beforeLastLock, snapshot(), "an unacknowledged lock-in may be lost, whole");
      played("Ben", "opposition", "lock\n");
    }
    assertEquals(2, turnsResolved(), "the game goes on after the crash");
    assertFalse(server.stderr().contains("cannot be recovered"), server.stderr());
  }
}
