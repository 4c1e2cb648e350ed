package org.demarche.server.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.demarche.testing.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a server's scenarios from a folder or from the jar. */
class ScenarioCatalogTest {
  @Test
  void anInvalidFileIsReportedAndSkippedAndTheOthersLoad(@TempDir Path dir) throws IOException {
    Files.copy(Repository.file("scenarios/tutorial.json"), dir.resolve("a-tutorial.json"));
    Files.writeString(dir.resolve("b-broken.json"), "{ \"format\": 1,");
    Files.copy(Repository.file("scenarios/scenario.schema.json"), dir.resolve("x.schema.json"));
    ScenarioCatalog catalog = ScenarioCatalog.fromFolder(dir);
    assertEquals(List.of("tutorial-quenara"), List.copyOf(catalog.scenarios().keySet()),
        "the valid scenario loads; the schema is not a scenario");
    assertTrue(catalog.problems().stream().anyMatch(p -> p.isError()
        && p.file().endsWith("b-broken.json")), "the broken file is reported: " + catalog.problems());
  }

  @Test
  void aSecondFileWithTheSameIdIsSkippedWithAnError(@TempDir Path dir) throws IOException {
    Files.copy(Repository.file("scenarios/tutorial.json"), dir.resolve("one.json"));
    Files.copy(Repository.file("scenarios/tutorial.json"), dir.resolve("two.json"));
    ScenarioCatalog catalog = ScenarioCatalog.fromFolder(dir);
    assertEquals(1, catalog.scenarios().size(), "one scenario per id");
    assertTrue(catalog.problems().stream().anyMatch(p -> p.file().endsWith("two.json")
        && p.message().contains("already has the scenario id 'tutorial-quenara'")),
        "the duplicate is named: " + catalog.problems());
  }

  @Test
  void everyShippedScenarioIsBuiltIntoTheJar() throws IOException {
    List<String> shipped = new ArrayList<>();
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(Repository.file("scenarios"), "*.json")) {
      for (Path f : files) {
        if (!f.getFileName().toString().endsWith(".schema.json")) {
          shipped.add(f.getFileName().toString());
        }
      }
    }
    shipped.sort(null);
    List<String> builtIn = new ArrayList<>(ScenarioCatalog.BUILT_IN);
    builtIn.sort(null);
    assertEquals(shipped, builtIn, "ScenarioCatalog.BUILT_IN must list every file of scenarios/");
    ScenarioCatalog catalog = ScenarioCatalog.embedded();
    assertEquals(shipped.size(), catalog.scenarios().size(),
        "every built-in scenario loads from the classpath: " + catalog.problems());
  }
}
