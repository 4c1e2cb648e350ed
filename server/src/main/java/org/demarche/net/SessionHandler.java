package org.demarche.net;

import com.google.protobuf.InvalidProtocolBufferException;
import io.netty.channel.ChannelHandlerContext;
import io.netty.util.concurrent.ScheduledFuture;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.demarche.game.api.ErrorKind;
import org.demarche.game.api.GameService;
import org.demarche.game.api.Outcome;
import org.demarche.game.api.Principal;
import org.demarche.game.api.Request;
import org.demarche.game.api.Result;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.ErrorCode;
import org.demarche.proto.v1.ServerMessage;
import org.demarche.proto.v1.Welcome;

/**
 * The business end of one connection: answers the handshake, then turns each request into a
 * {@link Request} for the {@link GameService} and its {@link Outcome} into the reply, and keeps
 * who the connection speaks as.
 *
 * <p>It delegates by phase, like Velocity's {@code MinecraftConnection}: a {@link Handshake}
 * accepts only {@code Hello}; {@link Requests} takes everything after {@code Welcome}; {@link
 * #CLOSING} ignores what arrives after the server has decided to close.
 *
 * <p>Threads: one handler per connection, and all its state (phase, principal, queue) is touched
 * only on the connection's event loop. Netty calls the handler methods there; the game completes
 * its stages on its own threads, so completions come back through {@link
 * ChannelSession#onEventLoop}. The assertions say so.
 *
 * <p>Requests of one connection reach the game one at a time, in order: the next waits for the
 * previous outcome, so it carries the principal that outcome set (a {@code JoinGame} followed at
 * once by {@code GetView} works), and a client that floods requests meets the bounded queue and
 * the request rate of its {@link Limits}. A connection that has not said Hello within the
 * handshake timeout is closed.
 */
final class SessionHandler extends SimpleChannelInboundHandler<ClientMessage> {
  /** The protocol version this server speaks. */
  static final int PROTOCOL_VERSION = 1;

  /** Requests one connection may have waiting behind the one in the game. */
  static final int MAX_WAITING_REQUESTS = 32;

  private static final System.Logger LOG = System.getLogger(SessionHandler.class.getName());

  /** What arrives after the server decided to close: nothing more is answered. */
  private static final ConnectionPhase CLOSING = (ctx, message) -> { };

  private final GameService games;
  private final AttemptLimiter attempts;
  private final String serverName;
  private final String connectionId;
  private final Limits limits;

  // Connection state: event loop only.
  private ChannelSession session;
  private ScheduledFuture<?> handshakeDeadline;
  private ConnectionPhase phase = new Handshake();
  private Principal principal = Principal.ANONYMOUS;
  private boolean gameToldOfDisconnect;

  SessionHandler(GameService games, AttemptLimiter attempts, Limits limits, String serverName,
      String connectionId) {
    this.games = games;
    this.attempts = attempts;
    this.limits = limits;
    this.serverName = serverName;
    this.connectionId = connectionId;
  }

  /** What the connection accepts in one phase of its life. */
  private interface ConnectionPhase {
    void received(ChannelHandlerContext ctx, ClientMessage message);
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    session = new ChannelSession(ctx.channel(), connectionId);
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) throws Exception {
    ensureInEventLoop(ctx);
    long timeout = limits.handshakeTimeout().toMillis();
    handshakeDeadline = ctx.executor().schedule(() -> {
      if (phase instanceof Handshake) {
        closeWith(ctx, 0, ErrorCode.FAILED_PRECONDITION,
            "no Hello within " + timeout + " ms of connecting; closing");
      }
    }, timeout, TimeUnit.MILLISECONDS);
    super.channelActive(ctx);
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, ClientMessage message) {
    ensureInEventLoop(ctx);
    phase.received(ctx, message);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    ensureInEventLoop(ctx);
    if (phase != CLOSING) {
      // The server did not close it (that is logged with its reason): the client left, or the
      // network or the server's shutdown ended it.
      LOG.log(Level.INFO, "{0}: disconnected", who(ctx));
    }
    phase = CLOSING;
    if (handshakeDeadline != null) {
      handshakeDeadline.cancel(false);
    }
    gameToldOfDisconnect = true;
    games.disconnected(session, principal);
    super.channelInactive(ctx);
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
    ensureInEventLoop(ctx);
    // A client that does not read its replies stops being read: its requests wait in the kernel's
    // buffers, not in ours.
    ctx.channel().config().setAutoRead(ctx.channel().isWritable());
    super.channelWritabilityChanged(ctx);
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
    ensureInEventLoop(ctx);
    if (event instanceof IdleStateEvent idle && idle.state() == IdleState.READER_IDLE) {
      closeWith(ctx, 0, ErrorCode.FAILED_PRECONDITION, "closing an idle connection");
    } else if (event instanceof SslHandshakeCompletionEvent done && !done.isSuccess()) {
      phase = CLOSING; // the tls-failure handler logged why and closes it
    } else {
      super.userEventTriggered(ctx, event);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ensureInEventLoop(ctx);
    if (phase == CLOSING) {
      // Already answered and logged; whatever failed now is a consequence of closing.
      ctx.close();
    } else if (cause instanceof BadFrameException) {
      closeWith(ctx, 0, ErrorCode.INVALID_ARGUMENT, cause.getMessage());
    } else if (cause instanceof DecoderException
        && cause.getCause() instanceof InvalidProtocolBufferException invalid) {
      closeWith(ctx, 0, ErrorCode.INVALID_ARGUMENT,
          "the frame is not a protocol version 1 ClientMessage (" + invalid.getMessage() + ")");
    } else {
      // One line, with the connection and the cause's own words: never the request, which may
      // hold a key, a code or a token. A reset by the peer is routine; anything else is not.
      LOG.log(cause instanceof IOException ? Level.INFO : Level.WARNING,
          "{0}: closing after {1}", who(ctx), cause);
      phase = CLOSING;
      ctx.close();
    }
  }

  /** Logs why, then says it with an error and closes: the one way a session ends a connection. */
  private void closeWith(ChannelHandlerContext ctx, long requestId, ErrorCode code,
      String sentence) {
    LOG.log(Level.INFO, "{0}: closing: {1}", who(ctx), sentence);
    phase = CLOSING;
    Goodbye.send(ctx, ProtoMapper.error(requestId, code, sentence));
  }

  /**
   * The connection for a log line: its id, the remote address and who it speaks as (game and
   * participant ids), never a secret.
   */
  private String who(ChannelHandlerContext ctx) {
    return connectionId + " " + ctx.channel().remoteAddress() + " " + principal;
  }

  private static void ensureInEventLoop(ChannelHandlerContext ctx) {
    assert ctx.executor().inEventLoop() : "connection state is touched only on its event loop";
  }

  /** The first phase: only a compatible Hello moves the connection on. */
  private final class Handshake implements ConnectionPhase {
    @Override
    public void received(ChannelHandlerContext ctx, ClientMessage message) {
      if (!message.hasHello()) {
        closeWith(ctx, message.getRequestId(), ErrorCode.FAILED_PRECONDITION, "send Hello first");
        return;
      }
      int version = message.getHello().getProtocolVersion();
      if (version != PROTOCOL_VERSION) {
        closeWith(ctx, message.getRequestId(), ErrorCode.UNIMPLEMENTED,
            "this server speaks protocol version " + PROTOCOL_VERSION + "; your client speaks "
                + Integer.toUnsignedString(version) + ": update the client");
        return;
      }
      handshakeDeadline.cancel(false);
      phase = new Requests(new RequestRate(limits.requestsPerSecond(), limits.requestBurst(),
          ctx.executor().ticker()));
      ctx.writeAndFlush(ServerMessage.newBuilder()
          .setRequestId(message.getRequestId())
          .setWelcome(Welcome.newBuilder()
              .setProtocolVersion(PROTOCOL_VERSION)
              .setServerName(serverName))
          .build());
    }
  }

  /** After Welcome: requests go to the game, one at a time, and their outcomes come back. */
  private final class Requests implements ConnectionPhase {
    private final Queue<ClientMessage> waiting = new ArrayDeque<>();
    private final RequestRate rate;
    private boolean inGame;

    Requests(RequestRate rate) {
      this.rate = rate;
    }

    @Override
    public void received(ChannelHandlerContext ctx, ClientMessage message) {
      if (!rate.tryTake()) {
        reply(ctx, message.getRequestId(), ErrorCode.RESOURCE_EXHAUSTED, rate.refusal());
        return;
      }
      if (waiting.size() >= MAX_WAITING_REQUESTS) {
        reply(ctx, message.getRequestId(), ErrorCode.RESOURCE_EXHAUSTED,
            "too many requests are waiting on this connection; wait for replies before sending"
                + " more");
        return;
      }
      waiting.add(message);
      startNext(ctx);
    }

    /** Starts waiting requests until one is in the game or none is left. */
    private void startNext(ChannelHandlerContext ctx) {
      ClientMessage next;
      while (!inGame && phase == this && (next = waiting.poll()) != null) {
        start(ctx, next);
      }
    }

    private void start(ChannelHandlerContext ctx, ClientMessage message) {
      long requestId = message.getRequestId();
      if (requestId == 0) {
        reply(ctx, 0, ErrorCode.INVALID_ARGUMENT,
            "request_id must not be 0: choose a number to match the reply to the request");
        return;
      }
      if (message.hasHello()) {
        reply(ctx, requestId, ErrorCode.FAILED_PRECONDITION,
            "Hello was already answered on this connection");
        return;
      }
      if (message.hasPing()) {
        // Keeping the connection alive is the transport's business, not a game's.
        ctx.writeAndFlush(ProtoMapper.reply(requestId, Result.ACK));
        return;
      }
      Request request;
      try {
        request = ProtoMapper.toRequest(message);
      } catch (InvalidRequestException e) {
        reply(ctx, requestId, ErrorCode.INVALID_ARGUMENT, e.getMessage());
        return;
      }
      boolean identity = isIdentity(request);
      if (identity && attempts.isBlocked(address(ctx))) {
        reply(ctx, requestId, ErrorCode.RESOURCE_EXHAUSTED,
            "too many failed attempts from your address; wait a minute");
        return;
      }
      inGame = true;
      CompletionStage<Outcome> stage;
      try {
        stage = games.handle(session, principal, request);
      } catch (RuntimeException e) {
        // The contract says handle never throws; if it does, answer as for a failed stage.
        stage = CompletableFuture.failedFuture(e);
      }
      stage.whenComplete((outcome, failure) -> session.onEventLoop(
          () -> finish(ctx, requestId, request, identity, outcome, failure)));
    }

    private void finish(ChannelHandlerContext ctx, long requestId, Request request,
        boolean identity, Outcome outcome, Throwable failure) {
      ensureInEventLoop(ctx);
      inGame = false;
      if (failure != null || outcome == null || outcome.result() == null
          || outcome.principal() == null) {
        String incident = connectionId + "-" + requestId;
        // The outcome is not logged: a GameSession in it holds a resume token.
        LOG.log(Level.ERROR, "internal error " + incident + " (" + who(ctx) + "): "
            + request.getClass().getSimpleName()
            + (failure != null ? " failed" : " completed without a result or a principal"),
            failure);
        answer(ctx, ProtoMapper.error(requestId, ErrorCode.INTERNAL,
            "internal error; the server logged it as " + incident));
      } else {
        Principal before = principal;
        principal = outcome.principal();
        if (gameToldOfDisconnect && !principal.equals(before)) {
          // The connection closed while the game gave it a new identity (a login or a join):
          // the game heard of the disconnection under the old one, so it would keep the new one
          // as connected for ever.
          games.disconnected(session, principal);
        }
        if (identity && isFailedAttempt(outcome.result())) {
          // The request type and the kind of refusal only: the code, token or key that was
          // tried may be one letter off a real one.
          LOG.log(Level.INFO, "{0}: {1} refused ({2})", who(ctx),
              request.getClass().getSimpleName(), ((Result.Rejected) outcome.result()).kind());
          attempts.recordFailure(address(ctx));
        }
        answer(ctx, ProtoMapper.reply(requestId, outcome.result()));
      }
      startNext(ctx);
    }

    /** Writes the answer of a finished request, unless the server has said goodbye since. */
    private void answer(ChannelHandlerContext ctx, ServerMessage message) {
      if (phase == this) {
        ctx.writeAndFlush(message);
      }
    }
  }

  private static void reply(ChannelHandlerContext ctx, long requestId, ErrorCode code,
      String sentence) {
    ctx.writeAndFlush(ProtoMapper.error(requestId, code, sentence));
  }

  private static boolean isIdentity(Request request) {
    return request instanceof Request.InstructorLogin
        || request instanceof Request.JoinGame
        || request instanceof Request.ObserveGame
        || request instanceof Request.ResumeSession;
  }

  /** A wrong code, token or key; not, say, a display name already taken. */
  private static boolean isFailedAttempt(Result result) {
    return result instanceof Result.Rejected rejected
        && (rejected.kind() == ErrorKind.NOT_FOUND
            || rejected.kind() == ErrorKind.UNAUTHENTICATED);
  }

  /** The key the attempt limiter counts by: the remote IP, without the port. */
  private static String address(ChannelHandlerContext ctx) {
    SocketAddress remote = ctx.channel().remoteAddress();
    if (remote instanceof InetSocketAddress inet && inet.getAddress() != null) {
      return inet.getAddress().getHostAddress();
    }
    return String.valueOf(remote);
  }
}
