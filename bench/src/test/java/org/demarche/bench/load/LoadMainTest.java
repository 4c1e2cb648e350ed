package org.demarche.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LoadMainTest {
  /** What a run printed as its error output (not its progress, which goes to System.err). */
  private record Run(int exitCode, String err) {}

  private static Run run(String... args) {
    StringWriter err = new StringWriter();
    CommandLine command = new CommandLine(new LoadMain());
    command.setErr(new PrintWriter(err, true));
    return new Run(command.execute(args), err.toString());
  }

  @Test
  void theHelpListsTheExitCodes() {
    String help = new CommandLine(new LoadMain()).getUsageMessage();
    assertTrue(help.contains("Exit codes:")
            && help.contains("  0   the run finished, no request failed and every player got")
            && help.contains("  1   requests failed, or the run could not be done")
            && help.contains("  2   flags that clash or are invalid"),
        "--help ends with the three exit codes:\n" + help);
  }

  @Test
  void theServerOptionSaysToLiftTheExternalServersRateLimit() {
    String description = String.join(" ", new CommandLine(new LoadMain()).getCommandSpec()
        .findOption("--server").description());
    assertTrue(description.contains("--requests-per-second (e.g. 100000)"), description);
  }

  @Test
  @Timeout(60)
  void aServerThatRefusesTheConnectionIsOneLineNamingItsAddress() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    Run run = run("--server", "127.0.0.1:" + closedPort, "--key", "X", "--games", "1",
        "--players", "3", "--timeout", "20");

    assertEquals(1, run.exitCode(), "a run that cannot be done exits 1");
    assertEquals("demarche-load: cannot connect to 127.0.0.1:" + closedPort
        + ": Connection refused" + System.lineSeparator(), run.err(), "no stack trace");
  }

  @Test
  void aJournalFolderThatDoesNotExistIsNamedWithWhatIsWrong(@TempDir Path temporary) {
    Path missing = temporary.resolve("missing");

    Run run = run("--journal-folder", missing.toString());

    assertEquals(1, run.exitCode(), "a run that cannot be done exits 1");
    assertEquals("demarche-load: cannot make the server's data folder in " + missing
        + ": no such folder" + System.lineSeparator(), run.err());
  }

  @Test
  @Timeout(90)
  void aScenarioTheServerDoesNotHaveIsOneLineNamingThoseItHas() {
    Run run = run("--scenario", "nope", "--games", "1", "--players", "2", "--seconds", "1",
        "--timeout", "30");

    assertEquals(1, run.exitCode(), "a run that cannot be done exits 1");
    assertTrue(run.err().endsWith("demarche-load: the server has no scenario nope; it has"
        + " bolivia-2022, tutorial-quenara" + System.lineSeparator()), run.err());
    assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
  }
}
