package org.demarche.client.net;

import java.io.IOException;
import org.demarche.proto.v1.ClientMessage;
import org.demarche.proto.v1.ServerMessage;

/** Sends a request and returns its reply: what the client's commands need of a connection. */
@FunctionalInterface
public interface Requester {
  /**
   * Sends a request (its id is set here) and waits for the reply. Any thread but the reader's.
   *
   * @throws RequestFailed when the server answered with an Error
   * @throws IOException when no answer came
   */
  ServerMessage call(ClientMessage.Builder request) throws RequestFailed, IOException;
}
