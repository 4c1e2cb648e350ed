package org.demarche.bench.load;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.protobuf.ProtobufEncoder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.Hello;
import org.demarche.proto.v1.ServerMessage;

/**
 * One client connection speaking protocol v1: each request gets a future of its reply, and pushes
 * go to a {@link Pushes} listener on the connection's event loop. Any thread may send.
 */
final class Connection extends ChannelInboundHandlerAdapter {
  /** What a bot does with a push; called on the connection's event loop. */
  interface Pushes {
    /** Ignores every push. */
    Pushes NONE = (kind, frame) -> {};

    /** {@code frame} is released after the call; parse it there if needed. */
    void push(ServerMessage.BodyCase kind, ByteBuf frame) throws IOException;
  }

  private static final ProtobufEncoder ENCODER = new ProtobufEncoder();

  private final Traffic traffic;
  private final Map<Long, CompletableFuture<ServerMessage>> waiting = new ConcurrentHashMap<>();
  private final AtomicLong lastId = new AtomicLong();
  private volatile Pushes pushes = Pushes.NONE;
  private volatile Channel channel;

  private Connection(Traffic traffic) {
    this.traffic = traffic;
  }

  /** Connects and says Hello; the future completes after the Welcome. */
  static CompletableFuture<Connection> open(ClientGroup group, InetSocketAddress server,
      Traffic traffic) {
    Connection connection = new Connection(traffic);
    return group.connect(server, ENCODER, connection)
        .thenCompose(channel -> connection.call(
            ClientMessage.newBuilder().setHello(
                Hello.newBuilder().setProtocolVersion(1).setClientName("demarche-load")),
            ServerMessage.BodyCase.WELCOME))
        .thenApply(welcome -> connection);
  }

  void listen(Pushes listener) {
    this.pushes = listener;
  }

  Channel channel() {
    return channel;
  }

  /**
   * Sends a request and completes with its reply when it is of the {@code expected} kind, or
   * fails with {@link UnexpectedReplyException} (an {@code Error} reply, say).
   */
  CompletableFuture<ServerMessage> call(ClientMessage.Builder request,
      ServerMessage.BodyCase expected) {
    long id = lastId.incrementAndGet();
    ClientMessage message = request.setRequestId(id).build();
    CompletableFuture<ServerMessage> reply = new CompletableFuture<>();
    waiting.put(id, reply);
    traffic.sent(message.getSerializedSize());
    channel.writeAndFlush(message).addListener(written -> {
      if (!written.isSuccess()) {
        waiting.remove(id);
        reply.completeExceptionally(written.cause());
      }
    });
    return reply.thenApply(answer -> {
      if (answer.getBodyCase() != expected) {
        throw new UnexpectedReplyException(message.getBodyCase(), expected, answer);
      }
      return answer;
    });
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    channel = ctx.channel();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) throws IOException {
    ByteBuf frame = (ByteBuf) msg;
    try {
      traffic.received(frame.readableBytes());
      Frames.Head head = Frames.head(frame);
      if (head.requestId() == 0) {
        pushes.push(head.body(), frame);
        return;
      }
      CompletableFuture<ServerMessage> reply = waiting.remove(head.requestId());
      if (reply == null) {
        throw new IOException("a reply to request " + head.requestId() + ", which is not waiting");
      }
      reply.complete(ServerMessage.parseFrom(frame.nioBuffer()));
    } finally {
      frame.release();
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    ClosedChannelException closed = new ClosedChannelException();
    waiting.values().forEach(reply -> reply.completeExceptionally(closed));
    waiting.clear();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    waiting.values().forEach(reply -> reply.completeExceptionally(cause));
    waiting.clear();
    ctx.close();
  }

  /** A reply of another kind than the request expects, an {@code Error} most often. */
  static final class UnexpectedReplyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnexpectedReplyException(ClientMessage.BodyCase request, ServerMessage.BodyCase expected,
        ServerMessage answer) {
      super(request + " expected " + expected + ", got " + (answer.hasError()
          ? "error " + answer.getError().getCode() + ": " + answer.getError().getMessage()
          : answer.getBodyCase()));
    }
  }
}
