package org.demarche.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.demarche.server.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code validate} command: what it prints and its exit code. */
class ValidateCommandTest {
  /** How many directories up from the working directory the repository root may be. */
  private static final int MAX_DEPTH = 8;

  /** What one run printed and returned. */
  private record Run(int exitCode, String out, String err) {
    String all() {
      return out + err;
    }
  }

  private static Run run(String... args) {
    CommandLine cli = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void tutorialIsValidAndExitsZero() {
    String tutorial = repositoryRoot().resolve("scenarios/tutorial.json").toString();
    Run run = run("validate", tutorial);
    assertEquals(0, run.exitCode(), () -> "a valid file should exit 0; output:\n" + run.all());
    assertTrue(run.out().contains(tutorial + ": valid"),
        () -> "the output should say the tutorial is valid:\n" + run.all());
  }

  @Test
  void invalidFileExitsTwoAndNamesFilePathAndMessage(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, tutorialText().replace("\"format\": 1", "\"format\": 3"));
    Run run = run("validate", file.toString());
    assertEquals(2, run.exitCode(), () -> "an invalid file should exit 2; output:\n" + run.all());
    assertTrue(run.out().contains(file + ": error: $.format: unsupported format 3"),
        () -> "the output should name the file, the path and the message:\n" + run.all());
    assertTrue(run.out().contains(file + ": invalid, 1 error"),
        () -> "the output should sum up the file as invalid:\n" + run.all());
  }

  @Test
  void twoFilesOneInvalidExitsTwoAndReportsBoth(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("good.json");
    Path bad = dir.resolve("bad.json");
    Files.writeString(good, tutorialText());
    Files.writeString(bad, "{ \"format\": 1, }");
    Run run = run("validate", good.toString(), bad.toString());
    assertEquals(2, run.exitCode(), () -> "one invalid file should make it exit 2:\n" + run.all());
    assertTrue(run.out().contains(good + ": valid"),
        () -> "the valid file should be reported valid:\n" + run.all());
    assertTrue(run.out().contains(bad + ": error: line 1, column "),
        () -> "the invalid file's syntax error should be reported with its line:\n" + run.all());
    assertTrue(run.out().contains(bad + ": invalid"),
        () -> "the invalid file should be summed up as invalid:\n" + run.all());
  }

  @Test
  void missingFileExitsTwo(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere.json");
    Run run = run("validate", missing.toString());
    assertEquals(2, run.exitCode(), () -> "a missing file should exit 2:\n" + run.all());
    assertTrue(run.out().contains(missing + ": error: $: no such file"),
        () -> "the output should say the file does not exist:\n" + run.all());
  }

  @Test
  void noArgumentIsAUsageErrorExitingTwo() {
    Run run = run("validate");
    assertEquals(2, run.exitCode(), () -> "no file should be a usage error (exit 2):\n" + run.all());
    assertTrue(run.err().contains("Missing required parameter"),
        () -> "picocli should say a parameter is missing:\n" + run.all());
    assertTrue(run.err().contains("Usage: demarche-server validate"),
        () -> "the usage should be printed:\n" + run.all());
  }

  private static String tutorialText() throws IOException {
    return Files.readString(repositoryRoot().resolve("scenarios/tutorial.json"));
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    for (int depth = 0; depth < MAX_DEPTH && dir != null; depth++) {
      if (Files.isDirectory(dir.resolve("scenarios"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("no scenarios/ directory at or above "
        + Path.of("").toAbsolutePath());
  }
}
