package org.demarche.client.net;

import com.google.protobuf.InvalidProtocolBufferException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.ErrorCode;
import org.demarche.proto.v1.Hello;
import org.demarche.proto.v1.ServerMessage;

/**
 * One client's link to a server: the handshake and identity, then requests matched to their
 * replies by request id, pushes handed to a {@link Listener}, and an automatic reconnect with the
 * resume token when the link drops.
 *
 * <p>{@link #call} may be called from any thread except the listener's; the listener runs on the
 * connection's reader thread (and on the opening thread for pushes during the handshake), so it
 * must not block or call back into the connection.
 */
public final class Connection implements Requester, AutoCloseable {
  /** The name this client gives itself in Hello. */
  public static final String CLIENT_NAME = "demarche-cli 0.1.0";

  /** Receives what the server sends on its own and news about the link. */
  public interface Listener {
    /** A push (request id 0) arrived. */
    void push(ServerMessage push);

    /** The link dropped, is being restored, was restored or was given up: a sentence for people. */
    void linkChanged(LinkEvent event, String sentence);
  }

  /** What happened to the link. */
  public enum LinkEvent {
    LOST,
    RECONNECTED,
    GAVE_UP
  }

  /**
   * Timings: how long to wait for TCP, for a reply, and before each reconnect attempt (their
   * number bounds the attempts).
   */
  public record Settings(Duration connectTimeout, Duration requestTimeout, List<Duration> backoff) {
    public Settings {
      backoff = List.copyOf(backoff);
    }

    /** Defaults for people: 5 s to connect, 15 s for a reply, six attempts over about 30 s. */
    public static Settings standard() {
      return new Settings(Duration.ofSeconds(5), Duration.ofSeconds(15), List.of(
          Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
          Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(15)));
    }
  }

  /** A socket that completed the handshake and identity; replaced on reconnect. */
  private record Link(Socket socket, InputStream in, OutputStream out, ServerMessage identity) {}

  private final ServerAddress address;
  private final Transport transport;
  private final Identity identity;
  private final Listener listener;
  private final Settings settings;
  private final AtomicLong nextRequestId = new AtomicLong(1);
  private final Map<Long, CompletableFuture<ServerMessage>> pending = new ConcurrentHashMap<>();
  private final Object linkLock = new Object();
  private final Object writeLock = new Object();
  /** Guarded by linkLock; null while reconnecting or after giving up. */
  private Link link;
  /** Guarded by linkLock; set when closed by the user or after giving up on reconnecting. */
  private String deadReason;
  private Thread reader;

  private Connection(ServerAddress address, Transport transport, Identity identity,
      Listener listener, Settings settings) {
    this.address = address;
    this.transport = transport;
    this.identity = identity;
    this.listener = listener;
    this.settings = settings;
  }

  /**
   * Connects over {@code transport} (again on every reconnect), shakes hands, says who the
   * client is, and starts the reader thread.
   *
   * <p>Called by the thread that then uses the connection.
   *
   * @throws ConnectFailure with the sentence to show when any of it fails
   */
  public static Connection open(ServerAddress address, Transport transport, Identity identity,
      Listener listener, Settings settings) throws ConnectFailure {
    Connection connection = new Connection(address, transport, identity, listener, settings);
    Link first = connection.establish();
    synchronized (connection.linkLock) {
      connection.link = first;
    }
    connection.reader = new Thread(connection::readLoop, "demarche-reader");
    connection.reader.setDaemon(true);
    connection.reader.start();
    return connection;
  }

  /** The server's answer to the identity request of the current link. */
  public ServerMessage identityReply() {
    synchronized (linkLock) {
      return link == null ? ServerMessage.getDefaultInstance() : link.identity();
    }
  }

  /** The address this connection talks to. */
  public ServerAddress address() {
    return address;
  }

  /**
   * Sends a request and waits for its reply. While the link is being restored it waits for it,
   * within the request timeout.
   *
   * <p>Any thread except the reader thread (the listener).
   *
   * @throws RequestFailed when the server answered with an Error
   * @throws IOException when there is no answer: no link, a timeout, or the link dropped
   */
  @Override
  public ServerMessage call(ClientMessage.Builder request) throws RequestFailed, IOException {
    long deadline = System.nanoTime() + settings.requestTimeout().toNanos();
    Link current = awaitLink(deadline);
    long id = nextRequestId.getAndIncrement();
    CompletableFuture<ServerMessage> reply = new CompletableFuture<>();
    pending.put(id, reply);
    try {
      write(current, request.setRequestId(id).build());
      ServerMessage message =
          reply.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (message.hasError()) {
        throw new RequestFailed(message);
      }
      return message;
    } catch (TimeoutException e) {
      throw new IOException("the server did not answer within "
          + settings.requestTimeout().toSeconds() + " s", e);
    } catch (ExecutionException e) {
      throw new IOException(e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the server", e);
    } finally {
      pending.remove(id);
    }
  }

  /** Closes the link for good; no reconnect follows. Any thread. */
  @Override
  public void close() {
    Link last;
    synchronized (linkLock) {
      deadReason = "the connection is closed";
      last = link;
      link = null;
      linkLock.notifyAll();
    }
    if (last != null) {
      closeQuietly(last.socket());
    }
    failPending("the connection is closed");
  }

  private Link awaitLink(long deadline) throws IOException {
    synchronized (linkLock) {
      while (link == null && deadReason == null) {
        long waitMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (waitMillis <= 0) {
          throw new IOException("not connected to " + address + ": still reconnecting");
        }
        try {
          linkLock.wait(waitMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while waiting for the connection", e);
        }
      }
      if (deadReason != null) {
        throw new IOException(deadReason);
      }
      return link;
    }
  }

  private void write(Link target, ClientMessage message) throws IOException {
    synchronized (writeLock) {
      message.writeDelimitedTo(target.out());
      target.out().flush();
    }
  }

  /** The reader thread: reads frames until the link drops, then restores it or gives up. */
  private void readLoop() {
    while (true) {
      Link current;
      synchronized (linkLock) {
        if (deadReason != null) {
          return;
        }
        current = link;
      }
      try {
        ServerMessage message;
        while ((message = ServerMessage.parseDelimitedFrom(current.in())) != null) {
          dispatch(message);
        }
      } catch (IOException e) {
        // The same as the end of the stream: the link is gone; the cause does not change the cure.
        closeQuietly(current.socket());
      }
      if (!reconnect()) {
        return;
      }
    }
  }

  private void dispatch(ServerMessage message) {
    if (message.getRequestId() == 0) {
      listener.push(message);
      return;
    }
    CompletableFuture<ServerMessage> reply = pending.get(message.getRequestId());
    // A reply nobody waits for any more answers a request that timed out: drop it.
    if (reply != null) {
      reply.complete(message);
    }
  }

  /** Restores the link with bounded, growing delays; false when closed or given up. */
  private boolean reconnect() {
    synchronized (linkLock) {
      if (deadReason != null) {
        return false;
      }
      link = null;
    }
    failPending("the connection to the server dropped during the request; try again");
    int attempts = settings.backoff().size();
    listener.linkChanged(LinkEvent.LOST, "Lost the connection to " + address
        + "; reconnecting (up to " + attempts + " attempts).");
    String lastFailure = "no attempt was made";
    Iterator<Duration> delays = settings.backoff().iterator();
    for (int attempt = 1; delays.hasNext(); attempt++) {
      if (!sleep(delays.next())) {
        break;
      }
      try {
        Link restored = establish();
        synchronized (linkLock) {
          if (deadReason != null) {
            closeQuietly(restored.socket());
            return false;
          }
          link = restored;
          linkLock.notifyAll();
        }
        listener.linkChanged(LinkEvent.RECONNECTED, "Reconnected to " + address
            + " after " + attempt + (attempt == 1 ? " attempt." : " attempts."));
        return true;
      } catch (ConnectFailure e) {
        lastFailure = e.getMessage();
        if (e.kind() == ConnectFailure.Kind.REFUSED) {
          // The server no longer accepts this identity (removed, game gone): retrying cannot help.
          break;
        }
      }
    }
    synchronized (linkLock) {
      if (deadReason == null) {
        deadReason = "not connected: gave up reconnecting to " + address;
      }
      linkLock.notifyAll();
    }
    listener.linkChanged(LinkEvent.GAVE_UP,
        "Could not reconnect to " + address + ": " + lastFailure);
    return false;
  }

  private boolean sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Opens a socket, sends Hello and the identity, and reads their replies on this thread. */
  private Link establish() throws ConnectFailure {
    Socket socket = transport.open(address, settings);
    try {
      socket.setSoTimeout((int) settings.requestTimeout().toMillis());
      Link handshaking = new Link(socket, socket.getInputStream(), socket.getOutputStream(), null);
      ServerMessage welcome = exchange(handshaking, ClientMessage.newBuilder().setHello(
          Hello.newBuilder().setProtocolVersion(ErrorSentences.PROTOCOL_VERSION)
              .setClientName(CLIENT_NAME)));
      if (welcome.hasError()) {
        throw handshakeFailure("the server at " + address + " refused the handshake: "
            + ErrorSentences.describe(welcome.getError()), null);
      }
      if (!welcome.hasWelcome()) {
        throw handshakeFailure("the server at " + address + " answered Hello with "
            + welcome.getBodyCase() + "; is it a Démarche server?", null);
      }
      ServerMessage granted = identify(handshaking);
      socket.setSoTimeout(0);
      return new Link(socket, handshaking.in(), handshaking.out(), granted);
    } catch (SocketTimeoutException e) {
      throw closing(socket, handshakeFailure("the server at " + address
          + " did not answer within " + settings.requestTimeout().toSeconds() + " s", e));
    } catch (InvalidProtocolBufferException e) {
      throw closing(socket, handshakeFailure("the server at " + address
          + " does not speak the Démarche protocol; check --server", e));
    } catch (IOException e) {
      throw closing(socket, handshakeFailure("the connection to " + address
          + " dropped during the handshake: " + reason(e) + transport.hintWhenDropped(), e));
    } catch (ConnectFailure e) {
      throw closing(socket, e);
    }
  }

  private static ConnectFailure handshakeFailure(String sentence, Throwable cause) {
    return new ConnectFailure(ConnectFailure.Kind.HANDSHAKE, sentence, cause);
  }

  /** Tries the identity's requests in order; a refused resume token falls through to the next. */
  private ServerMessage identify(Link handshaking) throws IOException, ConnectFailure {
    List<ClientMessage.Builder> attempts = identity.attempts();
    for (int i = 0; i < attempts.size(); i++) {
      ServerMessage reply = exchange(handshaking, attempts.get(i));
      if (!reply.hasError()) {
        identity.established(reply);
        return reply;
      }
      boolean staleToken = reply.getError().getCode() == ErrorCode.UNAUTHENTICATED
          || reply.getError().getCode() == ErrorCode.NOT_FOUND;
      if (!staleToken || i == attempts.size() - 1) {
        throw new ConnectFailure(ConnectFailure.Kind.REFUSED, "could not "
            + identity.description() + ": " + ErrorSentences.describe(reply.getError()), null);
      }
    }
    throw new AssertionError("an identity always has at least one attempt; this is a bug");
  }

  /** Writes one request and reads until its reply; pushes on the way go to the listener. */
  private ServerMessage exchange(Link handshaking, ClientMessage.Builder request)
      throws IOException {
    long id = nextRequestId.getAndIncrement();
    write(handshaking, request.setRequestId(id).build());
    while (true) {
      ServerMessage message = ServerMessage.parseDelimitedFrom(handshaking.in());
      if (message == null) {
        throw new IOException("the server closed the connection");
      }
      if (message.getRequestId() == id) {
        return message;
      }
      if (message.getRequestId() == 0) {
        if (message.hasError()) {
          // An error push during the handshake is the server's reason for closing: that answers.
          return message;
        }
        listener.push(message);
      }
    }
  }

  private void failPending(String sentence) {
    IOException failure = new IOException(sentence);
    pending.values().forEach(reply -> reply.completeExceptionally(failure));
  }

  /** The exception's own words, or its kind when it has none. */
  static String reason(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Closes a socket that failed and returns the failure, with any close failure suppressed. */
  static <T extends Exception> T closing(Socket socket, T failure) {
    IOException closeFailure = closeQuietly(socket);
    if (closeFailure != null) {
      failure.addSuppressed(closeFailure);
    }
    return failure;
  }

  /**
   * Closes a socket that is being given up; a failure to close it is returned rather than thrown,
   * because the failure that made us give it up is the one worth reporting.
   */
  private static IOException closeQuietly(Socket socket) {
    try {
      socket.close();
      return null;
    } catch (IOException e) {
      return e;
    }
  }
}
