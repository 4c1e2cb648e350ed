package org.demarche.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.ErrorCode;
import org.demarche.proto.v1.GetLobby;
import org.demarche.proto.v1.Hello;
import org.demarche.proto.v1.ServerMessage;
import org.demarche.testing.RawSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The whole pipeline over real loopback sockets, with plain protobuf delimited framing. */
class NetServerTest {
  private final FakeGameService games = new FakeGameService();
  private final NetServer server = new NetServer(games,
      new NetServer.Options(2, Duration.ofMinutes(1), "test-server 0"));
  private final List<Socket> sockets = new ArrayList<>();
  private InetSocketAddress address;

  @BeforeEach
  void start() throws IOException {
    // Each GetLobby is answered with the game id it named, so replies can be told apart.
    games.answerWith(call -> call.request() instanceof Request.GetLobby lobby
        ? new Result.GameCreated(lobby.gameId(), "JOIN", "OBSERVE", "TEACH")
        : Result.ACK);
    address = server.start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() throws IOException {
    for (Socket socket : sockets) {
      socket.close();
    }
    server.close();
  }

  @Test
  void theServerListensOnAFreePortOfTheHostItWasGiven() {
    assertEquals("127.0.0.1", address.getAddress().getHostAddress(), "bound to loopback");
    assertTrue(address.getPort() > 0, "port 0 was replaced by a free port: " + address);
  }

  @Test
  void aClientIsWelcomedAndGetsTheReplyToItsRequest() throws IOException {
    Socket socket = connect();
    assertTrue(RawSocket.exchange(socket, hello()).hasWelcome(), "the Hello gets a Welcome");
    ServerMessage reply = RawSocket.exchange(socket, getLobby(7, "g7"));
    assertEquals(7, reply.getRequestId(), "the reply echoes the request id");
    assertEquals("g7", reply.getGameCreated().getGameId(), "the reply is the game's answer");
  }

  @Test
  void anOverCapFrameLengthGetsAnErrorAndThenTheConnectionCloses() throws IOException {
    Socket socket = connect();
    assertTrue(RawSocket.exchange(socket, hello()).hasWelcome(), "the Hello gets a Welcome");
    // The varint 65537 (0x81 0x80 0x04) and no body: the prefix alone is refused.
    OutputStream out = socket.getOutputStream();
    out.write(new byte[] {(byte) 0x81, (byte) 0x80, 0x04});
    out.flush();

    InputStream in = socket.getInputStream();
    ServerMessage error = ServerMessage.parseDelimitedFrom(in);
    assertEquals(0, error.getRequestId(), "the error is a notice, not a reply");
    assertEquals(ErrorCode.INVALID_ARGUMENT, error.getError().getCode(), "the code: " + error);
    assertEquals("frame of 65537 bytes exceeds the 65536-byte limit",
        error.getError().getMessage(), "the sentence");
    assertNull(ServerMessage.parseDelimitedFrom(in), "then the server closes the connection");
  }

  @Test
  void twoClientsAtOnceEachGetTheirOwnReplies() throws IOException {
    Socket first = connect();
    Socket second = connect();
    assertTrue(RawSocket.exchange(first, hello()).hasWelcome(), "the first client is welcomed");
    assertTrue(RawSocket.exchange(second, hello()).hasWelcome(), "the second client is welcomed");
    // Both requests are in flight before either reply is read.
    getLobby(2, "first-game").writeDelimitedTo(first.getOutputStream());
    getLobby(2, "second-game").writeDelimitedTo(second.getOutputStream());

    assertEquals("second-game",
        ServerMessage.parseDelimitedFrom(second.getInputStream()).getGameCreated().getGameId(),
        "the second client gets the answer to its own request");
    assertEquals("first-game",
        ServerMessage.parseDelimitedFrom(first.getInputStream()).getGameCreated().getGameId(),
        "and so does the first");
  }

  private Socket connect() throws IOException {
    return connect(address, sockets);
  }

  /** A plain socket to {@code address}, kept in {@code opened} to be closed after the test. */
  static Socket connect(InetSocketAddress address, List<Socket> opened) throws IOException {
    Socket socket = RawSocket.open(address);
    opened.add(socket);
    return socket;
  }

  static ServerMessage exchange(Socket socket, ClientMessage message) throws IOException {
    message.writeDelimitedTo(socket.getOutputStream());
    socket.getOutputStream().flush();
    ServerMessage reply = ServerMessage.parseDelimitedFrom(socket.getInputStream());
    if (reply == null) {
      throw new AssertionError("the server closed the connection instead of answering "
          + message.getBodyCase());
    }
    return reply;
  }

  static ClientMessage hello() {
    return ClientMessage.newBuilder()
        .setRequestId(1)
        .setHello(Hello.newBuilder().setProtocolVersion(1).setClientName("socket test"))
        .build();
  }

  static ClientMessage getLobby(long requestId, String gameId) {
    return ClientMessage.newBuilder()
        .setRequestId(requestId)
        .setGetLobby(GetLobby.newBuilder().setGameId(gameId))
        .build();
  }
}
