package org.demarche.client.session;

/** How a command line ended, which decides a script's exit code. */
public enum Outcome {
  /** Done. */
  OK,
  /** The server refused it, or no answer came. */
  FAILED,
  /** It could not be run as typed. */
  USAGE,
  /** The user asked to leave. */
  QUIT
}
