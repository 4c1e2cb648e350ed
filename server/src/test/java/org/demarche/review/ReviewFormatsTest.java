package org.demarche.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What each format holds, how it escapes, and that it is the same bytes every time. */
class ReviewFormatsTest {
  private static final GameRecord PARENT = PlayedGames.parent();
  private static final GameRecord FORK = PlayedGames.fork();
  private static final AfterActionReview EVERYONE =
      AfterActionReview.of(PARENT, Audience.everyone());
  private static final AfterActionReview FORK_BESIDE =
      AfterActionReview.of(FORK, Audience.everyone()).beside(EVERYONE);

  @Test
  void formatsAreParsedInAnyCaseAndAnUnknownOneListsThem() {
    assertEquals(ReviewFormat.HTML, ReviewFormat.parse("HTML"));
    assertEquals(ReviewFormat.MD, ReviewFormat.parse("md"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReviewFormat.parse("pdf"));
    assertEquals("unknown review format 'pdf'; the formats are json, csv, md, html",
        e.getMessage());
  }

  @Test
  void csvRowsAllHaveTheColumnsTheTurnAndItsLabel() {
    for (AfterActionReview review : List.of(EVERYONE, FORK_BESIDE,
        AfterActionReview.of(PARENT, Audience.team("opposition")))) {
      List<List<String>> rows = CsvParser.parse(ReviewFormat.CSV.render(review));
      assertEquals(List.of("game", "turn", "label", "kind", "team", "id", "name", "unit", "value",
          "estimate"), rows.get(0));
      assertTrue(rows.size() > 100, "a row per series and turn");
      for (List<String> row : rows.subList(1, rows.size())) {
        assertEquals(10, row.size(), "columns of " + row);
        int turn = Integer.parseInt(row.get(1));
        assertEquals(PlayedGames.TUTORIAL.calendar().label(turn), row.get(2), "label of " + row);
        if (!row.get(3).equals("branch")) {
          Double.parseDouble(row.get(8));
          assertFalse(row.get(8).contains("E"), "plain decimals: " + row);
        }
      }
    }
  }

  @Test
  void csvQuotesCommasAndQuotes() {
    String odd = "odd, \"quoted\" game";
    GameRecord renamed = new GameRecord(odd, PARENT.scenarioId(), PARENT.scenario(),
        PARENT.seed(), PARENT.branch(), PARENT.states(), PARENT.reports(), PARENT.seen(),
        PARENT.acts(), PARENT.messages(), PARENT.agreements(), PARENT.ended(), PARENT.outcome());
    String csv = ReviewFormat.CSV.render(AfterActionReview.of(renamed, Audience.everyone()));
    assertTrue(csv.contains("\n\"odd, \"\"quoted\"\" game\",0,2023-Q4,variable,"),
        csv.substring(0, 300));
    for (List<String> row : CsvParser.parse(csv).subList(1, 10)) {
      assertEquals(odd, row.get(0));
    }
  }

  @Test
  void csvHasEveryTeamsScoresForEveryoneAndTheForksBranchAndParent() {
    String csv = ReviewFormat.CSV.render(FORK_BESIDE);
    assertTrue(csv.contains("\ngame-parent,8,2025-Q4,score,gov,score,Score,,"), "parent's rows");
    assertTrue(csv.contains("\ngame-fork,7,2025-Q3,objective,partner,forests,"), "fork's rows");
    assertTrue(csv.contains("\ngame-fork,3,2024-Q3,branch,,game-parent,fork of game game-parent,"),
        "the branch row");
  }

  @Test
  void jsonHoldsTheWholeReview() {
    JsonObject json = JsonParser.parseString(ReviewFormat.JSON.render(FORK_BESIDE))
        .getAsJsonObject();
    assertEquals(1, json.get("format").getAsInt());
    JsonObject summary = json.getAsJsonObject("summary");
    assertEquals("game-fork", summary.get("gameId").getAsString());
    assertEquals(7, summary.get("seed").getAsLong());
    assertEquals(3, summary.getAsJsonObject("fork").get("turn").getAsInt());
    assertEquals("2024-Q3", summary.getAsJsonObject("fork").get("label").getAsString());
    JsonArray orders = json.getAsJsonArray("timeline").get(1).getAsJsonObject()
        .getAsJsonArray("orders");
    assertTrue(orders.toString().contains("\"status\":\"REFUSED\""), orders.toString());
    assertEquals("game-parent", json.getAsJsonObject("parent").getAsJsonObject("summary")
        .get("gameId").getAsString());
    assertFalse(json.getAsJsonObject("parent").has("parent"), "one generation");
    JsonObject team = JsonParser.parseString(ReviewFormat.JSON.render(
        AfterActionReview.of(PARENT, Audience.team("gov")))).getAsJsonObject();
    assertFalse(team.getAsJsonObject("summary").has("seed"), "a team's review has no seed");
  }

  @Test
  void markdownHasTheSectionsTheTimelineAndEscapesMarkup() {
    String md = ReviewFormat.MD.render(EVERYONE);
    for (String heading : List.of("\n## Scores\n", "\n## Variables\n", "\n## Turning points\n",
        "\n## Timeline\n", "\n### Turn 2 · 2024-Q2\n")) {
      assertTrue(md.contains(heading), heading);
    }
    assertTrue(md.contains("- Order: Government of Quenara, Cut pump prices: not carried out,"
        + " 'fuel\\_price\\_cut' is cooling down until turn 4."), "a refusal with its reason");
    assertTrue(md.contains("\\<script\\>alert(1)\\</script\\>"), "the hostile name, escaped");
    assertFalse(md.contains("<script>"), "no raw HTML from a player");
  }

  @Test
  void markdownOfAForkSaysWhereItBranchedAndShowsTheParentsRows() {
    String md = ReviewFormat.MD.render(FORK_BESIDE);
    assertTrue(md.contains("played turn 3 (2024-Q3) and after anew"), "the branch point");
    assertTrue(md.contains("| Score (game game-parent) | 91.11 |"), "the parent's scores");
  }

  @Test
  void htmlIsOnePageWithChartsThatEscapesEverything() {
    String html = ReviewFormat.HTML.render(EVERYONE);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "nothing can run");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the hostile name, shown");
    assertTrue(html.contains("Barracks rumour &amp; &lt;i&gt;riot&lt;/i&gt;"), "an ad hoc title");
    assertTrue(html.contains("@media print"), "print styles");
    assertTrue(html.contains("break-before: page"), "a page per section in print");
    int charts = count(html, "<svg ");
    assertEquals(charts, count(html, "<figcaption>"), "every chart says what it draws");
    assertTrue(html.contains("<figcaption>International reserves"), "e.g. a variable's name");
    assertEquals(PlayedGames.TEAMS + PlayedGames.TUTORIAL.variables().size()
        + EVERYONE.turningPoints().size(), charts, "a chart per score, variable and turning point");
    Matcher links = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(html);
    while (links.find()) {
      assertTrue(links.group(1).startsWith("data:"), "nothing fetched: " + links.group());
    }
    assertFalse(html.replace("http://www.w3.org/2000/svg", "").matches("(?s).*\\w+://.*"),
        "no address but the SVG namespace");
  }

  @Test
  void htmlOfAForkDrawsBothLinesAndTheBranch() {
    String html = ReviewFormat.HTML.render(FORK_BESIDE);
    assertEquals(count(html, "<polyline "), 2 * count(html, "stroke-dasharray=\"6 4\" points="),
        "every chart has the fork's solid line and the parent's dashed one");
    assertTrue(html.contains("fork: turn 3 played anew"), "the branch on the charts");
    assertTrue(html.contains("played turn 3 (2024-Q3) and after anew"), "and in the text");
    assertTrue(html.contains("game game-parent</text>"), "the legend names the parent");
  }

  @Test
  void aGameWithoutATurnPlayedHasAReviewInEveryFormat() {
    AfterActionReview review =
        AfterActionReview.of(PlayedGames.justStarted(), Audience.team("gov"));
    assertEquals(1, review.timeline().size(), "the open turn, with the people's side");
    assertFalse(review.timeline().get(0).resolved());
    assertTrue(review.turningPoints().isEmpty());
    assertTrue(ReviewFormat.MD.render(review).contains("No turn played yet"));
    assertTrue(ReviewFormat.HTML.render(review).contains("Message (public) Ana: Hello"));
    assertEquals(1 + PlayedGames.TUTORIAL.variables().size() + 1 + 2 + 2,
        CsvParser.parse(ReviewFormat.CSV.render(review)).size(),
        "the header and turn 0 of every variable (gov sees them all), its score, two objectives"
            + " and two resources");
    JsonParser.parseString(ReviewFormat.JSON.render(review));
  }

  @Test
  void theSameRecordGivesTheSameBytesInEveryFormat() {
    GameRecord parentAgain = PlayedGames.parent();
    GameRecord forkAgain = PlayedGames.fork();
    for (String team : List.of("", "gov", "opposition", "partner")) {
      Audience audience = team.isEmpty() ? Audience.everyone() : Audience.team(team);
      AfterActionReview first = AfterActionReview.of(FORK, audience)
          .beside(AfterActionReview.of(PARENT, audience));
      AfterActionReview second = AfterActionReview.of(forkAgain, audience)
          .beside(AfterActionReview.of(parentAgain, audience));
      for (ReviewFormat format : ReviewFormat.values()) {
        assertArrayEquals(format.render(first).getBytes(StandardCharsets.UTF_8),
            format.render(second).getBytes(StandardCharsets.UTF_8), format + " for " + audience);
      }
    }
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      count++;
    }
    return count;
  }
}
