package org.demarche.client.net;

import org.demarche.proto.v1.ErrorCode;
import org.demarche.proto.v1.ServerMessage;

/**
 * The server answered a request with an {@code Error}; the message is the sentence to show.
 *
 * <p>Immutable once thrown; any thread.
 */
public final class RequestFailed extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient ServerMessage reply;

  /** Wraps the server's error reply; the message says it for people ({@link ErrorSentences}). */
  public RequestFailed(ServerMessage reply) {
    super(ErrorSentences.describe(reply.getError()));
    this.reply = reply;
  }

  /** The server's code, for callers that react to a kind of failure. */
  public ErrorCode code() {
    return reply.getError().getCode();
  }

  /** The server's reply as received, request id included. */
  public ServerMessage reply() {
    return reply;
  }
}
