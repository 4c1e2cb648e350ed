package org.demarche.review;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

/**
 * Writes a whole review as JSON for tools: {@code "format": 1}, then the review's records field by
 * field (summary, series, turningPoints, timeline and, beside a parent, parent). Numbers are
 * written in full; absent values (a team's seed, a game's fork) are left out.
 */
final class JsonRenderer {
  /** Raised when a field changes meaning or goes away; added fields keep it. */
  static final int FORMAT = 1;
  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  private JsonRenderer() {}

  static String render(AfterActionReview review) {
    JsonObject json = new JsonObject();
    json.addProperty("format", FORMAT);
    GSON.toJsonTree(review).getAsJsonObject().entrySet()
        .forEach(field -> json.add(field.getKey(), field.getValue()));
    return GSON.toJson(json) + "\n";
  }
}
