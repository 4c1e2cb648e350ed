package org.demarche.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenFileLimitTest {
  /** 2,000 players in 200 games: 2,200 connections and 200 journals before any observer. */
  private static LoadConfig scaleRun(int observers, boolean journal) {
    return new LoadConfig(2_000, 200, 2, 3, observers, "tutorial-quenara", Duration.ofMillis(500),
        Duration.ofSeconds(10), null, null, "512m", List.of(), journal, null, 2,
        Duration.ofSeconds(600));
  }

  /** A machine with {@code limit} files per process, 72 open already (128 more kept spare). */
  private static Machine machine(long limit) {
    return new Machine(2, "1.00 1.00 1.00", limit, 72, "OpenJDK 17");
  }

  @Test
  void observersThatFitAllRun() throws IOException {
    LoadConfig asked = scaleRun(18_000, true);

    assertSame(asked, LoadRun.withinOpenFileLimit(asked, machine(65_536)));
    assertSame(asked, LoadRun.withinOpenFileLimit(asked, machine(-1)), "no known limit");
    assertEquals("", LoadReport.observersLeftOut(asked, 18_000, machine(65_536)));
  }

  @Test
  void observersBeyondTheLimitAreLeftOutAndTheReportSaysWhy() throws IOException {
    LoadConfig asked = scaleRun(18_000, true);
    Machine small = machine(20_000); // room for 20,000 - 72 - 128 = 19,800 files

    LoadConfig fitted = LoadRun.withinOpenFileLimit(asked, small);

    assertEquals(19_800 - 2_200 - 200, fitted.observers());
    assertEquals(asked.players(), fitted.players());
    assertEquals(" (of 18000 asked for: the open-file limit, 20000, has no room for more)",
        LoadReport.observersLeftOut(fitted, 18_000, small));
    assertEquals(17_600, LoadRun.withinOpenFileLimit(scaleRun(18_000, false), small).observers(),
        "without a journal the server holds no file per game");
  }

  @Test
  void playersBeyondTheLimitAreRefused() {
    IOException refused = assertThrows(IOException.class,
        () -> LoadRun.withinOpenFileLimit(scaleRun(100, true), machine(2_000)));
    assertTrue(refused.getMessage().startsWith("the open-file limit (2000, ulimit -n) leaves room"
        + " for 1800 connections and journals, not the 2400"), refused.getMessage());
  }
}
