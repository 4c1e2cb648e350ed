package org.demarche.bench.load;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.demarche.proto.v1.GameCreated;
import org.demarche.proto.v1.ScenarioInfo;
import org.demarche.proto.v1.TeamInfo;

/**
 * One load run, stage by stage: instructors log in and create the games, observers and players
 * join, the games play their turns (latency), the players saturate the open turn (throughput),
 * then the echo bots drive the baseline on as many connections. Heap is sampled after a full GC
 * between stages, never inside a measured one. Every wait is bounded by the config's timeout.
 */
final class LoadRun {
  private final LoadConfig config;
  private final int observersAsked;
  private final Machine before;
  private final PrintStream progress;
  private final Failures failures = new Failures();
  private final Traffic traffic = new Traffic();

  private LoadRun(LoadConfig config, int observersAsked, Machine before, PrintStream progress) {
    this.config = config;
    this.observersAsked = observersAsked;
    this.before = before;
    this.progress = progress;
  }

  /**
   * Runs the load and returns its figures. When the open-file limit has no room for every
   * observer asked for, it runs with as many as fit and the report says so: where a scale run
   * breaks is one of its figures.
   *
   * @throws IOException when the machine cannot hold the players or the server fails
   * @throws TimeoutException when a stage takes longer than the config's timeout
   * @throws ExecutionException when a bot could not connect, log in or join
   */
  static LoadReport run(LoadConfig asked, PrintStream progress)
      throws IOException, InterruptedException, ExecutionException, TimeoutException {
    Machine before = Machine.now();
    return new LoadRun(withinOpenFileLimit(asked, before), asked.observers(), before, progress)
        .run();
  }

  /**
   * {@code asked} with as many of its observers as {@code machine}'s open-file limit has room
   * for. Each connection is a file in this process and in the server, which has the same limit
   * when forked from here and also holds a journal per game.
   *
   * @throws IOException when not even the players and the instructors fit
   */
  static LoadConfig withinOpenFileLimit(LoadConfig asked, Machine machine) throws IOException {
    long files = asked.connections() + (asked.journal() ? asked.games() : 0);
    long over = files - machine.filesLeft();
    if (over <= 0) {
      return asked;
    }
    if (over > asked.observers()) {
      throw new IOException("the open-file limit (" + machine.maxFiles() + ", ulimit -n) leaves"
          + " room for " + machine.filesLeft() + " connections and journals, not the "
          + (files - asked.observers()) + " that the players, instructors and journals need;"
          + " raise it or ask for fewer players");
    }
    return asked.withObservers((int) (asked.observers() - over));
  }

  private LoadReport run()
      throws IOException, InterruptedException, ExecutionException, TimeoutException {
    try (ServerTarget server = config.server() == null
        ? ForkedServer.start(config.forkedServerOptions(), config.journal(),
            config.journalParent())
        : new ExternalServer(config.server(), config.key())) {
      progress.println("server: " + server.describe());
      Played played;
      try (ClientGroup clients = new ClientGroup(config.clientThreads())) {
        played = play(server, clients);
      }
      Phase echo = null;
      if (server.echoAddress().isPresent()) {
        echo = echo(server, server.echoAddress().get(),
            played.saturation().traffic().meanFrameBytes());
      }
      return new LoadReport(config, observersAsked, server.describe(), before, Machine.now(),
          played.warmup(), played.play(), played.lockIns(), played.turns(), played.complete(), played.saturation(), echo,
          played.saturation().traffic().meanFrameBytes(), played.memory(), failures.count(),
          failures.examples());
    }
  }

  /** What the game stages measured. */
  private record Played(LatencyHistogram.Percentiles warmup, Phase play,
      LatencyHistogram.Percentiles lockIns,
      LatencyHistogram.Percentiles turns, int complete, Phase saturation,
      LoadReport.Memory memory) {}

  private Played play(ServerTarget server, ClientGroup clients)
      throws IOException, InterruptedException, ExecutionException, TimeoutException {
    InetSocketAddress address = server.gameAddress();
    progress.println("instructors: " + config.games());
    List<Instructor> instructors = ClientGroup.openAll(config.games(),
        i -> Instructor.login(clients, address, traffic, server.instructorKey()),
        config.timeout());
    List<String> teams = humanTeams(
        instructors.get(0).scenario(config.scenario()).get(seconds(), TimeUnit.SECONDS));
    long empty = heap(server);
    List<GameCreated> games = ClientGroup.openAll(config.games(),
        i -> instructors.get(i).create(config.scenario(), config.playedTurns() + 1), config.timeout());
    long withGames = heap(server);
    progress.println("observers: " + config.observers()
        + LoadReport.observersLeftOut(config, observersAsked, before));
    ClientGroup.openAll(config.observers(), i -> Observer.watch(clients, address, traffic,
        games.get(i % games.size()).getObserverCode(), "observer-" + i), config.timeout());
    progress.println("players: " + config.players());
    LatencyHistogram turnReports = new LatencyHistogram();
    Seating seating = new Seating(config, teams, turnReports);
    LatencyHistogram warmupLatencies = new LatencyHistogram();
    LatencyHistogram latencies = new LatencyHistogram();
    LatencyHistogram lockIns = new LatencyHistogram();
    CompletableFuture<Void> measuring = new CompletableFuture<>();
    Player.Play play = new Player.Play(config.warmupTurns(), config.turns(),
        config.think().toNanos(), warmupLatencies, latencies, lockIns, measuring, failures);
    List<Player> players = ClientGroup.openAll(config.players(),
        i -> Player.join(clients, address, traffic,
            games.get(seating.game(i)).getJoinCode(), seating.seat(i), play, i),
        config.timeout());
    long joined = heap(server);

    await(instructors.stream().map(Instructor::start).toList());
    if (config.warmupTurns() > 0) {
      progress.println("warming up: " + config.warmupTurns() + " turns");
      awaitQuietly(players.stream().map(Player::warmedUp).toList());
    }
    progress.println("playing " + config.turns() + " turns");
    Window window = Window.open(server, traffic);
    measuring.complete(null);
    awaitQuietly(players.stream().map(Player::played).toList());
    Phase played = window.close(latencies);
    long afterPlay = heap(server);
    long direct = server.sample(false).map(ServerSample::directBytes).orElse(-1L);
    int complete = (int) players.stream().filter(p -> p.reports() == config.playedTurns()).count();

    progress.println("saturating for " + config.saturation().toSeconds() + " s");
    LatencyHistogram saturated = new LatencyHistogram();
    Window saturation = Window.open(server, traffic);
    long deadline = System.nanoTime() + config.saturation().toNanos();
    awaitQuietly(players.stream().map(p -> p.saturate(deadline, saturated)).toList());
    Phase saturationPhase = saturation.close(saturated);
    LoadReport.Memory memory = empty < 0 ? null
        : new LoadReport.Memory(empty, withGames, joined, afterPlay, direct);
    return new Played(warmupLatencies.summary(), played, lockIns.summary(), turnReports.summary(),
        complete,
        saturationPhase, memory);
  }

  private Phase echo(ServerTarget server, InetSocketAddress address, int frameBytes)
      throws IOException, InterruptedException, ExecutionException, TimeoutException {
    progress.println("echo baseline: " + config.players() + " connections, frames of "
        + frameBytes + " B");
    Traffic echoTraffic = new Traffic();
    try (ClientGroup clients = new ClientGroup(config.clientThreads())) {
      List<EchoBot> bots = ClientGroup.openAll(config.players(),
          i -> EchoBot.connect(clients, address, frameBytes, echoTraffic), config.timeout());
      LatencyHistogram latencies = new LatencyHistogram();
      Window window = Window.open(server, echoTraffic);
      long deadline = System.nanoTime() + config.saturation().toNanos();
      await(bots.stream().map(bot -> bot.run(deadline, latencies)).toList());
      return window.close(latencies);
    }
  }

  private static List<String> humanTeams(ScenarioInfo scenario) {
    List<String> teams = new ArrayList<>();
    for (TeamInfo team : scenario.getTeamsList()) {
      if (!team.getAutopilot()) {
        teams.add(team.getId());
      }
    }
    return teams;
  }

  /** The heap after a full GC, -1 when the server cannot be measured. */
  private static long heap(ServerTarget server) throws IOException {
    return server.sample(true).map(ServerSample::heapBytes).orElse(-1L);
  }

  private long seconds() {
    return config.timeout().toSeconds();
  }

  /** Waits for all; a failure fails the run. */
  private void await(List<? extends CompletableFuture<?>> all)
      throws InterruptedException, ExecutionException, TimeoutException {
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(seconds(), TimeUnit.SECONDS);
  }

  /**
   * Waits for all to finish, failed or not: a failed request is counted in {@link #failures} and
   * the run goes on to report it.
   */
  private void awaitQuietly(List<? extends CompletableFuture<?>> all)
      throws InterruptedException, TimeoutException {
    CompletableFuture<?>[] settled = all.stream()
        .map(one -> one.handle((result, failure) -> null))
        .toArray(CompletableFuture[]::new);
    try {
      CompletableFuture.allOf(settled).get(seconds() + config.saturation().toSeconds(),
          TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("a settled future failed: a bug", e);
    }
  }
}
