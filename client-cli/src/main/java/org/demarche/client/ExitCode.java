package org.demarche.client;

/** The client's exit codes, the contract scripts rely on. */
public final class ExitCode {
  /** Everything asked was done. */
  public static final int OK = 0;
  /** A command failed: the server refused it, it timed out, or the session could not be had. */
  public static final int FAILED = 1;
  /** The command line or a script line was wrong: unknown command, missing argument. */
  public static final int USAGE = 2;
  /** The server could not be reached or did not complete the handshake. */
  public static final int UNREACHABLE = 3;

  private ExitCode() {}
}
