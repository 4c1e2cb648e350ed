package org.demarche.client.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.demarche.proto.v1.Ack;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.InstructorSession;
import org.demarche.proto.v1.ServerMessage;
import org.demarche.proto.v1.Welcome;

/**
 * A scripted stand-in for the Démarche server on loopback: plain sockets and delimited frames,
 * one thread per connection, a handler per request kind. Unscripted requests get an Ack; Hello,
 * the identities and GetView get sensible answers from {@link Fixtures}. It records every request
 * so tests can check what the client sent.
 *
 * <p>Configure before the client connects; handlers run on the server's connection threads.
 */
public final class FakeServer implements AutoCloseable {
  /** Answers one request; may reply, push, or drop the connection. */
  @FunctionalInterface
  public interface Handler {
    void handle(ClientMessage request, Peer peer) throws IOException;
  }

  /** One client connection as a handler sees it. */
  public static final class Peer {
    private final Socket socket;
    private final OutputStream out;

    Peer(Socket socket) throws IOException {
      this.socket = socket;
      this.out = socket.getOutputStream();
    }

    /** Sends a reply to a request. */
    public void reply(ClientMessage request, ServerMessage.Builder body) throws IOException {
      send(body.setRequestId(request.getRequestId()));
    }

    /** Sends a push (request id 0). */
    public void push(ServerMessage.Builder body) throws IOException {
      send(body.setRequestId(0));
    }

    /** Closes the connection, as a crashed network would. */
    public void drop() throws IOException {
      socket.close();
    }

    private synchronized void send(ServerMessage.Builder message) throws IOException {
      message.build().writeDelimitedTo(out);
      out.flush();
    }
  }

  private final ServerSocket listener;
  private final Map<ClientMessage.BodyCase, Handler> handlers =
      new EnumMap<>(ClientMessage.BodyCase.class);
  private final List<ClientMessage> received = new CopyOnWriteArrayList<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();
  private final Thread acceptor;

  /** Starts listening on an ephemeral loopback port with the default answers. */
  public FakeServer() throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    on(ClientMessage.BodyCase.HELLO, (request, peer) -> peer.reply(request,
        ServerMessage.newBuilder().setWelcome(
            Welcome.newBuilder().setProtocolVersion(1).setServerName("fake"))));
    on(ClientMessage.BodyCase.JOIN_GAME, (request, peer) -> peer.reply(request,
        ServerMessage.newBuilder().setGameSession(Fixtures.gameSession("token-1"))));
    on(ClientMessage.BodyCase.RESUME_SESSION, (request, peer) -> peer.reply(request,
        ServerMessage.newBuilder().setGameSession(
            Fixtures.gameSession(request.getResumeSession().getResumeToken()))));
    on(ClientMessage.BodyCase.INSTRUCTOR_LOGIN, (request, peer) -> peer.reply(request,
        ServerMessage.newBuilder().setInstructorSession(InstructorSession.newBuilder().setGames(0))));
    on(ClientMessage.BodyCase.GET_VIEW, (request, peer) -> peer.reply(request,
        ServerMessage.newBuilder().setTeamView(Fixtures.teamView())));
    acceptor = new Thread(this::accept, "fake-server-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Scripts the answer to a kind of request, replacing the default. */
  public FakeServer on(ClientMessage.BodyCase kind, Handler handler) {
    handlers.put(kind, handler);
    return this;
  }

  /** Where the client should connect: {@code 127.0.0.1:PORT}. */
  public String address() {
    return "127.0.0.1:" + listener.getLocalPort();
  }

  public InetSocketAddress socketAddress() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), listener.getLocalPort());
  }

  /** Every request received so far, in order. */
  public List<ClientMessage> received() {
    return List.copyOf(received);
  }

  /** How many connections were accepted so far. */
  public int connections() {
    return connections.get();
  }

  private void accept() {
    try {
      while (true) {
        Socket socket = listener.accept();
        connections.incrementAndGet();
        sockets.add(socket);
        Thread serve = new Thread(() -> serve(socket), "fake-server-connection");
        serve.setDaemon(true);
        serve.start();
      }
    } catch (SocketException e) {
      // close() closed the listener: the normal end of the accept loop.
      sockets.forEach(FakeServer::closeSocket);
    } catch (IOException e) {
      throw new IllegalStateException("the fake server could not accept", e);
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      Peer peer = new Peer(socket);
      InputStream in = socket.getInputStream();
      ClientMessage request;
      while ((request = ClientMessage.parseDelimitedFrom(in)) != null) {
        received.add(request);
        Handler handler = handlers.getOrDefault(request.getBodyCase(), (r, p) ->
            p.reply(r, ServerMessage.newBuilder().setAck(Ack.getDefaultInstance())));
        handler.handle(request, peer);
      }
    } catch (IOException e) {
      // The client or a handler closed the connection: this connection is over, others go on.
      sockets.remove(socket);
    }
  }

  private static void closeSocket(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      throw new IllegalStateException("could not close a fake server connection", e);
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (Socket socket : sockets) {
      socket.close();
    }
  }
}
