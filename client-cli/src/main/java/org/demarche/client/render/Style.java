package org.demarche.client.render;

/**
 * ANSI colours for the terminal, or none at all: one switch decides, so no renderer has to ask
 * whether output is a terminal or whether {@code NO_COLOR} is set.
 *
 * <p>Immutable; any thread.
 */
public final class Style {
  /** No escapes at all: for pipes, files, scripts, tests and {@code NO_COLOR}. */
  public static final Style PLAIN = new Style(false);
  /** ANSI escapes for a colour terminal. */
  public static final Style ANSI = new Style(true);

  private final boolean enabled;

  private Style(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * The style for an output: colours only on a terminal and only when {@code NO_COLOR} is unset
   * or empty (the convention of no-color.org).
   */
  public static Style choose(boolean terminal, String noColorVariable) {
    boolean noColor = noColorVariable != null && !noColorVariable.isEmpty();
    return terminal && !noColor ? ANSI : PLAIN;
  }

  /** Whether this style writes escapes. */
  public boolean enabled() {
    return enabled;
  }

  public String bold(String text) {
    return wrap("1", text);
  }

  public String dim(String text) {
    return wrap("2", text);
  }

  public String red(String text) {
    return wrap("31", text);
  }

  public String green(String text) {
    return wrap("32", text);
  }

  public String yellow(String text) {
    return wrap("33", text);
  }

  public String cyan(String text) {
    return wrap("36", text);
  }

  private String wrap(String code, String text) {
    return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }

  /** The visible width of a text: code points, not counting ANSI escapes. */
  public static int width(String text) {
    String visible = text.replaceAll("\u001b\\[[0-9;]*m", "");
    return visible.codePointCount(0, visible.length());
  }
}
