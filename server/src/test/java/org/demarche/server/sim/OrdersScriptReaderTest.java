package org.demarche.server.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.demarche.engine.GameState;
import org.demarche.engine.TeamOrders;
import org.demarche.engine.model.Scenario;
import org.demarche.scenario.ScenarioLoader;
import org.demarche.testing.Repository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrdersScriptReaderTest {
  private static Scenario tutorial;

  @TempDir Path folder;

  @BeforeAll
  static void loadTheTutorial() throws IOException {
    tutorial = ScenarioLoader.load(Repository.file("scenarios/tutorial.json")).scenario();
  }

  private Path script(String json) throws IOException {
    Path file = folder.resolve("coa.json");
    Files.writeString(file, json);
    return file;
  }

  private List<String> problems(String json) throws IOException {
    Path file = script(json);
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> OrdersScript.read(file, tutorial), json);
    return refused.getMessage().lines()
        .map(line -> line.substring(line.indexOf(file.toString()) + file.toString().length() + 2))
        .toList();
  }

  @Test
  void everyProblemOfAScriptIsReportedWithItsPlace() throws IOException {
    assertEquals(List.of(
            "$.fallback: unknown policy; use autopilot, passive or random",
            "$.turns[0].orders.nobody: unknown team 'nobody'",
            "$.turns[0].orders.gov[1]: unknown action 'nope'",
            "$.turns[0].choices.gov.no_such_event: unknown event 'no_such_event'",
            "$.turns[0].choices.gov.drought: event 'drought' puts no choice to a team",
            "$.turns[0].choices.gov.diesel_exemption: unknown option 'maybe';"
                + " 'diesel_exemption' has exempt, negotiate, hold_firm",
            "$.turns[0].injects[0]: unknown event 'martians'",
            "$.turns[1].turn: expected a turn number from 1, not \"two\"",
            "$.turns[2].turn: expected a turn number from 1, not 0",
            "$.turns[3]: missing \"turn\": the turn number these orders are for",
            "$.turns[4]: expected an object { … }",
            "$.turns[5].orders.gov: expected a list of ids [ … ]",
            "$.turns[5].injects[1]: expected an id in quotes"),
        problems("""
            {"fallback": {"name": "clever"},
             "turns": [
               {"turn": 1, "orders": {"nobody": [], "gov": ["rate_hike", "nope"]},
                "choices": {"gov": {"no_such_event": "x", "drought": "x",
                                    "diesel_exemption": "maybe"}},
                "injects": ["martians"]},
               {"turn": "two"},
               {"turn": 0},
               {"orders": {}},
               7,
               {"turn": 3, "orders": {"gov": "rate_hike"}, "injects": ["drought", 5]}]}
            """));
  }

  @Test
  void aScriptThatIsNotAnObjectOrHasNoListOfTurnsIsNamed() throws IOException {
    assertEquals(List.of("$: expected an object with \"turns\""), problems("[1, 2]"));
    assertEquals(List.of("$: expected an object with \"turns\""), problems(""));
    assertEquals(List.of("$.turns: expected a list of turns [ … ]"),
        problems("{\"turns\": {\"turn\": 1}}"));
  }

  @Test
  void aValidScriptGivesItsOrdersChoicesAndInjectsPerTurn() throws IOException {
    OrdersScript script = OrdersScript.read(script("""
        {"fallback": "random",
         "turns": [{"turn": 1, "orders": {"gov": ["rate_hike", "targeted_transfers"]},
                    "choices": {"gov": {"diesel_exemption": "negotiate"}},
                    "injects": ["drought"]}]}
        """), tutorial);

    assertEquals(List.of("drought"), script.injects(1));
    assertEquals(List.of(), script.injects(2));
    // The opening state is about to play turn 1; given orders draw no random numbers.
    TeamOrders gov = script.decide(tutorial, GameState.initial(tutorial, 1, 8),
        tutorial.teamIndex("gov"), null);
    assertEquals(new TeamOrders("gov", List.of("rate_hike", "targeted_transfers"),
        Map.of("diesel_exemption", "negotiate")), gov);
  }
}
