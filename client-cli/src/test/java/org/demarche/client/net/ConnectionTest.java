package org.demarche.client.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.demarche.client.testing.FakeServer;
import org.demarche.proto.v1.ChatMessage;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.Error;
import org.demarche.proto.v1.ErrorCode;
import org.demarche.proto.v1.GetView;
import org.demarche.proto.v1.ServerMessage;
import org.demarche.proto.v1.TimerWarning;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection against a scripted fake server on loopback. */
class ConnectionTest {
  private static final Connection.Settings FAST = new Connection.Settings(Duration.ofSeconds(2),
      Duration.ofSeconds(3), List.of(Duration.ofMillis(50), Duration.ofMillis(100),
          Duration.ofMillis(200)));

  @TempDir Path temp;
  private final FakeServer server;
  private final BlockingQueue<ServerMessage> pushes = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> linkNews = new LinkedBlockingQueue<>();
  private final Connection.Listener listener = new Connection.Listener() {
    @Override
    public void push(ServerMessage push) {
      pushes.add(push);
    }

    @Override
    public void linkChanged(Connection.LinkEvent event, String sentence) {
      linkNews.add(event + ": " + sentence);
    }
  };
  private Connection connection;

  ConnectionTest() throws IOException {
    server = new FakeServer();
  }

  @AfterEach
  void closeAll() throws IOException {
    if (connection != null) {
      connection.close();
    }
    server.close();
  }

  private Identity player() {
    return Identity.player("K7PQ-2XM", "Ana", "gov", new SessionFile(temp.resolve("session.json")));
  }

  private Connection open(Identity identity) throws ConnectFailure {
    return open(identity, Transport.PLAIN);
  }

  private Connection open(Identity identity, Transport transport) throws ConnectFailure {
    connection = Connection.open(ServerAddress.parse(server.address()), transport, identity,
        listener, FAST);
    return connection;
  }

  @Test
  void theHandshakeSendsProtocolVersionOneThenJoinsAndKeepsTheToken() throws Exception {
    open(player());
    ClientMessage hello = server.received().get(0);
    assertEquals(1, hello.getHello().getProtocolVersion(), "Hello carries protocol version 1");
    assertEquals("demarche-cli 0.1.0", hello.getHello().getClientName(), "Hello names the client");
    assertEquals("K7PQ-2XM", server.received().get(1).getJoinGame().getCode(),
        "the identity request follows Hello");
    assertTrue(connection.identityReply().hasGameSession(), "the GameSession is kept");
    assertTrue(Files.readString(temp.resolve("session.json")).contains("token-1"),
        "the resume token is written to the session file");
  }

  @Test
  void aSecondRunResumesWithTheStoredTokenInsteadOfJoiningAgain() throws Exception {
    open(player());
    connection.close();
    open(player());
    ClientMessage identity = server.received().get(3);
    assertEquals("token-1", identity.getResumeSession().getResumeToken(),
        "the second run resumes with the token of the first");
  }

  @Test
  void aVersionMismatchIsExplainedWithTheServersSentence() {
    server.on(ClientMessage.BodyCase.HELLO, (request, peer) -> {
      peer.reply(request, ServerMessage.newBuilder().setError(Error.newBuilder()
          .setCode(ErrorCode.UNIMPLEMENTED)
          .setMessage("this server speaks protocol version 2 only")));
      peer.drop();
    });
    ConnectFailure failure = assertThrows(ConnectFailure.class, () -> open(player()),
        "a refused Hello fails the connection");
    assertEquals(ConnectFailure.Kind.HANDSHAKE, failure.kind(), "a handshake failure");
    assertTrue(failure.getMessage().contains("this server speaks protocol version 2 only")
            && failure.getMessage().contains("this client speaks protocol version 1"),
        "both versions are named: " + failure.getMessage());
  }

  @Test
  void aWrongCodeIsRefusedWithTheServersSentence() {
    server.on(ClientMessage.BodyCase.JOIN_GAME, (request, peer) -> peer.reply(request,
        ServerMessage.newBuilder().setError(Error.newBuilder().setCode(ErrorCode.NOT_FOUND)
            .setMessage("No game has the code K7PQ-2XM; check it with your instructor."))));
    ConnectFailure failure = assertThrows(ConnectFailure.class, () -> open(player()),
        "a refused join fails the connection");
    assertEquals(ConnectFailure.Kind.REFUSED, failure.kind(), "the identity was refused");
    assertEquals("could not join K7PQ-2XM as Ana: No game has the code K7PQ-2XM; check it with "
        + "your instructor.", failure.getMessage(), "the server's sentence, with what was tried");
  }

  @Test
  void anUnreachableServerSaysWhereAndWhatToCheck() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    ConnectFailure failure = assertThrows(ConnectFailure.class, () -> Connection.open(
            new ServerAddress("127.0.0.1", port), Transport.PLAIN, player(), listener, FAST),
        "nobody listens on the port");
    assertEquals(ConnectFailure.Kind.UNREACHABLE, failure.kind(), "unreachable");
    assertTrue(failure.getMessage().startsWith("cannot reach the server at 127.0.0.1:" + port + ": ")
            && failure.getMessage().endsWith("is it running? check --server"),
        "the sentence names the address and what to check: " + failure.getMessage());
  }

  @Test
  void repliesMatchTheirRequestsWhilePushesGoToTheListener() throws Exception {
    server.on(ClientMessage.BodyCase.GET_VIEW, (request, peer) -> {
      // Pushes before and after the reply must not be taken for it.
      peer.push(ServerMessage.newBuilder().setChat(ChatMessage.newBuilder().setText("before")));
      peer.push(ServerMessage.newBuilder().setTimerWarning(TimerWarning.newBuilder().setTurn(3)));
      peer.reply(request, ServerMessage.newBuilder().setTeamView(
          org.demarche.client.testing.Fixtures.teamView().toBuilder()
              .setTeamId(request.getGetView().getTeamId())));
      peer.push(ServerMessage.newBuilder().setChat(ChatMessage.newBuilder().setText("after")));
    });
    open(player());
    for (String team : List.of("gov", "opposition", "donors")) {
      ServerMessage reply = connection.call(
          ClientMessage.newBuilder().setGetView(GetView.newBuilder().setTeamId(team)));
      assertEquals(team, reply.getTeamView().getTeamId(), "the reply for " + team);
    }
    for (int i = 0; i < 9; i++) {
      ServerMessage push = pushes.poll(3, TimeUnit.SECONDS);
      assertTrue(push != null && push.getRequestId() == 0, "push " + i + " arrived as a push");
    }
  }

  @Test
  void anErrorReplyBecomesRequestFailedAndTheConnectionStaysUsable() throws Exception {
    server.on(ClientMessage.BodyCase.LOCK_IN, (request, peer) -> peer.reply(request,
        ServerMessage.newBuilder().setError(Error.newBuilder()
            .setCode(ErrorCode.PERMISSION_DENIED).setMessage("Observers cannot lock in."))));
    open(player());
    RequestFailed failed = assertThrows(RequestFailed.class, () -> connection.call(
        ClientMessage.newBuilder().setLockIn(org.demarche.proto.v1.LockIn.getDefaultInstance())),
        "a refused request");
    assertEquals("Observers cannot lock in.", failed.getMessage(), "the server's sentence");
    assertTrue(connection.call(ClientMessage.newBuilder().setGetView(GetView.getDefaultInstance()))
        .hasTeamView(), "the next request still works");
  }

  @Test
  void afterADropItReconnectsWithTheResumeTokenAndTellsTheUser() throws Exception {
    server.on(ClientMessage.BodyCase.UNLOCK, (request, peer) -> peer.drop());
    open(player());
    assertThrows(IOException.class, () -> connection.call(
            ClientMessage.newBuilder().setUnlock(org.demarche.proto.v1.Unlock.getDefaultInstance())),
        "the request in flight fails when the link drops");
    String lost = linkNews.poll(5, TimeUnit.SECONDS);
    String back = linkNews.poll(5, TimeUnit.SECONDS);
    assertTrue(lost != null && lost.startsWith("LOST: Lost the connection"), "told of the loss: " + lost);
    assertTrue(back != null && back.startsWith("RECONNECTED: Reconnected"), "told of the return: " + back);
    ClientMessage resume = server.received().stream()
        .filter(ClientMessage::hasResumeSession).findFirst().orElseThrow();
    assertEquals("token-1", resume.getResumeSession().getResumeToken(),
        "the reconnect resumes with the token of the join");
    assertTrue(connection.call(ClientMessage.newBuilder().setGetView(GetView.getDefaultInstance()))
        .hasTeamView(), "requests work again after the reconnect");
    assertEquals(2, server.connections(), "exactly one new connection");
  }

  @Test
  void theReconnectOpensItsLinkWithTheSameTransportAsTheFirst() throws Exception {
    server.on(ClientMessage.BodyCase.UNLOCK, (request, peer) -> peer.drop());
    List<ServerAddress> opened = new CopyOnWriteArrayList<>();
    Transport counting = new Transport() {
      @Override
      public Socket open(ServerAddress address, Connection.Settings settings)
          throws ConnectFailure {
        opened.add(address);
        return Transport.PLAIN.open(address, settings);
      }

      @Override
      public String hintWhenDropped() {
        return "";
      }
    };
    open(player(), counting);
    assertThrows(IOException.class, () -> connection.call(
            ClientMessage.newBuilder().setUnlock(org.demarche.proto.v1.Unlock.getDefaultInstance())),
        "the request in flight fails when the link drops");
    String lost = linkNews.poll(5, TimeUnit.SECONDS);
    String back = linkNews.poll(5, TimeUnit.SECONDS);
    assertTrue(back != null && back.startsWith("RECONNECTED"), "reconnected: " + lost + ", " + back);
    assertEquals(2, opened.size(), "the first link and the restored one both came through the"
        + " transport the connection was opened with (TLS stays TLS): " + opened);
  }

  @Test
  void aServerThatDropsAPlainClientAtHelloIsPerhapsATlsServer() {
    server.on(ClientMessage.BodyCase.HELLO, (request, peer) -> peer.drop());
    ConnectFailure failure = assertThrows(ConnectFailure.class, () -> open(player()),
        "the handshake cannot complete");
    assertEquals(ConnectFailure.Kind.HANDSHAKE, failure.kind(), "a handshake failure");
    assertTrue(failure.getMessage().endsWith(
            "; if the server uses TLS, connect with --tls or --trust-cert FILE"),
        "the sentence suggests TLS: " + failure.getMessage());
  }

  @Test
  void itGivesUpAfterTheLastAttemptAndSaysSo() throws Exception {
    server.on(ClientMessage.BodyCase.UNLOCK, (request, peer) -> peer.drop());
    server.on(ClientMessage.BodyCase.RESUME_SESSION, (request, peer) -> peer.reply(request,
        ServerMessage.newBuilder().setError(Error.newBuilder()
            .setCode(ErrorCode.UNAUTHENTICATED).setMessage("You were removed from the game."))));
    // Without a stored token the join is the only identity; make the resume path fail too.
    server.on(ClientMessage.BodyCase.JOIN_GAME, (request, peer) -> {
      if (server.connections() > 1) {
        peer.reply(request, ServerMessage.newBuilder().setError(Error.newBuilder()
            .setCode(ErrorCode.FAILED_PRECONDITION).setMessage("The game has already started.")));
      } else {
        peer.reply(request, ServerMessage.newBuilder().setGameSession(
            org.demarche.client.testing.Fixtures.gameSession("token-1")));
      }
    });
    open(player());
    assertThrows(IOException.class, () -> connection.call(
            ClientMessage.newBuilder().setUnlock(org.demarche.proto.v1.Unlock.getDefaultInstance())),
        "the request in flight fails");
    linkNews.poll(5, TimeUnit.SECONDS);
    String gaveUp = linkNews.poll(5, TimeUnit.SECONDS);
    assertTrue(gaveUp != null && gaveUp.startsWith("GAVE_UP") && gaveUp.contains("already started"),
        "told it gave up, with the server's reason: " + gaveUp);
    IOException after = assertThrows(IOException.class, () -> connection.call(
        ClientMessage.newBuilder().setGetView(GetView.getDefaultInstance())), "no link any more");
    assertTrue(after.getMessage().contains("gave up"), "the request says why: " + after);
  }
}
