package org.demarche.server.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.demarche.engine.model.Scenario;
import org.demarche.scenario.LoadResult;
import org.demarche.scenario.Problem;
import org.demarche.scenario.ScenarioLoader;

/**
 * The scenarios a server offers: every valid scenario file of a folder, or, when there is no
 * folder, the scenarios built into the jar. An invalid file is reported and skipped; it never
 * stops the others from loading.
 *
 * @param scenarios by id, in file-name order
 * @param problems every problem of every file, errors and warnings
 * @param texts the text of each scenario file, by scenario id
 */
public record ScenarioCatalog(
    Map<String, Scenario> scenarios, List<Problem> problems, Map<String, String> texts) {
  /** Where the jar keeps its built-in scenarios (copied from {@code scenarios/} at build time). */
  static final String EMBEDDED = "/scenarios/";

  /** The scenario files shipped in {@code scenarios/}; a test keeps this list complete. */
  static final List<String> BUILT_IN = List.of("bolivia-2022.json", "tutorial.json");

  public ScenarioCatalog {
    scenarios = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scenarios));
    problems = List.copyOf(problems);
    texts = Map.copyOf(texts);
  }

  /** The text each scenario was read from, keyed by the scenario itself (for journals). */
  public Map<Scenario, String> sources() {
    Map<Scenario, String> result = new IdentityHashMap<>();
    for (Scenario scenario : scenarios.values()) {
      result.put(scenario, texts.get(scenario.metadata().id()));
    }
    return result;
  }

  /** Loads every {@code *.json} of {@code folder} except JSON Schemas, sorted by file name. */
  public static ScenarioCatalog fromFolder(Path folder) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.json")) {
      for (Path file : entries) {
        if (!ScenarioLoader.isJsonSchema(file)) {
          files.add(file);
        }
      }
    }
    files.sort(null);
    Builder builder = new Builder();
    for (Path file : files) {
      builder.add(file.toString(), ScenarioLoader.load(file));
    }
    return builder.build();
  }

  /** Loads the scenarios built into the jar. */
  public static ScenarioCatalog embedded() throws IOException {
    Builder builder = new Builder();
    for (String name : BUILT_IN) {
      builder.add("(built in) " + name, ScenarioLoader.load(read(EMBEDDED + name), name));
    }
    return builder.build();
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = ScenarioCatalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("the jar has no " + resource + "; rebuild it with mvn package");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Collects loaded files; a second file with an id already taken is an error of that file. */
  private static final class Builder {
    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> texts = new LinkedHashMap<>();

    void add(String file, LoadResult result) {
      problems.addAll(result.problems());
      if (!result.valid()) {
        return;
      }
      String id = result.scenario().metadata().id();
      if (scenarios.containsKey(id)) {
        problems.add(new Problem(Problem.Severity.ERROR, file, "$.id",
            "another file already has the scenario id '" + id + "'; this file was skipped",
            "give each scenario its own id"));
        return;
      }
      scenarios.put(id, result.scenario());
      texts.put(id, result.source());
    }

    ScenarioCatalog build() {
      return new ScenarioCatalog(scenarios, problems, texts);
    }
  }
}
