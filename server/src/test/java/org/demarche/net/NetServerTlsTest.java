package org.demarche.net;

import static org.demarche.net.NetServerTest.exchange;
import static org.demarche.net.NetServerTest.getLobby;
import static org.demarche.net.NetServerTest.hello;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.demarche.testing.SelfSignedPem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server with TLS over real loopback sockets: the same frames inside TLS, and a failed TLS
 * handshake closes only its own connection, with one log line.
 */
class NetServerTlsTest {
  private static final int READ_TIMEOUT_MILLIS = 5_000;
  private static final Logger NET_LOG = Logger.getLogger("org.demarche.net");

  @TempDir static Path folder;
  private static SelfSignedPem pem;
  private final FakeGameService games = new FakeGameService();
  private final List<Socket> sockets = new ArrayList<>();
  private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  private final Handler recorder = new Handler() {
    @Override
    public void publish(LogRecord record) {
      logged.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private NetServer server;
  private InetSocketAddress address;

  @BeforeAll
  static void makeCertificate() throws Exception {
    pem = SelfSignedPem.create(folder, "server", "dns:localhost,ip:127.0.0.1");
  }

  @BeforeEach
  void start() throws Exception {
    games.answerWith(call -> call.request() instanceof Request.GetLobby lobby
        ? new Result.GameCreated(lobby.gameId(), "JOIN", "OBSERVE", "TEACH")
        : Result.ACK);
    // One I/O thread: a later exchange on any connection runs after a failed one's last task.
    server = new NetServer(games, new NetServer.Options(1, Duration.ofMinutes(1), "tls-test 0"),
        Limits.defaults(), ServerTls.read(pem.certificate(), pem.privateKey()).context());
    address = server.start("127.0.0.1", 0);
    NET_LOG.addHandler(recorder);
  }

  @AfterEach
  void stop() throws IOException {
    NET_LOG.removeHandler(recorder);
    for (Socket socket : sockets) {
      socket.close();
    }
    server.close();
  }

  @Test
  void aClientThatTrustsTheCertificateSpeaksTheUsualFramesInsideTls() throws Exception {
    Socket client = tlsClient(pem.trustingSockets());
    assertTrue(exchange(client, hello()).hasWelcome(), "the Hello gets a Welcome");
    assertEquals("g7", exchange(client, getLobby(2, "g7")).getGameCreated().getGameId(),
        "the request gets the game's answer");
  }

  @Test
  void aPlainClientIsClosedWithOneLogLineAndTheOtherConnectionsCarryOn() throws Exception {
    Socket trusted = tlsClient(pem.trustingSockets());
    assertTrue(exchange(trusted, hello()).hasWelcome(), "the TLS client is welcomed");

    Socket plain = plainClient();
    hello().writeDelimitedTo(plain.getOutputStream());
    plain.getOutputStream().flush();
    assertClosed(plain, "the plain client");

    assertEquals("g2", exchange(trusted, getLobby(2, "g2")).getGameCreated().getGameId(),
        "the TLS client is still served");
    assertOneLine("the client does not speak TLS");
  }

  @Test
  void aClientThatDoesNotTrustTheCertificateFailsAloneWithOneLogLine() throws Exception {
    Socket trusted = tlsClient(pem.trustingSockets());
    assertTrue(exchange(trusted, hello()).hasWelcome(), "the trusting client is welcomed");

    assertThrows(SSLHandshakeException.class,
        () -> tlsClient((SSLSocketFactory) SSLSocketFactory.getDefault()),
        "the JDK's default trust store does not hold a self-signed certificate");
    awaitLogged();

    assertEquals("g3", exchange(trusted, getLobby(3, "g3")).getGameCreated().getGameId(),
        "the trusting client is still served");
    assertOneLine("the TLS handshake failed");
  }

  /** Waits, bounded, for the server to log something; the client's alert may still be on its way. */
  private void awaitLogged() throws InterruptedException {
    long deadline = System.nanoTime() + READ_TIMEOUT_MILLIS * 1_000_000L;
    while (logged.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  private void assertOneLine(String expected) {
    assertEquals(1, logged.size(), "one log line for the failed connection: " + messages());
    assertTrue(messages().get(0).contains(expected), "the line says why: " + messages());
  }

  private List<String> messages() {
    List<String> messages = new ArrayList<>();
    for (LogRecord record : logged) {
      messages.add(MessageFormat.format(record.getMessage(), record.getParameters()));
    }
    return messages;
  }

  private static void assertClosed(Socket socket, String who) throws IOException {
    try {
      assertEquals(-1, socket.getInputStream().read(), who + " reads the end of the stream");
    } catch (SocketException reset) {
      // A reset closes it just as well.
    }
  }

  private Socket plainClient() throws IOException {
    return NetServerTest.connect(address, sockets);
  }

  private Socket tlsClient(SSLSocketFactory factory) throws IOException {
    SSLSocket socket = (SSLSocket) factory.createSocket(plainClient(), "localhost",
        address.getPort(), true);
    sockets.add(socket);
    socket.startHandshake();
    return socket;
  }
}
