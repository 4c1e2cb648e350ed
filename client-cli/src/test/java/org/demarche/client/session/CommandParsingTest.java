package org.demarche.client.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.demarche.client.render.Style;
import org.demarche.proto.v1.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How command lines split into words and which of them the catalog accepts, per role. */
class CommandParsingTest {
  private static final Output SILENT = new Output() {
    @Override
    public void print(String text) {
      // These tests look at the catalog only; nothing is printed.
    }

    @Override
    public void printAbove(String text) {
      // As above.
    }

    @Override
    public void warn(String text) {
      // As above.
    }
  };

  private static CommandCatalog catalog(Role role) {
    return new Client(role, SILENT,
        new Client.Options(false, Style.PLAIN, Duration.ofSeconds(1), Path.of(""), "")).catalog();
  }

  @ParameterizedTest(name = "[{0}] has words {1}")
  @CsvSource(delimiter = '|', value = {
      "add reform_subsidy|add,reform_subsidy",
      "  say   hello   team  |say,hello,team",
      "msg donors \"a quoted phrase\" end|msg,donors,a quoted phrase,end",
      "set x 3 \"\"|set,x,3,",
      "# a comment|",
      "|"})
  void linesSplitOnSpacesAndQuotesGroup(String line, String words) throws UsageError {
    List<String> expected = words == null ? List.of() : List.of(words.split(",", -1));
    ParsedLine parsed = ParsedLine.parse(line == null ? "" : line);
    List<String> actual = parsed.isEmpty()
        ? List.of()
        : concat(parsed.name(), parsed.args());
    assertEquals(expected, actual, "the words of '" + line + "'");
  }

  @Test
  void freeTextKeepsItsSpacingAndQuotes() throws UsageError {
    ParsedLine line = ParsedLine.parse("msg donors  we  \"agree\", mostly");
    assertEquals("we  \"agree\", mostly", line.rest(1), "the text after the team");
    assertEquals("donors  we  \"agree\", mostly", line.rest(0), "the text after the command");
  }

  @Test
  void anUnclosedQuoteIsAUsageError() {
    UsageError error = assertThrows(UsageError.class, () -> ParsedLine.parse("say \"oops"),
        "an unclosed quote");
    assertTrue(error.getMessage().contains("quote"), "the error names the quote: " + error);
  }

  @ParameterizedTest(name = "{0}: [{1}] is {2}")
  @CsvSource(delimiter = '|', value = {
      "PLAYER|add reform_subsidy|ok",
      "PLAYER|add|usage: add ACTION",
      "PLAYER|add a b|usage: add ACTION",
      "PLAYER|say hello everyone|ok",
      "PLAYER|msg donors|usage: msg TEAM TEXT",
      "PLAYER|choose strike|usage: choose EVENT OPTION",
      "PLAYER|STATE|ok",
      "PLAYER|start|'start' is not available to players; type 'help' for the list",
      "PLAYER|dance|unknown command 'dance'; type 'help' for the list",
      "OBSERVER|state|ok",
      "OBSERVER|view opposition|ok",
      "OBSERVER|lock|'lock' is not available to observers; type 'help' for the list",
      "INSTRUCTOR|create tutorial-quenara --turns 4|ok",
      "INSTRUCTOR|set reserves_usd_bn 4|usage: set VARIABLE VALUE REASON",
      "INSTRUCTOR|set reserves_usd_bn 4 data correction|ok",
      "INSTRUCTOR|advance now|usage: advance",
      "INSTRUCTOR|lock|'lock' is not available to the instructor; type 'help' for the list",
      "INSTRUCTOR|wait report|ok",
      "INSTRUCTOR|wait|usage: wait turn N / wait report [N] / wait push TYPE",
      "PLAYER|report|ok",
      "PLAYER|report --format md --out review.md|ok",
      "OBSERVER|report --out review.html|ok",
      "INSTRUCTOR|report --format csv|ok",
      "PLAYER|history --full|ok",
      "OBSERVER|history --full now|usage: history [--full]",
      "INSTRUCTOR|fork|usage: fork TURN [GAME]",
      "INSTRUCTOR|fork 3|ok",
      "INSTRUCTOR|fork 3 g2|ok",
      "INSTRUCTOR|fork 3 g2 g4|usage: fork TURN [GAME]",
      "INSTRUCTOR|archive|ok",
      "INSTRUCTOR|archive g2 g3|usage: archive [GAME]",
      "INSTRUCTOR|delete|usage: delete GAME",
      "INSTRUCTOR|delete g2|ok",
      "PLAYER|fork 3|'fork' is not available to players; type 'help' for the list",
      "OBSERVER|delete g1|'delete' is not available to observers; type 'help' for the list"})
  void theCatalogChecksCommandsAndArgumentsForEachRole(Role role, String line, String expected)
      throws UsageError {
    ParsedLine parsed = ParsedLine.parse(line);
    String actual;
    try {
      catalog(role).resolve(parsed, role);
      actual = "ok";
    } catch (UsageError e) {
      actual = e.getMessage();
    }
    assertEquals(expected, actual, "what the catalog says of '" + line + "' for " + role);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "tutorial --teams gov,opposition --turns 4 --seconds 300 --seed 7 --detail qualitative|"
          + "tutorial|gov,opposition|4|300|7|QUALITATIVE",
      "tutorial|tutorial||0|0|0|EXACT"})
  void createOptionsBecomeACreateGameRequest(String line, String scenario, String teams,
      int turns, int seconds, long seed, String detail) throws UsageError {
    var request = InstructorCommands.CreateOptions.parse(List.of(line.split(" ")), "usage");
    assertEquals(scenario, request.getScenarioId(), "the scenario");
    assertEquals(teams == null ? "" : teams, String.join(",", request.getHumanTeamIdsList()),
        "the human teams");
    assertEquals(turns, request.getTurns(), "the turns");
    assertEquals(seconds, request.getTurnSeconds(), "the seconds per turn");
    assertEquals(seed, request.getSeed(), "the seed");
    assertEquals(detail, request.getEffectDetail().name(), "the effect detail");
  }

  @ParameterizedTest(name = "create {0}")
  @CsvSource(delimiter = '|', value = {
      "tutorial --turns|--turns needs a value; usage: usage",
      "tutorial --turns four|'four' is not a whole number; usage: usage",
      "tutorial --detail vague|--detail is exact, qualitative or hidden, not 'vague'; usage: usage",
      "tutorial --colour red|unknown option --colour; usage: usage"})
  void badCreateOptionsAreUsageErrors(String line, String expected) {
    UsageError error = assertThrows(UsageError.class,
        () -> InstructorCommands.CreateOptions.parse(List.of(line.split(" ")), "usage"),
        "create " + line);
    assertEquals(expected, error.getMessage(), "the sentence for create " + line);
  }

  @Test
  void reportTakesAtMostTwoFlagsWithTheirValues() {
    UsageError error = assertThrows(UsageError.class, () -> catalog(Role.PLAYER).resolve(
        ParsedLine.parse("report --format md --out review.md --x"), Role.PLAYER), "five words");
    assertEquals("usage: report [--format html|md|csv|json] [--out FILE]", error.getMessage(),
        "the sentence");
  }

  @ParameterizedTest(name = "report {0}")
  @CsvSource(delimiter = '|', value = {
      "|html|",
      "--format md|md|",
      "--format JSON|json|",
      "--out review.csv --format csv|csv|review.csv",
      "--out \"my review.html\"|html|my review.html"})
  void reportFlagsBecomeAFormatAndAFile(String words, String format, String file)
      throws UsageError {
    ParsedLine line = ParsedLine.parse("report " + (words == null ? "" : words));
    ReportCommand.Options options = ReportCommand.Options.parse(line.args());
    assertEquals(format, options.format(), "the format of 'report " + words + "'");
    assertEquals(file, options.out(), "the file of 'report " + words + "'");
  }

  @ParameterizedTest(name = "report {0}")
  @CsvSource(delimiter = '|', value = {
      "--format pdf|--format is html, md, csv or json, not 'pdf'",
      "--format|--format needs a value",
      "--out|--out needs a value",
      "--format md --format csv|--format is given twice",
      "--file r.md|unknown option --file",
      "md|unknown option md"})
  void badReportFlagsAreUsageErrorsThatSayTheUsage(String words, String expected) {
    UsageError error = assertThrows(UsageError.class,
        () -> ReportCommand.Options.parse(ParsedLine.parse("report " + words).args()),
        "report " + words);
    assertEquals(expected + "; usage: report [--format html|md|csv|json] [--out FILE]",
        error.getMessage(), "the sentence for report " + words);
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new java.util.ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
