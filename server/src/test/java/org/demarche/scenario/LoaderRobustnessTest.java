package org.demarche.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Replaces every value of the minimal scenario, one at a time, with a value of each other JSON
 * type: the loader must never throw, and must name a reason whenever it refuses the file.
 */
class LoaderRobustnessTest {
  /** More values than the fixture has would mean the walk went wrong. */
  private static final int MAX_VALUES = 2_000;

  private static final List<JsonElement> REPLACEMENTS = List.of(
      new JsonPrimitive("x"), new JsonPrimitive(-1.5), new JsonPrimitive(true), new JsonArray(),
      new JsonObject(), JsonNull.INSTANCE);

  @Test
  void noSingleValueReplacementMakesTheLoaderThrow() {
    int count = countValues(ScenarioFixture.minimal());
    assertTrue(count > 50 && count < MAX_VALUES, () -> "unexpected number of values: " + count);
    for (int target = 0; target < count; target++) {
      for (JsonElement replacement : REPLACEMENTS) {
        JsonObject scenario = ScenarioFixture.minimal();
        String path = replace(scenario, "$", new int[] {target}, replacement);
        String json = scenario.toString();
        LoadResult result;
        try {
          result = ScenarioLoader.load(json, ScenarioFixture.NAME);
        } catch (RuntimeException e) {
          fail("loading threw " + e + " after setting " + path + " to " + replacement, e);
          return;
        }
        LoadResult loaded = result;
        assertFalse(!loaded.valid() && loaded.errors().isEmpty(),
            () -> "an invalid file must have an error, after setting " + path + " to "
                + replacement);
      }
    }
  }

  private static int countValues(JsonElement e) {
    int n = 0;
    if (e.isJsonObject()) {
      for (Map.Entry<String, JsonElement> entry : e.getAsJsonObject().entrySet()) {
        n += 1 + countValues(entry.getValue());
      }
    } else if (e.isJsonArray()) {
      for (JsonElement item : e.getAsJsonArray()) {
        n += 1 + countValues(item);
      }
    }
    return n;
  }

  /**
   * Replaces the value numbered {@code remaining[0]} in a depth-first walk; returns its path, or
   * null when it is not below {@code e}.
   */
  private static String replace(JsonElement e, String path, int[] remaining, JsonElement value) {
    if (e.isJsonObject()) {
      JsonObject object = e.getAsJsonObject();
      for (String key : new ArrayList<>(object.keySet())) {
        String at = path + "." + key;
        if (remaining[0]-- == 0) {
          object.add(key, value.deepCopy());
          return at;
        }
        String found = replace(object.get(key), at, remaining, value);
        if (found != null) {
          return found;
        }
      }
    } else if (e.isJsonArray()) {
      JsonArray array = e.getAsJsonArray();
      for (int i = 0; i < array.size(); i++) {
        String at = path + "[" + i + "]";
        if (remaining[0]-- == 0) {
          array.set(i, value.deepCopy());
          return at;
        }
        String found = replace(array.get(i), at, remaining, value);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
