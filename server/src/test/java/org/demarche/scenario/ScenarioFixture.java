package org.demarche.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * A minimal valid scenario built fresh for every call, with helpers to mutate it, load it and
 * assert on the problems found.
 */
final class ScenarioFixture {
  /** The name problems carry for scenarios loaded from text. */
  static final String NAME = "test.json";

  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

  /**
   * Two stored variables (read by a dynamic and by indicators), two teams with a resource each,
   * a single-team action, a joint action, an inject and an end condition: valid, no warnings.
   */
  private static final String MINIMAL = """
      {
        "format": 1,
        "id": "fixture",
        "title": "Fixture",
        "version": "1.0.0",
        "description": "The smallest scenario the loader tests start from.",
        "calendar": { "unit": "quarter", "start": "2024-Q1", "defaultTurns": 4, "maxTurns": 6 },
        "variables": [
          { "id": "reserves", "label": "Reserves", "domain": "economy", "initial": 3, "min": 0, "max": 10 },
          { "id": "price", "label": "Fuel price", "domain": "economy", "initial": 60, "min": 20, "max": 120 }
        ],
        "dynamics": [
          { "id": "subsidy_bill", "var": "reserves", "delta": "0.4 - 0.015 * (100 - price)" }
        ],
        "teams": [
          {
            "id": "gov", "name": "Government", "briefing": "Keep the reserves.", "slots": 1,
            "resources": [ { "id": "capital", "label": "Political capital", "initial": 4, "income": 1, "max": 8 } ],
            "goals": [ { "id": "reserves", "name": "Rebuild reserves",
              "indicators": [ { "expr": "reserves", "baseline": 1, "target": 4 } ] } ]
          },
          {
            "id": "donor", "name": "Donor", "briefing": "Lend to a reform.", "slots": 1,
            "resources": [ { "id": "capital", "label": "Diplomatic capital", "initial": 3 } ],
            "goals": [ { "id": "reform", "name": "Subsidy reform",
              "indicators": [ { "expr": "price", "baseline": 60, "target": 90 } ] } ]
          }
        ],
        "actions": [
          {
            "id": "raise_price", "name": "Raise prices", "description": "Raise fuel prices.",
            "teams": ["gov"], "cost": { "capital": 2 },
            "effects": [ { "var": "price", "amount": 10 } ],
            "tags": ["gov.reserves"]
          },
          {
            "id": "reform_loan", "name": "Reform loan", "description": "Both must sign.",
            "teams": ["gov", "donor"], "joint": true, "cost": { "capital": 1 },
            "requires": "price >= 70",
            "effects": [ { "var": "reserves", "amount": 1, "delay": 1 } ]
          }
        ],
        "events": [
          {
            "id": "blockade", "title": "Blockade", "text": "Truckers block the roads.",
            "trigger": { "type": "inject" },
            "effects": [ { "var": "gov.capital", "amount": -1 } ]
          }
        ],
        "end": {
          "lastTurn": "The exercise ends.",
          "conditions": [ { "id": "broke", "when": "reserves <= 0", "outcome": "Reserves are gone." } ]
        }
      }
      """;

  private ScenarioFixture() {}

  /** A fresh, mutable copy of the minimal valid scenario. */
  static JsonObject minimal() {
    return JsonParser.parseString(MINIMAL).getAsJsonObject();
  }

  /** The minimal scenario as JSON text. */
  static String minimalText() {
    return MINIMAL;
  }

  /** Loads the minimal scenario after applying {@code mutation} to it. */
  static LoadResult loadWith(Consumer<JsonObject> mutation) {
    JsonObject scenario = minimal();
    mutation.accept(scenario);
    return ScenarioLoader.load(GSON.toJson(scenario), NAME);
  }

  /** Loads JSON text under the fixture's name. */
  static LoadResult loadText(String json) {
    return ScenarioLoader.load(json, NAME);
  }

  /** Writes the minimal scenario, mutated, to {@code file}; returns the file. */
  static Path write(Path file, Consumer<JsonObject> mutation) throws java.io.IOException {
    JsonObject scenario = minimal();
    mutation.accept(scenario);
    Files.writeString(file, GSON.toJson(scenario));
    return file;
  }

  /**
   * The object at a dotted path below the root, such as {@code "actions[1].effects[0]"}; each
   * step is a field name optionally followed by one array index.
   */
  static JsonObject at(JsonObject root, String path) {
    JsonElement current = root;
    for (String step : path.split("\\.")) {
      int bracket = step.indexOf('[');
      String field = bracket < 0 ? step : step.substring(0, bracket);
      current = current.getAsJsonObject().get(field);
      if (current == null) {
        throw new IllegalArgumentException("no field '" + field + "' on the way to " + path);
      }
      if (bracket >= 0) {
        int index = Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
        current = current.getAsJsonArray().get(index);
      }
    }
    return current.getAsJsonObject();
  }

  /** The array at a dotted path below the root, such as {@code "teams[0].resources"}. */
  static JsonArray arrayAt(JsonObject root, String path) {
    int dot = path.lastIndexOf('.');
    JsonObject owner = dot < 0 ? root : at(root, path.substring(0, dot));
    return owner.getAsJsonArray(dot < 0 ? path : path.substring(dot + 1));
  }

  /** A JSON array of strings. */
  static JsonArray strings(String... values) {
    JsonArray array = new JsonArray();
    for (String value : values) {
      array.add(value);
    }
    return array;
  }

  /** Parses a JSON fragment, handy for adding whole objects. */
  static JsonObject object(String json) {
    return JsonParser.parseString(json).getAsJsonObject();
  }

  /**
   * Asserts the result is invalid and has an error at exactly {@code path} whose message contains
   * {@code message} and whose hint contains {@code hint} (any hint when null); returns it.
   */
  static Problem assertError(LoadResult result, String path, String message, String hint) {
    return assertProblem(result, Problem.Severity.ERROR, path, message, hint);
  }

  /** Asserts there is a warning at {@code path} like {@link #assertError}, and the file is valid. */
  static Problem assertWarning(LoadResult result, String path, String message, String hint) {
    assertTrue(result.valid(), () -> "a warning must not make the file invalid, but got "
        + describe(result.problems()));
    return assertProblem(result, Problem.Severity.WARNING, path, message, hint);
  }

  private static Problem assertProblem(LoadResult result, Problem.Severity severity, String path,
      String message, String hint) {
    if (severity == Problem.Severity.ERROR) {
      assertFalse(result.valid(), () -> "expected the file to be invalid because of " + message
          + " at " + path + ", but it loaded");
    }
    for (Problem p : result.problems()) {
      if (p.severity() == severity && p.path().equals(path) && p.message().contains(message)
          && (hint == null || p.hint().contains(hint))) {
        assertEquals(NAME, p.file(), "the problem should name the file it was found in");
        return p;
      }
    }
    return fail("expected a " + severity + " at " + path + " with message containing '" + message
        + "'" + (hint == null ? "" : " and hint containing '" + hint + "'") + ", but got:\n"
        + describe(result.problems()));
  }

  /** Asserts the scenario loads with no errors and no warnings. */
  static void assertClean(LoadResult result) {
    assertTrue(result.valid() && result.problems().isEmpty(),
        () -> "expected a valid scenario without problems, but got:\n"
            + describe(result.problems()));
  }

  /** All problems, one a line, for failure messages. */
  static String describe(List<Problem> problems) {
    return problems.isEmpty() ? "(no problems)"
        : problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }
}
