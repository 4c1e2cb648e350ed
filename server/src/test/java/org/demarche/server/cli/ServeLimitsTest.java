package org.demarche.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.demarche.testing.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits of {@code serve} on its command line: listed, and a wrong value refused early. */
class ServeLimitsTest {
  @TempDir Path data;

  @Test
  void theHelpListsTheLimitsWithTheirDefaults() {
    CommandRun run = CommandRun.of("serve", "--help");
    assertEquals(0, run.exitCode(), run.all());
    assertTrue(run.out().contains("--max-connections=N") && run.out().contains("30000"), run.out());
    assertTrue(run.out().contains("--max-connections-per-ip=N") && run.out().contains("256"));
    assertTrue(run.out().contains("--requests-per-second=N") && run.out().contains("100"));
  }

  @Test
  void aLimitThatIsNotPositiveIsAUsageErrorBeforeAnythingStarts() {
    CommandRun run = CommandRun.of("serve", "--port", "0", "--data", data.toString(),
        "--requests-per-second", "0");
    assertEquals(2, run.exitCode(), run.all());
    assertTrue(run.err().contains("--requests-per-second must be at least 1, got 0"), run.err());
    assertTrue(!run.out().contains("listening on"), "nothing was started: " + run.out());
  }
}
