package org.demarche.game.api;

import java.util.concurrent.CompletionStage;

/**
 * The game layer as the net layer sees it. Thread-safe: called from I/O threads, it hands every
 * request to the right game's single writer and completes the stage from there; it never blocks
 * the caller.
 */
public interface GameService {
  /**
   * Handles one request from a session speaking as {@code principal}. Authorization happens
   * here, in one place; a request that breaks a rule completes with {@link Result.Rejected},
   * never exceptionally.
   */
  CompletionStage<Outcome> handle(Session session, Principal principal, Request request);

  /** The session's connection closed; its identity stays resumable. */
  void disconnected(Session session, Principal principal);

  /**
   * Tells every session the server is closing and stops accepting requests. The stage completes
   * once every game has finished the requests it had already accepted, so the caller can close
   * the sockets without losing a reply.
   */
  CompletionStage<Void> shutdown(String message);
}
