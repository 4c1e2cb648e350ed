package org.demarche.bench.load;

import java.util.List;
import java.util.Locale;

/**
 * The figures of one load run and how they stand against the targets; {@link #render} writes
 * them for a person.
 *
 * @param observersAsked the observers asked for; more than the config's when the open-file limit
 *     had no room for them all
 * @param turnReports the time from a game's last lock-in of a turn to the last of its players'
 *     report of that turn, one sample per game and turn
 * @param playersWithAllReports players that received the report of every turn they played
 * @param memory heap figures of the server process, null when it cannot be measured
 * @param echo the baseline, null without an echo server
 */
record LoadReport(LoadConfig config, int observersAsked, String server, Machine before, Machine after,
    LatencyHistogram.Percentiles warmup, Phase play, LatencyHistogram.Percentiles lockIns,
    LatencyHistogram.Percentiles turnReports, int playersWithAllReports, Phase saturation, Phase echo,
    int echoFrameBytes, Memory memory, int failures, List<String> failureExamples) {

  static final double TARGET_P99_MILLIS = 20;
  static final double TARGET_TURN_REPORT_P99_MILLIS = 50;
  static final double TARGET_ECHO_RATIO = 0.5;
  static final long TARGET_HEAP_BYTES = 512L << 20;
  static final long TARGET_CONNECTION_BYTES = 30 << 10;
  static final long TARGET_GAME_BYTES = 256 << 10;
  static final int TARGET_CONNECTIONS = 20_000;
  /** The start of the server's refusal when a connection sends faster than its rate limit. */
  private static final String RATE_LIMITED = "RESOURCE_EXHAUSTED: too many requests: at most";

  /**
   * The server's heap after a full GC at each stage of the run.
   *
   * @param empty with the instructors logged in, before any game
   * @param games with the games created, in their lobbies
   * @param joined with every player and observer in
   * @param played after the turns, everyone still connected
   * @param directPlayed Netty's direct memory at that point, -1 when unknown
   */
  record Memory(long empty, long games, long joined, long played, long directPlayed) {}

  /** Our saturated messages per second (pushes included) over the echo server's. */
  double echoRatio() {
    return echo == null ? Double.NaN : saturation.messagesPerSecond() / echo.messagesPerSecond();
  }

  /** Our saturated replies per second over the echo server's: requests served, no pushes. */
  double echoRequestRatio() {
    return echo == null ? Double.NaN : saturation.repliesPerSecond() / echo.repliesPerSecond();
  }

  long bytesPerGame() {
    return (memory.games() - memory.empty()) / config.games();
  }

  long bytesPerConnection() {
    return (memory.joined() - memory.games()) / (config.players() + config.observers());
  }

  String render() {
    StringBuilder out = new StringBuilder();
    line(out, "Démarche load run: %d players in %d games of %s, %d turns, %d idle observers%s,"
            + " %d connections", config.players(), config.games(), config.scenario(),
        config.turns(), config.observers(), observersLeftOut(config, observersAsked, before),
        config.connections());
    line(out, "server: %s", server);
    line(out, "machine: %d cores, load average %s before and %s after, open-file limit %d, %s",
        before.cores(), before.loadAverage(), after.loadAverage(), before.maxFiles(),
        before.java());
    line(out, "client and server share the machine's cores; CPU is in cores busy (1.0 = one)");
    line(out, "");
    if (config.warmupTurns() > 0) {
      line(out, "warm-up (%d %s, not measured): %d replies, latency p50 %.2f ms, p99 %.2f ms",
          config.warmupTurns(), config.warmupTurns() == 1 ? "turn" : "turns", warmup.count(), warmup.p50Millis(), warmup.p99Millis());
    }
    phase(out, "play (think " + config.think().toMillis() + " ms)", play);
    line(out, "  of which lock-ins (a game's last resolves the turn): %d, p50 %.2f ms, p99 %.2f ms",
        lockIns.count(), lockIns.p50Millis(), lockIns.p99Millis());
    line(out, "  turn report after the last lock-in: p50 %.2f ms, p99 %.2f ms (%d game turns)",
        turnReports.p50Millis(), turnReports.p99Millis(), turnReports.count());
    line(out, "  players with every turn's report: %d of %d", playersWithAllReports,
        config.players());
    phase(out, "saturation (no think time)", saturation);
    if (echo != null) {
      phase(out, "echo baseline (" + config.players() + " connections, frames of "
          + echoFrameBytes + " B)", echo);
    }
    if (memory != null) {
      line(out, "memory (heap after a full GC): empty %s, with games %s, joined %s, after play"
              + " %s; Netty direct %s", mb(memory.empty()), mb(memory.games()),
          mb(memory.joined()), mb(memory.played()), mb(memory.directPlayed()));
    }
    out.append(failureLine(failures, failureExamples)).append('\n');
    line(out, "");
    line(out, "against the targets:");
    target(out, "request p99 while playing", play.p99Millis(), TARGET_P99_MILLIS, "ms");
    target(out, "turn report p99", turnReports.p99Millis(), TARGET_TURN_REPORT_P99_MILLIS, "ms");
    if (echo != null) {
      line(out, "  %-34s %8.2f  target >= %.2f  %s", "throughput / echo (messages/s)",
          echoRatio(), TARGET_ECHO_RATIO, echoRatio() >= TARGET_ECHO_RATIO ? "met" : "MISSED");
      line(out, "  %-34s %8.2f  (requests answered, pushes not counted)",
          "throughput / echo (replies/s)", echoRequestRatio());
    }
    if (observersAsked > 0) {
      // A run with observers is the scale test: players plus observers held at once.
      int held = config.players() + config.observers();
      line(out, "  %-34s %8d     target >= %d  %s", "clients held (players + observers)", held,
          TARGET_CONNECTIONS, held >= TARGET_CONNECTIONS ? "met" : "MISSED");
    }
    if (memory != null) {
      target(out, "server live heap after play", memory.played() / 1048576.0,
          TARGET_HEAP_BYTES / 1048576.0, "MB");
      target(out, "heap per connection", bytesPerConnection() / 1024.0,
          TARGET_CONNECTION_BYTES / 1024.0, "KB");
      target(out, "heap per game (lobby)", bytesPerGame() / 1024.0, TARGET_GAME_BYTES / 1024.0,
          "KB");
    }
    return out.toString();
  }

  /** Says why fewer observers ran than were asked for; empty when they all ran. */
  static String observersLeftOut(LoadConfig config, int asked, Machine machine) {
    return asked == config.observers() ? "" : String.format(Locale.ROOT,
        " (of %d asked for: the open-file limit, %d, has no room for more)", asked,
        machine.maxFiles());
  }

  /**
   * The count of failed requests and the first few; when the server's per-connection rate limit
   * refused them, a sentence saying how to lift it.
   */
  static String failureLine(int failures, List<String> examples) {
    String line = String.format(Locale.ROOT, "failed requests: %d %s", failures,
        examples.isEmpty() ? "" : examples);
    if (examples.stream().anyMatch(example -> example.contains(RATE_LIMITED))) {
      line += " (the server's per-connection request rate limit refused them: start it with"
          + " --requests-per-second 100000 to measure its throughput)";
    }
    return line;
  }

  static void phase(StringBuilder out, String name, Phase phase) {
    line(out, "%s: %.1f s, %d replies (%.0f/s), latency p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms",
        name, phase.seconds(), phase.replies(), phase.repliesPerSecond(), phase.p50Millis(),
        phase.p99Millis(), phase.p999Millis());
    line(out, "  %.0f messages/s both ways (%d out, %d in, mean %d B); server CPU %s,"
            + " client CPU %.2f cores", phase.messagesPerSecond(), phase.traffic().framesOut(),
        phase.traffic().framesIn(), phase.traffic().meanFrameBytes(),
        Double.isNaN(phase.serverCores()) ? "not measured"
            : String.format(Locale.ROOT, "%.2f cores", phase.serverCores()),
        phase.clientCores());
    line(out, "  stopped by garbage collection: server %s, client %d ms",
        phase.serverGcPauseMillis() < 0 ? "not measured" : phase.serverGcPauseMillis() + " ms",
        phase.clientGcPauseMillis());
  }

  private static void target(StringBuilder out, String name, double value, double limit,
      String unit) {
    line(out, "  %-34s %8.2f %s  target < %.0f %s  %s", name, value, unit, limit, unit,
        value < limit ? "met" : "MISSED");
  }

  private static String mb(long bytes) {
    return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
