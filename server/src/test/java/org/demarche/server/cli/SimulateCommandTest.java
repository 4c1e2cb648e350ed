package org.demarche.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.demarche.testing.CommandRun;
import org.demarche.testing.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate} on the tutorial: summary, determinism, CSV, scripted orders, bad input. */
class SimulateCommandTest {
  private static final String TUTORIAL = Repository.file("scenarios/tutorial.json").toString();

  @Test
  void theSummaryNamesEveryTeamVariableAndTheEvents() {
    CommandRun run = CommandRun.of("simulate", TUTORIAL, "--runs", "40", "--seed", "7");
    assertEquals(0, run.exitCode(), "simulate should succeed: " + run.err());
    for (String expected : List.of("40 runs of 8 turns (2024-Q1 to 2025-Q4), seed 7, policy autopilot",
        "Government of Quenara", "Joint Donor Mission", "International reserves",
        "Most frequent events", "How the games ended", "mean", "p10", "p50", "p90")) {
      assertTrue(run.out().contains(expected), "the summary should contain '" + expected + "':\n"
          + run.out());
    }
    assertTrue(run.err().contains("40 runs in"), "timing goes to standard error: " + run.err());
  }

  @Test
  void theSameSeedPrintsTheSameSummaryWhateverTheThreads() {
    CommandRun one = CommandRun.of("simulate", TUTORIAL, "--runs", "30", "--seed", "11",
        "--threads", "1", "--policy", "random");
    CommandRun two = CommandRun.of("simulate", TUTORIAL, "--runs", "30", "--seed", "11",
        "--threads", "2", "--policy", "random");
    assertEquals(one.out(), two.out(), "same seed, same summary, on one thread or two");
    CommandRun other = CommandRun.of("simulate", TUTORIAL, "--runs", "30", "--seed", "12",
        "--policy", "random");
    assertNotEquals(one.out(), other.out(), "another seed gives another summary");
  }

  @Test
  void theCsvHasOneRowPerRunTurnAndVariable(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("out.csv");
    CommandRun run = CommandRun.of("simulate", TUTORIAL, "--runs", "3", "--turns", "4",
        "--policy", "passive", "--csv", csv.toString());
    assertEquals(0, run.exitCode(), "simulate should succeed: " + run.err());
    List<String> lines = Files.readAllLines(csv);
    assertEquals("run,turn,label,variable,value", lines.get(0), "the header is the contract");
    assertEquals(1 + 3 * 5 * 9, lines.size(), "3 runs × turns 0..4 × 9 variables, plus the header");
    assertTrue(lines.get(1).startsWith("1,0,2023-Q4,reserves_usd_bn,4.5"),
        "turn 0 is the opening state, labelled with the quarter before the start: " + lines.get(1));
    assertTrue(lines.contains(lines.get(1).replace("1,0,", "3,0,")),
        "every run starts from the same opening state");
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("2,4,2024-Q4,")),
        "turn 4 is labelled 2024-Q4");
  }

  @Test
  void aScriptPlaysGivenOrdersAndInjects(@TempDir Path dir) throws IOException {
    Path script = dir.resolve("coa.json");
    Files.writeString(script, """
        {"fallback": "passive",
         "turns": [{"turn": 1, "orders": {"gov": ["targeted_transfers"]}},
                   {"turn": 2, "injects": ["border_clash"]}]}
        """.replace("border_clash", firstInject()));
    CommandRun scripted = CommandRun.of("simulate", TUTORIAL, "--runs", "5", "--policy",
        script.toString());
    assertEquals(0, scripted.exitCode(), "a valid script runs: " + scripted.err());
    assertTrue(scripted.out().contains(injectTitle().substring(0, 20)),
        "the injected event shows among the events:\n" + scripted.out());
    CommandRun passive = CommandRun.of("simulate", TUTORIAL, "--runs", "5", "--policy", "passive");
    assertNotEquals(passive.out().lines().skip(3).toList(), scripted.out().lines().skip(3).toList(),
        "the script's orders make a difference");
  }

  @Test
  void aScriptNamingAnUnknownActionIsRejectedWithItsPath(@TempDir Path dir) throws IOException {
    Path script = dir.resolve("bad.json");
    Files.writeString(script, "{\"turns\": [{\"turn\": 1, \"orders\": {\"gov\": [\"nope\"]}}]}");
    CommandRun run = CommandRun.of("simulate", TUTORIAL, "--policy", script.toString());
    assertEquals(2, run.exitCode(), "a bad script is a usage error");
    assertTrue(run.err().contains("$.turns[0].orders.gov[0]: unknown action 'nope'"),
        "the error names the place: " + run.err());
  }

  @Test
  void badArgumentsExitWithTwoAndSayWhy(@TempDir Path dir) throws IOException {
    CommandRun tooLong = CommandRun.of("simulate", TUTORIAL, "--turns", "13");
    assertEquals(2, tooLong.exitCode(), "more turns than maxTurns");
    assertTrue(tooLong.err().contains("--turns must be between 1 and 12"), tooLong.err());
    CommandRun badPolicy = CommandRun.of("simulate", TUTORIAL, "--policy", "clever");
    assertEquals(2, badPolicy.exitCode(), "unknown policy");
    assertTrue(badPolicy.err().contains("'clever' is none of these"), badPolicy.err());
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"format\": 1");
    CommandRun invalid = CommandRun.of("simulate", broken.toString());
    assertEquals(2, invalid.exitCode(), "an invalid scenario");
    assertTrue(invalid.err().contains("malformed JSON"), invalid.err());
  }

  @Test
  void noThreadsRunsOrTurnsIsAUsageErrorSayingWhatIsAllowed() {
    for (String count : List.of("0", "-1")) {
      for (String option : List.of("--threads", "--runs", "--turns")) {
        CommandRun run = option.equals("--runs")
            ? CommandRun.of("simulate", TUTORIAL, option, count)
            : CommandRun.of("simulate", TUTORIAL, "--runs", "2", option, count);
        assertEquals(2, run.exitCode(), option + " " + count + " is a usage error:\n" + run.all());
        String allowed = option.equals("--turns") ? "between 1 and 12" : "at least 1";
        assertTrue(run.err().contains(option + " must be " + allowed)
            && run.err().contains("got " + count),
            option + " " + count + " should say what is allowed:\n" + run.err());
      }
    }
  }

  private static String firstInject() throws IOException {
    var scenario = org.demarche.scenario.ScenarioLoader.load(Path.of(TUTORIAL)).scenario();
    return scenario.events().stream()
        .filter(e -> e.trigger().type() == org.demarche.engine.model.Event.Type.INJECT)
        .findFirst().orElseThrow().id();
  }

  private static String injectTitle() throws IOException {
    var scenario = org.demarche.scenario.ScenarioLoader.load(Path.of(TUTORIAL)).scenario();
    return scenario.events().get(scenario.eventIndex(firstInject())).title();
  }
}
