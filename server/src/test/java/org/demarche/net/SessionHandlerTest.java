package org.demarche.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.timeout.IdleStateEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.Outcome;
import org.demarche.game.api.Phase;
import org.demarche.game.api.Principal;
import org.demarche.game.api.Push;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.demarche.game.api.Role;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.ErrorCode;
import org.demarche.proto.v1.GetLobby;
import org.demarche.proto.v1.GetView;
import org.demarche.proto.v1.Hello;
import org.demarche.proto.v1.InstructorLogin;
import org.demarche.proto.v1.JoinGame;
import org.demarche.proto.v1.ListGames;
import org.demarche.proto.v1.SendChat;
import org.demarche.proto.v1.ServerMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The per-connection session handler, driven through an EmbeddedChannel and a fake game. */
class SessionHandlerTest {
  private static final Principal.Player PLAYER = new Principal.Player("g1", "p1");

  private final FakeGameService games = new FakeGameService();
  private final AtomicLong nanos = new AtomicLong();
  private final AttemptLimiter attempts =
      new AttemptLimiter(10, Duration.ofSeconds(60), nanos::get);
  private EmbeddedChannel channel = connection(Limits.defaults());

  @AfterEach
  void closeChannel() {
    channel.finishAndReleaseAll();
  }

  @Test
  void helloWithVersionOneIsWelcomed() {
    ServerMessage welcome = send(hello(1, 7));
    assertEquals(7, welcome.getRequestId(), "the Welcome echoes the Hello's request id");
    assertTrue(welcome.hasWelcome(), "a version 1 Hello gets a Welcome: " + welcome);
    assertEquals(1, welcome.getWelcome().getProtocolVersion(), "the server speaks version 1");
    assertEquals("test-server 0", welcome.getWelcome().getServerName(), "and names itself");
    assertTrue(channel.isOpen(), "the connection stays open");
  }

  @Test
  void aHelloWithAnotherVersionIsRefusedAndTheConnectionClosed() {
    ServerMessage reply = send(hello(2, 1));
    assertError(ErrorCode.UNIMPLEMENTED,
        "this server speaks protocol version 1; your client speaks 2: update the client", reply);
    assertFalse(channel.isOpen(), "the connection is closed after the refusal");
  }

  @Test
  void aRequestBeforeHelloIsRefusedAndTheConnectionClosed() {
    ServerMessage reply = send(request(3).setListGames(ListGames.getDefaultInstance()));
    assertError(ErrorCode.FAILED_PRECONDITION, "send Hello first", reply);
    assertEquals(3, reply.getRequestId(), "the error echoes the request id");
    assertFalse(channel.isOpen(), "the connection is closed");
    assertEquals(0, games.pendingCalls(), "the game never saw the request");
  }

  @Test
  void aPingIsAnsweredByTheConnectionWithoutReachingTheGame() {
    handshake();
    ServerMessage reply = send(request(5).setPing(org.demarche.proto.v1.Ping.getDefaultInstance()));
    assertEquals(5, reply.getRequestId(), "the Ack echoes the ping's request id");
    assertTrue(reply.hasAck(), "a ping is acknowledged: " + reply);
    assertEquals(0, games.pendingCalls(), "the game never saw it");
    assertTrue(channel.isOpen(), "the connection stays open");
  }

  @Test
  void aRequestAfterHelloReachesTheGameAndTheReplyEchoesItsId() throws InterruptedException {
    handshake();
    games.answerWith(call -> new Result.GameCreated("g9", "JOIN", "OBSERVE", "TEACH"));
    ServerMessage reply = send(request(42).setGetLobby(GetLobby.newBuilder().setGameId("g9")));

    FakeGameService.Call call = games.takeCall();
    assertEquals(new Request.GetLobby("g9"), call.request(), "the game got the mapped request");
    assertEquals(Principal.ANONYMOUS, call.principal(), "a fresh connection is anonymous");
    assertEquals("c1", call.session().id(), "the session carries the connection id");
    assertEquals(42, reply.getRequestId(), "the reply echoes the request id");
    assertEquals("g9", reply.getGameCreated().getGameId(), "the reply is the game's result");
  }

  @Test
  void thePrincipalOfAnOutcomeIsPassedWithTheNextRequest() throws InterruptedException {
    handshake();
    CompletableFuture<Outcome> joining = new CompletableFuture<>();
    games.script(joining);
    channel.writeInbound(request(1).setJoinGame(
        JoinGame.newBuilder().setCode("K7PQ-2XM").setDisplayName("Ana")).build());
    channel.writeInbound(request(2).setGetView(GetView.getDefaultInstance()).build());

    assertEquals(Principal.ANONYMOUS, games.takeCall().principal(), "the join speaks as nobody");
    assertEquals(0, games.pendingCalls(), "the next request waits for the join's outcome");

    joining.complete(new Outcome(new Result.GameSession("g1", "Crisis", Role.PLAYER, "p1", null,
        "secret", Phase.LOBBY), PLAYER));
    channel.runPendingTasks();
    ServerMessage joined = channel.readOutbound();
    assertEquals(1, joined.getRequestId(), "the join's reply comes first");
    assertEquals("p1", joined.getGameSession().getParticipantId(), "with its game session");

    FakeGameService.Call next = games.takeCall();
    assertEquals(new Request.GetView(""), next.request(), "then GetView reaches the game");
    assertEquals(PLAYER, next.principal(), "speaking as the player the join made");
    channel.runPendingTasks();
    assertEquals(2, ((ServerMessage) channel.readOutbound()).getRequestId(),
        "and its reply echoes its own id");
  }

  @Test
  void requestIdZeroIsAnInvalidArgumentAndTheConnectionStays() {
    handshake();
    ServerMessage reply = send(request(0).setListGames(ListGames.getDefaultInstance()));
    assertError(ErrorCode.INVALID_ARGUMENT,
        "request_id must not be 0: choose a number to match the reply to the request", reply);
    assertTrue(channel.isOpen(), "the connection stays open");
    assertEquals(0, games.pendingCalls(), "the game never saw the request");
  }

  @Test
  void aMessageWithoutBodyIsAnInvalidArgumentAndTheConnectionStays() {
    handshake();
    ServerMessage reply = send(request(5));
    assertEquals(ErrorCode.INVALID_ARGUMENT, reply.getError().getCode(),
        "a message without a body is invalid: " + reply);
    assertTrue(channel.isOpen(), "the connection stays open");
  }

  @Test
  void anInvalidFieldIsAnInvalidArgumentWithASentenceAndTheConnectionStays() {
    handshake();
    ServerMessage reply = send(request(6).setSendChat(SendChat.newBuilder()
        .setChannel(org.demarche.proto.v1.Channel.TEAM).setText("x".repeat(2001))));
    assertError(ErrorCode.INVALID_ARGUMENT,
        "send_chat.text has 2001 characters; the limit is 2000", reply);
    assertEquals(6, reply.getRequestId(), "the error echoes the request id");
    assertTrue(channel.isOpen(), "the connection stays open");
  }

  @Test
  void aSecondHelloIsRefusedAndTheConnectionStays() {
    handshake();
    ServerMessage reply = send(hello(1, 8));
    assertError(ErrorCode.FAILED_PRECONDITION, "Hello was already answered on this connection",
        reply);
    assertTrue(channel.isOpen(), "the connection stays open");
  }

  @Test
  void aFailedStageIsAnInternalErrorNamingTheLogEntryAndTheConnectionStays() {
    handshake();
    games.script(CompletableFuture.failedFuture(new IllegalStateException("a bug in the game")));
    ServerMessage reply = send(request(9).setListGames(ListGames.getDefaultInstance()));
    assertError(ErrorCode.INTERNAL, "internal error; the server logged it as c1-9", reply);
    assertTrue(channel.isOpen(), "the connection stays open");
    assertEquals(10, send(request(10).setListGames(ListGames.getDefaultInstance())).getRequestId(),
        "and the next request is answered");
  }

  @Test
  void aPushReachesTheChannelWithRequestIdZero() throws Exception {
    handshake();
    send(request(1).setListGames(ListGames.getDefaultInstance()));
    games.takeCall().session().push(new Push.TimerWarning(3, 60_000));
    channel.runPendingTasks();

    // Pushes leave the session already encoded, once for all their recipients.
    ByteBuf encoded = channel.readOutbound();
    ServerMessage push = ServerMessage.parseFrom(encoded.nioBuffer());
    encoded.release();
    assertEquals(0, push.getRequestId(), "a push carries request id 0");
    assertEquals(60_000, push.getTimerWarning().getMillisLeft(), "and the push's content");
  }

  @Test
  void aPushToAClosedConnectionIsDroppedSilently() throws InterruptedException {
    handshake();
    send(request(1).setListGames(ListGames.getDefaultInstance()));
    FakeGameService.Call call = games.takeCall();
    channel.close();
    call.session().push(new Push.ServerClosing("bye"));
    channel.runPendingTasks();
    assertNull(channel.readOutbound(), "nothing is written to a closed connection");
  }

  @Test
  void closingTheConnectionTellsTheGameWhoLeft() {
    handshake();
    games.script(CompletableFuture.completedFuture(
        new Outcome(new Result.InstructorSession(0, ""), Principal.INSTRUCTOR)));
    send(request(1).setInstructorLogin(InstructorLogin.newBuilder().setKey("key")));
    channel.close();
    assertEquals(List.of(Principal.INSTRUCTOR), games.disconnected(),
        "disconnected is called once, with the connection's principal");
  }

  @Test
  void aJoinThatCompletesAfterTheConnectionClosedIsReportedAsDisconnectedToo()
      throws InterruptedException {
    handshake();
    CompletableFuture<Outcome> joining = new CompletableFuture<>();
    games.script(joining);
    channel.writeInbound(join(1).build());
    games.takeCall();
    channel.close();
    joining.complete(new Outcome(new Result.GameSession("g1", "Crisis", Role.PLAYER, "p1", null,
        "secret", Phase.LOBBY), PLAYER));
    channel.runPendingTasks();
    // Found by PipelineFuzzTest: the game kept the late joiner's session as connected.
    assertEquals(List.of(Principal.ANONYMOUS, PLAYER), games.disconnected(),
        "the game hears of the disconnection again under the identity it gave");
  }

  @Test
  void nothingIsAnsweredAfterTheErrorThatClosesTheConnection() throws InterruptedException {
    handshake();
    CompletableFuture<Outcome> listing = new CompletableFuture<>();
    games.script(listing);
    channel.writeInbound(request(2).setListGames(ListGames.getDefaultInstance()).build());
    games.takeCall();
    channel.pipeline().fireExceptionCaught(
        new BadFrameException("frame of 70000 bytes exceeds the 65536-byte limit"));
    listing.complete(new Outcome(Result.ACK, Principal.ANONYMOUS));
    channel.runPendingTasks();
    assertTrue(((ServerMessage) channel.readOutbound()).hasError(), "the goodbye is written");
    assertNull(channel.readOutbound(), "and nothing after it");
  }

  @Test
  void afterTenFailedJoinsFromOneAddressFurtherIdentityRequestsAreRefusedForAMinute()
      throws InterruptedException {
    handshake();
    games.answerWith(call -> call.request() instanceof Request.JoinGame
        ? Result.rejected(ErrorKind.NOT_FOUND, "no game has that join code")
        : Result.ACK);
    for (int i = 1; i <= 10; i++) {
      assertEquals(ErrorCode.NOT_FOUND, send(join(i)).getError().getCode(),
          "failed join " + i + " is the game's answer");
      games.takeCall();
    }
    assertError(ErrorCode.RESOURCE_EXHAUSTED,
        "too many failed attempts from your address; wait a minute", send(join(11)));
    assertError(ErrorCode.RESOURCE_EXHAUSTED,
        "too many failed attempts from your address; wait a minute",
        send(request(12).setInstructorLogin(InstructorLogin.newBuilder().setKey("guess"))));
    assertEquals(0, games.pendingCalls(), "refused identity requests never reach the game");

    assertTrue(send(request(13).setListGames(ListGames.getDefaultInstance())).hasAck(),
        "requests that are not identity requests still go through");
    games.takeCall();

    nanos.addAndGet(Duration.ofSeconds(60).toNanos());
    assertEquals(ErrorCode.NOT_FOUND, send(join(14)).getError().getCode(),
        "a minute later the address may try again");
  }

  @Test
  void anIdleConnectionIsToldAndClosed() {
    handshake();
    channel.pipeline().fireUserEventTriggered(IdleStateEvent.FIRST_READER_IDLE_STATE_EVENT);
    ServerMessage notice = channel.readOutbound();
    assertEquals(0, notice.getRequestId(), "the notice is not a reply");
    assertEquals("closing an idle connection", notice.getError().getMessage(),
        "the notice says why");
    assertFalse(channel.isOpen(), "the connection is closed");
  }

  @Test
  void aFrameThatDoesNotParseGetsAnErrorAndTheConnectionCloses() {
    handshake();
    channel.pipeline().fireExceptionCaught(new DecoderException(
        new com.google.protobuf.InvalidProtocolBufferException("Protocol message had invalid UTF-8.")));
    ServerMessage notice = channel.readOutbound();
    assertEquals(ErrorCode.INVALID_ARGUMENT, notice.getError().getCode(),
        "a frame that does not parse is an invalid argument: " + notice);
    assertFalse(channel.isOpen(), "the connection is closed");
  }

  @Test
  void anOversizedFrameGetsTheDecodersSentenceAndTheConnectionCloses() {
    channel.pipeline().fireExceptionCaught(
        new BadFrameException("frame of 70000 bytes exceeds the 65536-byte limit"));
    ServerMessage notice = channel.readOutbound();
    assertEquals(0, notice.getRequestId(), "the notice is not a reply");
    assertError(ErrorCode.INVALID_ARGUMENT, "frame of 70000 bytes exceeds the 65536-byte limit",
        notice);
    assertFalse(channel.isOpen(), "the connection is closed");
  }

  @Test
  void aConnectionOverItsRequestRateIsToldToSlowDownAndStaysOpen() {
    channel.finishAndReleaseAll();
    channel = connection(Limits.defaults().withRequestRate(2, 3));
    channel.freezeTime();
    handshake();
    for (int id = 1; id <= 3; id++) {
      assertTrue(send(ping(id)).hasAck(), "request " + id + " is within the burst of 3");
    }
    assertError(ErrorCode.RESOURCE_EXHAUSTED,
        "too many requests: at most 2 per second; slow down", send(ping(4)));
    assertTrue(channel.isOpen(), "the connection stays open");

    channel.advanceTimeBy(500, TimeUnit.MILLISECONDS);
    assertTrue(send(ping(5)).hasAck(), "half a second later there is room for one more");
    assertEquals(ErrorCode.RESOURCE_EXHAUSTED, send(ping(6)).getError().getCode(),
        "and for no more than one");
  }

  // --- helpers ---

  private EmbeddedChannel connection(Limits limits) {
    return new EmbeddedChannel(new SessionHandler(games, attempts, limits, "test-server 0", "c1"));
  }

  private static ClientMessage.Builder ping(long requestId) {
    return request(requestId).setPing(org.demarche.proto.v1.Ping.getDefaultInstance());
  }

  /** Writes a message, runs what the game handed back to the loop, and reads one reply. */
  private ServerMessage send(ClientMessage.Builder message) {
    channel.writeInbound(message.build());
    channel.runPendingTasks();
    ServerMessage reply = channel.readOutbound();
    if (reply == null) {
      throw new AssertionError("no reply to " + message.getBodyCase());
    }
    return reply;
  }

  private void handshake() {
    assertTrue(send(hello(1, 1)).hasWelcome(), "the handshake succeeds");
  }

  private static ClientMessage.Builder hello(int version, long requestId) {
    return request(requestId).setHello(
        Hello.newBuilder().setProtocolVersion(version).setClientName("test"));
  }

  private static ClientMessage.Builder join(long requestId) {
    return request(requestId).setJoinGame(
        JoinGame.newBuilder().setCode("WRONG-" + requestId).setDisplayName("Eve"));
  }

  private static ClientMessage.Builder request(long requestId) {
    return ClientMessage.newBuilder().setRequestId(requestId);
  }

  private static void assertError(ErrorCode code, String sentence, ServerMessage reply) {
    assertEquals(code, reply.getError().getCode(), "the error code of " + reply);
    assertEquals(sentence, reply.getError().getMessage(), "the sentence of the error");
  }
}
