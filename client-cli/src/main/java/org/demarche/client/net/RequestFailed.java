package org.demarche.client.net;

import org.demarche.proto.v1.Error;
import org.demarche.proto.v1.ErrorCode;

/**
 * The server answered a request with an {@code Error}; the message is the sentence to show.
 *
 * <p>Immutable once thrown; any thread.
 */
public final class RequestFailed extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Error error;

  /** Wraps the server's error; the message says it for people (see {@link ErrorSentences}). */
  public RequestFailed(Error error) {
    super(ErrorSentences.describe(error));
    this.error = error;
  }

  /** The server's code, for callers that react to a kind of failure. */
  public ErrorCode code() {
    return error.getCode();
  }

  /** The server's error as received. */
  public Error error() {
    return error;
  }
}
