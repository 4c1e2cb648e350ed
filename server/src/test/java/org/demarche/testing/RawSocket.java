package org.demarche.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.ServerMessage;

/**
 * A plain socket speaking delimited frames, read only when the test says so: for clients that
 * misbehave (never read, never say Hello) and for counting what each of many connections gets.
 * Every read fails after five seconds instead of hanging the build.
 */
public final class RawSocket {
  private static final int TIMEOUT_MILLIS = 5_000;

  private RawSocket() {}

  /** Connects to {@code address}. */
  public static Socket open(InetSocketAddress address) throws IOException {
    return open(address, 0);
  }

  /**
   * Connects with a receive buffer of {@code receiveBuffer} bytes (0 for the system's), set
   * before connecting so that the TCP window is small from the start.
   */
  public static Socket open(InetSocketAddress address, int receiveBuffer) throws IOException {
    Socket socket = new Socket();
    if (receiveBuffer > 0) {
      socket.setReceiveBufferSize(receiveBuffer);
    }
    socket.setSoTimeout(TIMEOUT_MILLIS);
    // Small writes go out at once instead of waiting out the server's delayed ACK.
    socket.setTcpNoDelay(true);
    socket.connect(address, TIMEOUT_MILLIS);
    return socket;
  }

  /** Writes one delimited message. */
  public static void send(Socket socket, ClientMessage message) throws IOException {
    message.writeDelimitedTo(socket.getOutputStream());
    socket.getOutputStream().flush();
  }

  /** The next message the server sent, or null when it closed the connection. */
  public static ServerMessage read(Socket socket) throws IOException {
    return ServerMessage.parseDelimitedFrom(socket.getInputStream());
  }

  /** Sends {@code message} and reads what comes back first, which must come. */
  public static ServerMessage exchange(Socket socket, ClientMessage message) throws IOException {
    send(socket, message);
    ServerMessage reply = read(socket);
    if (reply == null) {
      throw new AssertionError("the server closed the connection instead of answering "
          + message.getBodyCase());
    }
    return reply;
  }
}
