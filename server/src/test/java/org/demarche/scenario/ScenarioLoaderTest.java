package org.demarche.scenario;

import static org.demarche.scenario.ScenarioFixture.arrayAt;
import static org.demarche.scenario.ScenarioFixture.assertClean;
import static org.demarche.scenario.ScenarioFixture.assertError;
import static org.demarche.scenario.ScenarioFixture.assertWarning;
import static org.demarche.scenario.ScenarioFixture.at;
import static org.demarche.scenario.ScenarioFixture.describe;
import static org.demarche.scenario.ScenarioFixture.loadText;
import static org.demarche.scenario.ScenarioFixture.loadWith;
import static org.demarche.scenario.ScenarioFixture.object;
import static org.demarche.scenario.ScenarioFixture.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of problem the scenario loader reports, each checking path, message, hint. */
class ScenarioLoaderTest {

  // ---- the fixture itself --------------------------------------------------------------------

  @Test
  void minimalFixtureLoadsWithoutProblems() {
    LoadResult result = loadWith(s -> { });
    assertClean(result);
    assertEquals("fixture", result.scenario().metadata().id(), "the scenario id should be read");
  }

  // ---- reading the file ----------------------------------------------------------------------

  @Test
  void malformedJsonIsReportedWithLineAndColumn() {
    String json = "{\n  \"format\": 1,\n  \"id\": \"x\"\n  \"title\": \"t\"\n}";
    LoadResult result = loadText(json);
    assertEquals(1, result.problems().size(), () -> "one syntax error expected, got "
        + describe(result.problems()));
    Problem p = result.problems().get(0);
    assertEquals("line 4, column 4", p.path(), "the path should be where the parser stopped");
    assertTrue(p.message().startsWith("malformed JSON: "), () -> "message should say malformed JSON: "
        + p.message());
    assertFalse(p.message().contains("setStrictness"), () -> "message should not leak Gson advice: "
        + p.message());
    assertTrue(p.hint().contains("missing comma"), () -> "hint should suggest a comma: " + p.hint());
  }

  @Test
  void trailingGarbageAfterTheObjectIsReported() {
    String object = ScenarioFixture.minimalText().strip();
    long garbageLine = object.lines().count() + 1;
    LoadResult result = loadText(object + "\n}");
    assertEquals(1, result.problems().size(), () -> "one error expected, got "
        + describe(result.problems()));
    Problem p = result.problems().get(0);
    assertTrue(p.path().startsWith("line " + garbageLine + ", column "),
        () -> "the path should be line " + garbageLine + " where the extra '}' is: " + p.path());
    assertEquals("unexpected text after the end of the scenario", p.message(),
        "the message should say there is text after the object");
    assertTrue(p.hint().contains("exactly one JSON object"), () -> "hint: " + p.hint());
  }

  @Test
  void trailingCommaIsReportedWithoutGsonAdvice() {
    LoadResult result = loadText("{\n  \"format\": 1,\n  \"id\": \"x\",\n}");
    assertEquals(1, result.problems().size(), () -> "one syntax error expected, got "
        + describe(result.problems()));
    Problem p = result.problems().get(0);
    assertTrue(p.path().startsWith("line 4, column "), () -> "the path should be line 4: " + p.path());
    assertTrue(p.message().contains("trailing comma"), () -> "message should name the likely cause: "
        + p.message());
    assertFalse(p.message().contains("setStrictness"), () -> "message should not leak Gson advice: "
        + p.message());
  }

  @Test
  void commentIsReportedAsNotAllowedInJson() {
    LoadResult result = loadText("{\n  // a comment\n  \"format\": 1\n}");
    Problem p = result.problems().get(0);
    assertTrue(p.path().startsWith("line 2, column "), () -> "the path should be line 2: " + p.path());
    assertTrue(p.message().contains("not allowed in JSON") && p.message().contains("comment"),
        () -> "message should say comments are not JSON: " + p.message());
  }

  @Test
  void emptyTextIsReportedAsNotAnObject() {
    LoadResult result = loadText("");
    assertError(result, "$", "expected an object", null);
  }

  @Test
  void fileThatIsNotUtf8IsReported(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.json");
    Files.write(file, new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xE9, '"', '}'});
    LoadResult result = ScenarioLoader.load(file);
    assertEquals(1, result.problems().size(), () -> "one error expected, got "
        + describe(result.problems()));
    Problem p = result.problems().get(0);
    assertEquals("$", p.path(), "an encoding error concerns the whole file");
    assertEquals("the file is not UTF-8 text", p.message(), "message should name the encoding");
    assertEquals("save it as UTF-8", p.hint(), "hint should say how to save it");
    assertEquals(file.toString(), p.file(), "the problem should name the file");
  }

  @Test
  void byteOrderMarkIsAccepted(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bom.json");
    Files.writeString(file, "\uFEFF" + ScenarioFixture.minimalText());
    assertTrue(ScenarioLoader.load(file).valid(), "a UTF-8 byte-order mark should be skipped");
  }

  @Test
  void missingFileIsReported(@TempDir Path dir) {
    Path file = dir.resolve("nowhere.json");
    LoadResult result = ScenarioLoader.load(file);
    assertFalse(result.valid(), "a missing file is not valid");
    Problem p = result.problems().get(0);
    assertEquals("$", p.path(), "a missing file concerns the whole file");
    assertEquals("no such file", p.message(), "message should say the file is missing");
    assertEquals("check the path", p.hint(), "hint should say to check the path");
    assertEquals(file.toString(), p.file(), "the problem should name the file");
  }

  // ---- top level -----------------------------------------------------------------------------

  @Test
  void formatOtherThanOneIsRejected() {
    LoadResult result = loadWith(s -> s.addProperty("format", 2));
    Problem p = assertError(result, "$.format", "unsupported format", "this server reads format 1");
    assertEquals("unsupported format 2", p.message(), "the message should name the format found");
  }

  @Test
  void unknownFieldIsReportedWithSuggestion() {
    LoadResult result = loadWith(s -> {
      var variable = at(s, "variables[0]");
      variable.add("inital", variable.remove("initial"));
    });
    assertError(result, "$.variables[0].inital", "unknown field 'inital'",
        "did you mean 'initial'?");
  }

  @Test
  void unknownFieldFarFromAnyKnownOneListsTheAllowedFields() {
    LoadResult result = loadWith(s -> s.addProperty("zzzzzzzz", 1));
    assertError(result, "$.zzzzzzzz", "unknown field 'zzzzzzzz'", "allowed here: $schema, actions");
  }

  @Test
  void missingRequiredFieldIsReported() {
    LoadResult result = loadWith(s -> at(s, "teams[0]").remove("briefing"));
    assertError(result, "$.teams[0]", "missing field 'briefing'", "add \"briefing\": a text");
  }

  @Test
  void missingCalendarIsReported() {
    LoadResult result = loadWith(s -> s.remove("calendar"));
    assertError(result, "$", "missing field 'calendar'", "\"unit\": \"quarter\"");
  }

  @Test
  void stringWhereNumberIsExpectedSaysRemoveTheQuotes() {
    LoadResult result = loadWith(s -> at(s, "variables[0]").addProperty("initial", "3"));
    assertError(result, "$.variables[0].initial", "expected a number, found the text \"3\"",
        "remove the quotes");
  }

  @Test
  void numberWhereTextIsExpectedIsReported() {
    LoadResult result = loadWith(s -> s.addProperty("title", 5));
    assertError(result, "$.title", "expected a text in quotes, found the number 5", null);
  }

  @Test
  void fractionWhereWholeNumberIsExpectedIsReported() {
    LoadResult result = loadWith(s -> at(s, "teams[0]").addProperty("slots", 1.5));
    assertError(result, "$.teams[0].slots", "expected a whole number of at least 0, found 1.5",
        null);
  }

  // ---- ids -----------------------------------------------------------------------------------

  @Test
  void invalidIdIsReportedWithACleanedUpSuggestion() {
    LoadResult result = loadWith(s -> at(s, "actions[0]").addProperty("id", "Raise Price"));
    assertError(result, "$.actions[0].id", "'Raise Price' is not a valid id",
        "e.g. 'raise_price'");
  }

  @Test
  void dashInVariableIdIsReported() {
    LoadResult result = loadWith(s -> at(s, "variables[1]").addProperty("id", "fuel-price"));
    assertError(result, "$.variables[1].id", "'fuel-price' is not a valid id", "e.g. 'fuel_price'");
  }

  @Test
  void reservedWordAsVariableIdIsReported() {
    LoadResult result = loadWith(s -> at(s, "variables[1]").addProperty("id", "turn"));
    assertError(result, "$.variables[1].id", "'turn' is a reserved word in formulas",
        "choose another id, e.g. 'turn_1'");
  }

  @Test
  void reservedWordAsTeamIdIsReported() {
    LoadResult result = loadWith(s -> at(s, "teams[1]").addProperty("id", "self"));
    assertError(result, "$.teams[1].id", "'self' is a reserved word in formulas", null);
  }

  @Test
  void duplicateVariableIdsAreReported() {
    LoadResult result = loadWith(s -> at(s, "variables[1]").addProperty("id", "reserves"));
    assertError(result, "$.variables[1].id", "duplicate variable id 'reserves'",
        "it is already used at $.variables[0]");
  }

  @Test
  void duplicateActionIdsAreReported() {
    LoadResult result = loadWith(s -> at(s, "actions[1]").addProperty("id", "raise_price"));
    assertError(result, "$.actions[1].id", "duplicate action id 'raise_price'",
        "it is already used at $.actions[0]");
  }

  @Test
  void duplicateTeamIdsAreReportedWithoutCrashing() {
    LoadResult result = loadWith(s -> {
      at(s, "teams[1]").addProperty("id", "gov");
      s.getAsJsonArray("teams").add(object("""
          { "id": "press", "name": "Press", "briefing": "Report.", "slots": 0,
            "goals": [ { "id": "news", "name": "News",
              "indicators": [ { "expr": "price", "baseline": 0, "target": 1 } ] } ] }"""));
      at(s, "variables[0]").addProperty("visibility", "public");
      at(s, "variables[1]").add("visibility", object("{ \"teams\": { \"press\": \"hidden\" } }"));
      at(s, "events[0]").add("visibleTo", strings("press"));
    });
    assertError(result, "$.teams[1].id", "duplicate team id 'gov'", "already used at $.teams[0]");
  }

  @Test
  void teamWithoutIdDoesNotCrashTheLoader() {
    LoadResult result = loadWith(s -> {
      at(s, "teams[0]").remove("id");
      at(s, "actions[0]").add("teams", strings("donor"));
      at(s, "actions[1]").remove("joint");
      at(s, "actions[1]").add("teams", strings("donor"));
      at(s, "events[0]").add("effects", new com.google.gson.JsonArray());
      at(s, "events[0]").add("visibleTo", strings("donor"));
    });
    assertError(result, "$.teams[0]", "missing field 'id'", "add \"id\"");
  }

  // ---- formulas ------------------------------------------------------------------------------

  @Test
  void unknownVariableInFormulaIsReportedWithSuggestionAndColumn() {
    LoadResult result = loadWith(s -> at(s, "dynamics[0]").addProperty("delta", "2 * pirce"));
    assertError(result, "$.dynamics[0].delta",
        "unknown name 'pirce' at column 5 of \"2 * pirce\"", "did you mean 'price'?");
  }

  @Test
  void unknownFunctionIsReported() {
    LoadResult result = loadWith(s -> at(s, "dynamics[0]").addProperty("delta", "mx(price, 1)"));
    assertError(result, "$.dynamics[0].delta", "unknown function 'mx' at column 1",
        "did you mean 'max'?");
  }

  @Test
  void wrongNumberOfArgumentsIsReported() {
    LoadResult result = loadWith(s -> at(s, "dynamics[0]").addProperty("delta", "clamp(price, 1)"));
    assertError(result, "$.dynamics[0].delta", "clamp takes 3 arguments", "clamp(x, lo, hi)");
  }

  @Test
  void selfInDynamicIsNotAllowed() {
    LoadResult result = loadWith(s -> at(s, "dynamics[0]").addProperty("delta", "self.capital"));
    assertError(result, "$.dynamics[0].delta", "'self' cannot be used here at column 1",
        "name the team instead, for example gov.capital");
  }

  @Test
  void selfResourceThatOneOfTheActingTeamsLacksIsReported() {
    LoadResult result = loadWith(s -> {
      arrayAt(s, "teams[0].resources").add(object(
          "{ \"id\": \"budget\", \"label\": \"Budget\", \"initial\": 5 }"));
      at(s, "actions[1]").addProperty("requires", "self.budget > 1");
    });
    assertError(result, "$.actions[1].requires", "has no resource 'budget' at column 6", null);
  }

  @Test
  void selfResourceInActionIsAcceptedWhenEveryTeamHasIt() {
    LoadResult result = loadWith(s -> at(s, "actions[1]").addProperty("requires",
        "self.capital > 1 and price >= 70"));
    assertClean(result);
  }

  @Test
  void unknownTeamResourceInFormulaIsReported() {
    LoadResult result = loadWith(s -> at(s, "dynamics[0]").addProperty("delta", "gov.capitol"));
    assertError(result, "$.dynamics[0].delta", "team 'gov' has no resource 'capitol' at column 5",
        "did you mean 'gov.capital'?");
  }

  @Test
  void unknownTeamInFormulaIsReportedWithSuggestion() {
    LoadResult result = loadWith(s -> at(s, "dynamics[0]").addProperty("delta", "gvo.capital"));
    assertError(result, "$.dynamics[0].delta", "unknown team 'gvo' at column 1",
        "did you mean 'gov'?");
  }

  @Test
  void circularDerivedVariablesAreReported() {
    LoadResult result = loadWith(s -> {
      s.getAsJsonArray("variables").add(object(
          "{ \"id\": \"a\", \"label\": \"A\", \"domain\": \"economy\", \"formula\": \"b + 1\" }"));
      s.getAsJsonArray("variables").add(object(
          "{ \"id\": \"b\", \"label\": \"B\", \"domain\": \"economy\", \"formula\": \"a + 1\" }"));
    });
    assertError(result, "$.variables[3].formula", "circular definition: a → b → a",
        "make one of them a stored variable");
    assertEquals(1, result.errors().size(), () -> "the circle should be reported once, got "
        + describe(result.errors()));
  }

  @Test
  void derivedVariableReadingOnlyStoredVariablesIsValid() {
    LoadResult result = loadWith(s -> {
      s.getAsJsonArray("variables").add(object("""
          { "id": "ratio", "label": "Ratio", "domain": "economy", "formula": "reserves / price" }"""));
      at(s, "teams[0].goals[0].indicators[0]").addProperty("expr", "ratio");
    });
    assertClean(result);
  }

  // ---- effects -------------------------------------------------------------------------------

  @Test
  void effectOnDerivedVariableIsReported() {
    LoadResult result = loadWith(s -> {
      s.getAsJsonArray("variables").add(object("""
          { "id": "ratio", "label": "Ratio", "domain": "economy", "formula": "reserves / price" }"""));
      at(s, "actions[0].effects[0]").addProperty("var", "ratio");
    });
    assertError(result, "$.actions[0].effects[0].var", "'ratio' is derived",
        "move one of the variables its formula reads instead");
  }

  @Test
  void effectOnUnknownVariableIsReported() {
    LoadResult result = loadWith(s -> at(s, "actions[0].effects[0]").addProperty("var", "prise"));
    assertError(result, "$.actions[0].effects[0].var", "unknown variable 'prise'",
        "did you mean 'price'?");
  }

  @Test
  void effectOnUnknownTeamResourceIsReported() {
    LoadResult result = loadWith(s -> at(s, "events[0].effects[0]").addProperty("var",
        "gov.capitol"));
    assertError(result, "$.events[0].effects[0].var", "unknown team resource 'gov.capitol'",
        "did you mean 'gov.capital'?");
  }

  @Test
  void dynamicOnUnknownVariableIsReported() {
    LoadResult result = loadWith(s -> at(s, "dynamics[0]").addProperty("var", "reserve"));
    assertError(result, "$.dynamics[0].var", "unknown variable 'reserve'",
        "did you mean 'reserves'?");
  }

  // ---- teams ---------------------------------------------------------------------------------

  @Test
  void unknownTeamInActionTeamsIsReported() {
    LoadResult result = loadWith(s -> at(s, "actions[0]").add("teams", strings("gob")));
    assertError(result, "$.actions[0].teams[0]", "unknown team 'gob'", "did you mean 'gov'?");
  }

  @Test
  void unknownTeamInVisibleToIsReported() {
    LoadResult result = loadWith(s -> at(s, "events[0]").add("visibleTo", strings("gov", "doner")));
    assertError(result, "$.events[0].visibleTo[1]", "unknown team 'doner'",
        "did you mean 'donor'?");
  }

  @Test
  void unknownTeamInVisibilityTeamsIsReported() {
    LoadResult result = loadWith(s -> at(s, "variables[0]").add("visibility",
        object("{ \"default\": \"public\", \"teams\": { \"donr\": \"estimate\" } }")));
    assertError(result, "$.variables[0].visibility.teams.donr", "unknown team 'donr'",
        "did you mean 'donor'?");
  }

  @Test
  void unknownVisibilityWordIsReported() {
    LoadResult result = loadWith(s -> at(s, "variables[0]").addProperty("visibility", "secret"));
    assertError(result, "$.variables[0].visibility", "'secret' is not one of public, hidden, estimate",
        null);
  }

  @Test
  void unknownTeamInDilemmaIsReported() {
    LoadResult result = loadWith(s -> at(s, "events[0]").add("dilemma", dilemma("gvo", "pay")));
    assertError(result, "$.events[0].dilemma.team", "unknown team 'gvo'", "did you mean 'gov'?");
  }

  @Test
  void jointActionWithOneTeamIsReported() {
    LoadResult result = loadWith(s -> at(s, "actions[1]").add("teams", strings("gov")));
    assertError(result, "$.actions[1].teams", "a joint action names exactly two teams, found 1",
        "list the two teams that must both order it");
  }

  @Test
  void jointActionWithThreeTeamsIsReported() {
    LoadResult result = loadWith(s -> {
      s.getAsJsonArray("teams").add(object("""
          { "id": "press", "name": "Press", "briefing": "Report.", "slots": 1,
            "resources": [ { "id": "capital", "label": "Capital", "initial": 1 } ],
            "goals": [ { "id": "news", "name": "News",
              "indicators": [ { "expr": "price", "baseline": 0, "target": 1 } ] } ] }"""));
      at(s, "actions[1]").add("teams", strings("gov", "donor", "press"));
    });
    assertError(result, "$.actions[1].teams", "a joint action names exactly two teams, found 3",
        null);
  }

  @Test
  void costInResourceATeamLacksIsReported() {
    LoadResult result = loadWith(s -> at(s, "actions[0]").add("cost",
        object("{ \"capitl\": 2 }")));
    assertError(result, "$.actions[0].cost.capitl", "team 'gov' has no resource 'capitl'",
        "did you mean 'capital'?");
  }

  @Test
  void unknownTagIsReported() {
    LoadResult result = loadWith(s -> at(s, "actions[0]").add("tags", strings("gov.reserve")));
    assertError(result, "$.actions[0].tags[0]", "no objective 'gov.reserve'",
        "did you mean 'gov.reserves'?");
  }

  @Test
  void aTeamWithoutAnIdGivesNoTagSuggestionNamingNull() {
    LoadResult result = loadWith(s -> at(s, "teams[0]").remove("id"));
    Problem tag = assertError(result, "$.actions[0].tags[0]", "no objective 'gov.reserves'", null);
    assertFalse(tag.hint().contains("null"), () -> "the hint must not suggest a tag of a team "
        + "with no id: " + tag.hint());
    assertTrue(result.problems().stream().noneMatch(p -> (p.message() + p.hint()).contains("null")),
        () -> "no problem may name null:\n" + describe(result.problems()));
  }

  // ---- calendar ------------------------------------------------------------------------------

  @Test
  void calendarStartNotMatchingTheUnitIsReported() {
    LoadResult result = loadWith(s -> at(s, "calendar").addProperty("start", "2022-Q5"));
    assertError(result, "$.calendar.start", "'2022-Q5' is not a quarter label",
        "write it like '2022-Q2'");
  }

  @Test
  void monthLabelForYearUnitIsReported() {
    LoadResult result = loadWith(s -> {
      at(s, "calendar").addProperty("unit", "year");
      at(s, "calendar").addProperty("start", "2022-04");
    });
    assertError(result, "$.calendar.start", "'2022-04' is not a year label", "write it like '2022'");
  }

  @Test
  void maxTurnsBelowDefaultTurnsIsReported() {
    LoadResult result = loadWith(s -> at(s, "calendar").addProperty("maxTurns", 3));
    assertError(result, "$.calendar.maxTurns", "maxTurns (3) is below defaultTurns (4)",
        "raise maxTurns to at least 4");
  }

  @Test
  void unknownCalendarUnitIsReported() {
    LoadResult result = loadWith(s -> at(s, "calendar").addProperty("unit", "quarterly"));
    assertError(result, "$.calendar.unit", "'quarterly' is not one of year, half, quarter, month, turn",
        "did you mean 'quarter'?");
  }

  // ---- triggers ------------------------------------------------------------------------------

  @Test
  void conditionTriggerWithoutWhenIsReported() {
    LoadResult result = loadWith(s -> trigger(s, "{ \"type\": \"condition\" }"));
    assertError(result, "$.events[0].trigger", "missing field 'when'", "add \"when\": a formula");
  }

  @Test
  void scheduleTriggerWithoutTurnIsReported() {
    LoadResult result = loadWith(s -> trigger(s, "{ \"type\": \"schedule\" }"));
    assertError(result, "$.events[0].trigger", "missing field 'turn'", "add \"turn\": a number");
  }

  @Test
  void chanceTriggerWithoutChanceIsReported() {
    LoadResult result = loadWith(s -> trigger(s, "{ \"type\": \"chance\" }"));
    assertError(result, "$.events[0].trigger", "missing field 'chance'", "add \"chance\": a formula");
  }

  @Test
  void hysteresisWithoutRearmIsReported() {
    LoadResult result = loadWith(s -> trigger(s,
        "{ \"type\": \"condition\", \"when\": \"price > 90\", \"repeat\": \"hysteresis\" }"));
    assertError(result, "$.events[0].trigger", "missing field 'rearm'", "add \"rearm\": a formula");
  }

  @Test
  void cooldownRepeatWithoutCooldownIsReported() {
    LoadResult result = loadWith(s -> trigger(s,
        "{ \"type\": \"condition\", \"when\": \"price > 90\", \"repeat\": \"cooldown\" }"));
    assertError(result, "$.events[0].trigger", "missing field 'cooldown'",
        "add \"cooldown\": a number");
  }

  @Test
  void injectWithWhenIsReported() {
    LoadResult result = loadWith(s -> trigger(s,
        "{ \"type\": \"inject\", \"when\": \"price > 90\" }"));
    assertError(result, "$.events[0].trigger", "an inject fires only when the instructor fires it",
        "remove when/chance/repeat");
  }

  @Test
  void turnOnNonScheduleTriggerIsReported() {
    LoadResult result = loadWith(s -> trigger(s,
        "{ \"type\": \"condition\", \"when\": \"price > 90\", \"turn\": 3 }"));
    assertError(result, "$.events[0].trigger.turn", "'turn' applies to schedule triggers only",
        "use \"type\": \"schedule\"");
  }

  @Test
  void unknownTriggerTypeIsReported() {
    LoadResult result = loadWith(s -> trigger(s, "{ \"type\": \"sheduled\" }"));
    assertError(result, "$.events[0].trigger.type", "'sheduled' is not one of", "did you mean 'schedule'?");
  }

  @Test
  void everyKindOfTriggerLoadsWhenComplete() {
    LoadResult result = loadWith(s -> {
      var events = s.getAsJsonArray("events");
      events.add(event("e_schedule", "{ \"type\": \"schedule\", \"turn\": 2 }"));
      events.add(event("e_chance", "{ \"type\": \"chance\", \"chance\": 0.1, \"when\": \"price > 50\" }"));
      events.add(event("e_cooldown", "{ \"type\": \"condition\", \"when\": \"price > 80\", "
          + "\"repeat\": \"cooldown\", \"cooldown\": 2 }"));
      events.add(event("e_hysteresis", "{ \"type\": \"condition\", \"when\": \"price > 80\", "
          + "\"repeat\": \"hysteresis\", \"rearm\": \"price < 70\" }"));
    });
    assertClean(result);
  }

  // ---- dilemmas ------------------------------------------------------------------------------

  @Test
  void dilemmaDefaultNamingNoOptionIsReported() {
    LoadResult result = loadWith(s -> at(s, "events[0]").add("dilemma", dilemma("gov", "pya")));
    assertError(result, "$.events[0].dilemma.default", "no option 'pya'", "did you mean 'pay'?");
  }

  @Test
  void dilemmaWithOneOptionIsReported() {
    LoadResult result = loadWith(s -> {
      at(s, "events[0]").add("dilemma", dilemma("gov", "pay"));
      arrayAt(s, "events[0].dilemma.options").remove(1);
    });
    assertError(result, "$.events[0].dilemma.options", "a dilemma needs at least two options",
        "add another option");
  }

  @Test
  void completeDilemmaLoads() {
    LoadResult result = loadWith(s -> at(s, "events[0]").add("dilemma", dilemma("gov", "pay")));
    assertClean(result);
  }

  // ---- objectives ----------------------------------------------------------------------------

  @Test
  void indicatorWithTargetEqualToBaselineIsReported() {
    LoadResult result = loadWith(s -> at(s, "teams[0].goals[0].indicators[0]")
        .addProperty("target", 1));
    assertError(result, "$.teams[0].goals[0].indicators[0].target", "target equals baseline (1.0)",
        "make them differ");
  }

  @Test
  void zeroObjectiveWeightIsReported() {
    LoadResult result = loadWith(s -> at(s, "teams[0].goals[0]").addProperty("weight", 0));
    assertError(result, "$.teams[0].goals[0].weight", "weight must be above 0, found 0.0",
        "use e.g. 1");
  }

  @Test
  void negativeIndicatorWeightIsReported() {
    LoadResult result = loadWith(s -> at(s, "teams[1].goals[0].indicators[0]")
        .addProperty("weight", -2));
    assertError(result, "$.teams[1].goals[0].indicators[0].weight",
        "weight must be above 0, found -2.0", "use e.g. 1");
  }

  @Test
  void objectiveWithoutIndicatorsIsReported() {
    LoadResult result = loadWith(s -> at(s, "teams[0].goals[0]").add("indicators",
        new com.google.gson.JsonArray()));
    assertError(result, "$.teams[0].goals[0].indicators",
        "an objective needs at least one indicator", null);
  }

  // ---- variables -----------------------------------------------------------------------------

  @Test
  void minAboveMaxIsReported() {
    LoadResult result = loadWith(s -> at(s, "variables[0]").addProperty("min", 20));
    assertError(result, "$.variables[0].min", "min (20.0) is above max (10.0)", "swap them");
  }

  @Test
  void initialOutsideRangeIsReported() {
    LoadResult result = loadWith(s -> at(s, "variables[1]").addProperty("initial", 150));
    assertError(result, "$.variables[1].initial", "initial value 150.0 is outside [20.0, 120.0]",
        "change the initial value or widen min/max");
  }

  @Test
  void derivedVariableWithInitialIsReported() {
    LoadResult result = loadWith(s -> s.getAsJsonArray("variables").add(object("""
        { "id": "ratio", "label": "Ratio", "domain": "economy", "formula": "reserves / price",
          "initial": 0.05 }""")));
    assertError(result, "$.variables[2].initial", "a derived variable has no initial value",
        "remove 'initial'");
  }

  @Test
  void resourceInitialAboveMaxIsReported() {
    LoadResult result = loadWith(s -> at(s, "teams[0].resources[0]").addProperty("initial", 9));
    assertError(result, "$.teams[0].resources[0].initial", "initial amount 9.0 is outside [0, 8.0]",
        null);
  }

  // ---- several problems ----------------------------------------------------------------------

  @Test
  void severalIndependentErrorsAreAllReported() {
    LoadResult result = loadWith(s -> {
      at(s, "calendar").addProperty("start", "2024-Q9");
      at(s, "variables[1]").addProperty("initial", "60");
      at(s, "actions[0].effects[0]").addProperty("var", "prise");
    });
    assertNull(result.scenario(), "an invalid file has no scenario");
    assertEquals(3, result.errors().size(), () -> "three errors expected, got "
        + describe(result.errors()));
    assertError(result, "$.calendar.start", "'2024-Q9' is not a quarter label", null);
    assertError(result, "$.variables[1].initial", "expected a number", "remove the quotes");
    assertError(result, "$.actions[0].effects[0].var", "unknown variable 'prise'", null);
  }

  @Test
  void listOfTheWrongTypeIsReportedOnce() {
    LoadResult result = loadWith(s -> s.addProperty("variables", "none"));
    List<Problem> atVariables = result.errors().stream()
        .filter(p -> p.path().equals("$.variables")).toList();
    assertEquals(1, atVariables.size(), () -> "one error at $.variables expected, got "
        + describe(result.errors()));
    assertError(result, "$.variables", "expected a list [ … ], found the text \"none\"", null);
  }

  @Test
  void triggerThatIsNotAnObjectIsReportedOnce() {
    LoadResult result = loadWith(s -> at(s, "events[0]").addProperty("trigger", "inject"));
    assertError(result, "$.events[0].trigger", "expected an object, found the text \"inject\"",
        null);
    assertEquals(1, result.errors().size(), () -> "only the type error expected, not missing "
        + "fields of a text; got " + describe(result.errors()));
  }

  @Test
  void resourcesOfTheWrongTypeAreReportedOnce() {
    LoadResult result = loadWith(s -> at(s, "teams[1]").add("resources", object("{}")));
    List<Problem> atResources = result.errors().stream()
        .filter(p -> p.path().equals("$.teams[1].resources")).toList();
    assertEquals(1, atResources.size(), () -> "one error at $.teams[1].resources expected, got "
        + describe(result.errors()));
  }

  // ---- lint warnings -------------------------------------------------------------------------

  @Test
  void variableNothingReadsIsAWarning() {
    LoadResult result = loadWith(s -> s.getAsJsonArray("variables").add(object("""
        { "id": "unrest", "label": "Unrest", "domain": "stability", "initial": 10 }""")));
    assertWarning(result, "$.variables[2]", "nothing reads 'unrest'", "use it in an indicator");
    assertEquals(1, result.warnings().size(), () -> "only one warning expected, got "
        + describe(result.warnings()));
  }

  @Test
  void actionWhoseRequiresIsConstantFalseIsAWarning() {
    LoadResult result = loadWith(s -> at(s, "actions[0]").addProperty("requires", "1 > 2"));
    assertWarning(result, "$.actions[0].requires",
        "no team can take 'raise_price': its prerequisite is always false",
        "fix the prerequisite or remove the action");
  }

  @Test
  void actionCostingMoreThanTheResourceMaxIsAWarning() {
    LoadResult result = loadWith(s -> at(s, "actions[0]").add("cost", object("{ \"capital\": 9 }")));
    assertWarning(result, "$.actions[0].cost", "no team can take 'raise_price'", "lower the cost");
  }

  @Test
  void objectiveNothingCanMoveIsAWarning() {
    LoadResult result = loadWith(s -> {
      s.getAsJsonArray("variables").add(object("""
          { "id": "unrest", "label": "Unrest", "domain": "stability", "initial": 10 }"""));
      at(s, "teams[1].goals[0].indicators[0]").addProperty("expr", "unrest");
      at(s, "teams[1].goals[0].indicators[0]").addProperty("baseline", 10);
      at(s, "teams[1].goals[0].indicators[0]").addProperty("target", 0);
    });
    assertWarning(result, "$.teams[1].goals[0]", "nothing can move objective 'reform'",
        "add an effect or a dynamic");
  }

  // ---- helpers -------------------------------------------------------------------------------

  private static void trigger(com.google.gson.JsonObject scenario, String trigger) {
    at(scenario, "events[0]").add("trigger", object(trigger));
  }

  private static com.google.gson.JsonObject event(String id, String trigger) {
    return object("{ \"id\": \"" + id + "\", \"title\": \"T\", \"text\": \"Text.\", \"trigger\": "
        + trigger + ", \"effects\": [ { \"var\": \"price\", \"amount\": 1 } ] }");
  }

  private static com.google.gson.JsonObject dilemma(String team, String defaultOption) {
    return object("{ \"team\": \"" + team + "\", \"prompt\": \"Pay or not?\", \"default\": \""
        + defaultOption + "\", \"options\": ["
        + "{ \"id\": \"pay\", \"label\": \"Pay\", \"effects\": [ { \"var\": \"gov.capital\", "
        + "\"amount\": -1 } ] },"
        + "{ \"id\": \"refuse\", \"label\": \"Refuse\", \"effects\": [ { \"var\": \"price\", "
        + "\"amount\": 5 } ] } ] }");
  }
}
