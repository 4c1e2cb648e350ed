package org.demarche.client.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.util.JsonFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.demarche.client.net.RequestFailed;
import org.demarche.client.render.Style;
import org.demarche.client.testing.Fixtures;
import org.demarche.proto.v1.Ack;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.Error;
import org.demarche.proto.v1.ErrorCode;
import org.demarche.proto.v1.GameCreated;
import org.demarche.proto.v1.InstructorSession;
import org.demarche.proto.v1.ReportDocument;
import org.demarche.proto.v1.Role;
import org.demarche.proto.v1.ServerMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report}, {@code fork}, {@code archive} and {@code delete} run in process against a
 * scripted requester: what they send, print and save.
 */
class GameDocumentCommandsTest {
  private static final String MARKDOWN = "# After-action review\n\nTurn 1: the reserves fell. é\n";

  @TempDir Path folder;
  private final List<ClientMessage> sent = new ArrayList<>();
  private final Map<ClientMessage.BodyCase, ServerMessage> answers =
      new EnumMap<>(ClientMessage.BodyCase.class);
  private final StringBuilder out = new StringBuilder();
  private final StringBuilder err = new StringBuilder();

  private final Output output = new Output() {
    @Override
    public void print(String text) {
      out.append(text.endsWith("\n") ? text : text + "\n");
    }

    @Override
    public void printAbove(String text) {
      print(text);
    }

    @Override
    public void warn(String text) {
      err.append(text.endsWith("\n") ? text : text + "\n");
    }
  };

  /** A client of a role attached to a requester that records requests and answers from a map. */
  private Client client(Role role, boolean json) {
    Client client = new Client(role, output,
        new Client.Options(json, Style.PLAIN, Duration.ofSeconds(1), folder, ""));
    ServerMessage identity = role == Role.INSTRUCTOR
        ? ServerMessage.newBuilder().setInstructorSession(InstructorSession.getDefaultInstance())
            .build()
        : ServerMessage.newBuilder().setGameSession(Fixtures.gameSession("token-1")).build();
    client.attach(request -> {
      ClientMessage message = request.build();
      sent.add(message);
      ServerMessage reply = answers.getOrDefault(message.getBodyCase(),
          ServerMessage.newBuilder().setAck(Ack.getDefaultInstance()).build());
      if (reply.hasError()) {
        throw new RequestFailed(reply);
      }
      return reply;
    }, identity);
    return client;
  }

  private void answerReport(String format, String fileName, String content) {
    answers.put(ClientMessage.BodyCase.GET_REPORT, ServerMessage.newBuilder().setReport(
        ReportDocument.newBuilder().setFormat(format).setFileName(fileName).setContent(content))
        .build());
  }

  private void answerFork(String gameId) {
    answers.put(ClientMessage.BodyCase.FORK_GAME, ServerMessage.newBuilder().setGameCreated(
        GameCreated.newBuilder().setGameId(gameId).setJoinCode("FK2-JOIN")
            .setObserverCode("FK2-OBS").setInstructorCode("FK2-INS")).build());
  }

  private List<ClientMessage> sent(ClientMessage.BodyCase kind) {
    return sent.stream().filter(m -> m.getBodyCase() == kind).toList();
  }

  @Test
  void reportOutWritesTheServersContentAndSaysWhereAndHowBig() throws IOException {
    answerReport("md", "g1-review.md", MARKDOWN);
    Client client = client(Role.PLAYER, false);

    assertEquals(Outcome.OK, client.execute("report --format md --out review.md"),
        "outcome; " + err);

    Path file = folder.resolve("review.md");
    assertEquals(MARKDOWN, Files.readString(file, StandardCharsets.UTF_8), "the file's content");
    int bytes = MARKDOWN.getBytes(StandardCharsets.UTF_8).length;
    assertEquals("saved the after-action review to " + file + " (" + bytes + " bytes)\n",
        out.toString(), "the one line printed");
    ClientMessage request = sent(ClientMessage.BodyCase.GET_REPORT).get(0);
    assertEquals("md", request.getGetReport().getFormat(), "the format asked for");
    assertEquals("", request.getGetReport().getGameId(), "a player names no game");
  }

  @Test
  void htmlWithoutOutIsSavedUnderTheServersNameInTheWorkingFolder() throws IOException {
    answerReport("html", "g1-review.html", "<html>review</html>");
    Client client = client(Role.OBSERVER, false);

    assertEquals(Outcome.OK, client.execute("report"), "outcome; " + err);

    assertEquals("html", sent(ClientMessage.BodyCase.GET_REPORT).get(0).getGetReport().getFormat(),
        "html is the default format");
    Path file = folder.resolve("g1-review.html");
    assertEquals("<html>review</html>", Files.readString(file), "the saved page");
    assertEquals("saved the after-action review to " + file + " (19 bytes)\n", out.toString(),
        "the one line printed, not the page");
  }

  @Test
  void aSuggestedNameCannotLeaveTheWorkingFolder() throws IOException {
    answerReport("html", "../../etc/g1-review.html", "<html/>");
    Client client = client(Role.PLAYER, false);

    assertEquals(Outcome.OK, client.execute("report --format html"), "outcome; " + err);

    assertEquals("<html/>", Files.readString(folder.resolve("g1-review.html")),
        "only the last part of the server's name is used");
    assertEquals("g1-review.html", ReportCommand.fileName("", "g1-review.html"),
        "an empty name falls back");
    assertEquals("g1-review.html", ReportCommand.fileName("/tmp/..", "g1-review.html"),
        "a name of dots falls back");
  }

  @Test
  void markdownCsvAndJsonWithoutOutArePrinted() {
    answerReport("csv", "g1-review.csv", "turn,variable,value\n1,reserves,4.2\n");
    Client client = client(Role.PLAYER, false);

    assertEquals(Outcome.OK, client.execute("report --format CSV"), "outcome; " + err);

    assertEquals("turn,variable,value\n1,reserves,4.2\n", out.toString(), "the content itself");
    assertEquals("csv", sent(ClientMessage.BodyCase.GET_REPORT).get(0).getGetReport().getFormat(),
        "the format is sent in lower case");
    assertFalse(Files.exists(folder.resolve("g1-review.csv")), "no file is written");
  }

  @Test
  void aMissingFolderIsAClearErrorBeforeAnyRequest() {
    answerReport("md", "g1-review.md", MARKDOWN);
    Client client = client(Role.PLAYER, false);

    assertEquals(Outcome.FAILED, client.execute("report --format md --out nowhere/review.md"),
        "outcome");

    assertEquals("error: cannot save the after-action review to " + folder.resolve(
            "nowhere/review.md") + ": the folder " + folder.resolve("nowhere")
            + " does not exist\n", err.toString(), "the sentence");
    assertTrue(sent(ClientMessage.BodyCase.GET_REPORT).isEmpty(), "nothing was asked");
  }

  @Test
  void aBadFormatIsAUsageErrorListingTheFormatsBeforeAnyRequest() {
    Client client = client(Role.PLAYER, false);

    assertEquals(Outcome.USAGE, client.execute("report --format pdf"), "outcome");

    assertEquals("error: --format is html, md, csv or json, not 'pdf'; usage: report "
        + "[--format html|md|csv|json] [--out FILE]\n", err.toString(), "the sentence");
    assertTrue(sent.isEmpty(), "nothing was sent: " + sent);
  }

  @Test
  void theServersRefusalIsShownAsAnError() {
    answers.put(ClientMessage.BodyCase.GET_REPORT, ServerMessage.newBuilder().setError(
        Error.newBuilder().setCode(ErrorCode.FAILED_PRECONDITION)
            .setMessage("The review opens when the game has ended.")).build());
    Client client = client(Role.PLAYER, false);

    assertEquals(Outcome.FAILED, client.execute("report --format md"), "outcome");

    assertEquals("error: The review opens when the game has ended.\n", err.toString(),
        "the server's sentence");
    assertEquals("", out.toString(), "nothing else is printed");
  }

  @Test
  void jsonModePrintsTheReplyAndWritesAFileOnlyWithOut() throws IOException {
    answerReport("html", "g1-review.html", "<html/>");
    Client client = client(Role.PLAYER, true);

    assertEquals(Outcome.OK, client.execute("report"), "outcome; " + err);
    List<String> lines = out.toString().lines().toList();
    assertEquals(1, lines.size(), "one JSON line: " + out);
    ServerMessage.Builder printed = ServerMessage.newBuilder();
    JsonFormat.parser().merge(lines.get(0), printed);
    assertEquals(answers.get(ClientMessage.BodyCase.GET_REPORT), printed.build(),
        "the line is the reply, content included");
    assertFalse(Files.exists(folder.resolve("g1-review.html")), "no file without --out");

    assertEquals(Outcome.OK, client.execute("report --out saved.html"), "outcome; " + err);
    assertEquals("<html/>", Files.readString(folder.resolve("saved.html")), "the file with --out");
    assertTrue(err.toString().startsWith("saved the after-action review to "),
        "the note goes to standard error in JSON mode: " + err);
  }

  @Test
  void theInstructorsReportNamesTheCurrentGame() {
    answerReport("json", "g4-review.json", "{}");
    Client client = client(Role.INSTRUCTOR, false);

    assertEquals(Outcome.USAGE, client.execute("report --format json"), "no current game yet");
    assertTrue(err.toString().contains("no current game"), "the sentence: " + err);

    client.state().useGame("g4");
    assertEquals(Outcome.OK, client.execute("report --format json"), "outcome; " + err);
    assertEquals("g4", sent(ClientMessage.BodyCase.GET_REPORT).get(0).getGetReport().getGameId(),
        "the instructor names the current game");
    assertEquals("{}\n", out.toString(), "the JSON document is printed");
  }

  @Test
  void forkShowsTheNewCodesAndMakesTheForkTheCurrentGame() {
    answerFork("g5");
    Client client = client(Role.INSTRUCTOR, false);
    client.state().useGame("g2");

    assertEquals(Outcome.OK, client.execute("fork 3"), "outcome; " + err);

    ClientMessage request = sent(ClientMessage.BodyCase.FORK_GAME).get(0);
    assertEquals("g2", request.getForkGame().getGameId(), "the current game is forked");
    assertEquals(3, request.getForkGame().getTurn(), "from turn 3");
    assertEquals("""
        Created game g5
          players join with:   demarche join FK2-JOIN --name NAME
          observers join with: demarche observe FK2-OBS
          co-instructors:      demarche instructor --key FK2-INS
        """, out.toString(), "the codes, as create shows them");
    assertEquals("g5", client.state().currentGame(), "the fork is the current game");
    assertTrue(client.complete(List.of("use", ""), 1).contains("g5"), "and completes as a game");

    client.execute("start");
    assertEquals("g5", sent(ClientMessage.BodyCase.CONTROL_GAME).get(0).getControlGame()
        .getGameId(), "the next command runs the fork");
  }

  @Test
  void forkNamesAnotherGameAndRefusesTurnZero() {
    answerFork("g6");
    Client client = client(Role.INSTRUCTOR, false);

    assertEquals(Outcome.OK, client.execute("fork 2 g3"), "outcome; " + err);
    assertEquals("g3", sent(ClientMessage.BodyCase.FORK_GAME).get(0).getForkGame().getGameId(),
        "the named game is forked");

    assertEquals(Outcome.USAGE, client.execute("fork 0"), "turn 0");
    assertEquals(Outcome.USAGE, client.execute("fork two"), "a word for a turn");
    assertEquals("error: fork takes a turn from 1 on; usage: fork TURN [GAME]\n"
        + "error: 'two' is not a whole number; usage: fork TURN [GAME]\n", err.toString(),
        "the sentences");
    assertEquals(1, sent(ClientMessage.BodyCase.FORK_GAME).size(), "only the good fork was sent");
  }

  @Test
  void archivingTheCurrentGameLeavesNoCurrentGame() {
    Client client = client(Role.INSTRUCTOR, false);
    client.state().useGame("g2");

    assertEquals(Outcome.OK, client.execute("archive"), "outcome; " + err);

    assertEquals("g2", sent(ClientMessage.BodyCase.ARCHIVE_GAME).get(0).getArchiveGame()
        .getGameId(), "the current game is archived");
    assertEquals("Archived game g2.\n", out.toString(), "the confirmation");
    assertEquals("", client.state().currentGame(), "no current game any more");
    assertFalse(client.complete(List.of("use", ""), 1).contains("g2"), "nor a completion");
  }

  @Test
  void deleteAtThePromptAsksFirstAndANoSendsNothing() {
    Client client = client(Role.INSTRUCTOR, false);
    List<String> prompts = new ArrayList<>();
    List<String> answers = new ArrayList<>(List.of("", "y"));
    client.setAsker(prompt -> {
      prompts.add(prompt);
      return answers.remove(0);
    });

    assertEquals(Outcome.OK, client.execute("delete g3"), "a blank answer; " + err);
    assertTrue(sent(ClientMessage.BodyCase.DELETE_GAME).isEmpty(),
        "a blank answer deletes nothing");
    assertEquals(Outcome.OK, client.execute("delete g3"), "a yes; " + err);

    assertEquals(List.of("delete game g3 and its journal for good? [y/N] ",
        "delete game g3 and its journal for good? [y/N] "), prompts, "the question");
    assertEquals(1, sent(ClientMessage.BodyCase.DELETE_GAME).size(), "one delete after the yes");
    assertEquals("Kept game g3.\nDeleted game g3 and its journal.\n", out.toString(),
        "what each answer did");
  }

  @Test
  void deleteInAScriptNeedsTheIdAndNoPrompt() {
    Client client = client(Role.INSTRUCTOR, false);
    client.state().useGame("g3");

    assertEquals(Outcome.USAGE, client.execute("delete"), "no default game for delete");
    assertEquals(Outcome.OK, client.execute("delete g3"), "the explicit id; " + err);

    assertEquals("g3", sent(ClientMessage.BodyCase.DELETE_GAME).get(0).getDeleteGame()
        .getGameId(), "the named game is deleted");
    assertEquals("", client.state().currentGame(), "the deleted game is no longer current");
  }

  @Test
  void historyFullGivesEveryTurnAndAnyOtherWordIsAUsageError() {
    answers.put(ClientMessage.BodyCase.GET_HISTORY, ServerMessage.newBuilder().setHistory(
        org.demarche.proto.v1.History.newBuilder().addReports(Fixtures.turnReport())).build());
    Client client = client(Role.PLAYER, false);

    assertEquals(Outcome.OK, client.execute("history --full"), "outcome; " + err);
    assertTrue(out.toString().contains("-0.3 Fuel subsidy bill (trend)"),
        "the turn in full, with its causes: " + out);
    assertEquals(Outcome.USAGE, client.execute("history --long"), "an unknown flag");
    assertEquals("error: unknown option --long; usage: history [--full]\n", err.toString(),
        "the sentence");
  }
}
