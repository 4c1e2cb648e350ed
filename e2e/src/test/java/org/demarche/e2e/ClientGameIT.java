package org.demarche.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demarche.e2e.CliClient.Run;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.GetLobby;
import org.demarche.proto.v1.InstructorLogin;
import org.demarche.proto.v1.LobbyTeam;
import org.demarche.server.serve.RunningServer;
import org.demarche.server.serve.ScenarioCatalog;
import org.demarche.testing.Repository;
import org.demarche.testing.WireClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole tutorial game played by the real command-line client in script mode, several clients
 * at once, against the real server on loopback: an instructor who creates, starts, injects and
 * advances, and three players on two teams.
 */
class ClientGameIT {
  private static final String KEY = "e2e-key";
  private static final long LIMIT_SECONDS = 60;

  @TempDir Path home;
  private RunningServer server;
  private final ExecutorService clients = Executors.newCachedThreadPool();

  @BeforeEach
  void start() throws IOException {
    ScenarioCatalog catalog = ScenarioCatalog.fromFolder(Repository.file("scenarios"));
    server = RunningServer.start(catalog.scenarios(), KEY, "127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    clients.shutdownNow();
    server.close();
  }

  private String address() {
    return "127.0.0.1:" + server.address().getPort();
  }

  private Run client(String script, String... args) {
    return CliClient.run(home, KEY, script, args);
  }

  private Future<Run> background(String script, String... args) {
    return clients.submit(() -> client(script, args));
  }

  private static Run done(Future<Run> run, String who) throws Exception {
    Run result = run.get(LIMIT_SECONDS, TimeUnit.SECONDS);
    assertEquals(0, result.exitCode(), who + " should finish its script:\n" + result.out()
        + "\n--- stderr\n" + result.err());
    return result;
  }

  /** Waits (bounded) until {@code count} players are connected to the game. */
  private void awaitPlayers(String gameId, int count) throws Exception {
    try (WireClient watcher = WireClient.connect(server.address())) {
      watcher.request(ClientMessage.newBuilder()
          .setInstructorLogin(InstructorLogin.newBuilder().setKey(KEY)));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
      while (System.nanoTime() < deadline) {
        var lobby = watcher.request(ClientMessage.newBuilder()
            .setGetLobby(GetLobby.newBuilder().setGameId(gameId))).getLobby();
        long connected = lobby.getTeamsList().stream().map(LobbyTeam::getPlayersList)
            .flatMap(List::stream).filter(p -> p.getConnected()).count();
        if (connected >= count) {
          return;
        }
        Thread.sleep(50);
      }
      throw new AssertionError(count + " players did not join within " + LIMIT_SECONDS + " s");
    }
  }

  @Test
  void anInstructorAndThreePlayersPlayTheTutorialThroughTheClient() throws Exception {
    Run created = client("create tutorial-quenara --teams gov,opposition --turns 2 --seed 7\n",
        "instructor", "--server", address());
    assertEquals(0, created.exitCode(), "the game is created:\n" + created.out() + created.err());
    Matcher game = Pattern.compile("Created game (\\S+)").matcher(created.out());
    Matcher code = Pattern.compile("demarche join (\\S+)").matcher(created.out());
    assertTrue(game.find() && code.find(), "the codes are printed:\n" + created.out());

    String player = "wait push chat\n%s\nsay ready\nlock\nwait report 1\nwait report 2\nstate\n";
    Future<Run> ana = background(String.format(player, "add targeted_transfers"),
        "join", code.group(1), "--name", "Ana", "--team", "gov", "--server", address());
    Future<Run> ben = background("wait push chat\nwait report 1\nwait report 2\n",
        "join", code.group(1), "--name", "Ben", "--team", "gov", "--server", address());
    Future<Run> chloe = background(String.format(player, "add expose_smuggling"),
        "join", code.group(1), "--name", "Chloé", "--team", "opposition", "--server", address());
    awaitPlayers(game.group(1), 3);

    Future<Run> whiteCell = background("use " + game.group(1) + "\nstart\ninject leaked_audio\n"
        + "broadcast go\nwait report 1\nadvance\nwait report 2\n",
        "instructor", "--server", address());

    Run instructor = done(whiteCell, "the instructor");
    Run anaRun = done(ana, "Ana");
    Run benRun = done(ben, "Ben");
    Run chloeRun = done(chloe, "Chloé");
    assertTrue(anaRun.out().contains("Leaked audio"), "Ana's report tells of the inject:\n"
        + anaRun.out());
    assertTrue(benRun.out().contains("ready"), "Ben hears his teammate on team chat:\n"
        + benRun.out());
    assertTrue(!chloeRun.out().contains("Cash transfers to poor households succeeded"),
        "the opposition does not learn what gov ordered:\n" + chloeRun.out());
    assertTrue(anaRun.out().contains("International reserves"), "Ana's state table shows the "
        + "variables:\n" + anaRun.out());
    assertTrue(instructor.out().contains("Leaked audio"), "the instructor sees the report:\n"
        + instructor.out());
  }

  @Test
  void aWrongCodeIsAFailedCommandAndAnUnreachableServerIsExitThree() {
    Run wrong = client("", "join", "AAAA-AAA", "--name", "Eve", "--server", address());
    assertEquals(1, wrong.exitCode(), "a wrong code fails the command: " + wrong.err());
    Run unreachable = client("", "join", "AAAA-AAA", "--name", "Eve", "--server",
        "127.0.0.1:1");
    assertEquals(3, unreachable.exitCode(), "nobody listens on port 1: " + unreachable.err());
    assertTrue(unreachable.err().contains("cannot reach the server"),
        "the user is told what happened: " + unreachable.err());
  }
}
