package org.demarche.bench.load;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.protobuf.ProtobufVarint32FrameDecoder;
import io.netty.handler.codec.protobuf.ProtobufVarint32LengthFieldPrepender;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * The baseline: a bare Netty server that sends every varint32 framed frame back as it came, with
 * the game server's transport (NIO, one accept thread, the same number of I/O threads, no Nagle).
 */
final class EchoServer implements AutoCloseable {
  private final EventLoopGroup boss;
  private final EventLoopGroup workers;
  private final Channel listener;

  private EchoServer(EventLoopGroup boss, EventLoopGroup workers, Channel listener) {
    this.boss = boss;
    this.workers = workers;
    this.listener = listener;
  }

  /**
   * Listens on {@code host} at a free port.
   *
   * @throws IOException when it cannot bind
   */
  static EchoServer start(String host, int ioThreads) throws IOException {
    EventLoopGroup boss = new MultiThreadIoEventLoopGroup(1,
        new DefaultThreadFactory("echo-accept"), NioIoHandler.newFactory());
    EventLoopGroup workers = new MultiThreadIoEventLoopGroup(ioThreads,
        new DefaultThreadFactory("echo-io"), NioIoHandler.newFactory());
    Echo echo = new Echo();
    ChannelFuture bound = new ServerBootstrap()
        .group(boss, workers)
        .channel(NioServerSocketChannel.class)
        .option(ChannelOption.SO_BACKLOG, 128)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel channel) {
            channel.pipeline().addLast(new ProtobufVarint32FrameDecoder(),
                new ProtobufVarint32LengthFieldPrepender(), echo);
          }
        })
        .bind(host, 0).awaitUninterruptibly();
    if (!bound.isSuccess()) {
      boss.shutdownGracefully();
      workers.shutdownGracefully();
      throw new IOException("the echo server cannot listen on " + host, bound.cause());
    }
    return new EchoServer(boss, workers, bound.channel());
  }

  InetSocketAddress address() {
    return (InetSocketAddress) listener.localAddress();
  }

  @Override
  public void close() {
    listener.close().awaitUninterruptibly();
    boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
  }

  /** Writes each frame back; flushes once per read burst, as a Netty server would. */
  @ChannelHandler.Sharable
  private static final class Echo extends ChannelInboundHandlerAdapter {
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object frame) {
      ctx.write(frame);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
      ctx.flush();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      ctx.close();
    }
  }
}
