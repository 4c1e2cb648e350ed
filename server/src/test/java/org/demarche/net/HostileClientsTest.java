package org.demarche.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.demarche.proto.v1.Channel;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.CreateGame;
import org.demarche.proto.v1.ErrorCode;
import org.demarche.proto.v1.GameCreated;
import org.demarche.proto.v1.InstructorLogin;
import org.demarche.proto.v1.JoinGame;
import org.demarche.proto.v1.ListGames;
import org.demarche.proto.v1.ObserveGame;
import org.demarche.proto.v1.Ping;
import org.demarche.proto.v1.SendChat;
import org.demarche.proto.v1.ServerMessage;
import org.demarche.server.serve.RunningServer;
import org.demarche.server.serve.ScenarioCatalog;
import org.demarche.testing.RawSocket;
import org.demarche.testing.Repository;
import org.demarche.testing.WireClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Slow and hostile clients against the real server on loopback, each beside a well-behaved
 * client that must not notice: one that never reads, one that announces a 2 GiB frame, one that
 * opens hundreds of connections, one that floods requests, one that never says Hello.
 */
class HostileClientsTest {
  private static final String KEY = "hostile-test-key";
  private static final long BOUNDED_MILLIS = 30_000;

  private RunningServer server;
  private final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aClientThatNeverReadsIsClosedWhenItsBufferFillsAndTheOthersPlayOn() throws Exception {
    start(Limits.defaults().withRequestRate(100_000, 100_000));
    WireClient instructor = instructor();
    GameCreated game = create(instructor);
    WireClient talker = connect();
    WireClient watcher = connect();
    assertTrue(join(talker, game.getJoinCode(), "Ana", "gov").hasGameSession(), "Ana joins");
    assertTrue(watcher.request(ClientMessage.newBuilder().setObserveGame(ObserveGame.newBuilder()
        .setObserverCode(game.getObserverCode()).setDisplayName("Watcher"))).hasGameSession(),
        "the watcher observes");
    // Mallory joins with a tiny receive window, then never reads again.
    Socket mallory = socket(RawSocket.open(server.address(), 4 * 1024));
    RawSocket.exchange(mallory, HostileFrames.hello());
    RawSocket.send(mallory, join(2, game.getJoinCode(), "Mallory"));
    ServerMessage joined = RawSocket.read(mallory);
    while (joined != null && joined.getRequestId() != 2) {
      joined = RawSocket.read(mallory);
    }
    assertTrue(joined != null && joined.hasGameSession(), "Mallory joins: " + joined);
    String malloryId = joined.getGameSession().getParticipantId();

    long deadline = System.currentTimeMillis() + BOUNDED_MILLIS;
    int chats = 0;
    while (!hasLeft(watcher, malloryId)) {
      assertTrue(System.currentTimeMillis() < deadline,
          "Mallory is closed within " + BOUNDED_MILLIS + " ms; " + chats + " chats sent");
      ServerMessage ack = talker.request(ClientMessage.newBuilder().setSendChat(SendChat
          .newBuilder().setChannel(Channel.PUBLIC).setText(chats++ + " " + "x".repeat(1_990))));
      assertTrue(ack.hasAck(), "every chat of the others is accepted: " + ack);
    }
    assertTrue(instructor.request(ClientMessage.newBuilder()
        .setListGames(ListGames.getDefaultInstance())).hasGameList(),
        "the instructor is answered as before");
    assertTrue(endsWithin(mallory), "Mallory's connection has ended: what is left drains");
  }

  @Test
  void aFrameLengthOfTwoGibibytesIsRefusedBeforeBufferingAndTheServerCarriesOn()
      throws Exception {
    start(Limits.defaults());
    for (long length : new long[] {(1L << 31) - 1, 1L << 31}) {
      WireClient hostile = connect();
      hostile.sendRaw(HostileFrames.varint(length));
      ServerMessage error = hostile.awaitPush(ServerMessage::hasError, "the refusal");
      assertEquals(ErrorCode.INVALID_ARGUMENT, error.getError().getCode(), "the code");
      assertTrue(error.getError().getMessage().contains("frame"),
          "the sentence is about the frame: " + error.getError().getMessage());
      assertTrue(hostile.awaitClosed(), "then the connection is closed");
    }
    assertTrue(connect().request(ClientMessage.newBuilder().setPing(Ping.getDefaultInstance()))
        .hasAck(), "a new client is served");
  }

  @Test
  void connectionsOverTheServerCapAreToldItIsFullAndClosed() throws Exception {
    start(Limits.defaults().withConnections(30, 20, false));
    assertAdmitted(30, 300, "the server is full: it holds at most 30 connections; try again later");
  }

  @Test
  void connectionsOverTheCapOfOneAddressAreToldAndClosed() throws Exception {
    start(Limits.defaults().withConnections(1_000, 20, true));
    assertAdmitted(20, 300,
        "too many connections from your address: at most 20 at once; close some and try again");
  }

  @Test
  void aClientThatFloodsRequestsIsToldToSlowDownAndTheOthersAreNot() throws Exception {
    start(Limits.defaults().withRequestRate(20, 40));
    WireClient flooder = connect();
    WireClient calm = connect();
    int sent = 300;
    for (int id = 1; id <= sent; id++) {
      flooder.send(ClientMessage.newBuilder().setRequestId(id)
          .setPing(Ping.getDefaultInstance()).build());
    }
    int acks = 0;
    for (int i = 0; i < sent; i++) {
      ServerMessage reply = flooder.nextReply();
      if (reply.hasAck()) {
        acks++;
      } else {
        assertEquals(ErrorCode.RESOURCE_EXHAUSTED, reply.getError().getCode(), "the code");
        assertEquals("too many requests: at most 20 per second; slow down",
            reply.getError().getMessage(), "the sentence");
      }
    }
    assertTrue(acks >= 40 && acks < sent / 2,
        "the burst of 40 and what the rate refilled is served, the rest refused: " + acks);
    assertTrue(calm.request(ClientMessage.newBuilder().setPing(Ping.getDefaultInstance()))
        .hasAck(), "a calm client on the same server is answered");
    ServerMessage after = flooder.request(ClientMessage.newBuilder()
        .setPing(Ping.getDefaultInstance()));
    assertTrue(after.hasAck() || after.getError().getCode() == ErrorCode.RESOURCE_EXHAUSTED,
        "the flooder's connection stays open: " + after);
  }

  @Test
  void aClientThatNeverSaysHelloIsClosedAfterTheHandshakeTimeout() throws Exception {
    start(Limits.defaults().withHandshakeTimeout(Duration.ofMillis(300)));
    WireClient silent = raw();
    WireClient halfFrame = raw();
    halfFrame.sendRaw(new byte[] {10, 1, 2});
    WireClient polite = connect();
    for (WireClient hostile : List.of(silent, halfFrame)) {
      ServerMessage error = hostile.awaitPush(ServerMessage::hasError, "the timeout notice");
      assertEquals("no Hello within 300 ms of connecting; closing",
          error.getError().getMessage(), "the sentence");
      assertTrue(hostile.awaitClosed(), "the connection is closed");
    }
    assertTrue(polite.request(ClientMessage.newBuilder().setPing(Ping.getDefaultInstance()))
        .hasAck(), "a client that said Hello in time outlives the handshake timeout");
  }

  // --- helpers ---

  private void start(Limits limits) throws IOException {
    server = RunningServer.start(ScenarioCatalog.fromFolder(Repository.file("scenarios"))
        .scenarios(), KEY, "127.0.0.1", 0, limits);
  }

  private WireClient connect() throws IOException {
    WireClient client = WireClient.connect(server.address());
    open.add(client);
    return client;
  }

  private WireClient raw() throws IOException {
    WireClient client = WireClient.connectRaw(server.address());
    open.add(client);
    return client;
  }

  private Socket socket(Socket socket) {
    open.add(socket);
    return socket;
  }

  private WireClient instructor() throws IOException {
    WireClient instructor = connect();
    assertTrue(instructor.request(ClientMessage.newBuilder().setInstructorLogin(
        InstructorLogin.newBuilder().setKey(KEY))).hasInstructorSession(), "the login");
    return instructor;
  }

  private static GameCreated create(WireClient instructor) throws IOException {
    ServerMessage created = instructor.request(ClientMessage.newBuilder().setCreateGame(
        CreateGame.newBuilder().setScenarioId("tutorial-quenara").addHumanTeamIds("gov")
            .addHumanTeamIds("opposition").setSeed(7).setTurns(3)));
    assertTrue(created.hasGameCreated(), "the game is created: " + created);
    return created.getGameCreated();
  }

  private static ServerMessage join(WireClient player, String code, String name, String team)
      throws IOException {
    return player.request(ClientMessage.newBuilder().setJoinGame(
        JoinGame.newBuilder().setCode(code).setDisplayName(name).setTeamId(team)));
  }

  private static ClientMessage join(long requestId, String code, String name) {
    return ClientMessage.newBuilder().setRequestId(requestId).setJoinGame(
        JoinGame.newBuilder().setCode(code).setDisplayName(name).setTeamId("opposition")).build();
  }

  private static boolean hasLeft(WireClient watcher, String participantId) {
    return watcher.pushesSoFar().stream().anyMatch(m -> m.hasLobbyChange()
        && m.getLobbyChange().getChange().equals("left")
        && m.getLobbyChange().getParticipant().getParticipantId().equals(participantId));
  }

  /** Reads what the server had buffered for {@code socket}; true when the stream then ends. */
  private static boolean endsWithin(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[64 * 1024];
    long deadline = System.currentTimeMillis() + BOUNDED_MILLIS;
    try {
      while (System.currentTimeMillis() < deadline) {
        if (in.read(buffer) < 0) {
          return true;
        }
      }
    } catch (SocketTimeoutException e) {
      return false;
    }
    return false;
  }

  /**
   * Opens {@code attempts} connections one after the other, holding them, and checks that the
   * first {@code admitted} are welcomed and every later one is told {@code refusal} and closed;
   * then that closing one admitted connection makes room again.
   */
  private void assertAdmitted(int admitted, int attempts, String refusal) throws IOException {
    List<Socket> welcomed = new ArrayList<>();
    for (int i = 1; i <= attempts; i++) {
      Socket socket = socket(RawSocket.open(server.address()));
      if (i <= admitted) {
        ServerMessage welcome = RawSocket.exchange(socket, HostileFrames.hello());
        assertTrue(welcome.hasWelcome(), "connection " + i + " is welcomed: " + welcome);
        welcomed.add(socket);
      } else {
        // Nothing is sent first: the refusal comes at once, and a write after the server's
        // close could reset the connection before the refusal is read.
        ServerMessage first = RawSocket.read(socket);
        assertEquals(ErrorCode.RESOURCE_EXHAUSTED, first.getError().getCode(),
            "connection " + i + " is refused: " + first);
        assertEquals(refusal, first.getError().getMessage(), "the sentence");
        assertNull(RawSocket.read(socket), "and closed");
        socket.close();
      }
    }
    welcomed.get(0).close();
    long deadline = System.currentTimeMillis() + BOUNDED_MILLIS;
    Socket again = socket(RawSocket.open(server.address()));
    while (refusedAt(again)) {
      assertTrue(System.currentTimeMillis() < deadline, "a closed connection makes room");
      again = socket(RawSocket.open(server.address()));
    }
    assertTrue(RawSocket.exchange(again, HostileFrames.hello()).hasWelcome(),
        "a connection after the close is welcomed");
  }

  /** Whether the server refuses {@code socket} at once, rather than wait for its Hello. */
  private static boolean refusedAt(Socket socket) throws IOException {
    socket.setSoTimeout(300);
    try {
      return RawSocket.read(socket) != null;
    } catch (SocketTimeoutException e) {
      return false;
    } finally {
      socket.setSoTimeout(5_000);
    }
  }
}
