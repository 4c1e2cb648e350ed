package org.demarche.client.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One command line split into words: whitespace separates them, double quotes group them. The
 * raw text is kept so free text ({@code say}, {@code set}'s reason) keeps its spacing and quotes.
 *
 * <p>Immutable; any thread.
 */
public final class ParsedLine {
  private final String raw;
  private final List<String> words;
  private final List<Integer> starts;

  private ParsedLine(String raw, List<String> words, List<Integer> starts) {
    this.raw = raw;
    this.words = List.copyOf(words);
    this.starts = List.copyOf(starts);
  }

  /**
   * Splits a line; a line that is blank or starts with {@code #} has no words.
   *
   * @throws UsageError when a quote is not closed
   */
  public static ParsedLine parse(String line) throws UsageError {
    List<String> words = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    if (line.strip().startsWith("#")) {
      return new ParsedLine(line, words, starts);
    }
    int i = 0;
    while (i < line.length()) {
      if (Character.isWhitespace(line.charAt(i))) {
        i++;
        continue;
      }
      starts.add(i);
      StringBuilder word = new StringBuilder();
      while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
        char c = line.charAt(i);
        if (c == '"') {
          int close = line.indexOf('"', i + 1);
          if (close < 0) {
            throw new UsageError("a quote is not closed: " + line.strip());
          }
          word.append(line, i + 1, close);
          i = close + 1;
        } else {
          word.append(c);
          i++;
        }
      }
      words.add(word.toString());
    }
    return new ParsedLine(line, words, starts);
  }

  /** Whether the line holds no command (blank or a comment). */
  public boolean isEmpty() {
    return words.isEmpty();
  }

  /** The command word in lower case. */
  public String name() {
    return words.get(0).toLowerCase(Locale.ROOT);
  }

  /** The words after the command. */
  public List<String> args() {
    return words.subList(1, words.size());
  }

  /** The argument at an index (0 is the first after the command). */
  public String arg(int index) {
    return words.get(index + 1);
  }

  /** The raw text from the argument at an index to the end, as typed, trimmed. */
  public String rest(int index) {
    return index + 1 < starts.size() ? raw.substring(starts.get(index + 1)).strip() : "";
  }

  /** The line as typed, trimmed. */
  public String raw() {
    return raw.strip();
  }
}
