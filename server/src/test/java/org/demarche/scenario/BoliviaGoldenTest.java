package org.demarche.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.demarche.engine.model.Objective;
import org.demarche.engine.model.Team;
import org.demarche.testing.CommandRun;
import org.demarche.testing.Repository;
import org.junit.jupiter.api.Test;

/**
 * Pins the Bolivia 2022 scenario: it validates without warnings, the U.S. team is scored on
 * exactly the strategy's eleven objectives, and a seeded passive simulation prints exactly the
 * committed golden summary, so that any change to the scenario's numbers is deliberate.
 */
class BoliviaGoldenTest {
  private static final String SCENARIO = "scenarios/bolivia-2022.json";
  private static final String GOLDEN = "server/src/test/resources/golden/bolivia-2022-passive-seed7.txt";
  private static final String[] SIMULATE = {
      "--runs", "50", "--seed", "7", "--policy", "passive", "--threads", "2"};

  private static final List<String> US_OBJECTIVES = List.of(
      "mo_1_1", "mo_1_2", "mo_2_1", "mo_2_2", "mo_3_1", "mo_3_2",
      "mo_4_1", "mo_4_2", "mo_4_3", "mgt_1_1", "mgt_1_2");

  @Test
  void theScenarioValidatesWithoutWarnings() {
    LoadResult result = ScenarioLoader.load(Repository.file(SCENARIO));
    assertTrue(result.valid(), () -> SCENARIO + " should load valid: " + result.problems());
    assertEquals(List.of(), result.problems(),
        SCENARIO + " should load without errors or warnings");
  }

  @Test
  void theUsMissionIsScoredOnTheElevenObjectivesOfTheStrategy() {
    LoadResult result = ScenarioLoader.load(Repository.file(SCENARIO));
    assertTrue(result.valid(), () -> SCENARIO + " should load valid: " + result.problems());
    Team us = result.scenario().teams().stream()
        .filter(t -> t.id().equals("us")).findFirst().orElseThrow();
    List<String> ids = us.objectives().stream().map(Objective::id).toList();
    assertEquals(US_OBJECTIVES, ids,
        "the U.S. team's goals are Mission Objectives 1.1-4.3 and Management Objectives 1.1-1.2");
    for (Objective o : us.objectives()) {
      assertTrue(o.source() != null && o.source().contains("003_5898b973cb7a8562.txt"),
          () -> o.id() + " should cite the Integrated Country Strategy in its source");
    }
  }

  @Test
  void aSeededPassiveSimulationPrintsTheGoldenSummary() throws IOException {
    Path scenario = Repository.file(SCENARIO);
    Path golden = Repository.file(GOLDEN);
    String[] args = new String[SIMULATE.length + 2];
    args[0] = "simulate";
    args[1] = scenario.toString();
    System.arraycopy(SIMULATE, 0, args, 2, SIMULATE.length);
    CommandRun run = CommandRun.of(args);
    assertEquals(0, run.exitCode(), () -> "simulate should succeed: " + run.err());

    String expected = Files.readString(golden, StandardCharsets.UTF_8).replace("\r\n", "\n");
    String actual = run.out().replace("\r\n", "\n");
    assertEquals(expected, actual, () -> "The passive simulation of " + SCENARIO
        + " no longer matches " + GOLDEN + ".\n"
        + "If you changed the scenario (or the engine) on purpose, check the new summary and "
        + "update the golden file deliberately, from the repository root:\n"
        + "  mvn -B -q install -DskipTests\n"
        + "  java -jar server/target/demarche-server.jar simulate " + SCENARIO
        + " --runs 50 --seed 7 --policy passive --threads 2 > " + GOLDEN + "\n"
        + "then review the diff of the golden file and commit it with the change. "
        + "If you did not mean to change the scenario's behaviour, this is a regression.");
  }
}
