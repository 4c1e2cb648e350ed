package org.demarche.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML reviews of a real game open in headless Chromium without an error: no exception, no
 * console error or warning, no failed load (the page fetches nothing), and the charts are there.
 * Skipped only where Chromium is not installed (.ci/run installs it).
 */
class HtmlInChromiumTest {
  private static final Set<String> BAD_CONSOLE = Set.of("error", "warning", "assert");

  @Test
  void everyonesATeamsAndAForksReviewOpenWithoutErrors(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(DevTools.CHROMIUM),
        "skipped: " + DevTools.CHROMIUM + " is not installed (apt-get install chromium)");
    GameRecord parent = PlayedGames.parent();
    AfterActionReview everyone = AfterActionReview.of(parent, Audience.everyone());
    Map<String, AfterActionReview> reviews = new LinkedHashMap<>();
    reviews.put("everyone.html", everyone);
    reviews.put("opposition.html", AfterActionReview.of(parent, Audience.team("opposition")));
    reviews.put("fork.html",
        AfterActionReview.of(PlayedGames.fork(), Audience.everyone()).beside(everyone));
    try (DevTools chromium = DevTools.start(dir)) {
      chromium.call("Runtime.enable", new JsonObject());
      chromium.call("Log.enable", new JsonObject());
      chromium.call("Page.enable", new JsonObject());
      for (Map.Entry<String, AfterActionReview> entry : reviews.entrySet()) {
        Path file = Files.writeString(dir.resolve(entry.getKey()),
            ReviewFormat.HTML.render(entry.getValue()));
        int before = chromium.events().size();
        JsonObject navigation =
            chromium.call("Page.navigate", DevTools.params("url", file.toUri()));
        assertTrue(!navigation.has("errorText"), "navigation failed: " + navigation);
        chromium.awaitEvent("Page.loadEventFired");
        assertTrue(number(chromium, "document.querySelectorAll('svg').length") > 0,
            entry.getKey() + " has charts");
        assertEquals("After-action review: Quenara: the fuel-subsidy squeeze, game "
            + entry.getValue().summary().gameId(), text(chromium, "document.title"));
        List<JsonObject> events = chromium.events();
        List<String> problems = problems(events.subList(before, events.size()));
        assertTrue(problems.isEmpty(), entry.getKey() + " reported " + problems);
      }
    }
  }

  private static List<String> problems(List<JsonObject> events) {
    List<String> problems = new ArrayList<>();
    for (JsonObject event : events) {
      String method = event.get("method").getAsString();
      JsonObject params = event.getAsJsonObject("params");
      boolean bad = method.equals("Runtime.exceptionThrown")
          || method.equals("Runtime.consoleAPICalled")
              && BAD_CONSOLE.contains(params.get("type").getAsString())
          || method.equals("Log.entryAdded")
              && params.getAsJsonObject("entry").get("level").getAsString().equals("error");
      if (bad) {
        problems.add(event.toString());
      }
    }
    return problems;
  }

  private static JsonObject evaluate(DevTools chromium, String expression)
      throws InterruptedException {
    return chromium.call("Runtime.evaluate", DevTools.params("expression", expression))
        .getAsJsonObject("result");
  }

  private static int number(DevTools chromium, String expression) throws InterruptedException {
    return evaluate(chromium, expression).get("value").getAsInt();
  }

  private static String text(DevTools chromium, String expression) throws InterruptedException {
    return evaluate(chromium, expression).get("value").getAsString();
  }
}
