package org.demarche.scenario;

/**
 * One thing wrong (or suspicious) in a scenario file: where, what, and how to fix it.
 *
 * @param path the JSON path, e.g. {@code $.actions[12].effects[0].var}, or a line and column for
 *     malformed JSON
 * @param hint how to fix it; may be empty
 */
public record Problem(Severity severity, String file, String path, String message, String hint) {

  /** Errors make a file invalid; warnings do not. */
  public enum Severity {
    ERROR,
    WARNING
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** One line for people: {@code file: error: $.path: message; hint}. */
  @Override
  public String toString() {
    return file + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + path + ": "
        + message + (hint.isEmpty() ? "" : "; " + hint);
  }
}
