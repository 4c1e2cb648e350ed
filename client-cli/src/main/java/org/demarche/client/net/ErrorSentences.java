package org.demarche.client.net;

import org.demarche.proto.v1.Error;
import org.demarche.proto.v1.ErrorCode;

/**
 * Turns the server's errors into the sentences the user reads. The server's own message is written
 * for people and is shown as it is; this class adds what only the client knows (its protocol
 * version, where to look next) and fills in when a message is missing.
 *
 * <p>Stateless; any thread.
 */
public final class ErrorSentences {
  /** The protocol version this client speaks. */
  public static final int PROTOCOL_VERSION = 1;

  private ErrorSentences() {}

  /** The sentence for an error reply. */
  public static String describe(Error error) {
    String server = error.getMessage().strip();
    String text = server.isEmpty() ? fallback(error.getCode()) : server;
    if (error.getCode() == ErrorCode.UNIMPLEMENTED) {
      text += " (this client speaks protocol version " + PROTOCOL_VERSION
          + "; use a client and a server of the same release)";
    }
    return text;
  }

  /** What to say when the server sent a code without a sentence. */
  static String fallback(ErrorCode code) {
    switch (code) {
      case INVALID_ARGUMENT:
        return "the server refused the request as malformed; check the command's arguments";
      case NOT_FOUND:
        return "no such game, code, team, player, action or event; check the spelling or the code";
      case ALREADY_EXISTS:
        return "that name is taken; choose another with --name";
      case PERMISSION_DENIED:
        return "you may not do that in your role";
      case RESOURCE_EXHAUSTED:
        return "the server is busy or the team is full; wait a minute and try again";
      case FAILED_PRECONDITION:
        return "not now: the game has not started, is paused, has ended, or your team is locked in";
      case UNIMPLEMENTED:
        return "the server does not support this client's protocol version";
      case INTERNAL:
        return "the server failed with an internal error; tell the instructor";
      case UNAUTHENTICATED:
        return "the server does not know who you are: wrong instructor key or expired session";
      default:
        return "the server refused the request (" + code + ")";
    }
  }
}
