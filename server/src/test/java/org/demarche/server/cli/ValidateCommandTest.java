package org.demarche.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.demarche.testing.CommandRun;
import org.demarche.testing.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code validate} command: what it prints and its exit code. */
class ValidateCommandTest {
  @Test
  void tutorialIsValidAndExitsZero() {
    String tutorial = Repository.root().resolve("scenarios/tutorial.json").toString();
    CommandRun run = CommandRun.of("validate", tutorial);
    assertEquals(0, run.exitCode(), () -> "a valid file should exit 0; output:\n" + run.all());
    assertTrue(run.out().contains(tutorial + ": valid"),
        () -> "the output should say the tutorial is valid:\n" + run.all());
  }

  @Test
  void invalidFileExitsTwoAndNamesFilePathAndMessage(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, tutorialText().replace("\"format\": 1", "\"format\": 3"));
    CommandRun run = CommandRun.of("validate", file.toString());
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
    CommandRun run = CommandRun.of("validate", good.toString(), bad.toString());
    assertEquals(2, run.exitCode(), () -> "one invalid file should make it exit 2:\n" + run.all());
    assertTrue(run.out().contains(good + ": valid"),
        () -> "the valid file should be reported valid:\n" + run.all());
    assertTrue(run.out().contains(bad + ": error: line 1, column "),
        () -> "the invalid file's syntax error should be reported with its line:\n" + run.all());
    assertTrue(run.out().contains(bad + ": invalid"),
        () -> "the invalid file should be summed up as invalid:\n" + run.all());
  }

  @Test
  void theSchemaAmongTheScenarioFilesIsSkippedOnOneLineAndTheRestAreValid() {
    Path folder = Repository.root().resolve("scenarios");
    Path schema = folder.resolve("scenario.schema.json");
    CommandRun run = CommandRun.of("validate", schema.toString(),
        folder.resolve("tutorial.json").toString(), folder.resolve("bolivia-2022.json").toString());
    assertEquals(0, run.exitCode(), () -> "the schema is no invalid scenario, so exit 0:\n"
        + run.all());
    assertEquals(List.of(schema + ": skipped, a JSON Schema, not a scenario"),
        run.out().lines().filter(line -> line.startsWith(schema.toString())).toList(),
        () -> "the schema gets one line saying it is skipped, and no errors:\n" + run.all());
  }

  @Test
  void anInvalidScenarioBesideTheSchemaStillExitsTwo(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{}");
    Path schema = Repository.root().resolve("scenarios/scenario.schema.json");
    CommandRun run = CommandRun.of("validate", schema.toString(), bad.toString());
    assertEquals(2, run.exitCode(), () -> "the invalid scenario makes it exit 2:\n" + run.all());
  }

  @Test
  void missingFileExitsTwo(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere.json");
    CommandRun run = CommandRun.of("validate", missing.toString());
    assertEquals(2, run.exitCode(), () -> "a missing file should exit 2:\n" + run.all());
    assertTrue(run.out().contains(missing + ": error: $: no such file"),
        () -> "the output should say the file does not exist:\n" + run.all());
  }

  @Test
  void noArgumentIsAUsageErrorExitingTwo() {
    CommandRun run = CommandRun.of("validate");
    assertEquals(2, run.exitCode(), () -> "no file should be a usage error (exit 2):\n" + run.all());
    assertTrue(run.err().contains("Missing required parameter"),
        () -> "picocli should say a parameter is missing:\n" + run.all());
    assertTrue(run.err().contains("Usage: demarche-server validate"),
        () -> "the usage should be printed:\n" + run.all());
  }

  private static String tutorialText() throws IOException {
    return Files.readString(Repository.root().resolve("scenarios/tutorial.json"));
  }
}
