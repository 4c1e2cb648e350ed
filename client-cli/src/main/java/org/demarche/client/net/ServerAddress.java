package org.demarche.client.net;

/**
 * A server's {@code HOST:PORT}, as given with {@code --server}; the port defaults to 7450.
 *
 * <p>Immutable; any thread.
 */
public record ServerAddress(String host, int port) {
  /** The protocol's default port. */
  public static final int DEFAULT_PORT = 7450;
  /** The address used when {@code --server} is not given. */
  public static final String DEFAULT = "localhost:" + DEFAULT_PORT;

  /**
   * Parses {@code HOST}, {@code HOST:PORT} or {@code [IPV6]:PORT}.
   *
   * @throws IllegalArgumentException with a sentence for the user when the text is not an address
   */
  public static ServerAddress parse(String text) {
    String trimmed = text.trim();
    String host = trimmed;
    String port = null;
    if (trimmed.startsWith("[")) {
      int close = trimmed.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("'" + text + "' is not HOST:PORT: missing ']'");
      }
      host = trimmed.substring(1, close);
      if (close + 1 < trimmed.length()) {
        if (trimmed.charAt(close + 1) != ':') {
          throw new IllegalArgumentException("'" + text + "' is not HOST:PORT");
        }
        port = trimmed.substring(close + 2);
      }
    } else if (trimmed.indexOf(':') >= 0) {
      host = trimmed.substring(0, trimmed.lastIndexOf(':'));
      port = trimmed.substring(trimmed.lastIndexOf(':') + 1);
    }
    if (host.isEmpty()) {
      throw new IllegalArgumentException("'" + text + "' names no host; write HOST:PORT");
    }
    return new ServerAddress(host, port == null ? DEFAULT_PORT : parsePort(text, port));
  }

  private static int parsePort(String text, String port) {
    try {
      int value = Integer.parseInt(port);
      if (value < 1 || value > 65_535) {
        throw new IllegalArgumentException(
            "the port in '" + text + "' must be between 1 and 65535");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("the port in '" + text + "' is not a number", e);
    }
  }

  @Override
  public String toString() {
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }
}
