package org.demarche.server.serve;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.demarche.proto.v1.AnswerProposal;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.ControlGame;
import org.demarche.proto.v1.ControlOp;
import org.demarche.proto.v1.CreateGame;
import org.demarche.proto.v1.EditDraft;
import org.demarche.proto.v1.ErrorCode;
import org.demarche.proto.v1.GameCreated;
import org.demarche.proto.v1.GameSession;
import org.demarche.proto.v1.InjectEvent;
import org.demarche.proto.v1.InstructorLogin;
import org.demarche.proto.v1.JoinGame;
import org.demarche.proto.v1.LockIn;
import org.demarche.proto.v1.ObserveGame;
import org.demarche.proto.v1.Phase;
import org.demarche.proto.v1.Propose;
import org.demarche.proto.v1.ProposalState;
import org.demarche.proto.v1.ResumeSession;
import org.demarche.proto.v1.ServerMessage;
import org.demarche.proto.v1.SetVariable;
import org.demarche.testing.Repository;
import org.demarche.testing.WireClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whole games of the tutorial over real sockets on loopback: the server as {@code serve} runs it,
 * driven by bare protocol clients.
 */
class LoopbackGameTest {
  private static final String KEY = "test-key";

  private RunningServer server;
  private final List<WireClient> clients = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    ScenarioCatalog catalog = ScenarioCatalog.fromFolder(Repository.file("scenarios"));
    server = RunningServer.start(catalog.scenarios(), KEY, "127.0.0.1", 0);
  }

  @AfterEach
  void stop() throws IOException {
    for (WireClient c : clients) {
      c.close();
    }
    server.close();
  }

  private WireClient connect() throws IOException {
    WireClient client = WireClient.connect(server.address());
    clients.add(client);
    return client;
  }

  private WireClient instructor() throws IOException {
    WireClient instructor = connect();
    ServerMessage login = instructor.request(ClientMessage.newBuilder()
        .setInstructorLogin(InstructorLogin.newBuilder().setKey(KEY)));
    assertTrue(login.hasInstructorSession(), "the instructor logs in: " + login);
    return instructor;
  }

  private static GameCreated create(WireClient instructor, int turnSeconds, String... humans)
      throws IOException {
    ServerMessage created = instructor.request(ClientMessage.newBuilder().setCreateGame(
        CreateGame.newBuilder().setScenarioId("tutorial-quenara").addAllHumanTeamIds(List.of(humans))
            .setSeed(7).setTurns(3).setTurnSeconds(turnSeconds)));
    assertTrue(created.hasGameCreated(), "the game is created: " + created);
    return created.getGameCreated();
  }

  private GameSession join(WireClient player, String code, String name, String team)
      throws IOException {
    ServerMessage joined = player.request(ClientMessage.newBuilder().setJoinGame(
        JoinGame.newBuilder().setCode(code).setDisplayName(name).setTeamId(team)));
    assertTrue(joined.hasGameSession(), name + " joins: " + joined);
    return joined.getGameSession();
  }

  private static void control(WireClient instructor, String gameId, ControlOp op)
      throws IOException {
    ServerMessage reply = instructor.request(ClientMessage.newBuilder()
        .setControlGame(ControlGame.newBuilder().setGameId(gameId).setOp(op)));
    assertTrue(reply.hasAck(), op + " is accepted: " + reply);
  }

  private static void set(WireClient instructor, String gameId, String variable, double value)
      throws IOException {
    ServerMessage reply = instructor.request(ClientMessage.newBuilder().setSetVariable(
        SetVariable.newBuilder().setGameId(gameId).setVariableId(variable).setValue(value)
            .setReason("test setup")));
    assertTrue(reply.hasAck(), "setting " + variable + " is accepted: " + reply);
  }

  private static ServerMessage awaitReport(WireClient client, int turn) {
    return client.awaitPush(m -> m.hasTurnReport() && m.getTurnReport().getTurn() == turn,
        "turn report " + turn);
  }

  private static ClientMessage.Builder add(String action) {
    return ClientMessage.newBuilder().setEditDraft(EditDraft.newBuilder().setAddActionId(action));
  }

  private static ClientMessage.Builder lock() {
    return ClientMessage.newBuilder().setLockIn(LockIn.getDefaultInstance());
  }

  @Test
  void twoTeamsWithTwoPlayersEachPlayATurnWithAReconnectAnInjectAndAnAutopilot()
      throws IOException {
    WireClient instructor = instructor();
    GameCreated game = create(instructor, 0, "gov", "opposition");
    WireClient gov1 = connect();
    WireClient gov2 = connect();
    WireClient opp1 = connect();
    WireClient opp2 = connect();
    WireClient observer = connect();
    GameSession ana = join(gov1, game.getJoinCode().toLowerCase(), "Ana", "gov");
    join(gov2, game.getJoinCode(), "Ben", "gov");
    join(opp1, game.getJoinCode(), "Chloé", "opposition");
    join(opp2, game.getJoinCode(), "Dev", "opposition");
    assertTrue(observer.request(ClientMessage.newBuilder().setObserveGame(ObserveGame.newBuilder()
        .setObserverCode(game.getObserverCode()).setDisplayName("Assessor"))).hasGameSession(),
        "the observer joins with the observer code");

    control(instructor, game.getGameId(), ControlOp.START);
    gov2.awaitPush(m -> m.hasTeamView() && m.getTeamView().getPhase() == Phase.RUNNING,
        "the first turn's view");

    assertTrue(gov1.request(add("targeted_transfers")).hasAck(), "Ana adds an action");
    ServerMessage shared = gov2.awaitPush(m -> m.hasDraftChanged()
        && m.getDraftChanged().getDraft().getActionIdsList().contains("targeted_transfers"),
        "Ana's edit reaching Ben");
    assertEquals("gov", shared.getDraftChanged().getTeamId(), "it is gov's draft");

    // Ana's connection drops mid-turn; she comes back with her resume token.
    gov1.close();
    WireClient gov1Again = connect();
    ServerMessage resumed = gov1Again.request(ClientMessage.newBuilder().setResumeSession(
        ResumeSession.newBuilder().setResumeToken(ana.getResumeToken())));
    assertEquals(ana.getParticipantId(), resumed.getGameSession().getParticipantId(),
        "the token gives Ana her identity back");
    ServerMessage view = gov1Again.awaitPush(ServerMessage::hasTeamView, "the view after resume");
    assertEquals(List.of("targeted_transfers"), view.getTeamView().getDraft().getActionIdsList(),
        "the draft is intact after the reconnect");

    assertTrue(instructor.request(ClientMessage.newBuilder().setInjectEvent(InjectEvent.newBuilder()
        .setGameId(game.getGameId()).setEventId("leaked_audio"))).hasAck(), "the inject is queued");
    // Enough smuggling for the partner's private intelligence report to fire this turn.
    set(instructor, game.getGameId(), "smuggling_index", 45);

    assertTrue(gov1Again.request(lock()).hasAck(), "gov locks in");
    assertTrue(opp2.request(lock()).hasAck(), "the opposition locks in; the turn resolves");

    ServerMessage govReport = awaitReport(gov2, 1);
    ServerMessage observed = awaitReport(observer, 1);
    awaitReport(opp1, 1);
    String govText = String.join("\n", govReport.getTurnReport().getSentencesList());
    String allText = String.join("\n", observed.getTurnReport().getSentencesList());
    assertTrue(govText.contains("Leaked audio"), "the inject reached gov:\n" + govText);
    assertTrue(govReport.getTurnReport().getActionsList().stream()
        .allMatch(a -> a.getTeamId().equals("gov")), "gov sees only its own orders");
    assertTrue(allText.contains("Embassy report"),
        "the observer sees the partner's private intelligence:\n" + allText);
    assertFalse(govText.contains("Embassy report"),
        "gov does not see the partner's private intelligence:\n" + govText);
    assertTrue(observed.getTurnReport().getActionsList().stream()
        .anyMatch(a -> a.getTeamId().equals("partner")), "the partner played on autopilot");
  }

  @Test
  void closingTwiceIsHarmless() {
    server.close();
    assertDoesNotThrow(server::close, "a shutdown hook may close a server closed already");
  }

  @Test
  void aJointActionAgreedThroughAProposalSucceeds() throws IOException {
    WireClient instructor = instructor();
    GameCreated game = create(instructor, 0, "gov", "partner");
    WireClient gov = connect();
    WireClient partner = connect();
    join(gov, game.getJoinCode(), "Ana", "gov");
    join(partner, game.getJoinCode(), "Pia", "partner");
    control(instructor, game.getGameId(), ControlOp.START);
    // The programme needs a reformed fuel price and donor trust; the white cell sets the stage.
    set(instructor, game.getGameId(), "fuel_price_pct", 70);
    set(instructor, game.getGameId(), "donor_trust", 50);

    assertTrue(gov.request(ClientMessage.newBuilder().setPropose(Propose.newBuilder()
        .setActionId("stabilisation_programme").setToTeamId("partner"))).hasAck(), "gov proposes");
    ServerMessage pending = partner.awaitPush(m -> m.hasProposal()
        && m.getProposal().getState() == ProposalState.PENDING, "the proposal");
    assertTrue(partner.request(ClientMessage.newBuilder().setAnswerProposal(AnswerProposal
        .newBuilder().setProposalId(pending.getProposal().getProposalId()).setAccept(true)))
        .hasAck(), "the partner accepts");
    gov.awaitPush(m -> m.hasProposal() && m.getProposal().getState() == ProposalState.ACCEPTED,
        "the acceptance reaching gov");
    assertTrue(gov.request(lock()).hasAck(), "gov locks in");
    assertTrue(partner.request(lock()).hasAck(), "the partner locks in");
    ServerMessage report = awaitReport(gov, 1);
    assertTrue(report.getTurnReport().getActionsList().stream().anyMatch(a ->
        a.getActionId().equals("stabilisation_programme") && a.getStatus().equals("SUCCEEDED")),
        "the joint action succeeded: " + report.getTurnReport().getActionsList());
  }

  @Test
  void aTurnLimitResolvesTheTurnWithTheDraftsAsTheyStand() throws IOException {
    WireClient instructor = instructor();
    GameCreated game = create(instructor, 1, "gov");
    WireClient gov = connect();
    join(gov, game.getJoinCode(), "Ana", "gov");
    control(instructor, game.getGameId(), ControlOp.START);
    assertTrue(gov.request(add("targeted_transfers")).hasAck(), "an order, never locked in");
    ServerMessage report = awaitReport(gov, 1);
    assertTrue(report.getTurnReport().getActionsList().stream()
        .anyMatch(a -> a.getActionId().equals("targeted_transfers")),
        "the unlocked draft was played when the second ran out");
  }

  @Test
  void twoGamesAtOnceDoNotSeeEachOther() throws IOException {
    WireClient instructor = instructor();
    GameCreated first = create(instructor, 0, "gov");
    GameCreated second = create(instructor, 0, "gov");
    WireClient one = connect();
    WireClient two = connect();
    join(one, first.getJoinCode(), "Ana", "gov");
    join(two, second.getJoinCode(), "Ana", "gov");
    control(instructor, first.getGameId(), ControlOp.START);
    control(instructor, second.getGameId(), ControlOp.START);
    one.request(add("targeted_transfers"));
    assertTrue(one.request(lock()).hasAck(), "the first game's team locks in");
    awaitReport(one, 1);
    two.awaitPush(ServerMessage::hasTeamView, "the second game's first view");
    assertTrue(two.pushesSoFar().stream().noneMatch(m -> m.hasTurnReport() || m.hasDraftChanged()),
        "nothing of the first game reached the second: " + two.pushesSoFar());
  }

  @Test
  void aWrongCodeAndAPlayerActingAsInstructorAreRefusedAndTheConnectionStays()
      throws IOException {
    WireClient instructor = instructor();
    GameCreated game = create(instructor, 0, "gov");
    WireClient player = connect();
    ServerMessage wrong = player.request(ClientMessage.newBuilder().setJoinGame(
        JoinGame.newBuilder().setCode("AAAA-AAA").setDisplayName("Eve")));
    assertEquals(ErrorCode.NOT_FOUND, wrong.getError().getCode(), "a wrong code: " + wrong);
    join(player, game.getJoinCode(), "Eve", "gov");
    ServerMessage denied = player.request(ClientMessage.newBuilder().setControlGame(
        ControlGame.newBuilder().setGameId(game.getGameId()).setOp(ControlOp.START)));
    assertEquals(ErrorCode.PERMISSION_DENIED, denied.getError().getCode(),
        "a player may not start the game: " + denied);
    assertTrue(player.request(add("targeted_transfers")).hasError(),
        "the game has not started, so the draft is refused, and the connection still answers");
  }
}
