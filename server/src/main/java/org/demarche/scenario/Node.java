package org.demarche.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.demarche.expr.NameSuggester;

/**
 * A JSON value with its path, for reading a scenario while reporting every problem with its
 * location. Reading a missing or mistyped field records an error and returns a neutral value, so
 * that loading goes on and finds the other problems too.
 */
final class Node {
  static final Pattern ID = Pattern.compile("[a-z][a-z0-9_-]*");
  static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
  /** Words formulas give a meaning of their own, so no variable, resource or team may be named so. */
  static final Set<String> RESERVED = Set.of("turn", "true", "false", "self", "and", "or", "not");

  private final JsonElement element;
  private final String path;
  private final Problems problems;

  Node(JsonElement element, String path, Problems problems) {
    this.element = element;
    this.path = path;
    this.problems = problems;
  }

  String path() {
    return path;
  }

  Problems problems() {
    return problems;
  }

  String pathOf(String field) {
    return path + "." + field;
  }

  boolean isObject() {
    return element != null && element.isJsonObject();
  }

  boolean has(String field) {
    return isObject() && element.getAsJsonObject().has(field)
        && !element.getAsJsonObject().get(field).isJsonNull();
  }

  /** Checks this is an object with only the given fields, naming the likely intended one. */
  boolean expectObject(Set<String> allowed) {
    if (!isObject()) {
      problems.error(path, "expected an object, found " + describe(element));
      return false;
    }
    for (Map.Entry<String, JsonElement> entry : element.getAsJsonObject().entrySet()) {
      String key = entry.getKey();
      if (!allowed.contains(key)) {
        String hint = NameSuggester.closest(key, allowed)
            .map(s -> "did you mean '" + s + "'?")
            .orElse("allowed here: " + String.join(", ", new java.util.TreeSet<>(allowed)));
        problems.error(pathOf(key), "unknown field '" + key + "'", hint);
      }
    }
    return true;
  }

  Node field(String name) {
    JsonElement value = isObject() ? element.getAsJsonObject().get(name) : null;
    return new Node(value == null || value.isJsonNull() ? null : value, pathOf(name), problems);
  }

  String string(String field, boolean required) {
    Node f = field(field);
    if (f.element == null) {
      if (required) {
        missing(field, "a text");
      }
      return null;
    }
    if (!f.element.isJsonPrimitive() || !f.element.getAsJsonPrimitive().isString()) {
      problems.error(f.path, "expected a text in quotes, found " + describe(f.element));
      return null;
    }
    return f.element.getAsString();
  }

  String text(String field, boolean required) {
    String s = string(field, required);
    if (s != null && s.isBlank() && required) {
      problems.error(pathOf(field), "is empty", "write a few words; players read it");
    }
    return s == null ? "" : s;
  }

  /** An id matching {@code pattern}; null when missing or malformed (the error is recorded). */
  String id(String field, Pattern pattern) {
    String s = string(field, true);
    if (s != null && !pattern.matcher(s).matches()) {
      problems.error(pathOf(field), "'" + s + "' is not a valid id",
          "use lower-case letters, digits and _" + (pattern == ID ? " or -" : "")
              + ", starting with a letter, e.g. '" + suggestId(s, pattern) + "'");
      return null;
    }
    if (s != null && pattern == NAME && RESERVED.contains(s)) {
      problems.error(pathOf(field), "'" + s + "' is a reserved word in formulas",
          "choose another id, e.g. '" + s + "_1'");
      return null;
    }
    return s;
  }

  private static String suggestId(String s, Pattern pattern) {
    String cleaned = s.toLowerCase(java.util.Locale.ROOT)
        .replaceAll(pattern == ID ? "[^a-z0-9_-]+" : "[^a-z0-9_]+", "_")
        .replaceAll("^[^a-z]+", "");
    return cleaned.isEmpty() ? "x" + Math.abs(s.hashCode() % 100) : cleaned;
  }

  Double number(String field, boolean required) {
    Node f = field(field);
    if (f.element == null) {
      if (required) {
        missing(field, "a number");
      }
      return null;
    }
    if (!f.element.isJsonPrimitive() || !f.element.getAsJsonPrimitive().isNumber()) {
      problems.error(f.path, "expected a number, found " + describe(f.element),
          f.element.isJsonPrimitive() && f.element.getAsJsonPrimitive().isString()
              ? "remove the quotes" : "");
      return null;
    }
    return f.element.getAsDouble();
  }

  double number(String field, double fallback) {
    Double d = number(field, false);
    return d == null ? fallback : d;
  }

  /** A whole number of at least {@code min}; {@code fallback} when absent or wrong. */
  int integer(String field, int min, int fallback, boolean required) {
    Double d = number(field, required);
    if (d == null) {
      return fallback;
    }
    if (d != Math.rint(d) || d < min || d > Integer.MAX_VALUE) {
      problems.error(pathOf(field), "expected a whole number of at least " + min + ", found "
          + field(field).element);
      return fallback;
    }
    return d.intValue();
  }

  boolean bool(String field, boolean fallback) {
    Node f = field(field);
    if (f.element == null) {
      return fallback;
    }
    if (!f.element.isJsonPrimitive() || !f.element.getAsJsonPrimitive().isBoolean()) {
      problems.error(f.path, "expected true or false, found " + describe(f.element));
      return fallback;
    }
    return f.element.getAsBoolean();
  }

  /** An expression written as a text or a plain number; null when absent (error if required). */
  String expression(String field, boolean required) {
    Node f = field(field);
    if (f.element == null) {
      if (required) {
        missing(field, "a formula");
      }
      return null;
    }
    String source = f.asExpression();
    if (source == null) {
      problems.error(f.path, "expected a formula (a text such as \"0.5 * gdp\" or a number), "
          + "found " + describe(f.element));
    }
    return source;
  }

  /** This value as the source of a formula: a text, or a number written out; else null. */
  String asExpression() {
    if (element != null && element.isJsonPrimitive()) {
      JsonPrimitive p = element.getAsJsonPrimitive();
      if (p.isString() || p.isNumber()) {
        return p.getAsString();
      }
    }
    return null;
  }

  /** The elements of an array field; empty when absent (error if required) or not an array. */
  List<Node> array(String field, boolean required) {
    Node f = field(field);
    List<Node> items = new ArrayList<>();
    if (f.element == null) {
      if (required) {
        missing(field, "a list [ … ]");
      }
      return items;
    }
    if (!f.element.isJsonArray()) {
      problems.error(f.path, "expected a list [ … ], found " + describe(f.element));
      return items;
    }
    JsonArray array = f.element.getAsJsonArray();
    for (int i = 0; i < array.size(); i++) {
      items.add(new Node(array.get(i), f.path + "[" + i + "]", problems));
    }
    return items;
  }

  /**
   * The elements of an array field without recording anything when it is absent or not an
   * array, for a first look whose problems the full read reports.
   */
  List<Node> items(String field) {
    Node f = field(field);
    List<Node> items = new ArrayList<>();
    if (f.element != null && f.element.isJsonArray()) {
      JsonArray array = f.element.getAsJsonArray();
      for (int i = 0; i < array.size(); i++) {
        items.add(new Node(array.get(i), f.path + "[" + i + "]", problems));
      }
    }
    return items;
  }

  /** The texts of an array field of strings. */
  List<String> strings(String field) {
    List<String> result = new ArrayList<>();
    for (Node item : array(field, false)) {
      if (item.element != null && item.element.isJsonPrimitive()
          && item.element.getAsJsonPrimitive().isString()) {
        result.add(item.element.getAsString());
      } else {
        problems.error(item.path, "expected a text in quotes, found " + describe(item.element));
      }
    }
    return result;
  }

  /** This value as a text, or null when it is not one. */
  String asString() {
    return element != null && element.isJsonPrimitive()
        && element.getAsJsonPrimitive().isString() ? element.getAsString() : null;
  }

  /** The entries of an object field, in file order. */
  List<Map.Entry<String, Node>> entries(String field) {
    Node f = field(field);
    List<Map.Entry<String, Node>> result = new ArrayList<>();
    if (f.element == null) {
      return result;
    }
    if (!f.element.isJsonObject()) {
      problems.error(f.path, "expected an object { … }, found " + describe(f.element));
      return result;
    }
    JsonObject object = f.element.getAsJsonObject();
    for (Map.Entry<String, JsonElement> e : object.entrySet()) {
      result.add(Map.entry(e.getKey(), new Node(e.getValue(), f.path + "." + e.getKey(), problems)));
    }
    return result;
  }

  private void missing(String field, String what) {
    if (element != null && !element.isJsonObject()) {
      return; // expectObject said this is not an object; its fields are not "missing"
    }
    problems.error(path, "missing field '" + field + "'", "add \"" + field + "\": " + what);
  }

  private static String describe(JsonElement e) {
    if (e == null || e.isJsonNull()) {
      return "nothing";
    }
    if (e.isJsonObject()) {
      return "an object";
    }
    if (e.isJsonArray()) {
      return "a list";
    }
    JsonPrimitive p = e.getAsJsonPrimitive();
    if (p.isBoolean()) {
      return "a true/false value";
    }
    if (p.isNumber()) {
      return "the number " + p.getAsString();
    }
    String s = p.getAsString();
    return "the text \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
  }
}
