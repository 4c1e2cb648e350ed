package org.demarche.bench.load;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.net.InetSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.CompletableFuture;

/**
 * A client of the {@link EchoServer}: sends one frame, and when it comes back sends it again,
 * until a deadline; the baseline's counterpart of a saturating {@link Player}. Its state is
 * touched only on its connection's event loop.
 */
final class EchoBot extends ChannelInboundHandlerAdapter {
  private final byte[] payload;
  private final Traffic traffic;
  private LatencyHistogram latencies;
  private CompletableFuture<Void> done;
  private long deadlineNanos;
  private long sentNanos;
  private Channel channel;

  private EchoBot(byte[] payload, Traffic traffic) {
    this.payload = payload;
    this.traffic = traffic;
  }

  /** Connects a bot that will send frames of {@code frameBytes} bytes. */
  static CompletableFuture<EchoBot> connect(ClientGroup group, InetSocketAddress echo,
      int frameBytes, Traffic traffic) {
    EchoBot bot = new EchoBot(new byte[frameBytes], traffic);
    return group.connect(echo, bot).thenApply(channel -> bot);
  }

  /** Echoes until {@code deadlineNanos}; completes when the last frame has come back. */
  CompletableFuture<Void> run(long deadlineNanos, LatencyHistogram latencies) {
    CompletableFuture<Void> finished = new CompletableFuture<>();
    channel.eventLoop().execute(() -> {
      this.latencies = latencies;
      this.deadlineNanos = deadlineNanos;
      this.done = finished;
      send();
    });
    return finished;
  }

  private void send() {
    sentNanos = System.nanoTime();
    traffic.sent(payload.length);
    channel.writeAndFlush(Unpooled.wrappedBuffer(payload));
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    channel = ctx.channel();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    ByteBuf frame = (ByteBuf) msg;
    long now = System.nanoTime();
    traffic.received(frame.readableBytes());
    frame.release();
    latencies.record(now - sentNanos);
    if (now - deadlineNanos < 0) {
      send();
    } else {
      done.complete(null);
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    if (done != null) {
      done.completeExceptionally(new ClosedChannelException());
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (done != null) {
      done.completeExceptionally(cause);
    }
    ctx.close();
  }
}
