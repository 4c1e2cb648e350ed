package org.demarche.net;

import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.protobuf.ProtobufDecoder;
import io.netty.handler.codec.protobuf.ProtobufEncoder;
import io.netty.handler.codec.protobuf.ProtobufVarint32LengthFieldPrepender;
import io.netty.handler.flush.FlushConsolidationHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.timeout.IdleStateHandler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.demarche.game.api.GameService;
import org.demarche.proto.v1.ClientMessage;

/**
 * Builds every connection's pipeline, in this one place, with named handlers:
 *
 * <pre>
 *  socket ──▶ flush ──▶ idle ──▶ frame-decoder ──▶ protobuf-decoder ──────────────────────▶ session
 *  socket ◀── flush ◀──────────────────────────── frame-encoder ◀── protobuf-encoder ◀── session
 * </pre>
 *
 * <p>{@code flush} gathers the flushes of one pass of the event loop into one write to the socket:
 * a reply and the pushes its request caused, or the pushes of several teammates' edits, leave in
 * one system call instead of one each. A server with TLS puts {@code tls} (Netty's
 * {@code SslHandler}) and {@code tls-failure} (one log line for a failed handshake) after
 * {@code flush}, before {@code idle}; the frames inside are the same.
 *
 * <p>{@code idle} fires when a client has sent nothing for the idle time; {@code session} then
 * says so and closes. A connection over a cap of the {@link Limits} gets only the two encoders
 * and a {@link Refusal}, which says so and closes. Called by Netty on the new connection's event
 * loop; the shared codec instances are stateless.
 */
public final class ServerInitializer extends ChannelInitializer<Channel> {
  /** How long a connection may send nothing before the server closes it. */
  public static final Duration DEFAULT_READER_IDLE = Duration.ofMinutes(10);

  private static final ProtobufDecoder PROTOBUF_DECODER =
      new ProtobufDecoder(ClientMessage.getDefaultInstance());
  private static final ProtobufEncoder PROTOBUF_ENCODER = new ProtobufEncoder();
  private static final ProtobufVarint32LengthFieldPrepender FRAME_ENCODER =
      new ProtobufVarint32LengthFieldPrepender();

  private final GameService games;
  private final AttemptLimiter attempts;
  private final Limits limits;
  private final ConnectionGate gate;
  private final Duration readerIdle;
  private final String serverName;
  private final AtomicLong connections = new AtomicLong();
  /** Null for plain TCP. */
  private final SslContext tls;

  /** An initializer for plain-TCP connections to {@code games}, within the default limits. */
  public ServerInitializer(GameService games, Duration readerIdle, String serverName) {
    this(games, Limits.defaults(), readerIdle, serverName, null);
  }

  /**
   * An initializer for connections to {@code games}, within {@code limits}.
   *
   * @param readerIdle how long a connection may send nothing before it is closed
   * @param serverName what Welcome says the server is, e.g. "demarche-server 0.1.0"
   * @param tls the server's TLS, or null for plain TCP
   */
  public ServerInitializer(GameService games, Limits limits, Duration readerIdle,
      String serverName, SslContext tls) {
    if (readerIdle.isNegative() || readerIdle.isZero()) {
      throw new IllegalArgumentException("the idle time must be positive, not " + readerIdle);
    }
    this.games = games;
    this.attempts = AttemptLimiter.standard();
    this.limits = limits;
    this.gate = new ConnectionGate(limits);
    this.readerIdle = readerIdle;
    this.serverName = serverName;
    this.tls = tls;
  }

  @Override
  protected void initChannel(Channel channel) {
    // Ids for logs; they count connections since start, so they never repeat within a run.
    String id = "c" + connections.incrementAndGet();
    ChannelPipeline pipeline = channel.pipeline();
    pipeline.addLast("flush", new FlushConsolidationHandler(
        FlushConsolidationHandler.DEFAULT_EXPLICIT_FLUSH_AFTER_FLUSHES, true));
    if (tls != null) {
      pipeline.addLast("tls", tls.newHandler(channel.alloc()));
      pipeline.addLast("tls-failure", new TlsFailureHandler(id));
    }
    // Inside TLS, so that a refused TLS client can read why.
    String refused = gate.admit(channel);
    if (refused != null) {
      pipeline.addLast("frame-encoder", FRAME_ENCODER);
      pipeline.addLast("protobuf-encoder", PROTOBUF_ENCODER);
      pipeline.addLast("refusal", new Refusal(id, refused));
      return;
    }
    pipeline.addLast("idle", new IdleStateHandler(readerIdle.toMillis(), 0, 0,
        TimeUnit.MILLISECONDS));
    pipeline.addLast("frame-decoder", new FrameDecoder());
    pipeline.addLast("protobuf-decoder", PROTOBUF_DECODER);
    pipeline.addLast("frame-encoder", FRAME_ENCODER);
    pipeline.addLast("protobuf-encoder", PROTOBUF_ENCODER);
    pipeline.addLast("session", new SessionHandler(games, attempts, limits, serverName, id));
  }
}
