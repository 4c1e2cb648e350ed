package org.demarche.engine;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.demarche.engine.model.Scenario;
import org.demarche.scenario.LoadResult;
import org.demarche.scenario.ScenarioLoader;

/**
 * Builds small scenarios for engine tests from JSON fragments. Fragments may use single quotes
 * for readability; they become double quotes. Starts with two teams, {@code a} and {@code b},
 * each with 10 {@code money}, 2 slots and one objective on variable {@code x}.
 */
final class TinyScenario {
  private final List<String> variables = new ArrayList<>();
  private final List<String> dynamics = new ArrayList<>();
  private final List<String> actions = new ArrayList<>();
  private final List<String> events = new ArrayList<>();
  private String teams = """
      {'id': 'a', 'name': 'Team A', 'briefing': 'A.', 'slots': 2,
       'resources': [{'id': 'money', 'label': 'Money', 'initial': 10, 'income': 1}],
       'goals': [{'id': 'grow', 'name': 'Grow x', 'indicators': [{'expr': 'x', 'baseline': 0, 'target': 100}]}]},
      {'id': 'b', 'name': 'Team B', 'briefing': 'B.', 'slots': 2,
       'resources': [{'id': 'money', 'label': 'Money', 'initial': 10}],
       'goals': [{'id': 'shrink', 'name': 'Shrink x', 'indicators': [{'expr': 'x', 'baseline': 100, 'target': 0}]}]}
      """;
  private String end = "{'lastTurn': 'Done.'}";

  TinyScenario variable(String json) {
    variables.add(json);
    return this;
  }

  TinyScenario dynamic(String json) {
    dynamics.add(json);
    return this;
  }

  TinyScenario action(String json) {
    actions.add(json);
    return this;
  }

  TinyScenario event(String json) {
    events.add(json);
    return this;
  }

  TinyScenario teams(String json) {
    teams = json;
    return this;
  }

  TinyScenario end(String json) {
    end = json;
    return this;
  }

  String json() {
    List<String> vars = new ArrayList<>(variables);
    if (vars.stream().noneMatch(v -> v.replace(" ", "").contains("'id':'x'"))) {
      vars.add(0, "{'id': 'x', 'label': 'X', 'domain': 'economy', 'initial': 50, 'min': 0, 'max': 100}");
    }
    return ("{'format': 1, 'id': 'tiny', 'title': 'Tiny', 'version': '1', 'description': 'Test.',"
        + "'calendar': {'unit': 'quarter', 'start': '2022-Q2', 'defaultTurns': 6, 'maxTurns': 20},"
        + "'variables': [" + String.join(",", vars) + "],"
        + "'dynamics': [" + String.join(",", dynamics) + "],"
        + "'teams': [" + teams + "],"
        + "'actions': [" + String.join(",", actions) + "],"
        + "'events': [" + String.join(",", events) + "],"
        + "'end': " + end + "}").replace('\'', '"');
  }

  Scenario load() {
    LoadResult result = ScenarioLoader.load(json(), "tiny.json");
    if (!result.valid()) {
      fail("the test scenario should be valid, but: " + result.errors());
    }
    return result.scenario();
  }
}
