package org.demarche.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.Hello;
import org.demarche.proto.v1.ServerMessage;

/**
 * A bare protocol client for tests: a real socket, delimited frames, one reader thread that
 * queues everything the server sends. Replies and pushes are kept apart so a test can wait for
 * either. Every wait is bounded.
 */
public final class WireClient implements AutoCloseable {
  private static final long TIMEOUT_MILLIS = 5_000;

  private final Socket socket;
  private final OutputStream out;
  private final BlockingQueue<ServerMessage> replies = new LinkedBlockingQueue<>();
  private final BlockingQueue<ServerMessage> pushes = new LinkedBlockingQueue<>();
  private final List<ServerMessage> seenPushes = new ArrayList<>();
  private final Thread reader;
  private volatile boolean closedByServer;
  private long nextRequestId = 1;

  private WireClient(InetSocketAddress address) throws IOException {
    socket = new Socket();
    // A request goes out at once instead of waiting out the server's delayed ACK (40 ms).
    socket.setTcpNoDelay(true);
    socket.connect(address, (int) TIMEOUT_MILLIS);
    out = socket.getOutputStream();
    InputStream in = socket.getInputStream();
    reader = new Thread(() -> read(in), "wire-client-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** Connects and completes the handshake. */
  public static WireClient connect(InetSocketAddress address) throws IOException {
    WireClient client = new WireClient(address);
    ServerMessage welcome = client.request(ClientMessage.newBuilder()
        .setHello(Hello.newBuilder().setProtocolVersion(1).setClientName("wire-client")));
    if (!welcome.hasWelcome()) {
      throw new IOException("expected Welcome, got " + welcome);
    }
    return client;
  }

  /** Connects without a handshake, to test what the server does with bad openings. */
  public static WireClient connectRaw(InetSocketAddress address) throws IOException {
    return new WireClient(address);
  }

  private void read(InputStream in) {
    try {
      while (true) {
        ServerMessage message = ServerMessage.parseDelimitedFrom(in);
        if (message == null) {
          break;
        }
        (message.getRequestId() == 0 ? pushes : replies).add(message);
      }
    } catch (SocketException e) {
      // closed by close() or by the server: the end of the stream either way
    } catch (IOException e) {
      throw new IllegalStateException("the server sent something unreadable", e);
    } finally {
      closedByServer = true;
    }
  }

  /** Sends a request with the next request id and waits for its reply. */
  public synchronized ServerMessage request(ClientMessage.Builder message) throws IOException {
    long id = nextRequestId++;
    send(message.setRequestId(id).build());
    try {
      ServerMessage reply = replies.poll(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
      if (reply == null) {
        throw new AssertionError("no reply to request " + id + " within " + TIMEOUT_MILLIS + " ms");
      }
      if (reply.getRequestId() != id) {
        throw new AssertionError("reply to request " + reply.getRequestId() + " while waiting for "
            + id);
      }
      return reply;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** Waits for the next reply, whatever request it answers. */
  public ServerMessage nextReply() throws InterruptedException {
    ServerMessage reply = replies.poll(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    if (reply == null) {
      throw new AssertionError("no reply within " + TIMEOUT_MILLIS + " ms");
    }
    return reply;
  }

  /** Writes a message as it is, request id included. */
  public synchronized void send(ClientMessage message) throws IOException {
    message.writeDelimitedTo(out);
    out.flush();
  }

  /** Writes raw bytes, for malformed frames. */
  public synchronized void sendRaw(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** Waits for the first push (not yet taken) that matches, dropping the ones before it. */
  public ServerMessage awaitPush(Predicate<ServerMessage> matching, String what) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MILLIS);
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        ServerMessage push = left <= 0 ? null : pushes.poll(left, TimeUnit.NANOSECONDS);
        if (push == null) {
          throw new AssertionError("no push " + what + " within " + TIMEOUT_MILLIS
              + " ms; pushes seen: " + seenPushes);
        }
        synchronized (seenPushes) {
          seenPushes.add(push);
        }
        if (matching.test(push)) {
          return push;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + what, e);
    }
  }

  /** Every push received so far, taken or not. */
  public List<ServerMessage> pushesSoFar() {
    List<ServerMessage> all;
    synchronized (seenPushes) {
      all = new ArrayList<>(seenPushes);
    }
    all.addAll(pushes);
    return all;
  }

  /** Waits until the server closes the connection. */
  public boolean awaitClosed() throws InterruptedException {
    reader.join(TIMEOUT_MILLIS);
    return closedByServer;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
