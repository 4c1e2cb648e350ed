package org.demarche.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LoadRunTest {
  private static final int PLAYERS = 200;
  private static final int GAMES = 20;
  private static final int WARMUP_TURNS = 1;
  private static final int TURNS = 2;
  private static final int OBSERVERS = 40;
  private static final long ZGC_PAGE_BYTES = 2 << 20;

  @Test
  @Timeout(240)
  void aSmokeRunPlaysEveryTurnWithoutAFailureAndMeasuresEveryFigure(@TempDir Path journals)
      throws Exception {
    LoadConfig config = new LoadConfig(PLAYERS, GAMES, WARMUP_TURNS, TURNS, OBSERVERS, "tutorial-quenara",
        Duration.ofMillis(5), Duration.ofSeconds(1), null, null, "256m", List.of(), true, journals,
        2, Duration.ofSeconds(90));
    ByteArrayOutputStream progress = new ByteArrayOutputStream();

    LoadReport report = LoadRun.run(config, new PrintStream(progress, true, StandardCharsets.UTF_8));

    assertEquals(0, report.failures(), "no request fails: " + report.failureExamples());
    assertEquals(PLAYERS, report.playersWithAllReports(), "every player has every turn's report");
    assertEquals(GAMES * TURNS, report.turnReports().count(),
        "one turn report latency per game and measured turn, none for the warm-up");
    assertTrue(report.turnReports().p50Millis() > 0, "turn reports take time");
    // Each player sends 5 timed requests a turn (the tutorial's teams have an action for each
    // of their members here) and one per team locks in.
    int requestsPerGameTurn = PLAYERS / GAMES * 5 + 3;
    assertEquals(GAMES * TURNS * requestsPerGameTurn, report.play().replies(),
        "every request of the measured turns is answered and timed");
    assertEquals(GAMES * WARMUP_TURNS * requestsPerGameTurn, report.warmup().count(),
        "the warm-up's requests are timed apart");
    assertEquals(GAMES * TURNS * 3, report.lockIns().count(),
        "the measured turns' lock-ins, one per team, are timed again on their own");
    for (Phase phase : new Phase[] {report.play(), report.saturation(), report.echo()}) {
      assertNotNull(phase, "the play, the saturation and the echo baseline are measured");
      assertTrue(phase.p50Millis() > 0 && phase.p50Millis() <= phase.p99Millis()
          && phase.p99Millis() <= phase.p999Millis(), "latency percentiles are ordered: " + phase);
      assertTrue(phase.messagesPerSecond() > 0, "messages flow: " + phase);
      assertTrue(phase.serverCores() > 0, "the server's CPU is measured: " + phase);
      assertTrue(phase.serverGcPauseMillis() >= 0 && phase.clientGcPauseMillis() >= 0,
          "the collectors' pauses of both processes are measured: " + phase);
    }
    assertTrue(report.saturation().traffic().framesIn() > report.saturation().replies(),
        "pushes (draft changes, chat) arrive besides the replies");
    assertTrue(report.echoRatio() > 0, "our throughput is a ratio of the echo baseline's");
    assertTrue(report.memory().played() > report.memory().empty(),
        "the server's heap grows with games and players");
    assertTrue(report.bytesPerConnection() > 0 && report.bytesPerGame() > 0,
        "a connection and a game each cost some heap");
    assertTrue(report.server().contains("journals in " + journals.resolve("demarche-load")),
        "the report says where the journals were: " + report.server());
    try (Stream<Path> left = Files.list(journals)) {
      assertEquals(List.of(), left.toList(), "the server's data folder is deleted at the end");
    }
    String text = report.render();
    assertTrue(text.contains("request p99 while playing") && text.contains("throughput / echo")
            && text.contains("warm-up (1 turn, not measured)")
            && text.contains("stopped by garbage collection: server ")
            && text.contains("clients held (players + observers)      240     target >= 20000"),
        "the rendered report states the targets:\n" + text);
  }

  /**
   * Three players alone on a server each send far more than the server's default 100 requests a
   * second while saturating; on ZGC the heap's "used" figure moves in 2 MB pages, so a handful of
   * connections would cost nothing or 2 MB.
   */
  @Test
  @Timeout(120)
  void aFewPlayersSaturateAZgcServerUnlimitedAndItsHeapIsCountedToTheByte() throws Exception {
    LoadConfig config = new LoadConfig(3, 1, 0, 1, 0, "tutorial-quenara", Duration.ofMillis(5),
        Duration.ofSeconds(3), null, null, "256m", List.of("-XX:+UseZGC"), false, null, 2,
        Duration.ofSeconds(60));

    LoadReport report = LoadRun.run(config,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertEquals(0, report.failures(), "the rate limit refuses nothing: " + report.failureExamples());
    assertTrue(report.saturation().repliesPerSecond() / 3 > 100,
        "each player sends more than the default limit: " + report.saturation());
    assertTrue(report.server().contains("request rate limit lifted"), report.server());
    LoadReport.Memory memory = report.memory();
    assertTrue(memory.empty() < memory.games() && memory.games() < memory.joined(),
        "a game and three connections each add to the live heap: " + memory);
    assertTrue((memory.games() - memory.empty()) % ZGC_PAGE_BYTES != 0
            && (memory.joined() - memory.games()) % ZGC_PAGE_BYTES != 0,
        "the live heap is counted in bytes, not in ZGC's pages: " + memory);
    assertTrue(report.bytesPerConnection() > 0, "a connection costs some heap");
  }
}
