package org.demarche.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.demarche.testing.Repository;

/**
 * The shipped scenarios with random mutations, as an author's slip or a hostile upload might
 * make them: values deleted, duplicated or replaced (other types, random strings, NaN, 1e308,
 * -0, huge numbers, deep nesting, long arrays), and the text cut or corrupted. The loader must
 * never throw, and must refuse an invalid file with errors that each name where.
 */
class ScenarioFuzzTest {
  private static final List<String> FILES = List.of("tutorial.json", "bolivia-2022.json");

  /** One change to the document: the value at {@code target} (mod the count) gets {@code kind}. */
  record Mutation(int target, Kind kind, JsonElement value) {}

  enum Kind { DELETE, DUPLICATE, REPLACE }

  @Property(tries = 500)
  void aMutatedScenarioLoadsOrIsRefusedWithErrorsThatNameWhere(
      @ForAll("files") String file, @ForAll("mutations") List<Mutation> mutations,
      @ForAll("textDamage") Tuple.Tuple2<Double, String> damage) {
    JsonElement root = JsonParser.parseString(read(file));
    for (Mutation mutation : mutations) {
      apply(root, mutation);
    }
    String text = damage.get1() < 0 ? root.toString() : damaged(root.toString(), damage);

    LoadResult result = ScenarioLoader.load(text, file);

    assertFalse(!result.valid() && result.errors().isEmpty(),
        "an invalid file has at least one error");
    for (Problem error : result.errors()) {
      assertTrue(error.path() != null && !error.path().isBlank(),
          "every error names where it is: " + error);
      assertFalse(error.message() == null || error.message().isBlank(),
          "and what is wrong: " + error);
    }
  }

  @Provide
  Arbitrary<String> files() {
    return Arbitraries.of(FILES);
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    return Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE),
            Arbitraries.of(Kind.class), values())
        .as(Mutation::new).list().ofMinSize(1).ofMaxSize(4);
  }

  /** No damage (a negative cut) or a cut at a fraction of the text with something inserted. */
  @Provide
  Arbitrary<Tuple.Tuple2<Double, String>> textDamage() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(Tuple.of(-1.0, ""))),
        Tuple.of(1, Combinators.combine(Arbitraries.doubles().between(0, 1),
            Arbitraries.of("", "{", "}", "]", ",", "\"", "\\", "/*", "\u0000", "NaN"))
            .as(Tuple::of)));
  }

  private static Arbitrary<JsonElement> values() {
    return Arbitraries.oneOf(
        Arbitraries.of(new JsonPrimitive(Double.NaN), new JsonPrimitive(1e308),
            new JsonPrimitive(-1e308), new JsonPrimitive(-0.0), new JsonPrimitive(0),
            new JsonPrimitive(Long.MAX_VALUE), new JsonPrimitive(Double.POSITIVE_INFINITY),
            new JsonPrimitive(true), new JsonPrimitive(""), JsonNull.INSTANCE,
            new JsonObject(), new JsonArray()),
        Arbitraries.strings().ofMaxLength(30).map(JsonPrimitive::new),
        Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz_0123456789+*-/()<>= .")
            .ofMaxLength(40).map(JsonPrimitive::new),
        Arbitraries.doubles().map(JsonPrimitive::new),
        Arbitraries.integers().between(1, 300).map(ScenarioFuzzTest::nested),
        Arbitraries.integers().between(0, 20_000).map(ScenarioFuzzTest::longArray));
  }

  private static JsonElement nested(int depth) {
    JsonElement inner = new JsonPrimitive(1);
    for (int i = 0; i < depth; i++) {
      JsonArray outer = new JsonArray();
      outer.add(inner);
      inner = outer;
    }
    return inner;
  }

  private static JsonElement longArray(int length) {
    JsonArray array = new JsonArray();
    for (int i = 0; i < length; i++) {
      array.add(i);
    }
    return array;
  }

  /** Applies {@code mutation} to the value it picks among every value below the root. */
  private static void apply(JsonElement root, Mutation mutation) {
    List<Slot> slots = new ArrayList<>();
    collect(root, slots);
    if (slots.isEmpty()) {
      return;
    }
    Slot slot = slots.get(mutation.target() % slots.size());
    switch (mutation.kind()) {
      case DELETE -> slot.delete();
      case DUPLICATE -> slot.duplicate();
      case REPLACE -> slot.set(mutation.value().deepCopy());
      default -> throw new AssertionError("unknown mutation " + mutation.kind() + " is a bug");
    }
  }

  /** Where a value sits: a member of an object or an element of an array. */
  private record Slot(JsonElement parent, String key, int index) {
    void set(JsonElement value) {
      if (key != null) {
        parent.getAsJsonObject().add(key, value);
      } else {
        parent.getAsJsonArray().set(index, value);
      }
    }

    void delete() {
      if (key != null) {
        parent.getAsJsonObject().remove(key);
      } else {
        parent.getAsJsonArray().remove(index);
      }
    }

    /** In an array the element appears twice; in an object its value goes under a new name. */
    void duplicate() {
      if (key != null) {
        parent.getAsJsonObject().add(key + "_copy", parent.getAsJsonObject().get(key).deepCopy());
      } else {
        parent.getAsJsonArray().add(parent.getAsJsonArray().get(index).deepCopy());
      }
    }
  }

  private static void collect(JsonElement e, List<Slot> slots) {
    if (e.isJsonObject()) {
      for (Map.Entry<String, JsonElement> member : e.getAsJsonObject().entrySet()) {
        slots.add(new Slot(e, member.getKey(), -1));
        collect(member.getValue(), slots);
      }
    } else if (e.isJsonArray()) {
      JsonArray array = e.getAsJsonArray();
      for (int i = 0; i < array.size(); i++) {
        slots.add(new Slot(e, null, i));
        collect(array.get(i), slots);
      }
    }
  }

  private static String damaged(String text, Tuple.Tuple2<Double, String> damage) {
    int at = (int) (text.length() * damage.get1());
    return text.substring(0, at) + damage.get2();
  }

  private static String read(String file) {
    try {
      return Files.readString(Repository.file("scenarios").resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
