package org.demarche.bench.load;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.protobuf.ProtobufVarint32FrameDecoder;
import io.netty.handler.codec.protobuf.ProtobufVarint32LengthFieldPrepender;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * The client side of the load: a few NIO event loops that carry every bot's connection (no
 * thread per connection), and the polite way to open thousands of them.
 */
final class ClientGroup implements AutoCloseable {
  // The server's accept backlog is 128: more connections in flight than that lose SYNs and wait
  // a second or more for the retry, which would be measured as the server's slowness.
  private static final int OPENING_AT_ONCE = 64;

  private final EventLoopGroup loops;

  ClientGroup(int threads) {
    loops = new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory("load-client"),
        NioIoHandler.newFactory());
  }

  /**
   * Connects to {@code server} with a varint32 framed pipeline ending in {@code handlers}; the
   * future completes once connected, or fails with an {@link IOException} that names the address.
   */
  CompletableFuture<Channel> connect(InetSocketAddress server, ChannelHandler... handlers) {
    CompletableFuture<Channel> connected = new CompletableFuture<>();
    new Bootstrap()
        .group(loops)
        .channel(NioSocketChannel.class)
        .option(ChannelOption.TCP_NODELAY, true)
        .handler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel channel) {
            channel.pipeline().addLast(new ProtobufVarint32FrameDecoder(),
                new ProtobufVarint32LengthFieldPrepender());
            channel.pipeline().addLast(handlers);
          }
        })
        .connect(server)
        .addListener((ChannelFutureListener) done -> {
          if (done.isSuccess()) {
            connected.complete(done.channel());
          } else {
            connected.completeExceptionally(cannotConnect(server, done.cause()));
          }
        });
    return connected;
  }

  /** Names the address and the operating system's reason, which Netty appends the address to. */
  private static IOException cannotConnect(InetSocketAddress server, Throwable failure) {
    Throwable reason = failure.getCause() != null ? failure.getCause() : failure;
    return new IOException("cannot connect to " + server.getHostString() + ":" + server.getPort()
        + ": " + reason.getMessage(), failure);
  }

  /**
   * Runs {@code open(i)} for i in [0, count) with at most {@value #OPENING_AT_ONCE} unfinished at
   * a time, and returns the results in order.
   *
   * @throws TimeoutException when one takes longer than {@code timeout} to start or all of them
   *     longer than {@code timeout} to finish
   * @throws ExecutionException when one failed
   */
  static <T> List<T> openAll(int count, IntFunction<CompletableFuture<T>> open, Duration timeout)
      throws InterruptedException, ExecutionException, TimeoutException {
    Semaphore slots = new Semaphore(OPENING_AT_ONCE);
    List<CompletableFuture<T>> opening = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      if (!slots.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new TimeoutException("opening " + count + " connections: " + i + " done after "
            + timeout.toSeconds() + " s");
      }
      CompletableFuture<T> one = open.apply(i);
      one.whenComplete((result, failure) -> slots.release());
      opening.add(one);
    }
    CompletableFuture.allOf(opening.toArray(CompletableFuture[]::new))
        .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    List<T> results = new ArrayList<>(count);
    for (CompletableFuture<T> one : opening) {
      results.add(one.join());
    }
    return results;
  }

  /** Closes every connection and stops the event loops, waiting at most a few seconds. */
  @Override
  public void close() {
    loops.shutdownGracefully(0, 5, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
  }
}
