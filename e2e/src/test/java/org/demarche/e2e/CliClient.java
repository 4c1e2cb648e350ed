package org.demarche.e2e;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.demarche.client.Main;
import org.demarche.client.cli.Launch;

/** The real command-line client run in script mode, in this process, with its output kept. */
final class CliClient {
  private CliClient() {}

  /** What one client run printed and returned. */
  record Run(int exitCode, String out, String err) {
    String all() {
      return out + "\n--- stderr\n" + err;
    }
  }

  /**
   * Runs {@code demarche ARGS} with {@code script} on standard input.
   *
   * @param home the user's home, where the client keeps session files
   * @param key the instructor key the client finds in its environment
   */
  static Run run(Path home, String key, String script, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Launch launch = new Launch(
        new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of("DEMARCHE_INSTRUCTOR_KEY", key, "NO_COLOR", "1"), home, false,
        List.of(Duration.ofMillis(100)));
    int code = Main.run(launch, args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
