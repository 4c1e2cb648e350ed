package org.demarche.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.demarche.game.api.Channel;
import org.demarche.game.api.ControlOp;
import org.demarche.game.api.EffectDetail;
import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.Info;
import org.demarche.game.api.Phase;
import org.demarche.game.api.ProposalState;
import org.demarche.game.api.Push;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.demarche.game.api.Role;
import org.demarche.game.api.SeatKind;
import org.demarche.game.api.View;
import org.demarche.proto.v1.AdhocEffect;
import org.demarche.proto.v1.AnswerProposal;
import org.demarche.proto.v1.AssignPlayer;
import org.demarche.proto.v1.Broadcast;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.ControlGame;
import org.demarche.proto.v1.CreateGame;
import org.demarche.proto.v1.DilemmaChoice;
import org.demarche.proto.v1.EditDraft;
import org.demarche.proto.v1.ErrorCode;
import org.demarche.proto.v1.ExtendTimer;
import org.demarche.proto.v1.GameSession;
import org.demarche.proto.v1.ArchiveGame;
import org.demarche.proto.v1.DeleteGame;
import org.demarche.proto.v1.ForkGame;
import org.demarche.proto.v1.GetHistory;
import org.demarche.proto.v1.GetReport;
import org.demarche.proto.v1.GetLobby;
import org.demarche.proto.v1.GetView;
import org.demarche.proto.v1.InjectAdhoc;
import org.demarche.proto.v1.InjectEvent;
import org.demarche.proto.v1.InstructorLogin;
import org.demarche.proto.v1.JoinGame;
import org.demarche.proto.v1.ListGames;
import org.demarche.proto.v1.ListScenarios;
import org.demarche.proto.v1.LockIn;
import org.demarche.proto.v1.ObserveGame;
import org.demarche.proto.v1.Propose;
import org.demarche.proto.v1.RemovePlayer;
import org.demarche.proto.v1.ResumeSession;
import org.demarche.proto.v1.SendChat;
import org.demarche.proto.v1.ServerMessage;
import org.demarche.proto.v1.ServerMessage.BodyCase;
import org.demarche.proto.v1.SetVariable;
import org.demarche.proto.v1.Unlock;
import org.demarche.proto.v1.ViewTeam;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The mapping between protobuf envelopes and the game's domain records, case by case. */
class ProtoMapperTest {

  // ---------------------------------------------------------------------------------------------
  // ClientMessage -> Request

  /** One request body of the protocol and the record it must become. */
  record RequestCase(ClientMessage message, Request expected) {
    @Override
    public String toString() {
      return message.getBodyCase().name();
    }
  }

  static Stream<RequestCase> requests() {
    return Stream.of(
        request(b -> b.setInstructorLogin(InstructorLogin.newBuilder().setKey("k")),
            new Request.InstructorLogin("k")),
        request(b -> b.setJoinGame(JoinGame.newBuilder().setCode("K7PQ-2XM")
                .setDisplayName("Ana").setTeamId("gov")),
            new Request.JoinGame("K7PQ-2XM", "Ana", "gov")),
        request(b -> b.setObserveGame(ObserveGame.newBuilder().setObserverCode("OBS")
                .setDisplayName("Obs")),
            new Request.ObserveGame("OBS", "Obs")),
        request(b -> b.setResumeSession(ResumeSession.newBuilder().setResumeToken("tok")),
            new Request.ResumeSession("tok")),
        request(b -> b.setListScenarios(ListScenarios.getDefaultInstance()),
            new Request.ListScenarios()),
        request(b -> b.setCreateGame(CreateGame.newBuilder().setScenarioId("bolivia")
                .addHumanTeamIds("gov").addIdleTeamIds("imf").setSeed(42).setTurns(8)
                .setTurnSeconds(600)
                .setEffectDetail(org.demarche.proto.v1.EffectDetail.QUALITATIVE)),
            new Request.CreateGame("bolivia", List.of("gov"), List.of("imf"), 42, 8, 600,
                EffectDetail.QUALITATIVE)),
        request(b -> b.setListGames(ListGames.getDefaultInstance()), new Request.ListGames()),
        request(b -> b.setGetLobby(GetLobby.newBuilder().setGameId("g1")),
            new Request.GetLobby("g1")),
        request(b -> b.setAssignPlayer(AssignPlayer.newBuilder().setGameId("g1")
                .setParticipantId("p1").setTeamId("gov")),
            new Request.AssignPlayer("g1", "p1", "gov")),
        request(b -> b.setRemovePlayer(RemovePlayer.newBuilder().setGameId("g1")
                .setParticipantId("p1")),
            new Request.RemovePlayer("g1", "p1")),
        request(b -> b.setControlGame(ControlGame.newBuilder().setGameId("g1")
                .setOp(org.demarche.proto.v1.ControlOp.ADVANCE)),
            new Request.ControlGame("g1", ControlOp.ADVANCE)),
        request(b -> b.setExtendTimer(ExtendTimer.newBuilder().setGameId("g1").setSeconds(60)),
            new Request.ExtendTimer("g1", 60)),
        request(b -> b.setInjectEvent(InjectEvent.newBuilder().setGameId("g1")
                .setEventId("strike")),
            new Request.InjectEvent("g1", "strike")),
        request(b -> b.setInjectAdhoc(InjectAdhoc.newBuilder().setGameId("g1").setTitle("Flood")
                .setText("Rivers rise.").addEffects(AdhocEffect.newBuilder()
                    .setVariableId("gdp").setAmount(-1.5)).addVisibleTo("gov")),
            new Request.InjectAdhoc("g1", "Flood", "Rivers rise.",
                List.of(new Request.AdhocEffect("gdp", -1.5)), List.of("gov"))),
        request(b -> b.setSetVariable(SetVariable.newBuilder().setGameId("g1")
                .setVariableId("gdp").setValue(3.25).setReason("typo in the scenario")),
            new Request.SetVariable("g1", "gdp", 3.25, "typo in the scenario")),
        request(b -> b.setBroadcast(Broadcast.newBuilder().setGameId("g1").setText("Break")),
            new Request.Broadcast("g1", "Break")),
        request(b -> b.setViewTeam(ViewTeam.newBuilder().setGameId("g1").setTeamId("gov")),
            new Request.ViewTeam("g1", "gov")),
        request(b -> b.setGetView(GetView.newBuilder().setTeamId("gov")),
            new Request.GetView("gov")),
        request(b -> b.setEditDraft(EditDraft.newBuilder().setAddActionId("subsidy")),
            new Request.EditDraft(new Request.DraftEdit.Add("subsidy"))),
        request(b -> b.setEditDraft(EditDraft.newBuilder().setRemoveActionId("subsidy")),
            new Request.EditDraft(new Request.DraftEdit.Remove("subsidy"))),
        request(b -> b.setEditDraft(EditDraft.newBuilder().setChoose(
                DilemmaChoice.newBuilder().setEventId("strike").setOptionId("talk"))),
            new Request.EditDraft(new Request.DraftEdit.Choose("strike", "talk"))),
        request(b -> b.setEditDraft(EditDraft.newBuilder().setClear(true)),
            new Request.EditDraft(new Request.DraftEdit.Clear())),
        request(b -> b.setLockIn(LockIn.getDefaultInstance()), new Request.LockIn()),
        request(b -> b.setUnlock(Unlock.getDefaultInstance()), new Request.Unlock()),
        request(b -> b.setSendChat(SendChat.newBuilder()
                .setChannel(org.demarche.proto.v1.Channel.TEAM_PAIR).setToTeamId("imf")
                .setText("deal?")),
            new Request.SendChat(Channel.TEAM_PAIR, "imf", "deal?")),
        request(b -> b.setPropose(Propose.newBuilder().setActionId("loan").setToTeamId("imf")),
            new Request.Propose("loan", "imf")),
        request(b -> b.setAnswerProposal(AnswerProposal.newBuilder().setProposalId("pr1")
                .setAccept(true)),
            new Request.AnswerProposal("pr1", true)),
        request(b -> b.setGetHistory(GetHistory.getDefaultInstance()), new Request.GetHistory()),
        request(b -> b.setForkGame(ForkGame.newBuilder().setGameId("g1").setTurn(3)),
            new Request.ForkGame("g1", 3)),
        request(b -> b.setArchiveGame(ArchiveGame.newBuilder().setGameId("g1")),
            new Request.ArchiveGame("g1")),
        request(b -> b.setDeleteGame(DeleteGame.newBuilder().setGameId("g1")),
            new Request.DeleteGame("g1")),
        request(b -> b.setGetReport(GetReport.newBuilder().setFormat("csv")),
            new Request.GetReport("csv")),
        request(b -> b.setGetReport(GetReport.newBuilder().setGameId("g1")),
            new Request.GameReport("g1", "")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void everyRequestBodyMapsToItsRecord(RequestCase example) throws InvalidRequestException {
    assertEquals(example.expected(), ProtoMapper.toRequest(example.message()),
        "the record for " + example);
  }

  @Test
  void theRequestTableCoversEveryBodyOfTheProtocol() {
    Set<ClientMessage.BodyCase> covered = requests()
        .map(example -> example.message().getBodyCase())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ClientMessage.BodyCase.class)));
    Set<ClientMessage.BodyCase> expected = EnumSet.allOf(ClientMessage.BodyCase.class);
    // Hello and Ping are the session handler's, and a missing body is an error case below.
    expected.removeAll(List.of(ClientMessage.BodyCase.HELLO, ClientMessage.BodyCase.PING,
        ClientMessage.BodyCase.BODY_NOT_SET));
    assertEquals(expected, covered, "every request body of the protocol has an example");
  }

  static Stream<Arguments> invalidRequests() {
    return Stream.of(
        Arguments.of(message(b -> { }),
            "the message has no body, or one this server does not know: send one request per"
                + " message, as protocol version 1 defines them"),
        Arguments.of(message(b -> b.setGetLobby(GetLobby.getDefaultInstance())),
            "get_lobby.game_id is required and must not be blank"),
        Arguments.of(message(b -> b.setJoinGame(JoinGame.newBuilder().setCode("C")
                .setDisplayName(" "))),
            "join_game.display_name is required: give a name of 1 to 40 characters"),
        Arguments.of(message(b -> b.setJoinGame(JoinGame.newBuilder().setCode("C")
                .setDisplayName("n".repeat(41)))),
            "join_game.display_name has 41 characters; the limit is 40"),
        Arguments.of(message(b -> b.setSendChat(SendChat.newBuilder()
                .setChannel(org.demarche.proto.v1.Channel.PUBLIC).setText("t".repeat(2001)))),
            "send_chat.text has 2001 characters; the limit is 2000"),
        Arguments.of(message(b -> b.setSendChat(SendChat.newBuilder().setText("hi"))),
            "send_chat.channel must be TEAM, TEAM_PAIR, PUBLIC or BROADCAST"),
        Arguments.of(message(b -> b.setSendChat(SendChat.newBuilder().setChannelValue(99)
                .setText("hi"))),
            "send_chat.channel must be TEAM, TEAM_PAIR, PUBLIC or BROADCAST"),
        Arguments.of(message(b -> b.setSendChat(SendChat.newBuilder()
                .setChannel(org.demarche.proto.v1.Channel.TEAM).setToTeamId("imf")
                .setText("hi"))),
            "send_chat.to_team_id is only for the TEAM_PAIR channel: leave it empty"),
        Arguments.of(message(b -> b.setControlGame(ControlGame.newBuilder().setGameId("g1"))),
            "control_game.op must be START, PAUSE, RESUME, ADVANCE or END"),
        Arguments.of(message(b -> b.setCreateGame(CreateGame.newBuilder().setScenarioId("s")
                .setEffectDetailValue(7))),
            "create_game.effect_detail must be EXACT, QUALITATIVE or HIDDEN"),
        Arguments.of(message(b -> b.setCreateGame(CreateGame.newBuilder().setScenarioId("s")
                .setTurns(-1))),
            "create_game.turns is 4294967295; the largest accepted is 2147483647"),
        Arguments.of(message(b -> b.setExtendTimer(ExtendTimer.newBuilder().setGameId("g1"))),
            "extend_timer.seconds must be at least 1"),
        Arguments.of(message(b -> b.setSetVariable(SetVariable.newBuilder().setGameId("g1")
                .setVariableId("gdp").setValue(Double.NaN))),
            "set_variable.value must be a finite number, not NaN"),
        Arguments.of(message(b -> b.setEditDraft(EditDraft.getDefaultInstance())),
            "edit_draft has no edit: set add_action_id, remove_action_id, choose or clear"),
        Arguments.of(message(b -> b.setEditDraft(EditDraft.newBuilder().setClear(false))),
            "edit_draft.clear is false: set it to true to empty the draft, or choose another"
                + " edit"),
        Arguments.of(message(b -> b.setInstructorLogin(InstructorLogin.newBuilder()
                .setKey("k".repeat(201)))),
            "instructor_login.key has 201 characters; the limit is 200"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("invalidRequests")
  void anInvalidRequestIsRefusedWithASentence(ClientMessage message, String sentence) {
    InvalidRequestException refused = assertThrows(InvalidRequestException.class,
        () -> ProtoMapper.toRequest(message), "the request is refused");
    assertEquals(sentence, refused.getMessage(), "the sentence says what to fix");
  }

  @Test
  void aHelloReachingTheMapperIsABug() {
    AssertionError bug = assertThrows(AssertionError.class,
        () -> ProtoMapper.toRequest(message(b -> b.setHello(
            org.demarche.proto.v1.Hello.getDefaultInstance()))),
        "the session handler answers Hello, never the mapper");
    assertEquals("a HELLO reaching the request mapper is a bug: the session handler answers it",
        bug.getMessage(), "the assertion says it is a bug");
  }

  // ---------------------------------------------------------------------------------------------
  // Result -> ServerMessage

  static Stream<Arguments> results() {
    return Stream.of(
        Arguments.of(Result.ACK, BodyCase.ACK),
        Arguments.of(Result.rejected(ErrorKind.NOT_FOUND, "no such game"), BodyCase.ERROR),
        Arguments.of(new Result.InstructorSession(2, ""), BodyCase.INSTRUCTOR_SESSION),
        Arguments.of(gameSession(), BodyCase.GAME_SESSION),
        Arguments.of(new Result.ScenarioList(List.of(scenario())), BodyCase.SCENARIO_LIST),
        Arguments.of(new Result.GameCreated("g1", "J", "O", "I"), BodyCase.GAME_CREATED),
        Arguments.of(new Result.GameList(List.of(game())), BodyCase.GAME_LIST),
        Arguments.of(new Result.Lobby(lobby()), BodyCase.LOBBY),
        Arguments.of(new Result.TeamView(teamView()), BodyCase.TEAM_VIEW),
        Arguments.of(new Result.History(List.of(report())), BodyCase.HISTORY),
        Arguments.of(new Result.Document("md", "g1-review.md", "# Review"), BodyCase.REPORT));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("results")
  void everyResultMapsToItsReplyBody(Result result, BodyCase body) {
    ServerMessage reply = ProtoMapper.reply(17, result);
    assertEquals(body, reply.getBodyCase(), "the body of the reply to " + result);
    assertEquals(17, reply.getRequestId(), "the reply echoes the request id");
  }

  static Stream<Arguments> pushes() {
    return Stream.of(
        Arguments.of(new Push.DraftChanged("gov", draft()), BodyCase.DRAFT_CHANGED),
        Arguments.of(new Push.TurnReport(report()), BodyCase.TURN_REPORT),
        Arguments.of(new Push.TeamView(teamView()), BodyCase.TEAM_VIEW),
        Arguments.of(new Push.Chat(Channel.TEAM, "p1", "Ana", "gov", null, "hi", 2),
            BodyCase.CHAT),
        Arguments.of(new Push.Proposal("pr1", "loan", "gov", "imf", ProposalState.PENDING, 2),
            BodyCase.PROPOSAL),
        Arguments.of(new Push.TimerWarning(2, 10_000), BodyCase.TIMER_WARNING),
        Arguments.of(new Push.GameStatus(Phase.ENDED, 8, "2024-Q4", 0, "The game is over.",
            List.of(new View.Score("gov", 71.5)), "Stabilised"), BodyCase.GAME_STATUS),
        Arguments.of(new Push.LobbyChange(new Info.Participant("p1", "Ana", true), null,
            "joined"), BodyCase.LOBBY_CHANGE),
        Arguments.of(new Push.ServerClosing("maintenance"), BodyCase.SERVER_CLOSING));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("pushes")
  void everyPushMapsToItsBodyWithRequestIdZero(Push push, BodyCase body) {
    ServerMessage message = ProtoMapper.push(push);
    assertEquals(body, message.getBodyCase(), "the body of the push " + push);
    assertEquals(0, message.getRequestId(), "a push carries request id 0");
  }

  @Test
  void resultsAndPushesTogetherCoverEveryServerBody() {
    Set<BodyCase> covered = EnumSet.of(BodyCase.WELCOME);
    Stream.concat(results(), pushes()).forEach(row -> covered.add((BodyCase) row.get()[1]));
    Set<BodyCase> expected = EnumSet.allOf(BodyCase.class);
    expected.remove(BodyCase.BODY_NOT_SET);
    assertEquals(expected, covered,
        "every server body is made by a result, a push, or the handshake's Welcome");
  }

  @Test
  void everyErrorKindHasTheErrorCodeOfTheSameName() {
    for (ErrorKind kind : ErrorKind.values()) {
      assertEquals(kind.name(), ProtoMapper.errorCode(kind).name(), "the code for " + kind);
    }
  }

  @Test
  void aRejectionBecomesAnErrorWithItsCodeAndSentence() {
    ServerMessage reply = ProtoMapper.reply(4,
        Result.rejected(ErrorKind.PERMISSION_DENIED, "observers are read-only"));
    assertEquals(ErrorCode.PERMISSION_DENIED, reply.getError().getCode(), "the code");
    assertEquals("observers are read-only", reply.getError().getMessage(), "the sentence");
  }

  @Test
  void aGameSessionKeepsEveryFieldAndAnAbsentTeamIsEmpty() {
    assertEquals(GameSession.newBuilder()
            .setGameId("g1").setTitle("Crisis").setRole(org.demarche.proto.v1.Role.PLAYER)
            .setParticipantId("p1").setTeamId("").setResumeToken("tok")
            .setPhase(org.demarche.proto.v1.Phase.LOBBY).build(),
        ProtoMapper.reply(1, gameSession()).getGameSession(),
        "every field is copied; a null team becomes the empty string");
  }

  @Test
  void aTeamViewKeepsItsContent() {
    org.demarche.proto.v1.TeamView view = ProtoMapper.push(new Push.TeamView(teamView()))
        .getTeamView();
    assertEquals("gov", view.getTeamId(), "the team");
    assertEquals(List.of(4.5, 4.2), view.getVariables(0).getHistoryList(), "a variable's history");
    assertEquals("imf", view.getActions(0).getPartnerTeamId(), "a joint action's partner");
    assertEquals("talk", view.getDilemmas(0).getOptions(0).getId(), "a dilemma's option");
    assertEquals(Map.of("strike", "talk"), view.getDraft().getChoicesMap(), "the draft's choices");
    assertEquals("Ana", view.getTeammates(0).getDisplayName(), "a teammate");
  }

  @Test
  void aTurnReportKeepsItsCausalLedger() {
    org.demarche.proto.v1.TurnReport report = ProtoMapper.push(new Push.TurnReport(report()))
        .getTurnReport();
    assertEquals("Fuel subsidy bill (trend)", report.getChanges(0).getContributions(0).getCause(),
        "a variable change keeps its causes");
    assertEquals(71.5, report.getScores(0).getScore(), "and the scores");
  }

  @Test
  void aLobbyKeepsItsSeatsAndPeople() {
    org.demarche.proto.v1.Lobby lobby = ProtoMapper.reply(1, new Result.Lobby(lobby())).getLobby();
    assertEquals(org.demarche.proto.v1.SeatKind.AUTOPILOT, lobby.getTeams(1).getSeat(),
        "the seat of the second team");
    assertEquals("p2", lobby.getUnassigned(0).getParticipantId(), "an unassigned player");
    assertEquals(org.demarche.proto.v1.EffectDetail.HIDDEN, lobby.getEffectDetail(),
        "the effect detail");
  }

  // --- fixtures ---

  private interface Body {
    void set(ClientMessage.Builder builder);
  }

  private static ClientMessage message(Body body) {
    ClientMessage.Builder builder = ClientMessage.newBuilder().setRequestId(1);
    body.set(builder);
    return builder.build();
  }

  private static RequestCase request(Body body, Request expected) {
    return new RequestCase(message(body), expected);
  }

  private static Result.GameSession gameSession() {
    return new Result.GameSession("g1", "Crisis", Role.PLAYER, "p1", null, "tok", Phase.LOBBY);
  }

  private static Info.Scenario scenario() {
    return new Info.Scenario("bolivia", "Crisis", "1", "A crisis.", "quarter", "2022-Q2", 8, 12,
        List.of(new Info.Team("gov", "Government", false)),
        List.of(new Info.Event("strike", "Strike", "Miners strike.")));
  }

  private static Info.Game game() {
    return new Info.Game("g1", "bolivia", "Crisis", Phase.RUNNING, 2, 8, 3, "J", "O");
  }

  private static Info.Lobby lobby() {
    return new Info.Lobby(game(), 42, 600, EffectDetail.HIDDEN,
        List.of(new Info.LobbyTeam("gov", "Government", SeatKind.HUMAN,
                List.of(new Info.Participant("p1", "Ana", true)), false),
            new Info.LobbyTeam("imf", "IMF", SeatKind.AUTOPILOT, List.of(), true)),
        List.of(new Info.Participant("p2", "Ben", false)),
        List.of());
  }

  private static View.Draft draft() {
    return new View.Draft(List.of("subsidy"), Map.of("strike", "talk"), false, "p1");
  }

  private static View.Team teamView() {
    return new View.Team("gov", "Government", Phase.RUNNING, 1, "2022-Q3", 8, 30_000,
        List.of(new View.Variable("reserves", "Reserves", "USD bn", "economy", 4.2, true,
            List.of(4.5, 4.2))),
        List.of(new View.Resource("capital", "Political capital", "points", 5)),
        55.0,
        List.of(new View.Objective("stability", "Stability", 0.5, 60)),
        List.of(new View.Action("loan", "IMF loan", "Borrow.", true, null, "capital 2",
            "raises reserves", "imf", List.of("gov.stability"))),
        List.of(new View.Dilemma("strike", "Strike", "Talk or wait?",
            List.of(new View.Option("talk", "Talk")), "talk")),
        draft(),
        List.of(new Info.Participant("p1", "Ana", true)),
        "You govern.",
        null);
  }

  private static View.Report report() {
    return new View.Report(1, "2022-Q3", List.of("Reserves fell."),
        List.of(new View.ActionResult("gov", "loan", "SUCCEEDED", null)),
        List.of(new View.EventReport("strike", "Strike", "Miners strike.", false)),
        List.of(new View.VariableChange("reserves", 4.5, 4.2,
            List.of(new View.Contribution("Fuel subsidy bill (trend)", -0.3, false)),
            "International reserves fell from 4.5 to 4.2 USD bn.")),
        List.of(new View.Score("gov", 71.5)),
        null);
  }
}
