package org.demarche.scenario;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads scenario files: JSON with Gson, then every rule checked and every formula compiled.
 * Never throws for a bad file: all its problems come back in the {@link LoadResult}.
 */
public final class ScenarioLoader {
  private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+) column (\\d+)");

  private ScenarioLoader() {}

  /**
   * Whether {@code file} is a JSON Schema ({@code *.schema.json}) rather than a scenario: the
   * schema for editors sits among the scenario files, and globs such as {@code *.json} catch it.
   */
  public static boolean isJsonSchema(Path file) {
    return file.getFileName().toString().endsWith(".schema.json");
  }

  /** Loads a scenario file; the file name in problems is the path as given. */
  public static LoadResult load(Path file) {
    Problems problems = new Problems(file.toString());
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1); // editors on Windows write a byte-order mark
      }
    } catch (NoSuchFileException e) {
      problems.error("$", "no such file", "check the path");
      return new LoadResult(null, problems.all());
    } catch (CharacterCodingException e) {
      problems.error("$", "the file is not UTF-8 text", "save it as UTF-8");
      return new LoadResult(null, problems.all());
    } catch (IOException e) {
      problems.error("$", "cannot read the file: " + e.getMessage(), "check it is a readable file");
      return new LoadResult(null, problems.all());
    }
    return load(text, problems);
  }

  /** Loads a scenario from JSON text; {@code name} stands for the file in problems. */
  public static LoadResult load(String json, String name) {
    return load(json, new Problems(name));
  }

  private static LoadResult load(String json, Problems problems) {
    JsonElement root = parse(json, problems);
    if (root == null) {
      return new LoadResult(null, problems.all());
    }
    ScenarioReader reader = new ScenarioReader(new Node(root, "$", problems));
    var scenario = reader.read();
    if (scenario != null && !problems.hasErrors()) {
      ScenarioLint.check(scenario, reader.expressionsRead(), problems);
    }
    return new LoadResult(problems.hasErrors() ? null : scenario, problems.all(), json);
  }

  /** Parses strict JSON; a syntax error is reported with its line and column. */
  private static JsonElement parse(String json, Problems problems) {
    try {
      JsonReader reader = new JsonReader(new StringReader(json));
      reader.setStrictness(Strictness.STRICT);
      JsonElement root = JsonParser.parseReader(reader);
      String trailing;
      try {
        // a strict reader throws rather than peek at a second value
        trailing = reader.peek() == JsonToken.END_DOCUMENT ? null : reader.toString();
      } catch (IOException e) {
        trailing = String.valueOf(e.getMessage());
      }
      if (trailing != null) {
        problems.error(location(trailing), "unexpected text after the end of the scenario",
            "a scenario file holds exactly one JSON object");
        return null;
      }
      return root;
    } catch (JsonParseException | IllegalStateException e) {
      String message = e.getCause() != null && e.getCause().getMessage() != null
          ? e.getCause().getMessage() : String.valueOf(e.getMessage());
      problems.error(location(message), "malformed JSON: " + firstSentence(message),
          "check for a missing comma, quote or bracket near that line");
      return null;
    }
  }

  private static String location(String message) {
    Matcher m = LINE_COLUMN.matcher(message);
    return m.find() ? "line " + m.group(1) + ", column " + m.group(2) : "$";
  }

  private static String firstSentence(String message) {
    int at = message.indexOf(" at line ");
    String s = at > 0 ? message.substring(0, at) : message;
    if (s.equals("Expected name")) {
      return "expected a field name in quotes (a trailing comma after the last field?)";
    }
    if (s.startsWith("Use JsonReader.setStrictness")) {
      // Gson's advice to its programmer, not to the author of the file
      return "not allowed in JSON (a comment, a trailing comma, single quotes or a name without "
          + "quotes?)";
    }
    int see = s.indexOf("\nSee ");
    return see > 0 ? s.substring(0, see) : s;
  }
}
