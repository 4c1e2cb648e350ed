package org.demarche.server.serve;

import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.demarche.engine.model.Scenario;
import org.demarche.game.Codes;
import org.demarche.game.GameServer;
import org.demarche.game.GameStore;
import org.demarche.game.Scheduler;
import org.demarche.game.TimeSource;
import org.demarche.net.Limits;
import org.demarche.net.NetServer;
import org.demarche.store.FileGameStore;

/**
 * A game server listening on a socket: the game layer, its threads and timers, and the Netty
 * front. Started by {@code serve}, and by tests that need the real thing on loopback.
 */
public final class RunningServer implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(RunningServer.class.getName());
  private static final long DRAIN_SECONDS = 5;

  private final ExecutorService gameThreads;
  private final ScheduledExecutorService timers;
  private final GameServer games;
  private final NetServer net;
  private final InetSocketAddress address;
  private final AutoCloseable store;
  private final int recovered;
  private final AtomicBoolean closed = new AtomicBoolean();

  private RunningServer(ExecutorService gameThreads, ScheduledExecutorService timers,
      GameServer games, NetServer net, InetSocketAddress address, AutoCloseable store,
      int recovered) {
    this.gameThreads = gameThreads;
    this.timers = timers;
    this.games = games;
    this.net = net;
    this.address = address;
    this.store = store;
    this.recovered = recovered;
  }

  /**
   * Starts serving {@code scenarios} on {@code host:port} (0 for any free port).
   *
   * @throws IOException when the address cannot be bound; nothing is left running then
   */
  public static RunningServer start(Map<String, Scenario> scenarios, String instructorKey,
      String host, int port) throws IOException {
    return start(scenarios, instructorKey, host, port, Limits.defaults());
  }

  /**
   * Starts serving {@code scenarios} on {@code host:port}, its clients held to {@code limits}.
   *
   * @throws IOException when the address cannot be bound; nothing is left running then
   */
  public static RunningServer start(Map<String, Scenario> scenarios, String instructorKey,
      String host, int port, Limits limits) throws IOException {
    return start(scenarios, instructorKey, host, port, null, GameStore.MEMORY, () -> {}, limits);
  }

  /**
   * Starts serving the catalog's scenarios with every game journaled in {@code data}: first the
   * games journaled there come back, then the server listens.
   *
   * @param tls the server's TLS, or null for plain TCP
   * @throws IOException when the data folder cannot be opened or the address bound
   */
  public static RunningServer start(ScenarioCatalog catalog, String instructorKey, String host,
      int port, SslContext tls, Path data) throws IOException {
    return start(catalog, instructorKey, host, port, tls, data, Limits.defaults());
  }

  /** As {@link #start(ScenarioCatalog, String, String, int, SslContext, Path)}, within limits. */
  public static RunningServer start(ScenarioCatalog catalog, String instructorKey, String host,
      int port, SslContext tls, Path data, Limits limits) throws IOException {
    FileGameStore store;
    try {
      store = FileGameStore.open(data, catalog.sources());
    } catch (IOException e) {
      throw new DataFolderException(data, e);
    }
    try {
      return start(catalog.scenarios(), instructorKey, host, port, tls, store, store, limits);
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private static RunningServer start(Map<String, Scenario> scenarios, String instructorKey,
      String host, int port, SslContext tls, GameStore store, AutoCloseable closeStore,
      Limits limits)
      throws IOException {
    ExecutorService gameThreads = Executors.newFixedThreadPool(
        Math.max(2, Runtime.getRuntime().availableProcessors()), daemons("demarche-game"));
    ScheduledExecutorService timers =
        Executors.newSingleThreadScheduledExecutor(daemons("demarche-timer"));
    GameServer games = new GameServer(scenarios, instructorKey, TimeSource.SYSTEM,
        Scheduler.of(timers), new Codes(), gameThreads, store);
    try {
      int recovered = games.recover();
      games.markClocks();
      NetServer net = new NetServer(games, NetServer.Options.defaults(), limits, tls);
      return new RunningServer(gameThreads, timers, games, net, net.start(host, port),
          closeStore, recovered);
    } catch (IOException | RuntimeException e) {
      gameThreads.shutdownNow();
      timers.shutdownNow();
      throw e;
    }
  }

  /** The data folder cannot be opened: nothing was started. */
  public static final class DataFolderException extends IOException {
    DataFolderException(Path data, IOException cause) {
      super("cannot open the data folder " + data + ": " + cause.getMessage(), cause);
    }
  }

  /** How many games came back from the data folder at start. */
  public int recovered() {
    return recovered;
  }

  /** The address the server listens on, with the real port when 0 was asked for. */
  public InetSocketAddress address() {
    return address;
  }

  /** Tells every client the server is closing, then closes the sockets and the threads. */
  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return; // a second close (a shutdown hook after an explicit close) has nothing left to do
    }
    // Let every game answer what it has accepted and say goodbye before the sockets close.
    try {
      games.shutdown("the server is shutting down; reconnect later with your resume token")
          .toCompletableFuture().get(DRAIN_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      LOG.log(System.Logger.Level.WARNING, "games did not finish closing within "
          + DRAIN_SECONDS + " s; closing the connections anyway", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    net.close();
    timers.shutdownNow();
    try {
      store.close();
    } catch (Exception e) {
      LOG.log(System.Logger.Level.WARNING, "the journals did not close cleanly", e);
    }
    gameThreads.shutdown();
    try {
      gameThreads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
