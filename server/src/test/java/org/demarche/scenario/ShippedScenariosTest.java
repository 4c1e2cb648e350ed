package org.demarche.scenario;

import static org.demarche.scenario.ScenarioFixture.describe;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.demarche.testing.Repository;
import org.junit.jupiter.api.Test;

/** The scenarios in the repository and the example in the format documentation stay valid. */
class ShippedScenariosTest {
  private static final String EXAMPLE_HEADING = "## A complete small example";

  private static final Pattern FIRST_JSON_BLOCK =
      Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);

  @Test
  void everyScenarioInTheRepositoryLoadsValid() throws IOException {
    Path scenarios = Repository.root().resolve("scenarios");
    List<Path> files;
    try (Stream<Path> listing = Files.list(scenarios)) {
      files = listing.filter(f -> f.getFileName().toString().endsWith(".json"))
          .filter(f -> !f.getFileName().toString().equals("scenario.schema.json"))
          .sorted().toList();
    }
    assertFalse(files.isEmpty(), () -> "expected scenario files in " + scenarios);
    for (Path file : files) {
      LoadResult result = ScenarioLoader.load(file);
      assertTrue(result.valid() && result.errors().isEmpty(),
          () -> file + " should load valid, but got:\n" + describe(result.problems()));
    }
  }

  @Test
  void tutorialIsAmongTheScenariosChecked() {
    Path tutorial = Repository.root().resolve("scenarios/tutorial.json");
    assertTrue(Files.isRegularFile(tutorial), () -> "expected the tutorial at " + tutorial);
  }

  @Test
  void firstJsonExampleInTheFormatDocumentationLoadsValid() throws IOException {
    Path doc = Repository.root().resolve("docs/scenario-format.md");
    String markdown = Files.readString(doc);
    // The document's first ```json blocks are fragments (the "$schema" line with "...", a
    // visibility object); the example meant to validate is the first one under its heading.
    int section = markdown.indexOf(EXAMPLE_HEADING);
    assertTrue(section >= 0, () -> "expected a section '" + EXAMPLE_HEADING + "' in " + doc);
    Matcher m = FIRST_JSON_BLOCK.matcher(markdown);
    String example = m.find(section) ? m.group(1) : null;
    assertNotNull(example, () -> "expected a complete ```json example in " + doc);
    LoadResult result = ScenarioLoader.load(example, doc + " (example)");
    assertTrue(result.valid() && result.errors().isEmpty(),
        () -> "the documented example should load valid, but got:\n"
            + describe(result.problems()));
  }
}
