package org.demarche.net;

/**
 * A request whose fields cannot become a {@link org.demarche.game.api.Request}: its message is a
 * sentence for the client naming the field and what to send instead. Never echoes a field's value,
 * since the field may be a key or a token.
 *
 * <p>Stackless: it is an answer to bad input, not a fault in the server.
 */
public final class InvalidRequestException extends Exception {
  InvalidRequestException(String sentence) {
    super(sentence, null, false, false);
  }
}
