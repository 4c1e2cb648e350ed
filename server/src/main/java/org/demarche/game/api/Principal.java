package org.demarche.game.api;

/**
 * Who is speaking on a connection. The net layer keeps it per connection and passes it with every
 * request; only the game layer changes it (by returning a new one in an {@link Outcome}).
 */
public sealed interface Principal {
  /** Nobody yet: the connection has said Hello and nothing else. */
  record Anonymous() implements Principal {}

  /** The instructor, authenticated with the server's key; controls every game. */
  record Instructor() implements Principal {}

  /** A co-instructor, authenticated with one game's instructor code; controls that game only. */
  record GameInstructor(String gameId) implements Principal {}

  /** A player of one game (its team, if any, is the game's to know). */
  record Player(String gameId, String participantId) implements Principal {}

  /** A read-only observer of one game, who sees everything in it. */
  record Observer(String gameId, String participantId) implements Principal {}

  Principal ANONYMOUS = new Anonymous();
  Principal INSTRUCTOR = new Instructor();
}
