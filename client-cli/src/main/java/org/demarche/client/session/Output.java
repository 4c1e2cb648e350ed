package org.demarche.client.session;

/**
 * Where the client writes: the answer to a command, text that arrives on its own (pushes, link
 * news) and warnings. A terminal prints the second kind above the prompt; a script's output
 * simply appends it.
 *
 * <p>Implementations must accept calls from the command thread and the reader thread at once.
 */
public interface Output {
  /** The answer to a command, on standard output; ends with a newline if it has several lines. */
  void print(String text);

  /** Text that arrived on its own, printed without breaking the line being typed. */
  void printAbove(String text);

  /** A warning or an error, on standard error (in red on a terminal). */
  void warn(String text);
}
