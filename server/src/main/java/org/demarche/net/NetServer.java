package org.demarche.net;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.demarche.game.api.GameService;

/**
 * The TCP server: one boss thread accepts connections and a few I/O threads run their pipelines
 * (built by {@link ServerInitializer}), handing requests to the {@link GameService}.
 *
 * <p>Threads: {@link #start} and {@link #close} are for the thread that owns the server (the
 * {@code serve} command's main thread); they block until bound or stopped, so never call them
 * from an event loop.
 */
public final class NetServer implements AutoCloseable {
  /**
   * How the server runs.
   *
   * @param workerThreads I/O threads for connections; a training class needs few
   * @param readerIdle how long a connection may send nothing before it is closed
   * @param serverName what Welcome says the server is
   */
  public record Options(int workerThreads, Duration readerIdle, String serverName) {
    public Options {
      if (workerThreads <= 0) {
        throw new IllegalArgumentException("need at least one worker thread, not "
            + workerThreads);
      }
    }

    /** Two I/O threads, ten idle minutes. */
    public static Options defaults() {
      return new Options(2, ServerInitializer.DEFAULT_READER_IDLE, "demarche-server 0.1.0");
    }
  }

  // A client's outbound buffer may hold 1 MiB (dozens of team views) before the server stops
  // reading its requests and then closes it on the next push; it is writable again at 256 KiB.
  private static final WriteBufferWaterMark WATER_MARK =
      new WriteBufferWaterMark(256 * 1024, 1024 * 1024);
  private static final long QUIET_PERIOD_MILLIS = 100;
  private static final long SHUTDOWN_TIMEOUT_MILLIS = 5_000;

  private final GameService games;
  private final Options options;
  private final Limits limits;
  /** Null for plain TCP. */
  private final SslContext tls;
  /** Every open connection; a closed one leaves the group by itself. */
  private final ChannelGroup connections =
      new DefaultChannelGroup("demarche-connections", GlobalEventExecutor.INSTANCE);
  private EventLoopGroup boss;
  private EventLoopGroup workers;
  private Channel listener;

  /** A server speaking plain TCP. */
  public NetServer(GameService games, Options options) {
    this(games, options, Limits.defaults(), null);
  }

  /**
   * A server whose clients are held to {@code limits}, speaking TLS with {@code tls}, or plain TCP
   * when it is null.
   */
  public NetServer(GameService games, Options options, Limits limits, SslContext tls) {
    this.games = games;
    this.options = options;
    this.limits = limits;
    this.tls = tls;
  }

  /**
   * Listens on {@code host:port} (port 0 picks a free one) and returns the address bound.
   *
   * @throws ListenException when the address cannot be bound (in use, not local)
   * @throws IllegalStateException when the server has already been started
   */
  public synchronized InetSocketAddress start(String host, int port) throws ListenException {
    if (boss != null) {
      throw new IllegalStateException("the server is already started");
    }
    boss = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("demarche-accept"),
        NioIoHandler.newFactory());
    workers = new MultiThreadIoEventLoopGroup(options.workerThreads(),
        new DefaultThreadFactory("demarche-io"), NioIoHandler.newFactory());
    ServerBootstrap bootstrap = new ServerBootstrap()
        .group(boss, workers)
        .channel(NioServerSocketChannel.class)
        .option(ChannelOption.SO_BACKLOG, 128)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
        .childHandler(tracked(new ServerInitializer(games, limits, options.readerIdle(),
            options.serverName(), tls)));
    ChannelFuture bound = bootstrap.bind(host, port).awaitUninterruptibly();
    if (!bound.isSuccess()) {
      stopGroups();
      throw new ListenException(host, port, bound.cause());
    }
    listener = bound.channel();
    return (InetSocketAddress) listener.localAddress();
  }

  /**
   * Stops listening, closes every connection (each one reports {@code disconnected} to the game)
   * and waits, bounded, for the I/O threads to end. Does nothing if not started.
   */
  @Override
  public synchronized void close() {
    if (listener != null) {
      listener.close().awaitUninterruptibly();
      listener = null;
    }
    // Each close runs on its connection's loop after the work already handed to it (a
    // ServerClosing push), so the goodbye is written first; waiting for the loops to wind down
    // instead lost it now and then.
    connections.close().awaitUninterruptibly(SHUTDOWN_TIMEOUT_MILLIS);
    stopGroups();
  }

  /** Wraps the pipeline's initializer so that every accepted connection joins the group. */
  private ChannelInitializer<SocketChannel> tracked(ServerInitializer initializer) {
    return new ChannelInitializer<>() {
      @Override
      protected void initChannel(SocketChannel channel) {
        connections.add(channel);
        channel.pipeline().addLast(initializer);
      }
    };
  }

  private void stopGroups() {
    if (boss == null) {
      return;
    }
    // The quiet period lets pushes already handed to a loop (a ServerClosing) go out first.
    boss.shutdownGracefully(QUIET_PERIOD_MILLIS, SHUTDOWN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    workers.shutdownGracefully(QUIET_PERIOD_MILLIS, SHUTDOWN_TIMEOUT_MILLIS,
        TimeUnit.MILLISECONDS);
    boss.terminationFuture().awaitUninterruptibly(SHUTDOWN_TIMEOUT_MILLIS);
    workers.terminationFuture().awaitUninterruptibly(SHUTDOWN_TIMEOUT_MILLIS);
    boss = null;
    workers = null;
  }

  /** The server cannot listen: the port is taken, or the address is not one of this machine's. */
  public static final class ListenException extends IOException {
    private static final long serialVersionUID = 1L;

    private final boolean portInUse;

    ListenException(String host, int port, Throwable cause) {
      super("cannot listen on " + host + ":" + port + ": " + reason(cause), cause);
      // the JDK tells a taken port from a foreign address only in its message
      // ("Address already in use" against "Cannot assign requested address")
      portInUse = cause instanceof BindException
          && String.valueOf(cause.getMessage()).contains("in use");
    }

    /** Whether another socket holds the port, rather than the address being unusable. */
    public boolean portInUse() {
      return portInUse;
    }

    private static String reason(Throwable cause) {
      if (cause instanceof UnresolvedAddressException) {
        return "no such host";
      }
      return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
  }
}
