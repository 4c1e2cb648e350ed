package org.demarche.client.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Struct;
import com.google.protobuf.util.JsonFormat;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.demarche.client.Main;
import org.demarche.client.testing.FakeServer;
import org.demarche.client.testing.Fixtures;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.ControlOp;
import org.demarche.proto.v1.DraftChanged;
import org.demarche.proto.v1.Error;
import org.demarche.proto.v1.ErrorCode;
import org.demarche.proto.v1.GameCreated;
import org.demarche.proto.v1.ReportDocument;
import org.demarche.proto.v1.ServerMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole client in process, in script mode, against the fake server: output and exit codes. */
class ScriptModeTest {
  @TempDir Path home;
  private final FakeServer server;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  ScriptModeTest() throws IOException {
    server = new FakeServer();
    server.on(ClientMessage.BodyCase.EDIT_DRAFT, (request, peer) -> {
      peer.reply(request, ServerMessage.newBuilder().setAck(
          org.demarche.proto.v1.Ack.getDefaultInstance()));
      peer.push(ServerMessage.newBuilder().setDraftChanged(DraftChanged.newBuilder()
          .setTeamId("gov").setDraft(Fixtures.teamView().getDraft())));
    });
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private int run(String script, String... args) {
    Launch launch = new Launch(
        new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of(), home, false, List.of(Duration.ofMillis(50), Duration.ofMillis(100)));
    return Main.run(launch, args);
  }

  @Test
  void everySubcommandPrintsTheClientVersion() {
    for (String command : List.of("join", "observe", "instructor")) {
      out.reset();
      assertEquals(0, run("", command, "-V"), command + " -V succeeds");
      assertEquals("demarche 0.1.0", stdout().strip(), command + " -V prints the version");
    }
  }

  private String[] join(String... more) {
    List<String> args = new ArrayList<>(List.of("join", "K7PQ-2XM", "--name", "Ana",
        "--team", "gov", "--server", server.address(), "--wait-timeout", "5", "--timeout", "5"));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aShortPlayerScriptRunsEveryLineAndExitsZero() {
    String script = """
        # a player's turn
        status

        add reform_subsidy
        wait push draft_changed
        say hello   team
        lock
        """;
    int exit = run(script, join());
    assertEquals(0, exit, "exit code; stderr: " + stderr());
    assertTrue(stdout().contains("Joined \"Quenara\" (game g1) as player, on team gov."),
        "the greeting: " + stdout());
    assertTrue(stdout().contains("Team gov (Government), turn 3 of 8"), "the status: " + stdout());
    assertTrue(stdout().contains("Added reform_subsidy to your team's orders."),
        "the add: " + stdout());
    assertTrue(stdout().contains("draft of gov: reform_subsidy (open)"), "the push: " + stdout());
    List<ClientMessage> sent = server.received();
    assertTrue(sent.stream().anyMatch(m -> "hello   team".equals(m.getSendChat().getText())),
        "the chat text is sent as typed: " + sent);
    assertTrue(sent.stream().anyMatch(ClientMessage::hasLockIn), "lock sends LockIn");
  }

  @Test
  void aPushTypeIsNamedAsInTheProtocolInAnyCaseAndAnUnknownOneIsAUsageError() {
    int exit = run("add reform_subsidy\nwait push DraftChanged\nwait push ServerClose\n",
        join());

    assertEquals(2, exit, "an unknown push type is a usage error, not a wait; stderr: " + stderr());
    assertTrue(stdout().contains("Received draft_changed."), "DraftChanged is draft_changed: "
        + stdout());
    assertTrue(stderr().contains("no push type 'ServerClose'; one of chat, draft_changed,"),
        "the sentence names the types: " + stderr());
  }

  @Test
  void aRefusedCommandStopsTheScriptWithExitOne() {
    server.on(ClientMessage.BodyCase.LOCK_IN, (request, peer) -> peer.reply(request,
        ServerMessage.newBuilder().setError(Error.newBuilder()
            .setCode(ErrorCode.FAILED_PRECONDITION).setMessage("The game is paused."))));
    int exit = run("lock\nunlock\n", join());
    assertEquals(1, exit, "exit code");
    assertTrue(stderr().contains("error: The game is paused."), "the server's sentence: " + stderr());
    assertTrue(stderr().contains("stopped at line 1: lock"), "where it stopped: " + stderr());
    assertFalse(server.received().stream().anyMatch(ClientMessage::hasUnlock),
        "the line after the failure is not run");
  }

  @Test
  void keepGoingRunsTheRestAndStillExitsOne() {
    server.on(ClientMessage.BodyCase.LOCK_IN, (request, peer) -> peer.reply(request,
        ServerMessage.newBuilder().setError(Error.newBuilder()
            .setCode(ErrorCode.FAILED_PRECONDITION).setMessage("The game is paused."))));
    int exit = run("lock\nunlock\n", join("--keep-going"));
    assertEquals(1, exit, "exit code");
    assertTrue(server.received().stream().anyMatch(ClientMessage::hasUnlock),
        "the line after the failure is run");
  }

  @Test
  void anUnknownCommandInAScriptIsAUsageErrorWithExitTwo() {
    int exit = run("dance\n", join());
    assertEquals(2, exit, "exit code");
    assertTrue(stderr().contains("unknown command 'dance'"), "the sentence: " + stderr());
  }

  @Test
  void aWrongOptionOrNoSubcommandIsExitTwo() {
    assertEquals(2, run("", "join", "K7PQ-2XM"), "join without --name");
    assertEquals(2, run("", "join", "K7PQ-2XM", "--name", "Ana", "--server", "host:notaport"),
        "a bad --server");
    assertEquals(2, run("", "instructor", "--server", server.address()), "instructor without key");
    assertEquals(2, run(""), "no subcommand");
    assertEquals(0, run("", "join", "--help"), "--help");
  }

  @Test
  void anUnreadableTrustedCertificateIsExitTwoNamingTheFile() throws IOException {
    Path missing = home.resolve("nowhere.pem");
    assertEquals(2, run("", join("--trust-cert", missing.toString())), "a missing file");
    assertTrue(stderr().contains("error: --trust-cert cannot read " + missing + ": no such file"),
        "the sentence names the file: " + stderr());
    Path notPem = Files.writeString(home.resolve("notes.pem"), "not a certificate\n");
    assertEquals(2, run("", join("--trust-cert", notPem.toString())), "a file of no certificate");
    assertTrue(stderr().contains("error: --trust-cert " + notPem), "named: " + stderr());
    assertTrue(server.received().isEmpty(), "nothing was sent to the server");
  }

  @Test
  void anUnreachableServerIsExitThreeWithTheSentence() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    int exit = run("status\n", "join", "K7PQ-2XM", "--name", "Ana", "--server",
        "127.0.0.1:" + port);
    assertEquals(3, exit, "exit code");
    assertTrue(stderr().contains("cannot reach the server at 127.0.0.1:" + port)
        && stderr().contains("is it running? check --server"), "the sentence: " + stderr());
  }

  @Test
  void aRefusedJoinIsExitOneWithTheServersSentence() {
    server.on(ClientMessage.BodyCase.JOIN_GAME, (request, peer) -> peer.reply(request,
        ServerMessage.newBuilder().setError(Error.newBuilder()
            .setCode(ErrorCode.RESOURCE_EXHAUSTED).setMessage("Team gov is full."))));
    assertEquals(1, run("status\n", join()), "exit code");
    assertTrue(stderr().contains("could not join K7PQ-2XM as Ana: Team gov is full."),
        "the sentence: " + stderr());
  }

  @Test
  void jsonModePrintsOneParsableObjectPerLineForRepliesAndPushes() {
    int exit = run("state\nadd reform_subsidy\nwait push draft_changed\ndance\n",
        join("--json", "--keep-going"));
    assertEquals(2, exit, "the unknown command makes it a usage exit; stderr: " + stderr());
    List<String> lines = stdout().lines().toList();
    List<Struct> objects = new ArrayList<>();
    for (String line : lines) {
      Struct.Builder object = Struct.newBuilder();
      try {
        JsonFormat.parser().merge(line, object);
      } catch (InvalidProtocolBufferException e) {
        throw new AssertionError("not a JSON object: " + line, e);
      }
      objects.add(object.build());
    }
    assertTrue(objects.stream().anyMatch(o -> o.containsFields("game_session")),
        "the identity reply: " + lines);
    assertTrue(objects.stream().anyMatch(o -> o.containsFields("team_view")),
        "the state reply: " + lines);
    assertTrue(objects.stream().anyMatch(o -> o.containsFields("draft_changed")),
        "the push: " + lines);
    assertTrue(objects.stream().anyMatch(o -> o.containsFields("event")),
        "the usage error as an event: " + lines);
  }

  @Test
  void anInstructorScriptCreatesAdvancesAndWaitsForTheReport() {
    server.on(ClientMessage.BodyCase.CREATE_GAME, (request, peer) -> peer.reply(request,
        ServerMessage.newBuilder().setGameCreated(GameCreated.newBuilder().setGameId("g7")
            .setJoinCode("K7PQ-2XM").setObserverCode("OBS-1"))));
    server.on(ClientMessage.BodyCase.CONTROL_GAME, (request, peer) -> {
      peer.reply(request, ServerMessage.newBuilder().setAck(
          org.demarche.proto.v1.Ack.getDefaultInstance()));
      if (request.getControlGame().getOp() == ControlOp.ADVANCE) {
        peer.push(ServerMessage.newBuilder().setTurnReport(Fixtures.turnReport()));
      }
    });
    String script = """
        create tutorial-quenara --teams gov,opposition --turns 4 --seconds 300 --detail hidden
        start
        inject strike
        advance
        wait report
        wait report 2
        """;
    int exit = run(script, "instructor", "--key", "secret", "--server", server.address(),
        "--wait-timeout", "5");
    assertEquals(0, exit, "exit code; stderr: " + stderr());
    assertTrue(stdout().contains("players join with:   demarche join K7PQ-2XM --name NAME"
            + " --server " + server.address() + "\n"),
        "the codes to read out, with the flags that reach this server: " + stdout());
    assertTrue(stdout().contains("Truckers' strike (injected)"), "the report push: " + stdout());
    ClientMessage create = server.received().stream().filter(ClientMessage::hasCreateGame)
        .findFirst().orElseThrow();
    assertEquals(List.of("gov", "opposition"), create.getCreateGame().getHumanTeamIdsList(),
        "the human teams");
    assertEquals(300, create.getCreateGame().getTurnSeconds(), "the seconds per turn");
    assertTrue(server.received().stream().filter(ClientMessage::hasControlGame)
            .allMatch(m -> "g7".equals(m.getControlGame().getGameId())),
        "control requests name the created game");
    assertEquals("g7", server.received().stream().filter(ClientMessage::hasInjectEvent)
        .findFirst().orElseThrow().getInjectEvent().getGameId(), "inject names the created game");
  }

  @Test
  void aPlayerScriptSavesOneReviewAndPrintsAnother() throws IOException {
    server.on(ClientMessage.BodyCase.GET_REPORT, (request, peer) -> {
      String format = request.getGetReport().getFormat();
      peer.reply(request, ServerMessage.newBuilder().setReport(ReportDocument.newBuilder()
          .setFormat(format).setFileName("g1-review." + format)
          .setContent("md".equals(format) ? "# Quenara, turn by turn\n" : "turn,score\n1,54.5\n")));
    });
    Path saved = home.resolve("review.md");
    int exit = run("report --format md --out " + saved + "\nreport --format csv\n", join());
    assertEquals(0, exit, "exit code; stderr: " + stderr());
    assertEquals("# Quenara, turn by turn\n", Files.readString(saved, StandardCharsets.UTF_8),
        "the saved file holds the server's content");
    assertTrue(stdout().contains("saved the after-action review to " + saved + " (24 bytes)\n"),
        "the saved line: " + stdout());
    assertTrue(stdout().endsWith("turn,score\n1,54.5\n"), "the CSV is printed: " + stdout());
    assertEquals(List.of("md", "csv"), server.received().stream()
        .filter(ClientMessage::hasGetReport).map(m -> m.getGetReport().getFormat()).toList(),
        "the formats asked for");
  }

  @Test
  void aPlayersReviewBeforeTheEndIsRefusedWithTheServersSentence() {
    server.on(ClientMessage.BodyCase.GET_REPORT, (request, peer) -> peer.reply(request,
        ServerMessage.newBuilder().setError(Error.newBuilder()
            .setCode(ErrorCode.FAILED_PRECONDITION)
            .setMessage("The after-action review opens when the game has ended."))));
    assertEquals(1, run("report --format md\n", join()), "exit code");
    assertTrue(stderr().contains("error: The after-action review opens when the game has ended."),
        "the server's sentence: " + stderr());
    assertEquals(2, run("report --format pdf\n", join()), "a bad format is a usage exit");
    assertTrue(stderr().contains("--format is html, md, csv or json, not 'pdf'"),
        "the formats are listed: " + stderr());
  }

  @Test
  void anInstructorScriptForksRunsTheForkThenArchivesAndDeletes() {
    server.on(ClientMessage.BodyCase.CREATE_GAME, (request, peer) -> peer.reply(request,
        ServerMessage.newBuilder().setGameCreated(GameCreated.newBuilder().setGameId("g7")
            .setJoinCode("K7PQ-2XM").setObserverCode("OBS-1"))));
    server.on(ClientMessage.BodyCase.FORK_GAME, (request, peer) -> peer.reply(request,
        ServerMessage.newBuilder().setGameCreated(GameCreated.newBuilder().setGameId("g8")
            .setJoinCode("FORK-2XM").setObserverCode("OBS-8"))));
    String script = """
        create tutorial-quenara
        fork 2
        start
        archive
        delete g7
        """;
    int exit = run(script, "instructor", "--key", "secret", "--server", server.address());
    assertEquals(0, exit, "exit code; stderr: " + stderr());
    assertTrue(stdout().contains("Created game g8\n  players join with:   demarche join FORK-2XM"),
        "the fork's codes, as create shows them: " + stdout());
    assertTrue(stdout().contains("Archived game g8.\nDeleted game g7 and its journal.\n"),
        "the confirmations, without a question: " + stdout());
    List<ClientMessage> sent = server.received();
    ClientMessage fork = sent.stream().filter(ClientMessage::hasForkGame).findFirst().orElseThrow();
    assertEquals("g7", fork.getForkGame().getGameId(), "the created game is forked");
    assertEquals(2, fork.getForkGame().getTurn(), "from turn 2");
    assertEquals("g8", sent.stream().filter(ClientMessage::hasControlGame).findFirst()
        .orElseThrow().getControlGame().getGameId(), "start runs the fork");
    assertEquals("g8", sent.stream().filter(ClientMessage::hasArchiveGame).findFirst()
        .orElseThrow().getArchiveGame().getGameId(), "archive takes the current game");
    assertEquals("g7", sent.stream().filter(ClientMessage::hasDeleteGame).findFirst()
        .orElseThrow().getDeleteGame().getGameId(), "delete takes the named game");
  }

  @Test
  void aScriptFileIsReadWithScript() throws IOException {
    Path file = home.resolve("turn.txt");
    Files.writeString(file, "orders\n");
    assertEquals(0, run("", join("--script", file.toString())), "exit code; " + stderr());
    assertTrue(stdout().contains("Orders: reform_subsidy (open), last edited by Ana"),
        "the orders: " + stdout());
  }
}
