package org.demarche.client.session;

/**
 * A command line the client cannot run as typed: unknown command, wrong arguments. The message is
 * the sentence to show, usually with the command's usage.
 *
 * <p>Immutable once thrown; any thread.
 */
public final class UsageError extends Exception {
  private static final long serialVersionUID = 1L;

  public UsageError(String sentence) {
    super(sentence);
  }
}
